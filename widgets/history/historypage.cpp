#include "widgets/history/historypage.h"

#include "models/bench/benchexporter.h"
#include "models/bench/benchreportorder.h"
#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"
#include "models/history/pairhistorystore.h"
#include "models/pair/reviewerprompts.h"
#include "models/itemmodels/benchrunlistmodel.h"
#include "widgets/bench/benchmarkspage.h"
#include "widgets/charts/scoretrendchart.h"
#include "widgets/charts/verdicthistorychart.h"
#include "widgets/history/runcomparepanel.h"
#include "widgets/recentfolder.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

HistoryPage::HistoryPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_runs(new BenchRunListModel(this))
{
    setObjectName(QStringLiteral("historyPage"));
    if (context.database && context.database->isOpen()) {
        m_pairStore = std::make_unique<PairHistoryStore>(*context.database);
        if (!m_pairStore->open())
            m_pairStore.reset();
    }
    buildUi();
    refresh();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::buildUi()
{
    m_suite = new QComboBox(this);
    m_suite->setObjectName(QStringLiteral("suiteFilter"));
    m_suite->setMinimumContentsLength(16);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    m_empty = new QLabel(tr("No benchmark runs stored yet. Run a suite on the Benchmarks page."), this);
    m_verdictChart = new VerdictHistoryChart(this);
    m_scoreChart = new ScoreTrendChart(ScoreTrendChart::Metric::Score, this);
    m_ttrChart = new ScoreTrendChart(ScoreTrendChart::Metric::Ttr, this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Suite:"), this));
    top->addWidget(m_suite);
    top->addWidget(refreshButton);
    top->addWidget(m_empty);
    top->addStretch(1);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_verdictChart, 0, 0, 1, 2);
    grid->addWidget(m_scoreChart, 1, 0);
    grid->addWidget(m_ttrChart, 1, 1);

    // Runs tab: the list and the export buttons.
    auto *runsTab = new QWidget(this);
    m_runTable = new QTableView(runsTab);
    m_runTable->setObjectName(QStringLiteral("runTable"));
    m_runTable->setModel(m_runs);
    m_runTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runTable->verticalHeader()->hide();
    m_runTable->horizontalHeader()->setStretchLastSection(true);
    m_runTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Export the selected run:"), runsTab));
    const QList<std::pair<QString, ExportFormat>> formats = {{tr("JSON…"), ExportFormat::Json},
                                                             {tr("CSV…"), ExportFormat::Csv},
                                                             {tr("Markdown…"), ExportFormat::Markdown}};
    for (const auto &[label, format] : formats) {
        auto *button = new QPushButton(label, runsTab);
        connect(button, &QPushButton::clicked, this, [this, f = format] { exportSelected(f); });
        exportRow->addWidget(button);
    }
    exportRow->addStretch(1);
    auto *runsLayout = new QVBoxLayout(runsTab);
    runsLayout->addWidget(m_runTable, 1);
    runsLayout->addLayout(exportRow);

    m_compare = new RunComparePanel(m_context.benchHistory, this);
    m_timeline = new QLabel(this);
    m_timeline->setWordWrap(true);
    m_timeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_timeline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setMargin(6);

    // Timeline tab: benchmark and pair runs side by side in time, then the model changes and regressions.
    auto *timelineTab = new QWidget(this);
    m_runTimeline = new QTreeWidget(timelineTab);
    m_runTimeline->setObjectName(QStringLiteral("runTimeline"));
    m_runTimeline->setRootIsDecorated(false);
    m_runTimeline->setHeaderLabels({tr("Started"), tr("Kind"), tr("Run"), tr("What ran")});
    m_runTimeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runTimeline->header()->setStretchLastSection(true);
    m_runTimeline->setToolTip(tr("Double-click a run to open it: a benchmark run in the run list, a pair "
                                 "run on the Pair page."));
    auto *timelineLayout = new QVBoxLayout(timelineTab);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(m_runTimeline, 2);
    timelineLayout->addWidget(m_timeline, 1);
    connect(m_runTimeline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openTimelineRow(m_runTimeline->indexOfTopLevelItem(item)); });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(runsTab, tr("Runs"));
    m_tabs->addTab(m_compare, tr("Compare two runs"));
    m_tabs->addTab(timelineTab, tr("Timeline"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_suite, &QComboBox::currentIndexChanged, this, &HistoryPage::updateTrend);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void HistoryPage::followRuns(BenchmarksPage *benchmarks)
{
    connect(benchmarks, &BenchmarksPage::runFinished, this, &HistoryPage::refresh);
}

void HistoryPage::refresh()
{
    BenchHistoryStore *store = m_context.benchHistory;
    m_runInfos = store ? store->runs(500) : QList<BenchRunInfo>{};
    const QList<BenchHistoryStore::VerdictCounts> counts =
        store ? store->verdictHistory(500) : QList<BenchHistoryStore::VerdictCounts>{};
    m_runs->setRuns(m_runInfos, counts);
    m_verdictChart->setHistory(counts, MaxChartRuns);
    m_compare->setRuns(m_runInfos);
    m_empty->setVisible(m_runInfos.isEmpty());

    // Regressions of the runs on the charts (the newest MaxChartRuns).
    m_regressions.clear();
    if (store)
        for (int i = 0; i < qMin(int(m_runInfos.size()), MaxChartRuns); ++i)
            m_regressions += store->regressions(m_runInfos.at(i).id);

    // Suites that appear in history, keeping the current choice.
    const QString current = suiteFilter();
    QStringList suites;
    for (const BenchRunInfo &r : std::as_const(m_runInfos))
        for (const QString &s : r.suites)
            if (!suites.contains(s))
                suites << s;
    std::sort(suites.begin(), suites.end());
    {
        const QSignalBlocker block(m_suite);
        m_suite->clear();
        m_suite->addItem(tr("All suites"), QString());
        for (const QString &s : std::as_const(suites))
            m_suite->addItem(s, s);
        const int index = m_suite->findData(current);
        m_suite->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateTrend();
    fillRunTimeline();
}

void HistoryPage::fillRunTimeline()
{
    struct Row
    {
        QDateTime startedAt;
        QString kind;
        qint64 id;
        QString what;
    };
    QList<Row> rows;
    for (const BenchRunInfo &r : std::as_const(m_runInfos)) {
        QStringList nodes;
        for (const NodeFingerprint &n : r.nodes)
            nodes << n.node;
        rows.append({r.startedAt, QStringLiteral("bench"), r.id,
                     tr("%1 on %2").arg(r.suites.join(QStringLiteral(", ")), nodes.join(QStringLiteral(", ")))});
    }
    if (m_pairStore)
        for (const PairRunEntry &e : m_pairStore->pairRuns(500))
            rows.append({e.startedAt, QStringLiteral("pair"), e.id,
                         tr("%1 builds, %2 reviews (%3): %4, %n task run(s)", nullptr, e.taskRuns)
                             .arg(e.builderNode, e.reviewerNode, ReviewerPrompts::displayName(e.reviewerPromptKey),
                                  e.suites.join(QStringLiteral(", ")))});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.startedAt > b.startedAt; });
    m_runTimeline->clear();
    for (const Row &r : std::as_const(rows)) {
        const bool pair = r.kind == QLatin1String("pair");
        auto *item = new QTreeWidgetItem(
            m_runTimeline, {QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                            pair ? tr("Pair run") : tr("Benchmark run"), tr("#%1").arg(r.id), r.what});
        item->setData(0, TimelineKindRole, r.kind);
        item->setData(0, TimelineIdRole, r.id);
    }
}

void HistoryPage::openTimelineRow(int row)
{
    const QTreeWidgetItem *item = m_runTimeline->topLevelItem(row);
    if (!item)
        return;
    const qint64 id = item->data(0, TimelineIdRole).toLongLong();
    if (item->data(0, TimelineKindRole).toString() == QLatin1String("pair")) {
        emit openPairRunRequested(id);
        return;
    }
    for (int r = 0; r < m_runs->rowCount(); ++r)
        if (m_runs->index(r, 0).data(BenchRunListModel::RunIdRole).toLongLong() == id) {
            m_runTable->selectRow(r);
            m_tabs->setCurrentIndex(0);
            return;
        }
}

void HistoryPage::setSuiteFilter(const QString &suite)
{
    const int index = m_suite->findData(suite);
    m_suite->setCurrentIndex(index >= 0 ? index : 0);
    updateTrend();
}

QString HistoryPage::suiteFilter() const
{
    return m_suite->currentData().toString();
}

void HistoryPage::updateTrend()
{
    BenchHistoryStore *store = m_context.benchHistory;
    const QString suite = suiteFilter();
    // The x axis: the newest MaxChartRuns runs, oldest first, the same runs as the verdict chart.
    QList<BenchTrend::Run> runs;
    for (int i = qMin(int(m_runInfos.size()), MaxChartRuns) - 1; i >= 0; --i)
        runs.append({m_runInfos.at(i).id, m_runInfos.at(i).startedAt});
    const QList<BenchHistoryStore::NodeSuiteStat> stats =
        store ? store->nodeSuiteHistory(suite, 5000) : QList<BenchHistoryStore::NodeSuiteStat>{};
    m_trend = BenchTrend::build(stats, suite, m_regressions, runs);
    const QString title = suite.isEmpty() ? tr("all suites") : suite;
    m_scoreChart->setTrend(m_trend, title);
    m_ttrChart->setTrend(m_trend, title);

    QStringList lines;
    for (const BenchTrend::Change &c : std::as_const(m_trend.changes))
        lines << tr("Run #%1 — %2").arg(m_trend.runs.at(c.runIndex).id).arg(c.describe());
    for (const QString &node : std::as_const(m_trend.nodes))
        for (int i = 0; i < m_trend.runs.size(); ++i)
            for (const QString &r : m_trend.points.value(node).at(i).regressions)
                lines << tr("Run #%1 — regression: %2").arg(m_trend.runs.at(i).id).arg(r);
    m_timeline->setText(lines.isEmpty()
                            ? tr("No model or engine changes and no regressions in the shown runs.")
                            : lines.join(QLatin1Char('\n')));
}

QString HistoryPage::timelineText() const
{
    return m_timeline->text();
}

QByteArray HistoryPage::exportBytes(const BenchReport &report, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json:
        return BenchExporter::toJson(report);
    case ExportFormat::Csv:
        return BenchExporter::toCsv(report);
    case ExportFormat::Markdown:
        return BenchExporter::toMarkdown(report);
    }
    return {};
}

