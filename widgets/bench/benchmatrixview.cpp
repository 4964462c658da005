#include "widgets/bench/benchmatrixview.h"

#include "models/itemmodels/benchmatrixmodel.h"
#include "widgets/bench/benchmatrixdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

BenchMatrixView::BenchMatrixView(QWidget *parent)
    : QTableView(parent), m_delegate(new BenchMatrixDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(120);
    // Long node names ("Desktop 5090 (simulated)") wrap onto a second line instead of being cut at
    // 1280 px; the header is two lines high.
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment::fromInt(Qt::TextWordWrap));
    horizontalHeader()->setTextElideMode(Qt::ElideNone); // else the style elides to one line first
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::clicked, this, &BenchMatrixView::onClicked);
}

void BenchMatrixView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &BenchMatrixView::adjustSections);
        connect(model, &QAbstractItemModel::columnsInserted, this, &BenchMatrixView::adjustSections);
    }
    adjustSections();
}

void BenchMatrixView::adjustSections()
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    verticalHeader()->setDefaultSectionSize(m_delegate->sizeHint(option, {}).height());
    horizontalHeader()->setMinimumHeight(2 * horizontalHeader()->fontMetrics().lineSpacing() + 10);
    if (const auto *m = qobject_cast<const BenchMatrixModel *>(model()); m && m->columnCount() > 0) {
        // The verdict column needs less room than a node column.
        horizontalHeader()->setSectionResizeMode(m->verdictColumn(), QHeaderView::Fixed);
        horizontalHeader()->resizeSection(m->verdictColumn(), 130);
    }
}

void BenchMatrixView::onClicked(const QModelIndex &index)
{
    const auto *m = qobject_cast<const BenchMatrixModel *>(index.model());
    if (!m || !index.isValid())
        return;
    if (m->isVerdictColumn(index.column()))
        emit verdictActivated(index.row());
    else if (m->cell(index))
        emit cellActivated(index.row(), index.column());
}

void BenchMatrixView::keyPressEvent(QKeyEvent *event)
{
    // Enter opens what a click opens, so the matrix works without a mouse.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        onClicked(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}
