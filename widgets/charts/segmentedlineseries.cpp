#include "widgets/charts/segmentedlineseries.h"

#include "models/series/decimator.h"

#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <numeric>

namespace {
// Run boundaries [start, end) after bridging the shortest gaps down to maxRuns runs.
QList<std::pair<qsizetype, qsizetype>> runsOf(const DecimatedSeries &data, int maxRuns)
{
    const qsizetype n = data.segmentStarts.size();
    QList<qsizetype> starts = data.segmentStarts;
    if (n > maxRuns) {
        // Gap i lies between run i-1 and run i; keep the (maxRuns - 1) longest gaps.
        QList<qsizetype> gaps(n - 1);
        std::iota(gaps.begin(), gaps.end(), 1);
        const auto gapLength = [&](qsizetype i) {
            return data.points[starts[i]].x() - data.points[starts[i] - 1].x();
        };
        std::nth_element(gaps.begin(), gaps.begin() + (maxRuns - 1), gaps.end(),
                         [&](qsizetype a, qsizetype b) { return gapLength(a) > gapLength(b); });
        gaps.resize(maxRuns - 1);
        std::sort(gaps.begin(), gaps.end());
        QList<qsizetype> kept{0};
        for (qsizetype g : gaps)
            kept.append(starts[g]);
        starts = kept;
    }
    QList<std::pair<qsizetype, qsizetype>> runs;
    runs.reserve(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        runs.append({starts[i], i + 1 < starts.size() ? starts[i + 1] : data.points.size()});
    return runs;
}
} // namespace

SegmentedLineSeries::SegmentedLineSeries(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis,
                                         const QPen &pen)
    : m_chart(chart), m_xAxis(xAxis), m_yAxis(yAxis), m_pen(pen)
{
    series(0); // the first run always exists, so an idle line keeps its place in the scene
}

SegmentedLineSeries::~SegmentedLineSeries()
{
    for (QLineSeries *s : std::as_const(m_pool)) {
        m_chart->removeSeries(s);
        delete s;
    }
}

QLineSeries *SegmentedLineSeries::series(int index)
{
    while (m_pool.size() <= index) {
        auto *s = new QLineSeries;
        s->setPen(m_pen);
        s->setUseOpenGL(m_openGl);
        m_chart->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
        m_pool.append(s);
    }
    return m_pool.at(index);
}

void SegmentedLineSeries::setUseOpenGL(bool on)
{
    m_openGl = on;
    for (QLineSeries *s : std::as_const(m_pool))
        s->setUseOpenGL(on);
}

void SegmentedLineSeries::setPenWidth(qreal width)
{
    if (m_pen.widthF() == width)
        return;
    m_pen.setWidthF(width);
    for (QLineSeries *s : std::as_const(m_pool))
        s->setPen(m_pen);
}

void SegmentedLineSeries::clear()
{
    for (QLineSeries *s : std::as_const(m_pool)) {
        if (s->count() > 0)
            s->replace(QList<QPointF>());
    }
}

void SegmentedLineSeries::setData(const DecimatedSeries &data, double xOffset, double singlePointWidth)
{
    const auto runs = runsOf(data, MaxRuns);
    m_runCount = int(runs.size());
    m_pointCount = int(data.points.size());
    QList<QPointF> buffer;
    for (int r = 0; r < runs.size(); ++r) {
        const auto [begin, end] = runs.at(r);
        buffer.resize(0);
        if (end - begin == 1) {
            const QPointF p = data.points.at(begin);
            buffer = {QPointF(p.x() + xOffset - singlePointWidth / 2, p.y()),
                      QPointF(p.x() + xOffset + singlePointWidth / 2, p.y())};
        } else {
            buffer.reserve(end - begin);
            for (qsizetype i = begin; i < end; ++i)
                buffer.append(QPointF(data.points.at(i).x() + xOffset, data.points.at(i).y()));
        }
        series(r)->replace(buffer);
    }
    // Unused pool entries stay in the scene, empty, ready for the next gap.
    for (qsizetype r = runs.size(); r < m_pool.size(); ++r) {
        if (m_pool.at(r)->count() > 0)
            m_pool.at(r)->replace(QList<QPointF>());
    }
}
