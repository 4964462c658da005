#pragma once

#include "widgets/appcontext.h"

#include <QList>
#include <QWidget>

class DemoBanner;
class LabController;
class NodeCardWidget;
class NodeStatusModel;
class QButtonGroup;
class QGridLayout;
class QScrollArea;
class QTimer;
class ThroughputChartView;
enum class ChartWindow;

// The live view: the "nothing answers" banner, one card per node (NodeStatusModel rows) and the
// throughput charts over a selectable window. Cards and chart lines follow the monitor's node list;
// each sample refreshes its card and arms the chart's coalescing timer.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    DashboardPage(const AppContext &context, LabController *lab, QWidget *parent = nullptr);
    ~DashboardPage() override;

    NodeStatusModel *statusModel() const { return m_model; }
    QList<NodeCardWidget *> cards() const { return m_cards; }
    NodeCardWidget *card(const QString &nodeId) const;
    DemoBanner *banner() const { return m_banner; }
    ThroughputChartView *chartView() const { return m_chart; }
    void setChartWindow(ChartWindow window);

signals:
    void editNodesRequested();
    void startLabRequested(); // the banner's button

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildCards();
    void layoutCards();
    void refreshCards();
    void refreshRow(int row);
    void rebuildChartLines();
    void updateBanner();
    QWidget *buildWindowSelector();

    AppContext m_context;
    LabController *m_lab;
    NodeStatusModel *m_model = nullptr;
    DemoBanner *m_banner = nullptr;
    QScrollArea *m_cardScroll = nullptr;
    QWidget *m_cardHost = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QList<NodeCardWidget *> m_cards;
    int m_cardColumns = 0;
    ThroughputChartView *m_chart = nullptr;
    QButtonGroup *m_windowButtons = nullptr;
    QTimer *m_ticker = nullptr;
};
