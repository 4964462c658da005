#include "widgets/charts/verdicthistorychart.h"

#include "widgets/bench/benchpalette.h"
#include "widgets/charts/chartembed.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QChartView>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

VerdictHistoryChart::VerdictHistoryChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis)
{
    m_chart->setTitle(tr("Verdicts per benchmark run"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QStackedBarSeries;
    for (Verdict v : {Verdict::Unanimous, Verdict::Majority, Verdict::Split, Verdict::AllFail}) {
        auto *set = new QBarSet(verdictKey(v));
        set->setColor(BenchPalette::verdict(v));
        set->setBorderColor(BenchPalette::verdict(v).darker(115));
        series->append(set);
        m_sets.append(set);
    }
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTitleText(tr("tasks"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    ChartEmbed::attach(m_chart, series, m_axisX, m_axisY);

    m_view = ChartEmbed::embed(this, m_chart);
}

VerdictHistoryChart::~VerdictHistoryChart() = default;

void VerdictHistoryChart::setHistory(const QList<BenchHistoryStore::VerdictCounts> &counts, int maxRuns)
{
    const QList<BenchHistoryStore::VerdictCounts> shown = counts.mid(qMax(0, int(counts.size()) - maxRuns));
    QStringList labels;
    QList<QList<qreal>> values(4);
    int maxTotal = 0;
    for (const auto &c : shown) {
        labels << tr("#%1 · %2")
                      .arg(c.runId)
                      .arg(QLocale().toString(c.startedAt.toLocalTime(), QStringLiteral("MM-dd")));
        values[size_t(Verdict::Unanimous)] << c.unanimous;
        values[size_t(Verdict::Majority)] << c.majority;
        values[size_t(Verdict::Split)] << c.split;
        values[size_t(Verdict::AllFail)] << c.allFail;
        maxTotal = qMax(maxTotal, c.total());
    }
    // Replace the values in place (no series rebuild, no animation).
    for (int v = 0; v < m_sets.size(); ++v) {
        QBarSet *set = m_sets.at(v);
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(values.at(v));
    }
    m_axisX->setCategories(labels);
    m_axisY->setRange(0, qMax(1, maxTotal));
    m_axisY->applyNiceNumbers();
}

int VerdictHistoryChart::runCount() const
{
    return m_sets.isEmpty() ? 0 : int(m_sets.first()->count());
}

double VerdictHistoryChart::value(Verdict verdict, int run) const
{
    const QBarSet *set = m_sets.value(int(verdict));
    return set && run >= 0 && run < set->count() ? set->at(run) : 0.0;
}

QStringList VerdictHistoryChart::categories() const
{
    return m_axisX->categories();
}

void VerdictHistoryChart::setCompact(bool compact)
{
    if (compact)
        m_chart->setTitle(QString());
    m_chart->legend()->setAlignment(compact ? Qt::AlignRight : Qt::AlignBottom);
}
