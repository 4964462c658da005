#pragma once

#include <QStyledItemDelegate>

// Paints one cell of the benchmark matrix: the mean score big, min-max, PASS/FAIL, STABLE/UNSTABLE,
// TTR and effective tok/s small, on a background coloured by the score; the verdict column shows the
// verdict on its colour. Reads only BenchMatrixModel roles.
class BenchMatrixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchMatrixDelegate)

public:
    explicit BenchMatrixDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The small lines under the score, as painted (also used by tests and tooltips).
    static QStringList detailLines(const QModelIndex &index);

private:
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintVerdict(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
