#include "widgets/bench/celldetaildialog.h"

#include "widgets/appstyle.h"
#include "widgets/bench/benchhtml.h"
#include "widgets/bench/consensushtml.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

CellDetailDialog::CellDetailDialog(const BenchCell &cell, const std::optional<Task> &task,
                                   const std::optional<CodeConsensus> &consensus, QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("%1 on %2").arg(task ? task->title : cell.task, cell.node));
    setObjectName(QStringLiteral("cellDetailDialog"));
    resize(900, 700);

    const CellScore &s = cell.score;
    const QLocale locale;
    QStringList summary;
    summary << tr("<b>%1</b> / %2 on <b>%3</b>")
                   .arg(BenchHtml::escape(cell.suite), BenchHtml::escape(cell.task),
                        BenchHtml::escape(cell.node));
    if (s.mean)
        summary << tr("mean %1 (min %2, max %3) over %n scored run(s)", nullptr, s.scoredRuns)
                       .arg(locale.toString(*s.mean, 'f', 1),
                            locale.toString(s.min.value_or(*s.mean), 'f', 1),
                            locale.toString(s.max.value_or(*s.mean), 'f', 1));
    summary << (s.passed ? tr("PASS") : tr("FAIL")) + QLatin1Char(' ') +
                   tr("at %1").arg(locale.toString(cell.passThreshold));
    summary << (s.stable ? tr("STABLE") : tr("UNSTABLE"));
    if (cell.ttrMs)
        summary << tr("TTR %1 s").arg(locale.toString(*cell.ttrMs / 1000.0, 'f', 2));
    if (cell.effectiveTps)
        summary << tr("%1 tok/s effective").arg(locale.toString(*cell.effectiveTps, 'f', 1));
    if (consensus && consensus->isDivergent(cell.node))
        summary << QStringLiteral("<font color=\"#6a1b9a\"><b>%1</b></font>")
                       .arg(BenchHtml::escape(tr("divergent approach (see the Structure tab)")));
    auto *header = new QLabel(summary.join(QStringLiteral(" · ")), this);
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);

    for (const BenchRun &run : cell.runs) {
        auto *browser = new QTextBrowser(m_tabs);
        browser->setOpenExternalLinks(false);
        browser->setHtml(buildRunHtml(run, cell, task));
        const QString label =
            run.score ? tr("Run %1 · %2").arg(run.runIndex + 1).arg(locale.toString(*run.score, 'f', 0))
                      : tr("Run %1 · %2").arg(run.runIndex + 1).arg(runStateKey(run.state));
        m_tabs->addTab(browser, label);
    }
    m_runTabs = m_tabs->count();
    if (consensus) {
        m_structureHtml = ConsensusHtml::report(*consensus, cell.node);
        auto *browser = new QTextBrowser(m_tabs);
        browser->setObjectName(QStringLiteral("structureBrowser"));
        browser->setHtml(m_structureHtml);
        m_tabs->addTab(browser, consensus->flagged() ? tr("Structure ≠") : tr("Structure"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

int CellDetailDialog::runTabCount() const
{
    return m_runTabs;
}

QString CellDetailDialog::structureHtml() const
{
    return m_structureHtml;
}

QString CellDetailDialog::runHtml(int run) const
{
    const auto *browser = qobject_cast<QTextBrowser *>(m_tabs->widget(run));
    return browser ? browser->toHtml() : QString();
}

QString CellDetailDialog::buildRunHtml(const BenchRun &run, const BenchCell &cell,
                                       const std::optional<Task> &task)
{
    QString html = BenchHtml::runSummary(run, cell.passThreshold);
    html += QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(tr("Checks")));
    html += BenchHtml::checksTable(run.checks);
    html += QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(tr("Timings")));
    html += BenchHtml::turnTimings(run);
    html += QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(tr("Conversation")));
    if (task && !task->system.isEmpty())
        html += BenchHtml::textBlock(tr("System prompt"), task->system);
    const int turns = int(qMax(run.turns.size(), task ? task->turns.size() : 0));
    for (int i = 0; i < turns; ++i) {
        if (task && i < task->turns.size())
            html += BenchHtml::textBlock(tr("Prompt (turn %1)").arg(i + 1), task->turns.at(i));
        if (i >= run.turns.size()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(BenchHtml::escape(tr("Not reached.")));
            continue;
        }
        const BenchTurn &t = run.turns.at(i);
        if (!t.reasoning.isEmpty())
            html += BenchHtml::textBlock(tr("Thinking (turn %1)").arg(i + 1), t.reasoning, 20000,
                                         AppStyle::mutedColor().name());
        html += BenchHtml::textBlock(tr("Answer (turn %1)").arg(i + 1), t.answer);
    }
    return html;
}
