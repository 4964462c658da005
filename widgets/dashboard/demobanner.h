#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Shown above the node cards when none of the configured nodes answers (typically a first start with
// the default lab hostnames): says so and offers the in-app simulated lab in one click.
class DemoBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QPushButton *startButton() const { return m_start; }
    // noNodes: the list is empty (rather than every node being down).
    void setNoNodes(bool noNodes);

signals:
    void startLabRequested();
    void editNodesRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_edit = nullptr;
};
