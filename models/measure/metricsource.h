#pragma once

#include <QString>

// Where a number came from. Shown next to every number in the UI and exported with it.
enum class MetricSource { None, Client, Server, Estimated, Metrics, Slots };

QString metricSourceKey(MetricSource source); // "" | client | server | estimated | metrics | slots
QString metricSourceDisplayName(MetricSource source);
MetricSource metricSourceFromKey(const QString &key); // unknown key -> None
