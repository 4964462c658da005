#include "models/itemmodels/benchdeltamodel.h"

#include <QLocale>

namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString formatted(const std::optional<double> &v, bool sign = false)
{
    if (!v)
        return QStringLiteral("—");
    const QString text = QLocale().toString(*v, 'f', 1);
    return sign && *v > 0 ? QLatin1Char('+') + text : text;
}

} // namespace

BenchDeltaModel::BenchDeltaModel(QObject *parent) : QAbstractTableModel(parent) {}

void BenchDeltaModel::setDeltas(const QList<BenchHistoryStore::PairedDelta> &deltas)
{
    beginResetModel();
    m_rows = deltas;
    endResetModel();
}

QString BenchDeltaModel::change(const BenchHistoryStore::PairedDelta &d)
{
    if (!d.passedA || !d.passedB)
        return {};
    if (*d.passedA && !*d.passedB)
        return QStringLiteral("now_failing");
    if (!*d.passedA && *d.passedB)
        return QStringLiteral("now_passing");
    return QStringLiteral("same");
}

int BenchDeltaModel::nowFailingCount() const
{
    int n = 0;
    for (const auto &d : m_rows)
        n += change(d) == QLatin1String("now_failing") ? 1 : 0;
    return n;
}

std::optional<double> BenchDeltaModel::meanDelta() const
{
    double sum = 0;
    int n = 0;
    for (const auto &d : m_rows)
        if (const auto delta = d.delta()) {
            sum += *delta;
            ++n;
        }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

int BenchDeltaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchDeltaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchDeltaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &d = m_rows.at(index.row());
    if (role == DeltaRole)
        return optional(d.delta());
    if (role == ChangeRole)
        return change(d);
    if (role == SortRole) {
        switch (index.column()) {
        case MeanAColumn:
            return optional(d.meanA);
        case MeanBColumn:
            return optional(d.meanB);
        case DeltaColumn:
            return optional(d.delta());
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MeanAColumn && index.column() <= DeltaColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SuiteColumn:
        return d.suite;
    case TaskColumn:
        return d.task;
    case NodeColumn:
        return d.node;
    case MeanAColumn:
        return formatted(d.meanA);
    case MeanBColumn:
        return formatted(d.meanB);
    case DeltaColumn:
        return formatted(d.delta(), true);
    case OutcomeColumn: {
        const QString c = change(d);
        if (c == QLatin1String("now_failing"))
            return tr("PASS → FAIL");
        if (c == QLatin1String("now_passing"))
            return tr("FAIL → PASS");
        if (c == QLatin1String("same"))
            return *d.passedB ? tr("PASS") : tr("FAIL");
        return tr("only in one run");
    }
    default:
        return {};
    }
}

QVariant BenchDeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SuiteColumn:
        return tr("Suite");
    case TaskColumn:
        return tr("Task");
    case NodeColumn:
        return tr("Node");
    case MeanAColumn:
        return tr("A mean");
    case MeanBColumn:
        return tr("B mean");
    case DeltaColumn:
        return tr("Δ (B − A)");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}
