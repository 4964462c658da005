#include "models/itemmodels/benchrunlistmodel.h"

#include <QLocale>

BenchRunListModel::BenchRunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BenchRunListModel::setRuns(const QList<BenchRunInfo> &runs,
                                const QList<BenchHistoryStore::VerdictCounts> &counts)
{
    beginResetModel();
    m_runs = runs;
    m_counts.clear();
    for (const BenchRunInfo &r : runs) {
        BenchHistoryStore::VerdictCounts match;
        match.runId = r.id;
        for (const BenchHistoryStore::VerdictCounts &c : counts)
            if (c.runId == r.id)
                match = c;
        m_counts.append(match);
    }
    endResetModel();
}

const BenchRunInfo *BenchRunListModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int BenchRunListModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs.at(i).id == runId)
            return i;
    return -1;
}

int BenchRunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int BenchRunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BenchRunListModel::runLabel(const BenchRunInfo &run)
{
    return tr("#%1 · %2")
        .arg(run.id)
        .arg(QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant BenchRunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BenchRunInfo &r = m_runs.at(index.row());
    const BenchHistoryStore::VerdictCounts &c = m_counts.at(index.row());
    switch (role) {
    case RunIdRole:
        return r.id;
    case StatusRole:
        return benchRunStatusKey(r.status);
    case UnanimousRole:
        return c.unanimous;
    case MajorityRole:
        return c.majority;
    case SplitRole:
        return c.split;
    case AllFailRole:
        return c.allFail;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == NodesColumn) {
            QStringList lines;
            for (const NodeFingerprint &n : r.nodes)
                lines << tr("%1: %2 %3, %4")
                             .arg(n.node, backendDisplayName(n.backend), n.serverVersion, n.modelId);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return r.id;
    case StartedColumn:
        return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return benchRunStatusKey(r.status);
    case SuitesColumn:
        return r.suites.join(QLatin1String(", "));
    case NodesColumn: {
        QStringList names;
        for (const NodeFingerprint &n : r.nodes)
            names << n.node;
        return names.join(QLatin1String(", "));
    }
    case VerdictsColumn:
        return c.total() == 0
                   ? QString()
                   : tr("%1 / %2 / %3 / %4").arg(c.unanimous).arg(c.majority).arg(c.split).arg(c.allFail);
    default:
        return {};
    }
}

QVariant BenchRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Run");
    case StartedColumn:
        return tr("Started");
    case StatusColumn:
        return tr("Status");
    case SuitesColumn:
        return tr("Suites");
    case NodesColumn:
        return tr("Nodes");
    case VerdictsColumn:
        return tr("UNAN. / MAJ. / SPLIT / ALL_FAIL");
    default:
        return {};
    }
}
