#include "widgets/bench/allfaildialog.h"

#include "widgets/appstyle.h"
#include "widgets/bench/benchhtml.h"
#include "widgets/bench/benchpalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

AllFailDialog::AllFailDialog(const QList<BenchCell> &cells, const std::optional<Task> &task,
                             std::optional<Verdict> verdict, QWidget *parent)
    : QDialog(parent)
{
    const QString taskName = task ? task->title : (cells.isEmpty() ? QString() : cells.first().task);
    setWindowTitle(tr("%1: failing checks side by side").arg(taskName));
    setObjectName(QStringLiteral("allFailDialog"));
    resize(1200, 760);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    if (verdict == Verdict::AllFail) {
        m_hint->setText(tr(
            "<b>No node passes this task. Maybe the models are wrong, or maybe the grading rule is.</b> "
            "When every node fails, check the check first. Below, each node's answers sit next to the "
            "checks that failed them. Look for:"
            "<ul>"
            "<li>a right answer in a form the check does not accept (other wording, a number written "
            "differently, other units, valid code in another style);</li>"
            "<li>a check that asks for something the prompt never asked for;</li>"
            "<li>answers cut off by a time or token limit too short for thinking;</li>"
            "<li>a prompt that can be read two ways.</li>"
            "</ul>"
            "If you find one, fix the check or the prompt in the suite file and run the task again. If the "
            "answers really are wrong, the task is simply hard."));
        m_hint->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; padding: 8px; border-radius: 4px; }")
                .arg(BenchPalette::verdict(Verdict::AllFail).name()));
    } else {
        m_hint->setText(tr("Verdict %1. The failing checks of each node are shown next to its answers.")
                            .arg(verdict ? verdictKey(*verdict) : tr("pending")));
    }

    auto *definitions = new QTextBrowser(this);
    definitions->setMaximumHeight(130);
    QString defs = QStringLiteral("<p><b>%1</b></p>").arg(BenchHtml::escape(tr("What the checks look for")));
    defs +=
        task
            ? BenchHtml::checkDefinitions(*task)
            : QStringLiteral("<p><i>%1</i></p>").arg(BenchHtml::escape(tr("The suite is no longer loaded.")));
    definitions->setHtml(defs);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    for (const BenchCell &cell : cells) {
        auto *pane = new QTextBrowser(splitter);
        pane->setHtml(buildNodeHtml(cell));
        splitter->addWidget(pane);
        m_panes.append(pane);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(definitions);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
}

QString AllFailDialog::hintText() const
{
    return m_hint->text();
}

QString AllFailDialog::nodeHtml(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes.at(pane)->toHtml() : QString();
}

QString AllFailDialog::buildNodeHtml(const BenchCell &cell)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(BenchHtml::escape(cell.node));
    if (cell.score.mean)
        html += QStringLiteral("<p>%1</p>")
                    .arg(BenchHtml::escape(tr("mean %1 (min %2, max %3), %4")
                                               .arg(locale.toString(*cell.score.mean, 'f', 1),
                                                    locale.toString(cell.score.min.value_or(0), 'f', 1),
                                                    locale.toString(cell.score.max.value_or(0), 'f', 1),
                                                    cell.score.passed ? tr("PASS") : tr("FAIL"))));
    QString firstAnswer;
    for (const BenchRun &run : cell.runs) {
        html += QStringLiteral("<h3>%1</h3>").arg(BenchHtml::escape(tr("Run %1").arg(run.runIndex + 1)));
        html += BenchHtml::runSummary(run, cell.passThreshold);
        html += BenchHtml::checksTable(run.checks, true);
        const QString answer = run.turns.isEmpty() ? QString() : run.turns.last().answer;
        // Identical answers (a deterministic node) are shown once.
        if (run.runIndex > 0 && answer == firstAnswer) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(BenchHtml::escape(tr("Same answer as run 1.")));
            continue;
        }
        if (run.runIndex == 0 || firstAnswer.isNull())
            firstAnswer = answer;
        if (!run.turns.isEmpty() && !run.turns.last().reasoning.isEmpty() && answer.trimmed().isEmpty())
            html += BenchHtml::textBlock(tr("Thinking (no visible answer)"), run.turns.last().reasoning, 4000,
                                         AppStyle::mutedColor().name());
        html += BenchHtml::textBlock(tr("Answer"), answer, 12000);
    }
    return html;
}
