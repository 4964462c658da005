#include "widgets/pair/pairresultspanel.h"

#include "models/pair/pairsummary.h"
#include "models/pair/reviewerprompts.h"
#include "widgets/pair/pairpalette.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(false);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // As wide as the columns, not the page: no empty band to the right of the numbers.
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    t->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return t;
}

void fitHeight(QTableWidget *t)
{
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(h + 2);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QString score(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("–");
}

QString seconds(std::optional<double> ms)
{
    return ms ? QCoreApplication::translate("PairResultsPanel", "%1 s").arg(*ms / 1000.0, 0, 'f', 2)
              : QStringLiteral("–");
}

} // namespace

PairResultsPanel::PairResultsPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = makeTable(this, QStringLiteral("pairSummary"),
                          {tr("Mode"), tr("Tasks"), tr("Pass rate"), tr("Mean score"), tr("Mean time")});
    m_summary->horizontalHeaderItem(4)->setToolTip(
        tr("Single: the builder's TTR for its first answer. Pair: TCT, every step's TTR plus the gaps."));
    m_tasks = makeTable(this, QStringLiteral("pairTasks"),
                        {tr("Task"), tr("Runs"), tr("Single score"), tr("Pair score"), tr("Single"), tr("Pair"),
                         tr("Mean rounds"), tr("Approved"), tr("Single TTR"), tr("Pair TCT")});
    m_tasks->horizontalHeaderItem(2)->setToolTip(
        tr("The builder's first answer graded alone with the task's checks: what a single builder scores."));
    m_rubberStamp = makeTable(this, QStringLiteral("pairRubberStamp"),
                              {tr("Reviewer prompt"), tr("Rubber-stamp rate"), tr("Bad code approved"),
                               tr("Nitpick rate"), tr("Good code rejected"), tr("No verdict"), tr("Failed")});
    m_rubberStamp->horizontalHeaderItem(1)->setToolTip(
        tr("Known-bad code (the tasks' bad examples and the grading corpus's wrong answers) approved, of the "
           "reviews with a readable verdict. Mean over runs, min–max in brackets."));
    m_rubberStamp->horizontalHeaderItem(3)->setToolTip(
        tr("Known-good code rejected, of the reviews with a readable verdict."));
    m_storedRubberStamp = makeTable(this, QStringLiteral("pairStoredRubberStamps"),
                                    {tr("Tested"), tr("Reviewer"), tr("Reviewer prompt"), tr("Rubber-stamp rate"),
                                     tr("Nitpick rate"), tr("Runs"), tr("Known bad / good")});
    m_storedRubberStamp->horizontalHeaderItem(6)->setToolTip(
        tr("Pieces of code shown per run: known-bad / known-good (of them, from the grading corpus)."));
    m_rubberStampNote = new QLabel(tr("Rubber-stamp test not run yet."), this);
    m_rubberStampNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto title = [this](const QString &text) {
        auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        return l;
    };
    layout->addWidget(title(tr("Single builder vs pair")));
    layout->addWidget(m_summary, 0, Qt::AlignLeft);
    layout->addWidget(m_tasks, 0, Qt::AlignLeft);
    layout->addWidget(title(tr("Rubber-stamp test")));
    layout->addWidget(m_rubberStampNote);
    layout->addWidget(m_rubberStamp, 0, Qt::AlignLeft);
    m_storedTitle = title(tr("Earlier rubber-stamp tests"));
    layout->addWidget(m_storedTitle);
    layout->addWidget(m_storedRubberStamp, 0, Qt::AlignLeft);
    m_storedTitle->hide();
    m_storedRubberStamp->hide();
    fitHeight(m_summary);
    fitHeight(m_tasks);
    fitHeight(m_rubberStamp);
}

PairResultsPanel::~PairResultsPanel() = default;

void PairResultsPanel::setRun(const PairRun &run)
{
    const QList<PairSummaryRow> rows = PairSummary::rows(run);
    m_summary->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const PairSummaryRow &row = rows[r];
        m_summary->setItem(r, 0, cell(PairSummary::modeDisplayName(row.mode), Qt::AlignLeft | Qt::AlignVCenter));
        m_summary->setItem(r, 1, cell(QString::number(row.tasks)));
        m_summary->setItem(r, 2,
                           cell(row.passRate ? QStringLiteral("%1 %").arg(*row.passRate, 0, 'f', 0) : QStringLiteral("–")));
        m_summary->setItem(r, 3, cell(score(row.meanScore)));
        m_summary->setItem(r, 4, cell(seconds(row.meanTimeMs)));
    }
    const QList<PairTaskSummary> tasks = PairSummary::perTask(run);
    m_tasks->setRowCount(int(tasks.size()));
    for (int r = 0; r < tasks.size(); ++r) {
        const PairTaskSummary &t = tasks[r];
        m_tasks->setItem(r, 0, cell(t.task, Qt::AlignLeft | Qt::AlignVCenter));
        m_tasks->setItem(r, 1, cell(QString::number(t.runs)));
        m_tasks->setItem(r, 2, cell(score(t.singleMeanScore)));
        m_tasks->setItem(r, 3, cell(score(t.pairMeanScore)));
        m_tasks->setItem(r, 4, cell(t.singlePassed ? tr("PASS") : tr("FAIL"), Qt::AlignCenter));
        m_tasks->setItem(r, 5, cell(t.pairPassed ? tr("PASS") : tr("FAIL"), Qt::AlignCenter));
        m_tasks->setItem(r, 6, cell(QString::number(t.meanReviews, 'f', 1)));
        m_tasks->setItem(r, 7, cell(QStringLiteral("%1/%2").arg(t.approvedRuns).arg(t.runs)));
        m_tasks->setItem(r, 8, cell(seconds(t.meanSingleTtrMs)));
        m_tasks->setItem(r, 9, cell(seconds(t.meanTctMs)));
        if (t.pairMeanScore && t.singleMeanScore && *t.pairMeanScore > *t.singleMeanScore)
            m_tasks->item(r, 3)->setBackground(PairPalette::better());
        for (int c : {4, 5}) {
            const bool pass = m_tasks->item(r, c)->text() == tr("PASS");
            m_tasks->item(r, c)->setForeground(pass ? PairPalette::verdict(ReviewVerdict::Approve)
                                                    : PairPalette::verdict(ReviewVerdict::Reject));
        }
    }
    fitHeight(m_summary);
    fitHeight(m_tasks);
}

