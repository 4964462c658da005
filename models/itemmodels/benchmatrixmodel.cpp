#include "models/itemmodels/benchmatrixmodel.h"

#include <QLocale>

#include <algorithm>

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

int endedRuns(const BenchCell &cell)
{
    int n = 0;
    for (const BenchRun &r : cell.runs)
        n += (r.state != RunState::Pending && r.state != RunState::Running) ? 1 : 0;
    return n;
}

QString formatScore(double v)
{
    return QLocale().toString(v, 'f', 1);
}

} // namespace

BenchMatrixModel::BenchMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

BenchMatrixModel::~BenchMatrixModel() = default;

QString BenchMatrixModel::taskKey(const QString &suite, const QString &task)
{
    return suite + QLatin1Char('\x1f') + task;
}

void BenchMatrixModel::setPlan(const QList<BenchMatrixTask> &tasks, const QStringList &nodes, int runsPerCell)
{
    beginResetModel();
    m_tasks.clear();
    m_rows.clear();
    m_rowIndex.clear();
    m_nodes = nodes;
    m_nodes.removeDuplicates();
    m_runsPerCell = qMax(1, runsPerCell);
    for (const BenchMatrixTask &t : tasks) {
        const QString key = taskKey(t.suite, t.task);
        if (m_rowIndex.contains(key))
            continue;
        m_rowIndex.insert(key, int(m_tasks.size()));
        m_tasks.append(t);
        Row row;
        row.cells.resize(m_nodes.size());
        m_rows.append(row);
    }
    endResetModel();
}

void BenchMatrixModel::setReport(const BenchReport &report, const QList<BenchMatrixTask> &tasks)
{
    QStringList nodes;
    for (const NodeFingerprint &n : report.run.nodes)
        nodes << n.node;
    for (const BenchCell &c : report.cells)
        if (!nodes.contains(c.node))
            nodes << c.node;
    QList<BenchMatrixTask> rows = tasks;
    if (rows.isEmpty()) {
        QSet<QString> seen;
        for (const BenchCell &c : report.cells) {
            const QString key = taskKey(c.suite, c.task);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            rows.append({c.suite, c.task, c.task, c.passThreshold});
        }
    }
    int runs = 1;
    if (const auto n = nlohmann::json::parse(report.run.settingsJson.toStdString(), nullptr, false);
        n.is_object() && n.contains("runs") && n["runs"].is_number_integer())
        runs = n["runs"].get<int>();
    else
        for (const BenchCell &c : report.cells)
            runs = qMax(runs, int(c.runs.size()));

    setPlan(rows, nodes, runs);
    for (const BenchCell &c : report.cells)
        setCell(c);
    for (const TaskVerdict &v : report.verdicts)
        setVerdict(v);
}

void BenchMatrixModel::clear()
{
    setPlan({}, {}, m_runsPerCell);
}

int BenchMatrixModel::ensureRow(const QString &suite, const QString &task)
{
    const QString key = taskKey(suite, task);
    if (const auto it = m_rowIndex.constFind(key); it != m_rowIndex.constEnd())
        return *it;
    const int row = int(m_tasks.size());
    beginInsertRows({}, row, row);
    m_rowIndex.insert(key, row);
    m_tasks.append({suite, task, task, 70});
    Row r;
    r.cells.resize(m_nodes.size());
    m_rows.append(r);
    endInsertRows();
    return row;
}

int BenchMatrixModel::ensureColumn(const QString &node)
{
    const int existing = int(m_nodes.indexOf(node));
    if (existing >= 0)
        return existing;
    // The new node column goes before the verdict column.
    const int column = int(m_nodes.size());
    beginInsertColumns({}, column, column);
    m_nodes.append(node);
    for (Row &r : m_rows)
        r.cells.append(std::nullopt);
    endInsertColumns();
    return column;
}

bool BenchMatrixModel::cellComplete(const BenchCell &cell) const
{
    return endedRuns(cell) >= m_runsPerCell;
}

void BenchMatrixModel::setCell(const BenchCell &cell)
{
    const int row = ensureRow(cell.suite, cell.task);
    const int column = ensureColumn(cell.node);
    m_tasks[row].passThreshold = cell.passThreshold;
    m_rows[row].cells[column] = cell;
    const QModelIndex at = index(row, column);
    emit dataChanged(at, at);
    decideVerdict(row);
}

