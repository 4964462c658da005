#include "models/itemmodels/comparetablemodel.h"

#include "models/compare/comparemetrics.h"
#include "models/measure/metricdefinitions.h"
#include "models/measure/metricsource.h"


#include <algorithm>
#include <cmath>

namespace {
const QString kRunsKey = QStringLiteral("runs");
const QString kStabilityKey = QStringLiteral("stability");

QString formatNumber(const CompareMetric &metric, double v)
{
    if (metric.unit == CompareMetric::Unit::Ratio)
        return QStringLiteral("%1 %").arg(v * 100, 0, 'f', 0);
    if (metric.isCount())
        return QString::number(qRound64(v));
    // Thousands of tok/s or ms need no decimals; tens keep one.
    return QString::number(v, 'f', std::abs(v) >= 1000 ? 0 : metric.decimals());
}

QString unitOf(const CompareMetric &metric)
{
    return metric.unit == CompareMetric::Unit::Ratio ? QString() : metric.unitSuffix();
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// Rows about thinking, which mean nothing for a thinking OFF column.
bool isThinkingRow(const QString &key)
{
    return key == QLatin1String("reasoning_tokens") || key == QLatin1String("thinking_ms") ||
           key == QLatin1String("thinking_ratio");
}

int stabilityRank(const QString &key)
{
    if (key == QLatin1String("STABLE"))
        return 2;
    if (key == QLatin1String("UNSTABLE"))
        return 1;
    return 0;
}
} // namespace

CompareTableModel::CompareTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_rowKeys << kRunsKey << kStabilityKey;
    // Rows in reading order (MetricInfo::tableRank): what a person asks first, then the parts, then the counts.
    for (const CompareMetric *m : CompareMetric::tableMetrics())
        m_rowKeys << m->keyString();
}

CompareTableModel::~CompareTableModel() = default;

void CompareTableModel::setRun(const CompareRun &run)
{
    beginResetModel();
    m_columns.clear();
    for (const auto &[nodeIndex, thinking] : run.groups()) {
        Column c;
        const CompareNodeInfo info = run.nodes.value(nodeIndex);
        c.node = info.name;
        c.node.remove(QStringLiteral(" (simulated)"), Qt::CaseInsensitive);
        c.thinking = thinking;
        c.simulated = info.simulated;
        c.summary = CompareSummary::computeGroup(run, nodeIndex, thinking);
        for (int i : run.measuredCells(nodeIndex, thinking)) {
            const CompareCell &cell = run.cells.at(i);
            if (cell.state() != RunState::Done)
                continue;
            for (const QString &key : std::as_const(m_rowKeys)) {
                const MetricSource s = MetricDefinitions::source(cell.result.metrics, key);
                if (s == MetricSource::None)
                    continue;
                QStringList &list = c.sources[key];
                if (!list.contains(metricSourceKey(s)))
                    list.append(metricSourceKey(s));
            }
        }
        m_columns.append(c);
    }
    computeBest();
    endResetModel();
}

void CompareTableModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_best.clear();
    endResetModel();
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowKeys.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int CompareTableModel::columnOf(int nodeIndex, bool thinking) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].summary.nodeIndex == nodeIndex && m_columns[i].thinking == thinking)
            return i;
    return -1;
}

CompareTableModel::Better CompareTableModel::betterFor(const QString &metricKey)
{
    const CompareMetric *m = CompareMetric::find(metricKey);
    if (!m)
        return Better::None;
    switch (m->unit) {
    case CompareMetric::Unit::Milliseconds:
        return Better::Lower;
    case CompareMetric::Unit::TokensPerSecond:
        return Better::Higher;
    default:
        return Better::None;
    }
}

const MetricSpread *CompareTableModel::spread(int row, int column) const
{
    if (row < 0 || row >= m_rowKeys.size() || column < 0 || column >= m_columns.size())
        return nullptr;
    return m_columns[column].summary.metric(m_rowKeys[row]);
}

void CompareTableModel::computeBest()
{
    m_best.clear();
    for (int row = 0; row < m_rowKeys.size(); ++row) {
        QList<bool> best(m_columns.size(), false);
        const Better better = betterFor(m_rowKeys[row]);
        std::optional<double> top;
        int known = 0;
        for (int col = 0; col < m_columns.size(); ++col) {
            const MetricSpread *s = spread(row, col);
            if (better == Better::None || !s || !s->mean || notApplicable(row, col))
                continue;
            ++known;
            if (!top || (better == Better::Lower ? *s->mean < *top : *s->mean > *top))
                top = s->mean;
        }
        // A best needs something to be better than: two known values that are not all equal.
        bool allEqual = true;
        for (int col = 0; col < m_columns.size() && top; ++col)
            if (const MetricSpread *s = spread(row, col); s && s->mean && !same(*s->mean, *top))
                allEqual = false;
        if (known >= 2 && !allEqual) {
            for (int col = 0; col < m_columns.size(); ++col)
                if (const MetricSpread *s = spread(row, col); s && s->mean && same(*s->mean, *top))
                    best[col] = true;
        }
        m_best.append(best);
    }
}

