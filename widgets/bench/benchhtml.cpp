#include "widgets/bench/benchhtml.h"

#include "models/bench/scorer.h"
#include "widgets/appstyle.h"

#include <QLocale>
#include <QStringList>

namespace {

QString number(const std::optional<double> &v, int decimals, const QString &unit = {})
{
    if (!v)
        return QStringLiteral("—");
    const QString text = QLocale().toString(*v, 'f', decimals);
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

QString count(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : QStringLiteral("—");
}

QString quoted(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q << QLatin1Char('"') + v + QLatin1Char('"');
    return q.join(QLatin1String(", "));
}

} // namespace

QString BenchHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString BenchHtml::textBlock(const QString &title, const QString &text, int maxChars, const QString &color)
{
    QString body = text;
    QString note;
    if (body.size() > maxChars) {
        note = tr("(cut: showing %1 of %2 characters)").arg(maxChars).arg(body.size());
        body = body.left(maxChars);
    }
    if (body.trimmed().isEmpty())
        body = tr("(empty)");
    const QString style = color.isEmpty() ? QString() : QStringLiteral("; color:%1").arg(color);
    return QStringLiteral("<p><b>%1</b> <small>%2</small></p><pre style=\"white-space:pre-wrap%3\">%4</pre>")
        .arg(escape(title), escape(note), style, escape(body));
}

QString BenchHtml::outcomeColor(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return AppStyle::okColor().name();
    case CheckOutcome::Failed:
        return AppStyle::errorColor().name();
    case CheckOutcome::Skipped:
        return QStringLiteral("#8d6e00");
    }
    return QStringLiteral("#000000");
}

QString BenchHtml::checksTable(const QList<CheckResult> &checks, bool onlyFailed)
{
    if (checks.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(escape(tr("No checks ran (the request did not end DONE).")));
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"
                       "<tr><th>%1</th><th>%2</th><th>%3</th><th align=\"left\">%4</th></tr>")
            .arg(escape(tr("Outcome")), escape(tr("Check")), escape(tr("Weight")), escape(tr("Detail")));
    int shown = 0;
    for (const CheckResult &c : checks) {
        if (onlyFailed && c.outcome != CheckOutcome::Failed)
            continue;
        ++shown;
        // What the check read (the answer sentence, the number, the code run): grading mistakes show here.
        const QString detail = c.read.isEmpty() ? c.detail.left(4000)
                                                : c.detail.left(4000) + QLatin1Char('\n') +
                                                      tr("read: %1").arg(c.read.left(4000));
        html +=
            QStringLiteral("<tr><td style=\"color:%1\"><b>%2</b></td><td>%3</td><td align=\"right\">%4</td>"
                           "<td><pre style=\"white-space:pre-wrap\">%5</pre></td></tr>")
                .arg(outcomeColor(c.outcome), escape(checkOutcomeKey(c.outcome).toUpper()),
                     escape(c.required ? tr("%1 (required)").arg(c.name) : c.name),
                     QLocale().toString(c.weight), escape(detail));
    }
    html += QStringLiteral("</table>");
    if (shown == 0)
        return QStringLiteral("<p><i>%1</i></p>").arg(escape(tr("No failing checks.")));
    return html;
}

