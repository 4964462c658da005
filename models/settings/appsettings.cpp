#include "models/settings/appsettings.h"

#include "models/settings/appdatadir.h"

#include <QSettings>

#include <algorithm>

QString chartWindowKey(ChartWindow window)
{
    switch (window) {
    case ChartWindow::OneHour:
        return QStringLiteral("1h");
    case ChartWindow::TwentyFourHours:
        return QStringLiteral("24h");
    case ChartWindow::FiveMinutes:
        break;
    }
    return QStringLiteral("5m");
}

ChartWindow chartWindowFromKey(const QString &key, ChartWindow fallback)
{
    if (key == QLatin1String("5m"))
        return ChartWindow::FiveMinutes;
    if (key == QLatin1String("1h"))
        return ChartWindow::OneHour;
    if (key == QLatin1String("24h"))
        return ChartWindow::TwentyFourHours;
    return fallback;
}

qint64 chartWindowMs(ChartWindow window)
{
    switch (window) {
    case ChartWindow::OneHour:
        return 60LL * 60 * 1000;
    case ChartWindow::TwentyFourHours:
        return 24LL * 60 * 60 * 1000;
    case ChartWindow::FiveMinutes:
        break;
    }
    return 5LL * 60 * 1000;
}

AppSettings::AppSettings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    return value(SettingKeys::Language).trimmed();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    setValue(SettingKeys::Language, language.trimmed());
    emit languageChanged(this->language());
}

int AppSettings::pollIntervalMs() const
{
    return std::clamp(value(SettingKeys::PollIntervalMs), MinPollIntervalMs, MaxPollIntervalMs);
}

void AppSettings::setPollIntervalMs(int ms)
{
    const int clamped = std::clamp(ms, MinPollIntervalMs, MaxPollIntervalMs);
    if (clamped == pollIntervalMs())
        return;
    setValue(SettingKeys::PollIntervalMs, clamped);
    emit pollIntervalChanged(clamped);
}

int AppSettings::requestTimeoutMs() const
{
    // A poll request longer than a minute is never useful; shorter than 100 ms always fails.
    return std::clamp(value(SettingKeys::RequestTimeoutMs), 100, 60 * 1000);
}

void AppSettings::setRequestTimeoutMs(int ms)
{
    setValue(SettingKeys::RequestTimeoutMs, std::clamp(ms, 100, 60 * 1000));
}

ChartWindow AppSettings::chartWindow() const
{
    return chartWindowFromKey(value(SettingKeys::ChartWindowKey),
                              chartWindowFromKey(SettingKeys::ChartWindowKey.defaultValue));
}

void AppSettings::setChartWindow(ChartWindow window)
{
    if (window == chartWindow())
        return;
    setValue(SettingKeys::ChartWindowKey, chartWindowKey(window));
    emit chartWindowChanged(window);
}

QString AppSettings::historyDatabasePath() const
{
    const QString path = value(SettingKeys::HistoryDatabasePath).trimmed();
    return path.isEmpty() ? AppDataDir::historyFile() : path;
}

void AppSettings::setHistoryDatabasePath(const QString &path)
{
    // Storing the default explicitly would pin today's location; keep "" for "default".
    const QString trimmed = path.trimmed();
    setValue(SettingKeys::HistoryDatabasePath,
             trimmed == AppDataDir::historyFile() ? QString() : trimmed);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

QVariant AppSettings::rawValue(const char *key) const
{
    return m_settings->value(QLatin1String(key));
}

void AppSettings::setRawValue(const char *key, const QVariant &value)
{
    const QString k = QLatin1String(key);
    if (m_settings->value(k) == value)
        return;
    m_settings->setValue(k, value);
    emit changed(k);
}

void AppSettings::removeRaw(const char *key)
{
    const QString k = QLatin1String(key);
    if (!m_settings->contains(k))
        return;
    m_settings->remove(k);
    emit changed(k);
}

PriceTable AppSettings::priceTable() const
{
    return PriceTable::fromJson(value(SettingKeys::NodePrices));
}

void AppSettings::setPriceTable(const PriceTable &table)
{
    setValue(SettingKeys::NodePrices, table.isEmpty() ? QString() : table.toJson());
}