bool CompareTableModel::notApplicable(int row, int column) const
{
    if (m_columns.at(column).thinking || !isThinkingRow(m_rowKeys.at(row)))
        return false;
    const MetricSpread *s = spread(row, column);
    return !s || !s->mean || same(*s->mean, 0);
}

QString CompareTableModel::rowTitle(int row) const
{
    const QString &key = m_rowKeys.at(row);
    if (key == kRunsKey)
        return tr("DONE runs");
    if (key == kStabilityKey)
        return tr("Same answer each run");
    const CompareMetric *m = CompareMetric::find(key);
    const std::optional<MetricDefinition> def = MetricDefinitions::find(key);
    const QString label = def ? def->label : (m ? m->displayName() : key);
    const QString unit = m ? unitOf(*m) : QString();
    return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
}

QString CompareTableModel::headerText(int column, const QString &separator) const
{
    const Column &c = m_columns.at(column);
    QString text = c.node + separator + tr("thinking %1").arg(c.thinking ? tr("ON") : tr("OFF"));
    if (c.simulated)
        text += separator + tr("SIMULATED");
    return text;
}

QString CompareTableModel::cellText(int row, int column) const
{
    const QString &key = m_rowKeys.at(row);
    const Column &c = m_columns.at(column);
    if (key == kRunsKey)
        return tr("%1 of %2").arg(c.summary.done).arg(c.summary.runs);
    if (key == kStabilityKey)
        return stabilityDisplayName(c.summary.stability.verdict);
    if (notApplicable(row, column))
        return QStringLiteral("\u2013"); // thinking OFF: no thinking to measure, not an unknown
    const CompareMetric *m = CompareMetric::find(key);
    const MetricSpread *s = spread(row, column);
    if (!m || !s || !s->mean)
        return tr("unknown");
    const QString unit = unitOf(*m);
    return unit.isEmpty() ? formatNumber(*m, *s->mean) : formatNumber(*m, *s->mean) + QLatin1Char(' ') + unit;
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const QString &key = m_rowKeys.at(row);
    const Column &c = m_columns.at(column);
    const CompareMetric *metric = CompareMetric::find(key);
    const MetricSpread *s = spread(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (key == kStabilityKey)
            return c.summary.stability.reason;
        if (key == kRunsKey)
            return tr("%1 of %2 measured runs ended DONE; only those are averaged.")
                .arg(c.summary.done)
                .arg(c.summary.runs);
        const std::optional<MetricDefinition> def = MetricDefinitions::find(key);
        QString tip = def ? def->definition : QString();
        if (notApplicable(row, column))
            return QString(tip + QLatin1Char('\n') + tr("Thinking is OFF in this column: nothing to measure."));
        if (s && s->mean && metric) {
            tip += QLatin1Char('\n') + tr("Mean of %n DONE run(s): %1", nullptr, s->n).arg(cellText(row, column));
            if (s->n > 1 && s->min && s->max)
                tip += QLatin1Char('\n') + tr("Min %1, max %2").arg(formatNumber(*metric, *s->min),
                                                                    formatNumber(*metric, *s->max));
            const QString source = data(index, SourceTextRole).toString();
            if (!source.isEmpty())
                tip += QLatin1Char('\n') + tr("Source: %1").arg(source);
        } else {
            tip += QLatin1Char('\n') + tr("Unknown: no DONE run reported this value.");
        }
        return tip;
    }
    case MetricKeyRole:
        return key;
    case MeanRole:
        if (key == kRunsKey)
            return c.summary.done;
        if (key == kStabilityKey)
            return stabilityRank(stabilityKey(c.summary.stability.verdict));
        return s && s->mean ? QVariant(*s->mean) : QVariant();
    case MinRole:
        return s && s->min ? QVariant(*s->min) : QVariant();
    case MaxRole:
        return s && s->max ? QVariant(*s->max) : QVariant();
    case CountRole:
        return s ? s->n : c.summary.done;
    case SourceRole:
        return notApplicable(row, column) ? QString() : c.sources.value(key).join(QLatin1Char('/'));
    case SourceTextRole: {
        if (notApplicable(row, column))
            return QString();
        QStringList names;
        for (const QString &k : c.sources.value(key))
            names << metricSourceDisplayName(metricSourceFromKey(k));
        return names.join(QStringLiteral(" / "));
    }
    case BestRole:
        return m_best.value(row).value(column, false);
    case UnknownRole:
        return metric && !notApplicable(row, column) ? !(s && s->mean) : false;
    case RangeTextRole:
        if (metric && s && s->n > 1 && s->min && s->max && !notApplicable(row, column))
            return QStringLiteral("%1\u2013%2").arg(formatNumber(*metric, *s->min), formatNumber(*metric, *s->max));
        return QString();
    case StabilityRole:
        return key == kStabilityKey ? QVariant(stabilityKey(c.summary.stability.verdict)) : QVariant();
    default:
        return {};
    }
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rowKeys.size())
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return rowTitle(section);
        case Qt::ToolTipRole: {
            const std::optional<MetricDefinition> def = MetricDefinitions::find(m_rowKeys[section]);
            const QString what = def ? def->definition : QString();
            const QString how = tr("Click to order the columns by this row.");
            return what.isEmpty() ? how : QString(what + QLatin1Char('\n') + how);
        }
        case MetricKeyRole:
            return m_rowKeys[section];
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    const Column &c = m_columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return headerText(section, QStringLiteral("\n"));
    case Qt::ToolTipRole:
        return headerText(section, QStringLiteral(" \u00b7 "));
    case NodeNameRole:
        return c.node;
    case ThinkingRole:
        return c.thinking;
    case SimulatedRole:
        return c.simulated;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompareTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MetricKeyRole, "metricKey");
    names.insert(MeanRole, "mean");
    names.insert(MinRole, "min");
    names.insert(MaxRole, "max");
    names.insert(CountRole, "count");
    names.insert(SourceRole, "source");
    names.insert(SourceTextRole, "sourceText");
    names.insert(BestRole, "best");
    names.insert(UnknownRole, "unknown");
    names.insert(RangeTextRole, "rangeText");
    names.insert(NodeNameRole, "nodeName");
    names.insert(ThinkingRole, "thinking");
    names.insert(SimulatedRole, "simulated");
    names.insert(StabilityRole, "stability");
    return names;
}