QString BenchHtml::checkDefinition(const Check &c)
{
    QString what;
    switch (c.type) {
    case CheckType::Exact:
        what = tr("exact: one of %1").arg(quoted(c.values));
        break;
    case CheckType::Contains:
        what = (c.matchAll ? tr("contains all of %1") : tr("contains any of %1")).arg(quoted(c.values));
        if (c.wholeWord)
            what += tr(" (whole words)");
        break;
    case CheckType::Regex:
        what = tr("regex /%1/%2").arg(c.pattern, c.flags);
        break;
    case CheckType::Numeric:
        what = tr("numeric: %1 = %2 ± %3%4")
                   .arg(c.anyNumber ? tr("any number") : tr("final number"))
                   .arg(c.expected)
                   .arg(c.tolerance)
                   .arg(c.relTolerance > 0 ? tr(" (or %1 %)").arg(c.relTolerance * 100) : QString());
        break;
    case CheckType::Json: {
        QStringList parts;
        if (!c.jsonRoot.isEmpty())
            parts << tr("root %1").arg(c.jsonRoot);
        if (!c.requiredKeys.isEmpty())
            parts << tr("keys %1").arg(c.requiredKeys.join(QLatin1String(", ")));
        if (c.expectedValues.is_object() && !c.expectedValues.empty())
            parts << tr("values %1").arg(QString::fromStdString(c.expectedValues.dump()));
        what = tr("json: %1").arg(parts.join(QLatin1String("; ")));
        break;
    }
    case CheckType::Choice:
        what = tr("choice: %1").arg(c.expectedChoice);
        break;
    case CheckType::Length: {
        QStringList parts;
        if (c.minWords || c.maxWords)
            parts << tr("words %1..%2")
                         .arg(c.minWords.value_or(0))
                         .arg(c.maxWords ? QString::number(*c.maxWords) : QStringLiteral("∞"));
        if (c.minChars || c.maxChars)
            parts << tr("chars %1..%2")
                         .arg(c.minChars.value_or(0))
                         .arg(c.maxChars ? QString::number(*c.maxChars) : QStringLiteral("∞"));
        if (c.minLines || c.maxLines)
            parts << tr("lines %1..%2")
                         .arg(c.minLines.value_or(0))
                         .arg(c.maxLines ? QString::number(*c.maxLines) : QStringLiteral("∞"));
        what = tr("length: %1").arg(parts.join(QLatin1String(", ")));
        break;
    }
    case CheckType::Code:
        what = tr("code: %1 tests (%2 lines, %3 s limit)")
                   .arg(c.language)
                   .arg(c.tests.count(QLatin1Char('\n')) + 1)
                   .arg(c.codeTimeoutS);
        break;
    case CheckType::Answer:
        what = tr("answer: commits to one of %1").arg(quoted(c.values));
        if (!c.others.isEmpty())
            what += tr(", not %1").arg(quoted(c.others));
        break;
    }
    if (c.required)
        what = tr("required: %1").arg(what);
    if (c.negate)
        what = tr("NOT (%1)").arg(what);
    return what;
}

QString BenchHtml::checkDefinitions(const Task &task)
{
    QString html = QStringLiteral("<ul>");
    for (const Check &c : task.checks) {
        const QString name = c.name.isEmpty() ? checkTypeKey(c.type) : c.name;
        const QString turn = c.turn == -1 ? tr("last answer") : tr("answer %1").arg(c.turn);
        html +=
            QStringLiteral("<li><b>%1</b> (w %2, %3): <code>%4</code></li>")
                .arg(escape(name), QLocale().toString(c.weight), escape(turn), escape(checkDefinition(c)));
    }
    return html + QStringLiteral("</ul>");
}

QString BenchHtml::runSummary(const BenchRun &run, double passThreshold)
{
    QStringList parts;
    parts << tr("State: <b>%1</b>").arg(escape(runStateKey(run.state)));
    if (run.score)
        parts << tr("Score: <b>%1</b> (%2 at %3)")
                     .arg(QLocale().toString(*run.score, 'f', 1),
                          *run.score >= passThreshold ? tr("PASS") : tr("FAIL"),
                          QLocale().toString(passThreshold));
    else
        parts << tr("Score: — (nothing scored)");
    if (run.skippedChecks > 0)
        parts << tr("%n check(s) SKIPPED", nullptr, run.skippedChecks);
    parts << tr("TCT: %1").arg(
        number(run.tctMs() ? std::optional<double>(*run.tctMs() / 1000.0) : std::nullopt, 2, tr("s")));
    parts << tr("Effective: %1").arg(number(run.effectiveTps(), 1, tr("tok/s")));
    if (run.startedAt.isValid())
        parts << tr("Started: %1").arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
    QString html = QStringLiteral("<p>%1</p>").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!run.error.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b> %3</p>")
                    .arg(AppStyle::errorColor().name(), escape(tr("Error:")), escape(run.error));
    return html;
}

QString BenchHtml::turnTimings(const BenchRun &run)
{
    if (run.turns.isEmpty())
        return {};
    QString html =
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>%1</th><th>%2</th>"
                       "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
            .arg(escape(tr("Turn")), escape(tr("TTFT")), escape(tr("TTR")), escape(tr("Effective tok/s")),
                 escape(tr("Answer tokens")), escape(tr("Completion tokens")), escape(tr("Finish")));
    for (int i = 0; i < run.turns.size(); ++i) {
        const BenchTurn &t = run.turns.at(i);
        html +=
            QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td>"
                           "<td align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td>"
                           "<td>%7</td></tr>")
                .arg(i + 1)
                .arg(number(t.ttftMs, 0, tr("ms")), number(t.ttrMs, 0, tr("ms")), number(t.effectiveTps, 1),
                     count(t.answerTokens), count(t.completionTokens), escape(t.finishReason));
    }
    return html + QStringLiteral("</table>");
}