void PairResultsPanel::setRubberStamp(const QList<RubberStampPromptResult> &results, int runs)
{
    const auto rate = [](const RubberStampRate &r) {
        if (!r.mean)
            return QStringLiteral("–");
        return QStringLiteral("%1 % (%2–%3)").arg(*r.mean, 0, 'f', 1).arg(*r.min, 0, 'f', 0).arg(*r.max, 0, 'f', 0);
    };
    m_rubberStamp->setRowCount(int(results.size()));
    for (int r = 0; r < results.size(); ++r) {
        const RubberStampPromptResult &p = results[r];
        auto *name = cell(ReviewerPrompts::displayName(p.promptKey), Qt::AlignLeft | Qt::AlignVCenter);
        name->setToolTip(p.prompt);
        m_rubberStamp->setItem(r, 0, name);
        m_rubberStamp->setItem(r, 1, cell(rate(p.rubberStamp)));
        m_rubberStamp->setItem(r, 2, cell(QStringLiteral("%1/%2").arg(p.badApproved).arg(p.badReviews)));
        m_rubberStamp->setItem(r, 3, cell(rate(p.nitpick)));
        m_rubberStamp->setItem(r, 4, cell(QStringLiteral("%1/%2").arg(p.goodRejected).arg(p.goodReviews)));
        m_rubberStamp->setItem(r, 5, cell(QString::number(p.unparsable)));
        m_rubberStamp->setItem(r, 6, cell(QString::number(p.failed)));
    }
    m_rubberStampNote->setText(
        results.isEmpty() ? tr("Rubber-stamp test not run yet.")
                          : tr("The reviewer was shown the tasks' known-bad and known-good code, %n run(s) per "
                               "prompt. Rubber-stamp rate: bad code approved. Nitpick rate: good code rejected.",
                               nullptr, runs));
    fitHeight(m_rubberStamp);
}

void PairResultsPanel::setStoredRubberStamps(const QList<RubberStampRun> &tests)
{
    const auto rate = [](const RubberStampRate &r) {
        if (!r.mean)
            return QStringLiteral("–");
        return QStringLiteral("%1 % (%2–%3)").arg(*r.mean, 0, 'f', 1).arg(*r.min, 0, 'f', 0).arg(*r.max, 0, 'f', 0);
    };
    int rows = 0;
    for (const RubberStampRun &t : tests)
        rows += int(t.results.size());
    m_storedRubberStamp->setRowCount(rows);
    int r = 0;
    for (const RubberStampRun &t : tests) {
        QString when = QLocale().toString(t.startedAt.toLocalTime(), QLocale::ShortFormat);
        if (t.cancelled)
            when += QLatin1Char(' ') + tr("(cancelled)");
        QString reviewer = t.reviewerNode;
        if (t.reviewerThinking)
            reviewer += *t.reviewerThinking ? tr(" · thinking ON") : tr(" · thinking OFF");
        if (t.reviewerSimulated)
            reviewer += QLatin1Char(' ') + tr("SIMULATED");
        for (const RubberStampPromptResult &p : t.results) {
            m_storedRubberStamp->setItem(r, 0, cell(when, Qt::AlignLeft | Qt::AlignVCenter));
            m_storedRubberStamp->setItem(r, 1, cell(reviewer, Qt::AlignLeft | Qt::AlignVCenter));
            auto *name = cell(ReviewerPrompts::displayName(p.promptKey), Qt::AlignLeft | Qt::AlignVCenter);
            name->setToolTip(p.prompt);
            m_storedRubberStamp->setItem(r, 2, name);
            m_storedRubberStamp->setItem(r, 3, cell(rate(p.rubberStamp)));
            m_storedRubberStamp->setItem(r, 4, cell(rate(p.nitpick)));
            m_storedRubberStamp->setItem(r, 5, cell(QString::number(t.runs)));
            m_storedRubberStamp->setItem(
                r, 6, cell(tr("%1 / %2 (corpus %3)").arg(t.badSamples).arg(t.goodSamples).arg(t.corpusSamples)));
            ++r;
        }
    }
    m_storedTitle->setVisible(rows > 0);
    m_storedRubberStamp->setVisible(rows > 0);
    fitHeight(m_storedRubberStamp);
}
