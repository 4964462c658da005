#pragma once

#include "models/compare/comparesettings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

// The left side of the Compare page: prompt, optional system prompt, the node x thinking {ON, OFF}
// grid, and the request settings (max tokens, temperature, seed, runs, sequential/parallel,
// cache-busting, deadline). Turns them into CompareSettings + CompareTargets.
class CompareSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSetupPanel)
public:
    explicit CompareSetupPanel(QWidget *parent = nullptr);

    void setNodes(const QList<NodeConfig> &nodes);
    void setPrompt(const QString &prompt);
    void setSystemPrompt(const QString &system);
    void setRuns(int runs);
    void setMaxTokens(int thinking, int noThinking);
    void setCell(int nodeRow, bool thinking, bool checked);
    void applySettings(const CompareSettings &settings);

    CompareSettings settings() const;
    QList<CompareTarget> targets() const;
    // The ticked cells as "nodeId:on" / "nodeId:off" (kept between starts); nodes that come later
    // through setNodes() get their remembered ticks.
    QStringList checkedCells() const;
    void setCheckedCells(const QStringList &cells);
    QPlainTextEdit *promptEdit() const { return m_prompt; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void loadPromptRequested();

private:
    QList<NodeConfig> m_nodes;
    QStringList m_rememberedCells;
    bool m_hasRemembered = false;
    QPlainTextEdit *m_prompt = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QTableWidget *m_grid = nullptr;
    QSpinBox *m_maxThinking = nullptr;
    QSpinBox *m_maxPlain = nullptr;
    QCheckBox *m_useTemperature = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QCheckBox *m_useSeed = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_runs = nullptr;
    QSpinBox *m_deadline = nullptr;
    QSpinBox *m_warmupDeadline = nullptr;
    QCheckBox *m_parallel = nullptr;
    QCheckBox *m_cacheBust = nullptr;
};