void CompareTableModel::sortColumnsByRow(int row, Qt::SortOrder order)
{
    if (row < 0 || row >= m_rowKeys.size() || m_columns.size() < 2)
        return;
    QList<std::pair<std::optional<double>, int>> keys;
    for (int col = 0; col < m_columns.size(); ++col) {
        const QVariant v = data(index(row, col), MeanRole);
        keys.append({v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt, col});
    }
    std::stable_sort(keys.begin(), keys.end(), [order](const auto &a, const auto &b) {
        if (!a.first || !b.first)
            return a.first.has_value() && !b.first.has_value(); // unknown last
        return order == Qt::AscendingOrder ? *a.first < *b.first : *a.first > *b.first;
    });
    beginResetModel();
    QList<Column> sorted;
    for (const auto &k : keys)
        sorted.append(m_columns.at(k.second));
    m_columns = sorted;
    computeBest();
    endResetModel();
}

QString CompareTableModel::toMarkdown() const
{
    auto escape = [](QString s) { return s.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QStringList header{tr("Metric")};
    for (int col = 0; col < m_columns.size(); ++col)
        header << escape(headerText(col, QStringLiteral(" \u00b7 ")));
    QStringList lines;
    lines << QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    QStringList rule;
    rule << QStringLiteral("---");
    for (int col = 0; col < m_columns.size(); ++col)
        rule << QStringLiteral("---:");
    lines << QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    for (int row = 0; row < m_rowKeys.size(); ++row) {
        QStringList cells{escape(rowTitle(row))};
        for (int col = 0; col < m_columns.size(); ++col) {
            const QModelIndex i = index(row, col);
            QString text = escape(cellText(row, col));
            if (data(i, BestRole).toBool())
                text = QStringLiteral("**%1**").arg(text);
            const QString range = data(i, RangeTextRole).toString();
            if (!range.isEmpty())
                text += QStringLiteral(" (%1)").arg(range);
            const QString source = data(i, SourceTextRole).toString();
            if (!source.isEmpty())
                text += QStringLiteral(" _%1_").arg(escape(source));
            cells << text;
        }
        lines << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CompareTableModel::toTsv(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return QString();
    int top = rowCount(), bottom = -1, left = columnCount(), right = -1;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    QStringList header{tr("Metric")};
    for (int col = left; col <= right; ++col)
        header << headerText(col, QStringLiteral(" \u00b7 "));
    lines << header.join(QLatin1Char('\t'));
    for (int row = top; row <= bottom; ++row) {
        QStringList cells{rowTitle(row)};
        for (int col = left; col <= right; ++col) {
            const bool selected = std::any_of(indexes.begin(), indexes.end(), [row, col](const QModelIndex &i) {
                return i.row() == row && i.column() == col;
            });
            cells << (selected ? cellText(row, col) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
