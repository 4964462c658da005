#pragma once

#include <QColor>
#include <QString>
#include <QVariant>

// Display text for the node cards' semantic values (NodeStatusModel roles). An invalid QVariant means
// the node does not say: shown as an em dash, never as 0.
namespace CardFormat {
QString unknown();                          // "—"
QString tokensPerSecond(const QVariant &v); // "1,980" / "64.8"
QString tokens(const QVariant &v);          // "262,144 tokens"
QString milliseconds(const QVariant &v);    // "3 ms" / "1.2 s"
QString count(const QVariant &v);           // "2"
QString age(qint64 ms);                     // "just now" / "12 s ago" / "5 min ago" / "3 h ago"
QString percent(const QVariant &fraction);  // "34 %"
QColor healthColor(int health);             // badge color for int(NodeHealth)
} // namespace CardFormat
