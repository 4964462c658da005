#pragma once

#include <QStyledItemDelegate>

// Paints one cell of the comparison table: the mean right-aligned on the first line (bold on a green
// tint when best of its row, grey italic when unknown), the min-max spread and the source in small
// grey type on the second line. Colours come from the palette, not from the model.
class CompareTableDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTableDelegate)
public:
    explicit CompareTableDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor bestBackground();
};
