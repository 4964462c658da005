#include "widgets/pair/pairsetuppanel.h"

#include "models/pair/reviewerprompts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

PairSetupPanel::PairSetupPanel(QWidget *parent) : QWidget(parent)
{
    const auto thinkingBox = [this](const QString &name) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->addItem(tr("thinking OFF"), 0);
        box->addItem(tr("thinking ON"), 1);
        box->addItem(tr("server default"), -1);
        return box;
    };
    m_builderNode = new QComboBox(this);
    m_builderNode->setObjectName(QStringLiteral("builderNode"));
    m_builderThinking = thinkingBox(QStringLiteral("builderThinking"));
    m_reviewerNode = new QComboBox(this);
    m_reviewerNode->setObjectName(QStringLiteral("reviewerNode"));
    m_reviewerThinking = thinkingBox(QStringLiteral("reviewerThinking"));
    m_suite = new QComboBox(this);
    m_suite->setObjectName(QStringLiteral("suite"));
    m_tasks = new QListWidget(this);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setMaximumHeight(110);
    m_runs = new QSpinBox(this);
    m_runs->setObjectName(QStringLiteral("runs"));
    m_runs->setRange(1, 20);
    m_runs->setValue(3);
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(QStringLiteral("rounds"));
    m_rounds->setRange(1, 5);
    m_rounds->setValue(2);
    m_rounds->setToolTip(tr("Maximum review rounds: after a REJECT the builder revises, until the reviewer "
                            "approves or the rounds are used up."));
    m_prompt = new QComboBox(this);
    m_prompt->setObjectName(QStringLiteral("promptChoice"));
    for (const ReviewerPrompt &p : ReviewerPrompts::builtIn())
        m_prompt->addItem(ReviewerPrompts::displayName(p.key), p.key);
    m_prompt->addItem(ReviewerPrompts::displayName(QStringLiteral("custom")), QStringLiteral("custom"));
    m_promptText = new QPlainTextEdit(this);
    m_promptText->setObjectName(QStringLiteral("promptText"));
    m_promptText->setMaximumHeight(64);
    m_promptText->setToolTip(tr("The reviewer's system prompt. The verdict line format is appended to every "
                                "review request, so the verdict can be read whatever the prompt says."));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Builder"), this), 0, 0);
    grid->addWidget(m_builderNode, 0, 1);
    grid->addWidget(m_builderThinking, 0, 2);
    grid->addWidget(new QLabel(tr("Reviewer"), this), 1, 0);
    grid->addWidget(m_reviewerNode, 1, 1);
    grid->addWidget(m_reviewerThinking, 1, 2);
    auto *counts = new QHBoxLayout;
    counts->addWidget(new QLabel(tr("Runs"), this));
    counts->addWidget(m_runs);
    counts->addSpacing(12);
    counts->addWidget(new QLabel(tr("Max rounds"), this));
    counts->addWidget(m_rounds);
    counts->addStretch(1);
    grid->addLayout(counts, 2, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Reviewer prompt"), this), 3, 0);
    grid->addWidget(m_prompt, 3, 1, 1, 2);
    grid->addWidget(m_promptText, 4, 0, 1, 3);
    grid->addWidget(new QLabel(tr("Suite"), this), 0, 3);
    grid->addWidget(m_suite, 0, 4);
    grid->addWidget(m_tasks, 1, 3, 4, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(4, 3);

    connect(m_suite, &QComboBox::currentIndexChanged, this, &PairSetupPanel::fillTasks);
    connect(m_prompt, &QComboBox::currentIndexChanged, this, &PairSetupPanel::onPromptChosen);
    connect(m_promptText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingPrompt)
            return;
        // An edited built-in prompt is a custom prompt (stored with its text).
        const QString key = m_prompt->currentData().toString();
        for (const ReviewerPrompt &p : ReviewerPrompts::builtIn())
            if (p.key == key && p.text != m_promptText->toPlainText()) {
                const QSignalBlocker block(m_prompt);
                m_prompt->setCurrentIndex(m_prompt->findData(QStringLiteral("custom")));
            }
        emit changed();
    });
    selectPrompt(ReviewerPrompts::empowered().key);
}

PairSetupPanel::~PairSetupPanel() = default;

void PairSetupPanel::onPromptChosen()
{
    const QString key = m_prompt->currentData().toString();
    for (const ReviewerPrompt &p : ReviewerPrompts::builtIn())
        if (p.key == key) {
            m_settingPrompt = true;
            m_promptText->setPlainText(p.text);
            m_settingPrompt = false;
        }
    emit changed();
}

void PairSetupPanel::selectPrompt(const QString &key)
{
    const int i = m_prompt->findData(key);
    if (i >= 0) {
        m_prompt->setCurrentIndex(i);
        onPromptChosen();
    }
}

QString PairSetupPanel::promptText() const
{
    return m_promptText->toPlainText();
}

