#include "widgets/overview/overviewpage.h"

#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "widgets/charts/comparechartspanel.h"
#include "widgets/charts/verdicthistorychart.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString plainName(QString name)
{
    name.remove(QStringLiteral(" (simulated)"), Qt::CaseInsensitive);
    return name;
}
} // namespace

OverviewPage::OverviewPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("overview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 6);

    auto *title = new QLabel(tr("Overview"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_nodeRow = new QHBoxLayout;
    m_nodeRow->addWidget(new QLabel(tr("Nodes:"), this));
    m_nodeRow->addStretch(1);
    layout->addLayout(m_nodeRow);

    auto *compareRow = new QHBoxLayout;
    m_compareSource = new QLabel(this);
    m_compareSource->setWordWrap(true);
    m_openCompare = new QPushButton(tr("Open this comparison"), this);
    connect(m_openCompare, &QPushButton::clicked, this, [this] { emit openComparisonRequested(m_run.id); });
    compareRow->addWidget(m_compareSource, 1);
    compareRow->addWidget(m_openCompare);
    layout->addLayout(compareRow);
    m_charts = new CompareChartsPanel(this);
    m_charts->setCompact(true);
    layout->addWidget(m_charts, 3);

    auto *benchRow = new QHBoxLayout;
    m_benchSource = new QLabel(this);
    m_benchSource->setWordWrap(true);
    m_openBench = new QPushButton(tr("Open the latest benchmark run"), this);
    connect(m_openBench, &QPushButton::clicked, this, [this] { emit openBenchRunRequested(m_benchRunId); });
    benchRow->addWidget(m_benchSource, 1);
    benchRow->addWidget(m_openBench);
    layout->addLayout(benchRow);
    m_verdicts = new VerdictHistoryChart(this);
    m_verdicts->setMinimumHeight(200);
    m_verdicts->setCompact(true); // the line above says what it is
    layout->addWidget(m_verdicts, 2);
    refresh();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPage::refresh()
{
    m_run = CompareRun{};
    if (m_context.compareHistory) {
        const QList<CompareHistoryEntry> latest = m_context.compareHistory->list(1);
        if (!latest.isEmpty())
            if (const std::optional<CompareRun> run = m_context.compareHistory->load(latest.first().id))
                m_run = *run;
    }
    QStringList names;
    for (const CompareNodeInfo &n : std::as_const(m_run.nodes))
        names << plainName(n.name);
    if (names != m_nodeNames) {
        m_nodeNames = names;
        rebuildNodeBoxes();
    }
    m_openCompare->setEnabled(!m_run.id.isEmpty());
    m_compareSource->setText(
        m_run.id.isEmpty()
            ? tr("No comparison in the history yet: run one on the Compare page.")
            : tr("Speeds and TTR split from the comparison of %1 (%n run(s) per node and mode): \"%2\"", nullptr,
                 m_run.settings.runs)
                  .arg(QLocale().toString(m_run.startedAt.toLocalTime(), QLocale::ShortFormat),
                       m_run.settings.prompt.simplified().size() > 80
                           ? m_run.settings.prompt.simplified().left(79) + QStringLiteral("\u2026")
                           : m_run.settings.prompt.simplified()));

    m_benchRunId = -1;
    QList<BenchHistoryStore::VerdictCounts> counts;
    if (m_context.benchHistory) {
        counts = m_context.benchHistory->verdictHistory(200);
        const QList<BenchRunInfo> runs = m_context.benchHistory->runs(1);
        if (!runs.isEmpty()) {
            m_benchRunId = runs.first().id;
            m_benchSource->setText(tr("Benchmark verdicts per run, oldest left; the latest is run %1 of %2.")
                                       .arg(m_benchRunId)
                                       .arg(QLocale().toString(runs.first().startedAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    if (m_benchRunId < 0)
        m_benchSource->setText(tr("No benchmark run in the history yet: run one on the Benchmarks page."));
    m_openBench->setEnabled(m_benchRunId >= 0);
    m_verdicts->setHistory(counts);
    updateCharts();
}

void OverviewPage::rebuildNodeBoxes()
{
    while (m_nodeRow->count() > 2) { // keep the label and the stretch
        QLayoutItem *item = m_nodeRow->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_nodeNames.size(); ++i) {
        auto *box = new QCheckBox(m_nodeNames[i], this);
        box->setChecked(!m_unselected.contains(m_nodeNames[i]));
        connect(box, &QCheckBox::toggled, this, [this, name = m_nodeNames[i]](bool on) { setNodeSelected(name, on); });
        m_nodeRow->insertWidget(1 + i, box);
    }
}

QStringList OverviewPage::selectedNodes() const
{
    QStringList out;
    for (const QString &n : m_nodeNames)
        if (!m_unselected.contains(n))
            out << n;
    return out;
}

void OverviewPage::setNodeSelected(const QString &name, bool selected)
{
    if (selected)
        m_unselected.removeAll(name);
    else if (!m_unselected.contains(name))
        m_unselected << name;
    for (QCheckBox *box : findChildren<QCheckBox *>())
        if (box->text() == name && box->isChecked() != selected)
            box->setChecked(selected);
    updateCharts();
}

void OverviewPage::updateCharts()
{
    if (m_run.id.isEmpty()) {
        m_charts->clear();
        return;
    }
    // The latest comparison, reduced to the ticked nodes (node indices stay as they are).
    CompareRun shown = m_run;
    shown.cells.clear();
    for (const CompareCell &c : std::as_const(m_run.cells))
        if (!m_unselected.contains(plainName(m_run.nodes.value(c.nodeIndex).name)))
            shown.cells << c;
    m_charts->setRun(shown);
}
