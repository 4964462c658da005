#pragma once

#include <QString>

// Where a number came from. Shown next to every number in the UI and exported with it.
enum class MetricSource { None, Client, Server, Estimated, Metrics };

QString metricSourceKey(MetricSource source); // "" | client | server | estimated | metrics
QString metricSourceDisplayName(MetricSource source);
MetricSource metricSourceFromKey(const QString &key); // unknown key -> None
