#include "models/measure/metricsource.h"

#include <QCoreApplication>

QString metricSourceKey(MetricSource source)
{
    switch (source) {
    case MetricSource::None:
        return QString();
    case MetricSource::Client:
        return QStringLiteral("client");
    case MetricSource::Server:
        return QStringLiteral("server");
    case MetricSource::Estimated:
        return QStringLiteral("estimated");
    case MetricSource::Metrics:
        return QStringLiteral("metrics");
    case MetricSource::Slots:
        return QStringLiteral("slots");
    }
    return QString();
}

QString metricSourceDisplayName(MetricSource source)
{
    switch (source) {
    case MetricSource::None:
        return QString();
    case MetricSource::Client:
        return QCoreApplication::translate("MetricSource", "client clock");
    case MetricSource::Server:
        return QCoreApplication::translate("MetricSource", "server timings");
    case MetricSource::Estimated:
        return QCoreApplication::translate("MetricSource", "estimated");
    case MetricSource::Metrics:
        return QCoreApplication::translate("MetricSource", "/metrics");
    case MetricSource::Slots:
        return QCoreApplication::translate("MetricSource", "/slots (live)");
    }
    return QString();
}

MetricSource metricSourceFromKey(const QString &key)
{
    for (MetricSource s :
         {MetricSource::Client, MetricSource::Server, MetricSource::Estimated, MetricSource::Metrics,
          MetricSource::Slots}) {
        if (metricSourceKey(s) == key)
            return s;
    }
    return MetricSource::None;
}
