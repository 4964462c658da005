#include "widgets/history/runcomparepanel.h"

#include "models/history/benchhistorystore.h"
#include "models/itemmodels/benchdeltamodel.h"
#include "models/itemmodels/benchrunlistmodel.h"
#include "widgets/history/deltadelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

RunComparePanel::RunComparePanel(BenchHistoryStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_a(new QComboBox(this)), m_b(new QComboBox(this)),
      m_compare(new QPushButton(tr("Compare"), this)), m_summary(new QLabel(this)),
      m_model(new BenchDeltaModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BenchDeltaModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DeltaDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BenchDeltaModel::DeltaColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_a->setObjectName(QStringLiteral("runA"));
    m_b->setObjectName(QStringLiteral("runB"));
    m_a->setMinimumContentsLength(18);
    m_b->setMinimumContentsLength(18);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Run A:"), this));
    pick->addWidget(m_a);
    pick->addWidget(new QLabel(tr("Run B:"), this));
    pick->addWidget(m_b);
    pick->addWidget(m_compare);
    pick->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pick);
    layout->addWidget(m_table, 1);
    connect(m_compare, &QPushButton::clicked, this, &RunComparePanel::compareSelected);
}

void RunComparePanel::setRuns(const QList<BenchRunInfo> &runs)
{
    const std::optional<qint64> a = runA();
    const std::optional<qint64> b = runB();
    for (QComboBox *box : {m_a, m_b}) {
        box->clear();
        for (const BenchRunInfo &r : runs)
            box->addItem(BenchRunListModel::runLabel(r), r.id);
    }
    const int ia = a ? m_a->findData(*a) : -1;
    const int ib = b ? m_b->findData(*b) : -1;
    m_b->setCurrentIndex(ib >= 0 ? ib : 0);
    m_a->setCurrentIndex(ia >= 0 ? ia : qMin(1, int(runs.size()) - 1));
    m_compare->setEnabled(runs.size() >= 2);
}

std::optional<qint64> RunComparePanel::runA() const
{
    return m_a->currentIndex() >= 0 ? std::optional<qint64>(m_a->currentData().toLongLong()) : std::nullopt;
}

std::optional<qint64> RunComparePanel::runB() const
{
    return m_b->currentIndex() >= 0 ? std::optional<qint64>(m_b->currentData().toLongLong()) : std::nullopt;
}

bool RunComparePanel::compareSelected()
{
    const auto a = runA();
    const auto b = runB();
    return a && b && compare(*a, *b);
}

bool RunComparePanel::compare(qint64 runA, qint64 runB)
{
    if (!m_store)
        return false;
    m_a->setCurrentIndex(m_a->findData(runA));
    m_b->setCurrentIndex(m_b->findData(runB));
    m_model->setDeltas(m_store->compareRuns(runA, runB));
    m_proxy->sort(BenchDeltaModel::DeltaColumn, Qt::AscendingOrder);
    const std::optional<double> mean = m_model->meanDelta();
    m_summary->setText(tr("%n cell(s) · mean Δ %1 · %2 PASS → FAIL", nullptr, m_model->rowCount())
                           .arg(mean ? QLocale().toString(*mean, 'f', 1) : QStringLiteral("—"))
                           .arg(m_model->nowFailingCount()));
    return true;
}

QString RunComparePanel::summaryText() const
{
    return m_summary->text();
}
