#pragma once

#include "models/bench/suite.h"
#include "models/node/nodeconfig.h"
#include "models/pair/pairsettings.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

// The Pair page's form: builder (node + thinking), reviewer (node + thinking), suite and its
// single-turn code tasks, runs, rounds and the reviewer prompt (two built-ins, editable; an edit
// turns it into a custom prompt). settings() turns it into PairSettings.
class PairSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairSetupPanel)

public:
    explicit PairSetupPanel(QWidget *parent = nullptr);
    ~PairSetupPanel() override;

    void setNodes(const QList<NodeConfig> &nodes); // keeps the choice when the node is still there
    void setSuites(const QList<Suite> &suites);    // only suites with eligible tasks are offered

    // Picks by node id / suite name (the demo and tests). False when not found.
    bool selectBuilder(const QString &nodeId, std::optional<bool> thinking);
    bool selectReviewer(const QString &nodeId, std::optional<bool> thinking);
    bool selectSuite(const QString &name);
    void setRuns(int runs);
    void setRounds(int rounds);
    void selectPrompt(const QString &key);

    // nullopt + *why (translated) when the form cannot run.
    std::optional<PairSettings> settings(QString *why) const;
    QString promptText() const;

signals:
    void changed();

private:
    void fillTasks();
    void onPromptChosen();
    std::optional<bool> thinking(const QComboBox *box) const;
    void setThinking(QComboBox *box, std::optional<bool> thinking);
    bool selectNode(QComboBox *box, const QString &nodeId);

    QList<NodeConfig> m_nodes;
    QList<Suite> m_suites;
    QComboBox *m_builderNode = nullptr;
    QComboBox *m_builderThinking = nullptr;
    QComboBox *m_reviewerNode = nullptr;
    QComboBox *m_reviewerThinking = nullptr;
    QComboBox *m_suite = nullptr;
    QListWidget *m_tasks = nullptr;
    QSpinBox *m_runs = nullptr;
    QSpinBox *m_rounds = nullptr;
    QComboBox *m_prompt = nullptr;
    QPlainTextEdit *m_promptText = nullptr;
    bool m_settingPrompt = false;
};
