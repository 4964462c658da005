#include "widgets/compare/comparetableview.h"

#include "models/itemmodels/comparetablemodel.h"
#include "widgets/compare/comparetabledelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

#include <algorithm>

CompareTableView::CompareTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("compareTable"));
    setItemDelegate(new CompareTableDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setMinimumSectionSize(110);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setSectionsClickable(true);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(verticalHeader(), &QHeaderView::sectionClicked, this, &CompareTableView::sortByRow);

    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CompareTableView::copySelection);
    addAction(copy);
    auto *markdown = new QAction(tr("Copy as Markdown"), this);
    connect(markdown, &QAction::triggered, this, &CompareTableView::copyMarkdown);
    addAction(markdown);
}

void CompareTableView::setCompareModel(CompareTableModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &CompareTableView::fitColumns);
    fitColumns();
}

void CompareTableView::fitColumns()
{
    // Wide enough for the three-line header and the cells, never squeezed below readability.
    resizeColumnsToContents();
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        setColumnWidth(c, std::clamp(columnWidth(c), 112, 220));
}

void CompareTableView::sortByRow(int row)
{
    if (!m_model)
        return;
    m_sortOrder = row == m_sortRow && m_sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (row != m_sortRow) // first click: best first
        m_sortOrder = CompareTableModel::betterFor(m_model->rowKeys().value(row)) == CompareTableModel::Better::Higher
                          ? Qt::DescendingOrder
                          : Qt::AscendingOrder;
    m_sortRow = row;
    m_model->sortColumnsByRow(row, m_sortOrder);
}

void CompareTableView::copySelection()
{
    if (!m_model)
        return;
    QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList{};
    if (selected.isEmpty() && currentIndex().isValid())
        selected << currentIndex();
    const QString text = m_model->toTsv(selected);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CompareTableView::copyMarkdown()
{
    if (m_model)
        QApplication::clipboard()->setText(m_model->toMarkdown());
}

void CompareTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
