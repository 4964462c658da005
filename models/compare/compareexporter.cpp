#include "models/compare/compareexporter.h"

#include "models/compare/comparemarkdown.h"
#include "models/compare/comparemetrics.h"
#include "models/compare/compareresultjson.h"
#include "models/compare/compareusage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

QByteArray CompareExporter::toJson(const CompareRun &run)
{
    return CompareResultJson::toBytes(run);
}

QStringList CompareExporter::csvColumns()
{
    QStringList columns{
        QStringLiteral("run_id"),  QStringLiteral("node"),          QStringLiteral("url"),
        QStringLiteral("backend"), QStringLiteral("model"),         QStringLiteral("thinking"),
        QStringLiteral("run"),     QStringLiteral("warmup"),        QStringLiteral("state"),
        QStringLiteral("error"),   QStringLiteral("finish_reason"), QStringLiteral("http_status")};
    for (const CompareMetric &m : CompareMetric::all())
        columns.append(m.keyString());
    columns << QStringLiteral("prefill_source") << QStringLiteral("decode_source")
            << QStringLiteral("effective_tps_source") << QStringLiteral("flags")
            << QStringLiteral("started_at") << QStringLiteral("text") << QStringLiteral("reasoning");
    // Usage and cost (appended: the columns before keep their places).
    columns << QStringLiteral("usage_input_tokens") << QStringLiteral("usage_output_tokens")
            << QStringLiteral("usage_reasoning_tokens") << QStringLiteral("usage_cache_read_tokens")
            << QStringLiteral("usage_cache_write_tokens") << QStringLiteral("cost");
    return columns;
}

static QString csvField(const QString &value)
{
    // RFC 4180: quote fields holding a separator, a quote or a line break; double the quotes.
    // A leading = + - @ is prefixed with ' so a spreadsheet does not run model output as a formula.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front())) {
        bool numeric = false;
        v.toDouble(&numeric);
        if (!numeric)
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

static QString csvNumber(const CompareMetric &m, std::optional<double> v)
{
    if (!v)
        return {}; // unknown: an empty field, never 0
    if (m.isCount())
        return QString::number(qint64(*v));
    return QString::number(*v, 'f', m.exportDecimals());
}

QByteArray CompareExporter::toCsv(const CompareRun &run)
{
    QStringList lines{csvColumns().join(QLatin1Char(','))};
    for (const CompareCell &c : run.cells) {
        const CompareNodeInfo node = run.nodes.value(c.nodeIndex);
        const ChatResult &r = c.result;
        QStringList f{run.id,
                      node.name,
                      node.url.toString(QUrl::RemoveUserInfo),
                      backendKey(node.backend),
                      r.model.isEmpty() ? node.modelId : r.model,
                      c.thinking ? QStringLiteral("true") : QStringLiteral("false"),
                      QString::number(c.run),
                      c.warmup ? QStringLiteral("true") : QStringLiteral("false"),
                      runStateKey(r.state),
                      r.error,
                      r.finishReason,
                      r.httpStatus > 0 ? QString::number(r.httpStatus) : QString()};
        for (const CompareMetric &m : CompareMetric::all())
            f.append(csvNumber(m, m.value(r.metrics)));
        f << metricSourceKey(r.metrics.prefillSource) << metricSourceKey(r.metrics.decodeSource)
          << metricSourceKey(r.metrics.effectiveTpsSource) << r.flags.join(QLatin1Char(';'))
          << (c.startedAt.isValid() ? c.startedAt.toUTC().toString(Qt::ISODateWithMs) : QString()) << r.text
          << r.reasoning;
        const auto count = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); };
        const std::optional<double> cost = CompareUsage::cellCost(run, c);
        f << count(r.usage.promptTokens) << count(r.usage.completionTokens) << count(r.usage.reasoningTokens)
          << count(r.usage.cachedTokens) << count(r.usage.cacheWriteTokens)
          << (cost ? QString::number(*cost, 'f', 6) : QString());
        for (QString &field : f)
            field = csvField(field);
        lines.append(f.join(QLatin1Char(',')));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray CompareExporter::toMarkdown(const CompareRun &run)
{
    return CompareMarkdown::render(run).toUtf8();
}

QByteArray CompareExporter::render(const CompareRun &run, Format format)
{
    switch (format) {
    case Format::Json:
        return toJson(run);
    case Format::Csv:
        return toCsv(run);
    case Format::Markdown:
        return toMarkdown(run);
    }
    return {};
}

std::optional<CompareExporter::Format> CompareExporter::formatFromName(const QString &nameOrSuffix)
{
    QString s = nameOrSuffix.toLower();
    if (s.contains(QLatin1Char('.')))
        s = QFileInfo(s).suffix();
    if (s == QLatin1String("json"))
        return Format::Json;
    if (s == QLatin1String("csv"))
        return Format::Csv;
    if (s == QLatin1String("md") || s == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString CompareExporter::suffix(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

bool CompareExporter::write(const CompareRun &run, Format format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(render(run, format)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CompareExporter", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}