void BenchMatrixModel::setVerdict(const TaskVerdict &verdict)
{
    const int row = ensureRow(verdict.suite, verdict.task);
    Row &r = m_rows[row];
    const bool changed = r.verdict != verdict.verdict;
    r.verdict = verdict.verdict;
    r.engineVerdict = true;
    const bool consensusChanged = verdict.consensus.has_value() || r.consensus.has_value();
    r.consensus = verdict.consensus;
    if (consensusChanged && !m_nodes.isEmpty())
        emit dataChanged(index(row, 0), index(row, verdictColumn() - 1), {DivergentApproachRole, Qt::ToolTipRole});
    const QModelIndex at = index(row, verdictColumn());
    emit dataChanged(at, at);
    if (changed)
        emit verdictDecided(row, verdict.verdict);
}

void BenchMatrixModel::decideVerdict(int row)
{
    Row &r = m_rows[row];
    if (r.engineVerdict || m_nodes.isEmpty())
        return;
    int passing = 0;
    for (const std::optional<BenchCell> &c : std::as_const(r.cells)) {
        if (!c || !cellComplete(*c))
            return; // undecided until every node finished the task
        passing += c->score.passed ? 1 : 0;
    }
    const Verdict v = verdictFor(passing, int(m_nodes.size()));
    if (r.verdict == v)
        return;
    r.verdict = v;
    const QModelIndex at = index(row, verdictColumn());
    emit dataChanged(at, at);
    emit verdictDecided(row, v);
}

int BenchMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchMatrixModel::columnCount(const QModelIndex &parent) const
{
    // Node columns plus the verdict column (only when there is at least one node).
    return parent.isValid() || m_nodes.isEmpty() ? 0 : int(m_nodes.size()) + 1;
}

int BenchMatrixModel::rowOf(const QString &suite, const QString &task) const
{
    return m_rowIndex.value(taskKey(suite, task), -1);
}

const BenchCell *BenchMatrixModel::cell(int row, int nodeColumn) const
{
    if (row < 0 || row >= m_rows.size() || nodeColumn < 0 || nodeColumn >= m_nodes.size())
        return nullptr;
    const std::optional<BenchCell> &c = m_rows.at(row).cells.at(nodeColumn);
    return c ? &*c : nullptr;
}

const BenchCell *BenchMatrixModel::cell(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? cell(index.row(), index.column()) : nullptr;
}

QList<BenchCell> BenchMatrixModel::rowCells(int row) const
{
    QList<BenchCell> out;
    if (row < 0 || row >= m_rows.size())
        return out;
    for (const std::optional<BenchCell> &c : m_rows.at(row).cells)
        if (c)
            out.append(*c);
    return out;
}

std::optional<Verdict> BenchMatrixModel::verdict(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).verdict;
}

std::optional<CodeConsensus> BenchMatrixModel::consensus(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).consensus;
}

std::array<int, 4> BenchMatrixModel::verdictCounts() const
{
    std::array<int, 4> counts{0, 0, 0, 0};
    for (const Row &r : m_rows)
        if (r.verdict)
            ++counts[size_t(*r.verdict)];
    return counts;
}

QVariant BenchMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BenchMatrixTask &task = m_tasks.at(index.row());
    switch (role) {
    case SuiteRole:
        return task.suite;
    case TaskRole:
        return task.task;
    case PassThresholdRole:
        return task.passThreshold;
    case RunsPlannedRole:
        return m_runsPerCell;
    default:
        break;
    }
    if (isVerdictColumn(index.column()))
        return verdictData(index.row(), role);
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QVariant BenchMatrixModel::cellData(const Row &row, int column, int role) const
{
    if (role == NodeRole)
        return m_nodes.at(column);
    if (role == DivergentApproachRole)
        return row.consensus ? QVariant(row.consensus->isDivergent(m_nodes.at(column))) : QVariant();
    const std::optional<BenchCell> &c = row.cells.at(column);
    if (!c) {
        if (role == HasResultRole || role == CompleteRole)
            return false;
        if (role == RunsDoneRole)
            return 0;
        if (role == StateRole)
            return runStateKey(RunState::Pending);
        return {};
    }
    const CellScore &s = c->score;
    const bool hasResult = s.mean.has_value() || endedRuns(*c) > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (s.mean)
            return formatScore(*s.mean);
        return hasResult ? runStateDisplayName(s.state) : QString();
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 on %2").arg(c->task, c->node);
        if (s.mean)
            lines << tr("Score %1 (min %2, max %3) over %4 of %5 runs")
                         .arg(formatScore(*s.mean), formatScore(s.min.value_or(*s.mean)),
                              formatScore(s.max.value_or(*s.mean)))
                         .arg(s.scoredRuns)
                         .arg(m_runsPerCell);
        if (hasResult)
            lines << (s.passed ? tr("PASS (threshold %1)") : tr("FAIL (threshold %1)")).arg(c->passThreshold);
        if (cellComplete(*c))
            lines << (s.stable ? tr("STABLE: every run agrees") : tr("UNSTABLE: runs disagree"));
        if (c->ttrMs)
            lines << tr("TTR %1 s (mean over DONE runs)").arg(QLocale().toString(*c->ttrMs / 1000.0, 'f', 2));
        if (c->effectiveTps)
            lines << tr("Effective %1 tok/s (answer tokens / TTR)")
                         .arg(QLocale().toString(*c->effectiveTps, 'f', 1));
        if (s.state != RunState::Done && hasResult)
            lines << tr("State: %1").arg(runStateDisplayName(s.state));
        if (row.consensus && row.consensus->isDivergent(c->node))
            lines << tr("Divergent approach: this solution's structure differs from the majority's "
                        "(details: double-click)");
        return lines.join(QLatin1Char('\n'));
    }
    case HasResultRole:
        return hasResult;
    case MeanRole:
        return optionalValue(s.mean);
    case MinRole:
        return optionalValue(s.min);
    case MaxRole:
        return optionalValue(s.max);
    case PassedRole:
        return hasResult ? QVariant(s.passed) : QVariant();
    case StableRole:
        return cellComplete(*c) ? QVariant(s.stable) : QVariant();
    case StateRole:
        return runStateKey(s.state);
    case RunsDoneRole:
        return endedRuns(*c);
    case TtrMsRole:
        return optionalValue(c->ttrMs);
    case EffectiveTpsRole:
        return optionalValue(c->effectiveTps);
    case CompleteRole:
        return cellComplete(*c);
    default:
        return {};
    }
}

