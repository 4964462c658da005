#pragma once

#include "models/bench/suite.h"
#include "models/node/nodeconfig.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

// What to run: which suites, which nodes, n runs per cell, the thinking override and cache busting.
// Keeps the user's ticks when the suite or node lists are refreshed.
class BenchSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchSetupPanel)

public:
    explicit BenchSetupPanel(QWidget *parent = nullptr);

    void setSuites(const QList<Suite> &suites, const QStringList &loadErrors = {});
    QStringList selectedSuites() const; // suite names, in list order
    void setSelectedSuites(const QStringList &names);
    int selectedTaskCount() const;

    void setNodes(const QList<NodeConfig> &nodes);
    QStringList selectedNodeIds() const;
    void setSelectedNodeIds(const QStringList &ids);

    int runs() const;
    void setRuns(int runs);
    std::optional<bool> thinkingOverride() const;
    void setThinkingOverride(std::optional<bool> thinking);
    bool cacheBust() const;
    void setCacheBust(bool on);

    // Disables the choices while a run is in progress.
    void setLocked(bool locked);

signals:
    void selectionChanged();

private:
    QListWidget *m_suites = nullptr;
    QListWidget *m_nodes = nullptr;
    QSpinBox *m_runs = nullptr;
    QComboBox *m_thinking = nullptr;
    QCheckBox *m_cacheBust = nullptr;
    QLabel *m_loadErrors = nullptr;
    QLabel *m_plan = nullptr;
    QList<Suite> m_suiteList;

    void updatePlan();
    void setChecked(QListWidget *list, const QStringList &keys);
};
