#include "widgets/charts/chartembed.h"

#include <QChart>
#include <QChartView>
#include <QVBoxLayout>

QChartView *ChartEmbed::embed(QWidget *host, QChart *chart, int minimumHeight)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, host);
    view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    host->setMinimumHeight(minimumHeight);
    return view;
}

void ChartEmbed::attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}
