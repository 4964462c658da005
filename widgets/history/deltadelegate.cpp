#include "widgets/history/deltadelegate.h"

#include "models/itemmodels/benchdeltamodel.h"
#include "widgets/appstyle.h"

DeltaDelegate::DeltaDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void DeltaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString change = index.data(BenchDeltaModel::ChangeRole).toString();
    const QVariant delta = index.data(BenchDeltaModel::DeltaRole);
    QColor color;
    if (change == QLatin1String("now_failing") || (delta.isValid() && delta.toDouble() <= -NoticeablePoints))
        color = AppStyle::errorColor();
    else if (change == QLatin1String("now_passing") ||
             (delta.isValid() && delta.toDouble() >= NoticeablePoints))
        color = AppStyle::okColor();
    if (color.isValid() && (index.column() == BenchDeltaModel::DeltaColumn ||
                            index.column() == BenchDeltaModel::OutcomeColumn)) {
        option->palette.setColor(QPalette::Text, color);
        option->font.setBold(true);
    }
}
