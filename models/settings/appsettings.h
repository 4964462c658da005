#pragma once

#include "models/settings/pricetable.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

// The live charts' time window.
enum class ChartWindow
{
    FiveMinutes,
    OneHour,
    TwentyFourHours
};
QString chartWindowKey(ChartWindow window); // "5m" | "1h" | "24h"
ChartWindow chartWindowFromKey(const QString &key, ChartWindow fallback = ChartWindow::FiveMinutes);
qint64 chartWindowMs(ChartWindow window);

// Every persisted application setting: its key and its default, declared here and nowhere else.
// Code reads and writes through AppSettings' typed accessors (or value()/setValue() with one of these
// keys); a string key never appears anywhere else. Node definitions are not here: see NodeConfigStore.
namespace SettingKeys {
template <typename T> struct Key
{
    const char *name;
    T defaultValue;
};

inline const Key<QString> Language{"ui/language", QString()}; // "" = follow the system locale
inline const Key<QString> LastPage{"ui/lastPage", QStringLiteral("dashboard")};
inline const Key<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray()};
inline const Key<int> PollIntervalMs{"nodes/pollIntervalMs", 2000}; // default for newly added nodes
inline const Key<int> RequestTimeoutMs{"nodes/requestTimeoutMs", 1500};
inline const Key<QString> ChartWindowKey{"charts/window", QStringLiteral("5m")};
inline const Key<bool> OpenGlCharts{"charts/openGl", false}; // way out for broken GL drivers
inline const Key<QString> HistoryDatabasePath{"history/databasePath", QString()}; // "" = default path
// Last-used Compare settings, restored when the Compare page opens.
inline const Key<QStringList> CompareNodeIds{"compare/nodeIds", QStringList()};
inline const Key<QString> ComparePrompt{"compare/prompt", QString()};
inline const Key<int> CompareRuns{"compare/runs", 3};
// The whole Compare setup (CompareSettings JSON: prompt, system prompt, runs, token limits, ...) and
// the ticked node x mode cells ("nodeId:on" / "nodeId:off").
inline const Key<QString> CompareLastSettings{"compare/lastSettings", QString()};
inline const Key<QStringList> CompareCells{"compare/cells", QStringList()};
// Where the last file dialog pointed (open or save); "" = the Documents folder.
inline const Key<QString> LastFolder{"ui/lastFolder", QString()};
// The user's price table (PriceTable JSON: per node id, prices per million tokens). "" = no prices.
inline const Key<QString> NodePrices{"costs/nodePrices", QString()};
} // namespace SettingKeys

// Typed, validated access to the persisted settings. Lives on the GUI thread; changes are written
// through QSettings at once and announced with changed(key) (plus a few specific signals).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The platform's default location for the application (QCoreApplication names).
    explicit AppSettings(QObject *parent = nullptr);
    // An explicit INI file (tests, `--settings FILE`).
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    static constexpr int MinPollIntervalMs = 250;
    static constexpr int MaxPollIntervalMs = 10 * 60 * 1000;

    QString language() const;
    void setLanguage(const QString &language);
    int pollIntervalMs() const; // clamped to [MinPollIntervalMs, MaxPollIntervalMs]
    void setPollIntervalMs(int ms);
    int requestTimeoutMs() const;
    void setRequestTimeoutMs(int ms);
    ChartWindow chartWindow() const;
    void setChartWindow(ChartWindow window);
    bool openGlCharts() const { return value(SettingKeys::OpenGlCharts); }
    void setOpenGlCharts(bool on) { setValue(SettingKeys::OpenGlCharts, on); }
    // The configured path, or AppDataDir::historyFile() (the history default) when none is set.
    QString historyDatabasePath() const;
    void setHistoryDatabasePath(const QString &path);

    // Prices per node for the cost of cloud requests (empty by default).
    PriceTable priceTable() const;
    void setPriceTable(const PriceTable &table);

    QString fileName() const;
    void sync();

    template <typename T> T value(const SettingKeys::Key<T> &key) const
    {
        // A value that does not convert (a hand-edited "abc" for an int) falls back to the default.
        QVariant v = rawValue(key.name);
        if (!v.isValid() || !v.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return v.value<T>();
    }
    template <typename T> void setValue(const SettingKeys::Key<T> &key, const T &value)
    {
        setRawValue(key.name, QVariant::fromValue(value));
    }
    template <typename T> void reset(const SettingKeys::Key<T> &key) { removeRaw(key.name); }

signals:
    void changed(const QString &key);
    void languageChanged(const QString &language);
    void pollIntervalChanged(int ms);
    void chartWindowChanged(ChartWindow window);

private:
    QVariant rawValue(const char *key) const;
    void setRawValue(const char *key, const QVariant &value);
    void removeRaw(const char *key);

    std::unique_ptr<QSettings> m_settings;
};
