#include "models/compare/comparetables.h"

#include "models/compare/comparemetrics.h"

#include <QCoreApplication>

static const QString s_unknown = QStringLiteral("-");

static QStringList metricTitles()
{
    QStringList out;
    for (const CompareMetric *m : CompareMetric::keyMetrics())
        out.append(m->columnTitle());
    return out;
}

QStringList CompareTables::cellHeader()
{
    return QStringList{CompareTables::tr("Node"), CompareTables::tr("Thinking"), CompareTables::tr("Run"),
                       CompareTables::tr("State")} +
           metricTitles() +
           QStringList{CompareTables::tr("Prefill source"), CompareTables::tr("Flags"),
                       CompareTables::tr("Error")};
}

QList<QStringList> CompareTables::cellRows(const CompareRun &run)
{
    QList<QStringList> rows;
    for (const CompareCell &c : run.cells) {
        QStringList row{run.nodes.value(c.nodeIndex).name,
                        c.warmup ? CompareTables::tr("warm-up") : thinkingKey(c.thinking),
                        c.warmup ? s_unknown : QString::number(c.run), runStateKey(c.state())};
        for (const CompareMetric *m : CompareMetric::keyMetrics())
            row.append(c.warmup ? s_unknown : m->format(m->value(c.result.metrics)));
        const QString source = metricSourceKey(c.result.metrics.prefillSource);
        row << (source.isEmpty() || c.warmup ? s_unknown : source)
            << c.result.flags.join(QStringLiteral(", ")) << c.result.error;
        rows.append(row);
    }
    return rows;
}

QStringList CompareTables::summaryHeader()
{
    return QStringList{CompareTables::tr("Node"), CompareTables::tr("Thinking"), CompareTables::tr("Done")} +
           metricTitles() + QStringList{CompareTables::tr("Stability"), CompareTables::tr("Flags")};
}

QList<QStringList> CompareTables::summaryRows(const CompareRun &run,
                                              const QList<CompareGroupSummary> &summary)
{
    QList<QStringList> rows;
    for (const CompareGroupSummary &g : summary) {
        QStringList row{run.nodes.value(g.nodeIndex).name, thinkingKey(g.thinking),
                        QStringLiteral("%1/%2").arg(g.done).arg(g.runs)};
        for (const CompareMetric *m : CompareMetric::keyMetrics()) {
            const MetricSpread *s = g.metric(m->keyString());
            QString cell = m->format(s ? s->mean : std::nullopt);
            if (s && s->n > 1 && s->min != s->max)
                cell += QStringLiteral(" (%1-%2)").arg(m->format(s->min), m->format(s->max));
            row.append(cell);
        }
        row << stabilityKey(g.stability.verdict) + QStringLiteral(": ") + g.stability.reason
            << g.flags.join(QStringLiteral(", "));
        rows.append(row);
    }
    return rows;
}

QString CompareTables::progressLine(const CompareRun &run, const CompareCell &c)
{
    const QString name = run.nodes.value(c.nodeIndex).name;
    QString line =
        c.warmup ? CompareTables::tr("%1 warm-up").arg(name)
                 : CompareTables::tr("%1 thinking %2 run %3").arg(name, thinkingKey(c.thinking)).arg(c.run);
    line += QStringLiteral(": ") + runStateKey(c.state());
    if (const auto ttr = c.result.metrics.ttrMs)
        line += CompareTables::tr(", TTR %1 ms").arg(*ttr, 0, 'f', 1);
    if (!c.result.error.isEmpty())
        line += QStringLiteral(" (") + c.result.error + QLatin1Char(')');
    return line;
}