QVariant BenchMatrixModel::verdictData(int rowIndex, int role) const
{
    const Row &row = m_rows.at(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        return row.verdict ? verdictDisplayName(*row.verdict) : QString();
    case VerdictRole:
        return row.verdict ? QVariant(verdictKey(*row.verdict)) : QVariant();
    case Qt::ToolTipRole: {
        if (!row.verdict)
            return tr("Undecided: not every node has finished this task");
        QStringList passing;
        for (int i = 0; i < row.cells.size(); ++i)
            if (row.cells.at(i) && row.cells.at(i)->score.passed)
                passing << m_nodes.at(i);
        const QString consensusLine =
            row.consensus ? QLatin1Char('\n') + row.consensus->describe() : QString();
        if (*row.verdict == Verdict::AllFail)
            return QString(tr("No node passes. Check the failing checks first: the harness may be wrong.") +
                           consensusLine);
        return QString(tr("Passing: %1 of %2 nodes (%3)")
                           .arg(passing.size())
                           .arg(m_nodes.size())
                           .arg(passing.join(QLatin1String(", "))) +
                       consensusLine);
    }
    case CompleteRole:
        return row.verdict.has_value();
    case DivergentApproachRole:
        return row.consensus ? QVariant(row.consensus->describe()) : QVariant();
    default:
        return {};
    }
}

QVariant BenchMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return isVerdictColumn(section) ? tr("Verdict") : m_nodes.at(section);
        if (role == NodeRole && !isVerdictColumn(section))
            return m_nodes.at(section);
        return {};
    }
    if (section < 0 || section >= m_tasks.size())
        return {};
    const BenchMatrixTask &t = m_tasks.at(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = t.title.isEmpty() ? t.task : t.title;
        // With several suites in one matrix the row also names its suite.
        const bool mixed = std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                                       [&t](const BenchMatrixTask &o) { return o.suite != t.suite; });
        return mixed ? title + QLatin1Char('\n') + t.suite : title;
    }
    case Qt::ToolTipRole:
        return tr("%1 / %2 (pass at %3)").arg(t.suite, t.task).arg(t.passThreshold);
    case SuiteRole:
        return t.suite;
    case TaskRole:
        return t.task;
    default:
        return {};
    }
}

QHash<int, QByteArray> BenchMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SuiteRole, "suite");
    names.insert(TaskRole, "task");
    names.insert(NodeRole, "node");
    names.insert(HasResultRole, "hasResult");
    names.insert(MeanRole, "mean");
    names.insert(MinRole, "min");
    names.insert(MaxRole, "max");
    names.insert(PassedRole, "passed");
    names.insert(StableRole, "stable");
    names.insert(StateRole, "state");
    names.insert(RunsDoneRole, "runsDone");
    names.insert(RunsPlannedRole, "runsPlanned");
    names.insert(TtrMsRole, "ttrMs");
    names.insert(EffectiveTpsRole, "effectiveTps");
    names.insert(PassThresholdRole, "passThreshold");
    names.insert(VerdictRole, "verdict");
    names.insert(CompleteRole, "complete");
    names.insert(DivergentApproachRole, "divergentApproach");
    return names;
}
