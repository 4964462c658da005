#pragma once

#include "models/measure/tokenprices.h"

#include <QHash>
#include <QStringList>
#include <QString>

// The user-editable price table: per node id, the prices per million tokens of each kind. Empty by
// default (no invented prices: cost is "unknown" until the user enters them). Persisted in the
// application settings as one JSON object (SettingKeys::NodePrices), never in history.
class PriceTable final
{
public:
    TokenPrices prices(const QString &nodeId) const { return m_prices.value(nodeId); }
    void setPrices(const QString &nodeId, const TokenPrices &prices); // empty prices remove the node
    bool isEmpty() const { return m_prices.isEmpty(); }
    QStringList nodeIds() const;

    // {"<nodeId>": {"input": 3.0, "output": 15.0, "cache_read": 0.3, "cache_write": 3.75}, ...}
    QString toJson() const;
    // Bad or hand-edited text gives the entries that parse (never a crash); `error` says what was wrong.
    static PriceTable fromJson(const QString &json, QString *error = nullptr);

    bool operator==(const PriceTable &) const = default;

private:
    QHash<QString, TokenPrices> m_prices;
};
