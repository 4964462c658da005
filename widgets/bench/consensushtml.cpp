#include "widgets/bench/consensushtml.h"

#include "widgets/bench/benchhtml.h"

#include <QLocale>
#include <QStringList>
#include <functional>

namespace {

QString lines(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("—");
    QStringList escaped;
    for (const QString &i : items)
        escaped << BenchHtml::escape(i);
    return escaped.join(QStringLiteral("<br>"));
}

QString cell(const QString &html, bool header = false)
{
    return header ? QStringLiteral("<th align=\"left\">%1</th>").arg(html)
                  : QStringLiteral("<td valign=\"top\">%1</td>").arg(html);
}

} // namespace

QString ConsensusHtml::structuresTable(const CodeConsensus &consensus, const QString &highlightNode)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    html += cell(QString(), true);
    for (const QString &node : consensus.nodes) {
        QString title = BenchHtml::escape(node);
        if (node == highlightNode)
            title = QStringLiteral("<u>%1</u>").arg(title);
        if (consensus.isDivergent(node))
            title += QStringLiteral("<br><font color=\"#6a1b9a\">%1</font>")
                         .arg(BenchHtml::escape(tr("divergent approach")));
        html += cell(title, true);
    }
    html += QStringLiteral("</tr>");
    auto row = [&](const QString &label, const std::function<QString(const CodeStructure &)> &value) {
        html += QStringLiteral("<tr>") + cell(BenchHtml::escape(label), true);
        for (const QString &node : consensus.nodes) {
            const CodeStructure s = consensus.structureOf(node);
            html += cell(s.available ? value(s)
                                     : QStringLiteral("<i>%1</i>").arg(BenchHtml::escape(s.summary())));
        }
        html += QStringLiteral("</tr>");
    };
    row(tr("Definitions"), [](const CodeStructure &s) {
        QStringList defs;
        for (const CodeStructure::Definition &d : s.definitions) {
            QString text = d.kind == QLatin1String("class") ? d.text : d.kind + QLatin1Char(' ') + d.text;
            if (!d.methods.isEmpty())
                text += QStringLiteral(": ") + d.methods.join(QStringLiteral(", "));
            defs << text;
        }
        return lines(defs);
    });
    row(tr("Imports"), [](const CodeStructure &s) { return lines(s.imports); });
    row(tr("Control flow"), [](const CodeStructure &s) { return lines(s.controlFlow); });
    row(tr("Data structures"), [](const CodeStructure &s) { return lines(s.dataStructures); });
    row(tr("Solution of run"), [](const CodeStructure &s) {
        return s.runIndex >= 0 ? QString::number(s.runIndex + 1) : QStringLiteral("—");
    });
    html += QStringLiteral("</table>");
    return html;
}

QString ConsensusHtml::similarityTable(const CodeConsensus &consensus)
{
    if (consensus.analysed.size() < 2)
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(BenchHtml::escape(tr("Fewer than two solutions could be analysed: nothing to compare.")));
    const QLocale locale;
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr>");
    html += cell(QString(), true);
    for (const QString &node : consensus.analysed)
        html += cell(BenchHtml::escape(node), true);
    html += QStringLiteral("</tr>");
    for (const QString &a : consensus.analysed) {
        html += QStringLiteral("<tr>") + cell(BenchHtml::escape(a), true);
        for (const QString &b : consensus.analysed) {
            if (a == b) {
                html += cell(QStringLiteral("—"));
                continue;
            }
            const std::optional<double> sim = consensus.similarityOf(a, b);
            const bool agree = sim && *sim >= CodeConsensus::AgreeThreshold - 1e-9;
            const QString value = sim ? locale.toString(*sim, 'f', 2) : QStringLiteral("?");
            html += cell(agree ? QStringLiteral("<b>%1</b>").arg(value) : value);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ConsensusHtml::report(const CodeConsensus &consensus, const QString &highlightNode)
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(consensus.describe()));
    html += QStringLiteral("<p>%1</p>")
                .arg(BenchHtml::escape(
                    tr("Structure read with Python's ast (nothing executed). Similarity = shared features / "
                       "all features (Jaccard) over signatures, imports, control flow and data structures; "
                       "two solutions agree at %1 or more (bold). With three or more solutions, one that "
                       "agrees with none while the others are a majority is flagged.")
                        .arg(locale.toString(CodeConsensus::AgreeThreshold, 'f', 2))));
    html += structuresTable(consensus, highlightNode);
    html += QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(tr("Pairwise similarity")));
    html += similarityTable(consensus);
    return html;
}
