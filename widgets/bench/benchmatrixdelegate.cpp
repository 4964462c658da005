#include "widgets/bench/benchmatrixdelegate.h"

#include "models/itemmodels/benchmatrixmodel.h"
#include "widgets/bench/benchpalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace {

constexpr int Padding = 6;

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, int(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

} // namespace

BenchMatrixDelegate::BenchMatrixDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QStringList BenchMatrixDelegate::detailLines(const QModelIndex &index)
{
    QStringList lines;
    const QLocale locale;
    const QVariant min = index.data(BenchMatrixModel::MinRole);
    const QVariant max = index.data(BenchMatrixModel::MaxRole);
    QStringList first;
    if (min.isValid() && max.isValid())
        first << tr("%1–%2").arg(locale.toString(min.toDouble(), 'f', 1),
                                 locale.toString(max.toDouble(), 'f', 1));
    const QVariant stable = index.data(BenchMatrixModel::StableRole);
    if (stable.isValid())
        first << (stable.toBool() ? tr("STABLE") : tr("UNSTABLE"));
    else
        first << tr("run %1/%2")
                     .arg(index.data(BenchMatrixModel::RunsDoneRole).toInt())
                     .arg(index.data(BenchMatrixModel::RunsPlannedRole).toInt());
    lines << first.join(QStringLiteral(" · "));
    QStringList second;
    const QVariant ttr = index.data(BenchMatrixModel::TtrMsRole);
    if (ttr.isValid())
        second << tr("TTR %1 s")
                      .arg(locale.toString(ttr.toDouble() / 1000.0, 'f', ttr.toDouble() < 10000 ? 2 : 1));
    const QVariant tps = index.data(BenchMatrixModel::EffectiveTpsRole);
    if (tps.isValid())
        second << tr("%1 tok/s").arg(locale.toString(tps.toDouble(), 'f', 0));
    const QString state = index.data(BenchMatrixModel::StateRole).toString();
    if (second.isEmpty() && state != QLatin1String("DONE"))
        second << runStateDisplayName(runStateFromKey(state));
    lines << second.join(QStringLiteral(" · "));
    return lines;
}

QSize BenchMatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics big(scaled(option.font, 1.25, true));
    const QFontMetrics small(scaled(option.font, 0.85, false));
    return {170, big.height() + 2 * small.height() + 2 * Padding + 2};
}

void BenchMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const auto *model = qobject_cast<const BenchMatrixModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (model->isVerdictColumn(index.column()))
        paintVerdict(painter, option, index);
    else
        paintCell(painter, option, index);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void BenchMatrixDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    const bool hasResult = index.data(BenchMatrixModel::HasResultRole).toBool();
    const QVariant mean = index.data(BenchMatrixModel::MeanRole);
    const QString state = index.data(BenchMatrixModel::StateRole).toString();
    const double threshold = index.data(BenchMatrixModel::PassThresholdRole).toDouble();

    QColor background = BenchPalette::pending();
    if (hasResult && state != QLatin1String("DONE") && state != QLatin1String("RUNNING") &&
        (!mean.isValid() || mean.toDouble() <= 0))
        background = BenchPalette::failedRun();
    else if (mean.isValid())
        background = BenchPalette::score(mean.toDouble(), threshold);
    painter->fillRect(r, background);

    if (!hasResult) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignCenter, tr("—"));
        return;
    }
    const QRect inner = r.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont bigFont = scaled(option.font, 1.25, true);
    const QFont smallFont = scaled(option.font, 0.85, false);
    const QFontMetrics bigMetrics(bigFont);
    const QFontMetrics smallMetrics(smallFont);

    painter->setPen(BenchPalette::text());
    painter->setFont(bigFont);
    const QRect top(inner.left(), inner.top(), inner.width(), bigMetrics.height());
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, index.data(Qt::DisplayRole).toString());

    // PASS / FAIL badge at the right of the first line.
    const bool passed = index.data(BenchMatrixModel::PassedRole).toBool();
    const QString badge = passed ? tr("PASS") : tr("FAIL");
    painter->setFont(scaled(option.font, 0.85, true));
    const int badgeWidth = smallMetrics.horizontalAdvance(badge) + 10;
    const QRect badgeRect(top.right() - badgeWidth, top.top() + 2, badgeWidth, top.height() - 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(passed ? BenchPalette::verdict(Verdict::Unanimous)
                             : BenchPalette::verdict(Verdict::AllFail));
    painter->drawRoundedRect(badgeRect, 3, 3);
    painter->setPen(Qt::white);
    painter->drawText(badgeRect, Qt::AlignCenter, badge);

    const QStringList lines = detailLines(index);
    painter->setFont(smallFont);
    int y = top.bottom() + 1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRect line(inner.left(), y, inner.width(), smallMetrics.height());
        const bool unstable = i == 0 && index.data(BenchMatrixModel::StableRole).isValid() &&
                              !index.data(BenchMatrixModel::StableRole).toBool();
        painter->setPen(unstable ? BenchPalette::unstable() : BenchPalette::text());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(lines.at(i), Qt::ElideRight, line.width()));
        y += smallMetrics.height();
    }
    if (index.data(BenchMatrixModel::DivergentApproachRole).toBool()) {
        // Divergent approach (structural consensus): a corner triangle with "≠"; the tooltip says why.
        const int side = bigMetrics.height();
        const QPolygon corner({r.bottomRight(), QPoint(r.right() - side, r.bottom()),
                               QPoint(r.right(), r.bottom() - side)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(BenchPalette::divergent());
        painter->drawPolygon(corner);
        painter->setPen(Qt::white);
        painter->setFont(scaled(option.font, 0.8, true));
        painter->drawText(QRect(r.right() - side / 2 - 1, r.bottom() - side / 2 - 1, side / 2, side / 2),
                          Qt::AlignCenter, tr("≠"));
    }
}

void BenchMatrixDelegate::paintVerdict(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    const std::optional<Verdict> verdict =
        verdictFromKey(index.data(BenchMatrixModel::VerdictRole).toString());
    if (!verdict) {
        painter->fillRect(r, BenchPalette::pending());
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignCenter, tr("pending"));
        return;
    }
    painter->fillRect(r, BenchPalette::verdict(*verdict));
    painter->setPen(BenchPalette::verdictText(*verdict));
    const QFont bold = scaled(option.font, 1.05, true);
    painter->setFont(bold);
    if (*verdict != Verdict::AllFail) {
        painter->drawText(r, Qt::AlignCenter, verdictKey(*verdict));
        return;
    }
    // ALL_FAIL invites a look at the checks: the harness may be wrong.
    const QFontMetrics fm(bold);
    const QRect top(r.left(), r.center().y() - fm.height(), r.width(), fm.height());
    painter->drawText(top, Qt::AlignCenter, verdictKey(*verdict));
    painter->setFont(scaled(option.font, 0.85, false));
    painter->drawText(QRect(r.left(), r.center().y(), r.width(), fm.height()), Qt::AlignCenter,
                      tr("check the checks ›"));
}
