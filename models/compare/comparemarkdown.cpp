#include "models/compare/comparemarkdown.h"

#include "models/compare/compareusage.h"

#include "models/compare/comparesummary.h"
#include "models/compare/comparetables.h"

#include <QCoreApplication>

QString CompareMarkdown::escapeCell(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    t.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return t;
}

static QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &c : cells)
        escaped.append(CompareMarkdown::escapeCell(c));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

static QString separator(int columns)
{
    QStringList dashes;
    for (int i = 0; i < columns; ++i)
        dashes.append(QStringLiteral("---"));
    return QStringLiteral("|") + dashes.join(QStringLiteral("|")) + QStringLiteral("|");
}

static QString fenced(const QString &text)
{
    // A fence longer than any backtick run inside, so model output cannot close it early.
    int longest = 0;
    int run = 0;
    for (QChar ch : text) {
        run = ch == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + QLatin1Char('\n') + text + QLatin1Char('\n') + fence;
}

static void appendTable(QStringList &out, const QStringList &header, const QList<QStringList> &rows)
{
    out << row(header) << separator(int(header.size()));
    for (const QStringList &r : rows)
        out << row(r);
}

QString CompareMarkdown::render(const CompareRun &run)
{
    const CompareSettings &s = run.settings;
    const QList<CompareGroupSummary> groups = CompareSummary::compute(run);
    QStringList out;
    out << QStringLiteral("# ") +
               (run.label.isEmpty() ? CompareMarkdown::tr("Tokscope comparison") : escapeCell(run.label))
        << QString();
    out << CompareMarkdown::tr("- Run: `%1`").arg(run.id);
    if (run.startedAt.isValid())
        out << CompareMarkdown::tr("- Started: %1 UTC")
                   .arg(run.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    out << CompareMarkdown::tr("- Runs per node and mode: %1; order: %2; warm-up: %3; cache busting: %4")
               .arg(s.runs)
               .arg(s.parallel ? CompareMarkdown::tr("all nodes at once")
                               : CompareMarkdown::tr("one request at a time"),
                    s.warmup ? CompareMarkdown::tr("yes") : CompareMarkdown::tr("no"),
                    s.cacheBust ? CompareMarkdown::tr("yes") : CompareMarkdown::tr("no"));
    out << CompareMarkdown::tr(
               "- Max tokens: %1 (thinking ON), %2 (thinking OFF); temperature: %3; seed: %4; deadline: %5 s")
               .arg(s.maxTokensThinking)
               .arg(s.maxTokensNoThinking)
               .arg(s.temperature ? QString::number(*s.temperature) : CompareMarkdown::tr("server default"),
                    s.seed ? QString::number(*s.seed) : CompareMarkdown::tr("none"),
                    QString::number(s.deadlineMs / 1000.0));
    out << QString() << QStringLiteral("## ") + CompareMarkdown::tr("Prompt") << QString();
    if (!s.systemPrompt.isEmpty())
        out << CompareMarkdown::tr("System:") << QString() << fenced(s.systemPrompt) << QString();
    for (const ChatMessage &m : s.earlierTurns)
        out << m.role + QLatin1Char(':') << QString() << fenced(m.content) << QString();
    out << fenced(s.prompt) << QString();

    out << QStringLiteral("## ") + CompareMarkdown::tr("Nodes") << QString();
    out << row({CompareMarkdown::tr("Node"), CompareMarkdown::tr("URL"), CompareMarkdown::tr("Backend"),
                CompareMarkdown::tr("Version"), CompareMarkdown::tr("Model"), CompareMarkdown::tr("Context")})
        << separator(6);
    for (const CompareNodeInfo &n : run.nodes)
        // The simulated lab's names already say "(simulated)": never twice.
        out << row({n.name + (n.simulated && !n.name.contains(QLatin1String("simulated"), Qt::CaseInsensitive)
                                  ? CompareMarkdown::tr(" (simulated)")
                                  : QString()),
                    n.url.toString(QUrl::RemoveUserInfo), backendDisplayName(n.backend),
                    n.serverVersion.isEmpty() ? QStringLiteral("-") : n.serverVersion,
                    n.modelId.isEmpty() ? QStringLiteral("-") : n.modelId,
                    n.contextLength ? QString::number(*n.contextLength) : QStringLiteral("-")});
    out << QString();

    out << QStringLiteral("## ") + CompareMarkdown::tr("Summary") << QString();
    out << CompareMarkdown::tr(
               "Mean over DONE runs, (min-max) when runs differ. TTFT: first token; TTFA: first answer "
               "token; "
               "TTR: last token, all from the request start. Effective speed = answer tokens / TTR.")
        << QString();
    appendTable(out, CompareTables::summaryHeader(), CompareTables::summaryRows(run, groups));
    out << QString();

    const UsageTotals total = CompareUsage::forRun(run);
    if (total.withUsage > 0) {
        // Tokens as the servers counted them, every request (warm-ups too: they are billed).
        out << QStringLiteral("## ") + CompareMarkdown::tr("Usage and cost") << QString();
        const auto count = [](qint64 v) { return QString::number(v); };
        const auto usageRow = [&count](const QString &name, const UsageTotals &t) {
            const std::optional<double> cost = t.cost();
            return QStringList{name,
                               QString::number(t.requests),
                               count(t.inputTokens),
                               count(t.cacheReadTokens),
                               count(t.cacheWriteTokens),
                               count(t.outputTokens),
                               count(t.reasoningTokens),
                               cost ? QString::number(*cost, 'f', 4) : CompareMarkdown::tr("unknown")};
        };
        QList<QStringList> rows;
        for (int node = 0; node < run.nodes.size(); ++node)
            rows.append(usageRow(run.nodes.at(node).name, CompareUsage::forNode(run, node)));
        rows.append(usageRow(CompareMarkdown::tr("Total"), total));
        appendTable(out,
                    {CompareMarkdown::tr("Node"), CompareMarkdown::tr("Requests"), CompareMarkdown::tr("Input"),
                     CompareMarkdown::tr("Cache read"), CompareMarkdown::tr("Cache write"),
                     CompareMarkdown::tr("Output"), CompareMarkdown::tr("Reasoning"), CompareMarkdown::tr("Cost")},
                    rows);
        out << CompareMarkdown::tr("Cost uses the price table (per million tokens, per node); \"unknown\" "
                                   "when a node has no prices.")
            << QString();
    }

    out << QStringLiteral("## ") + CompareMarkdown::tr("Runs") << QString();
    appendTable(out, CompareTables::cellHeader(), CompareTables::cellRows(run));
    out << QString();

    bool diffHeader = false;
    for (const CompareGroupSummary &g : groups) {
        if (g.stability.diff.isEmpty())
            continue;
        if (!diffHeader) {
            out << QStringLiteral("## ") + CompareMarkdown::tr("Differences between runs") << QString();
            diffHeader = true;
        }
        out << QStringLiteral("### %1, %2")
                   .arg(escapeCell(run.nodes.value(g.nodeIndex).name), thinkingDisplayName(g.thinking))
            << QString() << fenced(g.stability.diff) << QString();
    }

    out << QStringLiteral("## ") + CompareMarkdown::tr("Answers") << QString();
    for (const auto &[node, thinking] : run.groups()) {
        const QList<int> cells = run.measuredCells(node, thinking);
        for (int i : cells) {
            const CompareCell &c = run.cells.at(i);
            out << QStringLiteral("### ") +
                       CompareMarkdown::tr("%1, %2, run %3 (%4)")
                           .arg(escapeCell(run.nodes.value(node).name), thinkingDisplayName(thinking))
                           .arg(c.run)
                           .arg(runStateKey(c.state()))
                << QString() << fenced(c.result.text) << QString();
        }
    }
    return out.join(QLatin1Char('\n'));
}