bool HistoryPage::exportRun(qint64 runId, ExportFormat format, const QString &path, QString *error) const
{
    const std::optional<BenchReport> report =
        m_context.benchHistory ? m_context.benchHistory->report(runId) : std::nullopt;
    if (!report) {
        if (error)
            *error = tr("Run %1 is not in the history.").arg(runId);
        return false;
    }
    // Rows in suite/task order (the suites as they are loaded now), not in the order cells finished.
    const BenchReport ordered = BenchReportOrder::sorted(*report, SuiteLoader::loadAll().suites);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportBytes(ordered, format)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<qint64> HistoryPage::selectedRunId() const
{
    const QModelIndexList rows = m_runTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().data(BenchRunListModel::RunIdRole).toLongLong();
    if (m_runs->rowCount() > 0) // nothing selected: the newest run
        return m_runs->index(0, 0).data(BenchRunListModel::RunIdRole).toLongLong();
    return std::nullopt;
}

void HistoryPage::exportSelected(ExportFormat format)
{
    const std::optional<qint64> runId = selectedRunId();
    if (!runId)
        return;
    const QString suffix = format == ExportFormat::Json  ? QStringLiteral("json")
                           : format == ExportFormat::Csv ? QStringLiteral("csv")
                                                         : QStringLiteral("md");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export benchmark run"),
        RecentFolder::path(m_context.settings, QStringLiteral("tokscope-bench-%1.%2").arg(*runId).arg(suffix)));
    if (path.isEmpty())
        return;
    RecentFolder::remember(m_context.settings, path);
    QString error;
    if (!exportRun(*runId, format, path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}
