#include "models/settings/pricetable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr const char *kInput = "input";
constexpr const char *kOutput = "output";
constexpr const char *kCacheRead = "cache_read";
constexpr const char *kCacheWrite = "cache_write";

std::optional<double> price(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0)
        return std::nullopt;
    return v.toDouble();
}
} // namespace

void PriceTable::setPrices(const QString &nodeId, const TokenPrices &prices)
{
    if (prices.isEmpty())
        m_prices.remove(nodeId);
    else
        m_prices.insert(nodeId, prices);
}

QStringList PriceTable::nodeIds() const
{
    QStringList ids = m_prices.keys();
    ids.sort();
    return ids;
}

QString PriceTable::toJson() const
{
    QJsonObject root;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it) {
        QJsonObject o;
        const auto put = [&o](const char *key, const std::optional<double> &v) {
            if (v)
                o.insert(QLatin1String(key), *v);
        };
        put(kInput, it->inputPerMillion);
        put(kOutput, it->outputPerMillion);
        put(kCacheRead, it->cacheReadPerMillion);
        put(kCacheWrite, it->cacheWritePerMillion);
        root.insert(it.key(), o);
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

PriceTable PriceTable::fromJson(const QString &json, QString *error)
{
    PriceTable table;
    if (json.trimmed().isEmpty())
        return table;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("PriceTable", "The price table is not a JSON object: %1")
                         .arg(parseError.errorString());
        return table;
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        TokenPrices p;
        p.inputPerMillion = price(o, kInput);
        p.outputPerMillion = price(o, kOutput);
        p.cacheReadPerMillion = price(o, kCacheRead);
        p.cacheWritePerMillion = price(o, kCacheWrite);
        table.setPrices(it.key(), p);
    }
    return table;
}
