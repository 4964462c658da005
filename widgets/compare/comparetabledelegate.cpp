#include "widgets/compare/comparetabledelegate.h"

#include "models/itemmodels/comparetablemodel.h"
#include "widgets/appstyle.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {
// Short source marker for the second line of a cell; the tooltip has the long form.
QString shortSource(const QString &keys)
{
    QStringList out;
    for (const QString &k : keys.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (k == QLatin1String("client"))
            out << CompareTableDelegate::tr("client");
        else if (k == QLatin1String("server"))
            out << CompareTableDelegate::tr("server");
        else if (k == QLatin1String("estimated"))
            out << CompareTableDelegate::tr("est.");
        else if (k == QLatin1String("metrics"))
            out << QStringLiteral("/metrics");
    }
    return out.join(QLatin1Char('/'));
}
} // namespace

CompareTableDelegate::CompareTableDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor CompareTableDelegate::bestBackground()
{
    return QColor(0xdc, 0xf5, 0xe3);
}

void CompareTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool best = index.data(CompareTableModel::BestRole).toBool();
    const bool unknown = index.data(CompareTableModel::UnknownRole).toBool();
    const bool selected = opt.state & QStyle::State_Selected;
    if (best && !selected)
        opt.backgroundBrush = bestBackground();
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = opt.rect.adjusted(6, 2, -6, -2);
    const QColor main = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    const QColor dim = selected ? main : AppStyle::mutedColor();
    painter->save();
    QFont font = opt.font;
    font.setBold(best);
    font.setItalic(unknown);
    painter->setFont(font);
    painter->setPen(unknown ? dim : main);
    const int lineHeight = QFontMetrics(font).height();
    QRect first(r.left(), r.top(), r.width(), lineHeight);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));

    QStringList second;
    const QString range = index.data(CompareTableModel::RangeTextRole).toString();
    if (!range.isEmpty())
        second << range;
    const QString source = shortSource(index.data(CompareTableModel::SourceRole).toString());
    if (!source.isEmpty())
        second << source;
    if (!second.isEmpty()) {
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(dim);
        const QFontMetrics fm(small);
        QRect line(r.left(), first.bottom() + 1, r.width(), fm.height());
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(second.join(QStringLiteral(" \u00b7 ")), Qt::ElideLeft, r.width()));
    }
    painter->restore();
}

QSize CompareTableDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(option.font);
    const QFontMetrics sm(small);
    QFont bold = option.font;
    bold.setBold(true);
    const QString second = index.data(CompareTableModel::RangeTextRole).toString() + QStringLiteral(" \u00b7 ") +
                           shortSource(index.data(CompareTableModel::SourceRole).toString());
    const int width = std::max(QFontMetrics(bold).horizontalAdvance(index.data().toString()), sm.horizontalAdvance(second));
    return QSize(width + 14, fm.height() + sm.height() + 6);
}