void PairSetupPanel::setNodes(const QList<NodeConfig> &nodes)
{
    const QString builder = m_builderNode->currentData().toString();
    const QString reviewer = m_reviewerNode->currentData().toString();
    m_nodes = nodes;
    for (QComboBox *box : {m_builderNode, m_reviewerNode}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const NodeConfig &n : nodes)
            box->addItem(n.simulated ? tr("%1 · SIMULATED").arg(n.name) : n.name, n.id);
    }
    // Keep the choice; else the node whose role says builder / reviewer; else the first / second node.
    const auto pick = [&](QComboBox *box, QComboBox *thinkingBox, const QString &kept, const QString &role,
                          int fallback) {
        if (!kept.isEmpty() && selectNode(box, kept))
            return;
        for (const NodeConfig &n : nodes)
            if (n.role.compare(role, Qt::CaseInsensitive) == 0) {
                selectNode(box, n.id);
                setThinking(thinkingBox, n.thinkingDefault);
                return;
            }
        if (!nodes.isEmpty())
            box->setCurrentIndex(std::min<int>(fallback, int(nodes.size()) - 1));
    };
    pick(m_builderNode, m_builderThinking, builder, QStringLiteral("builder"), 0);
    pick(m_reviewerNode, m_reviewerThinking, reviewer, QStringLiteral("reviewer"), 1);
    emit changed();
}

void PairSetupPanel::setSuites(const QList<Suite> &suites)
{
    const QString kept = m_suite->currentData().toString();
    m_suites.clear();
    for (const Suite &s : suites) {
        bool any = false;
        for (const Task &t : s.tasks)
            any = any || PairSettings::eligible(t);
        if (any)
            m_suites.append(s);
    }
    {
        const QSignalBlocker block(m_suite);
        m_suite->clear();
        for (const Suite &s : std::as_const(m_suites))
            m_suite->addItem(s.title.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.title, s.name), s.name);
    }
    if (!kept.isEmpty())
        selectSuite(kept);
    fillTasks();
}

void PairSetupPanel::fillTasks()
{
    m_tasks->clear();
    const QString name = m_suite->currentData().toString();
    for (const Suite &s : std::as_const(m_suites)) {
        if (s.name != name)
            continue;
        for (const Task &t : s.tasks) {
            QString why;
            auto *item = new QListWidgetItem(t.title.isEmpty() ? t.id : QStringLiteral("%1 — %2").arg(t.id, t.title),
                                             m_tasks);
            item->setData(Qt::UserRole, t.id);
            if (PairSettings::eligible(t, &why)) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            } else {
                item->setFlags(Qt::NoItemFlags);
                item->setToolTip(why);
            }
        }
    }
    emit changed();
}

bool PairSetupPanel::selectNode(QComboBox *box, const QString &nodeId)
{
    const int i = box->findData(nodeId);
    if (i >= 0)
        box->setCurrentIndex(i);
    return i >= 0;
}

bool PairSetupPanel::selectBuilder(const QString &nodeId, std::optional<bool> thinking)
{
    setThinking(m_builderThinking, thinking);
    return selectNode(m_builderNode, nodeId);
}

bool PairSetupPanel::selectReviewer(const QString &nodeId, std::optional<bool> thinking)
{
    setThinking(m_reviewerThinking, thinking);
    return selectNode(m_reviewerNode, nodeId);
}

bool PairSetupPanel::selectSuite(const QString &name)
{
    const int i = m_suite->findData(name);
    if (i >= 0)
        m_suite->setCurrentIndex(i);
    return i >= 0;
}

void PairSetupPanel::setRuns(int runs)
{
    m_runs->setValue(runs);
}

void PairSetupPanel::setRounds(int rounds)
{
    m_rounds->setValue(rounds);
}

std::optional<bool> PairSetupPanel::thinking(const QComboBox *box) const
{
    const int v = box->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

void PairSetupPanel::setThinking(QComboBox *box, std::optional<bool> thinking)
{
    box->setCurrentIndex(box->findData(thinking ? (*thinking ? 1 : 0) : -1));
}

std::optional<PairSettings> PairSetupPanel::settings(QString *why) const
{
    const auto node = [this](const QComboBox *box) -> std::optional<NodeConfig> {
        for (const NodeConfig &n : m_nodes)
            if (n.id == box->currentData().toString())
                return n;
        return std::nullopt;
    };
    const std::optional<NodeConfig> builder = node(m_builderNode);
    const std::optional<NodeConfig> reviewer = node(m_reviewerNode);
    if (!builder || !reviewer) {
        *why = tr("Choose a builder and a reviewer node.");
        return std::nullopt;
    }
    PairSettings s;
    s.builder = {*builder, thinking(m_builderThinking)};
    s.reviewer = {*reviewer, thinking(m_reviewerThinking)};
    for (const Suite &suite : m_suites)
        if (suite.name == m_suite->currentData().toString())
            s.suites = {suite};
    if (s.suites.isEmpty()) {
        *why = tr("No suite with single-turn code tasks is loaded.");
        return std::nullopt;
    }
    for (int i = 0; i < m_tasks->count(); ++i)
        if (m_tasks->item(i)->checkState() == Qt::Checked)
            s.taskIds << m_tasks->item(i)->data(Qt::UserRole).toString();
    if (s.taskIds.isEmpty()) {
        *why = tr("Tick at least one task.");
        return std::nullopt;
    }
    s.runs = m_runs->value();
    s.rounds = m_rounds->value();
    s.reviewerPromptKey = m_prompt->currentData().toString();
    s.reviewerPrompt = m_promptText->toPlainText().trimmed();
    if (s.reviewerPrompt.isEmpty()) {
        *why = tr("The reviewer prompt is empty.");
        return std::nullopt;
    }
    return s;
}
