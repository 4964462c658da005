#include "widgets/compare/comparesetuppanel.h"

#include "models/sim/simlab.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

CompareSetupPanel::CompareSetupPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *promptRow = new QHBoxLayout;
    promptRow->addWidget(new QLabel(tr("Prompt"), this), 1);
    auto *load = new QPushButton(tr("Load…"), this);
    load->setToolTip(tr("Load the prompt from a text file"));
    connect(load, &QPushButton::clicked, this, &CompareSetupPanel::loadPromptRequested);
    promptRow->addWidget(load);
    layout->addLayout(promptRow);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setPlaceholderText(tr("Type the prompt every selected node answers"));
    m_prompt->setMinimumHeight(90);
    // Tab moves on to the next field (keyboard users); Ctrl+Tab inserts a tab character.
    m_prompt->setTabChangesFocus(true);
    m_prompt->installEventFilter(this);
    layout->addWidget(m_prompt, 2);
    layout->addWidget(new QLabel(tr("System prompt (optional)"), this));
    m_system = new QPlainTextEdit(this);
    m_system->setMaximumHeight(60);
    m_system->setTabChangesFocus(true);
    m_system->installEventFilter(this);
    layout->addWidget(m_system);

    layout->addWidget(new QLabel(tr("Nodes and thinking modes"), this));
    m_grid = new QTableWidget(0, 2, this);
    m_grid->setHorizontalHeaderLabels({tr("ON"), tr("OFF")});
    m_grid->horizontalHeaderItem(0)->setToolTip(tr("Thinking ON (chat_template_kwargs.enable_thinking = true)"));
    m_grid->horizontalHeaderItem(1)->setToolTip(tr("Thinking OFF (chat_template_kwargs.enable_thinking = false)"));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setMinimumHeight(110);
    layout->addWidget(m_grid, 1);

    auto *form = new QFormLayout;
    m_runs = new QSpinBox(this);
    m_runs->setRange(1, 50);
    m_runs->setValue(CompareSettings::DefaultRuns);
    m_runs->setToolTip(tr("Every cell runs n times: engines such as vLLM with MTP are not deterministic"));
    form->addRow(tr("Runs per cell"), m_runs);
    m_maxThinking = new QSpinBox(this);
    m_maxThinking->setRange(1, 1000000);
    m_maxThinking->setValue(CompareSettings::DefaultMaxTokensThinking);
    form->addRow(tr("Max tokens, thinking ON"), m_maxThinking);
    m_maxPlain = new QSpinBox(this);
    m_maxPlain->setRange(1, 1000000);
    m_maxPlain->setValue(CompareSettings::DefaultMaxTokensNoThinking);
    form->addRow(tr("Max tokens, thinking OFF"), m_maxPlain);
    auto *tempRow = new QHBoxLayout;
    m_useTemperature = new QCheckBox(this);
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setEnabled(false);
    connect(m_useTemperature, &QCheckBox::toggled, m_temperature, &QWidget::setEnabled);
    tempRow->addWidget(m_useTemperature);
    tempRow->addWidget(m_temperature, 1);
    form->addRow(tr("Temperature"), tempRow);
    auto *seedRow = new QHBoxLayout;
    m_useSeed = new QCheckBox(this);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 2147483647);
    m_seed->setEnabled(false);
    connect(m_useSeed, &QCheckBox::toggled, m_seed, &QWidget::setEnabled);
    seedRow->addWidget(m_useSeed);
    seedRow->addWidget(m_seed, 1);
    form->addRow(tr("Seed"), seedRow);
    m_deadline = new QSpinBox(this);
    m_deadline->setRange(1, 86400);
    m_deadline->setValue(CompareSettings::DefaultDeadlineMs / 1000);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setToolTip(tr("Total deadline per request (not an idle timeout)"));
    form->addRow(tr("Deadline"), m_deadline);
    m_warmupDeadline = new QSpinBox(this);
    m_warmupDeadline->setObjectName(QStringLiteral("warmupDeadline"));
    m_warmupDeadline->setRange(1, 3600);
    m_warmupDeadline->setValue(CompareSettings::DefaultWarmupDeadlineMs / 1000);
    m_warmupDeadline->setSuffix(tr(" s"));
    m_warmupDeadline->setToolTip(tr("A warm-up that gets no answer in this time is given up; the measured "
                                    "runs still try"));
    form->addRow(tr("Warm-up gives up after"), m_warmupDeadline);
    m_parallel = new QCheckBox(tr("All nodes at once"), this);
    m_parallel->setToolTip(tr("Off: one request at a time, so nodes never disturb each other's clock"));
    form->addRow(QString(), m_parallel);
    m_cacheBust = new QCheckBox(tr("Bust prompt caches"), this);
    m_cacheBust->setToolTip(tr("On by default: every run starts its prompt with a unique nonce, so no prompt "
                               "cache serves it and prefill is really measured. Switch off to measure "
                               "cached behaviour."));
    form->addRow(QString(), m_cacheBust);
    layout->addLayout(form);
}

void CompareSetupPanel::setNodes(const QList<NodeConfig> &nodes)
{
    // Keep the ticks of nodes that stay.
    QHash<QString, QPair<bool, bool>> previous;
    for (int r = 0; r < m_grid->rowCount() && r < m_nodes.size(); ++r)
        previous.insert(m_nodes[r].id, {m_grid->item(r, 0)->checkState() == Qt::Checked,
                                        m_grid->item(r, 1)->checkState() == Qt::Checked});
    m_nodes = nodes;
    m_grid->setRowCount(int(nodes.size()));
    QStringList labels;
    for (int r = 0; r < nodes.size(); ++r) {
        const NodeConfig &n = nodes[r];
        const bool named = SimLab::nameSaysSimulated(n.name);
        labels << (n.simulated && !named ? tr("%1 (SIMULATED)").arg(n.name) : n.name);
        auto ticks = previous.value(n.id, {n.thinkingDefault, !n.thinkingDefault});
        if (!previous.contains(n.id) && m_hasRemembered)
            ticks = {m_rememberedCells.contains(n.id + QStringLiteral(":on")),
                     m_rememberedCells.contains(n.id + QStringLiteral(":off"))};
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState((c == 0 ? ticks.first : ticks.second) ? Qt::Checked : Qt::Unchecked);
            m_grid->setItem(r, c, item);
        }
    }
    m_grid->setVerticalHeaderLabels(labels);
}

void CompareSetupPanel::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

void CompareSetupPanel::setSystemPrompt(const QString &system)
{
    m_system->setPlainText(system);
}

void CompareSetupPanel::setRuns(int runs)
{
    m_runs->setValue(runs);
}

void CompareSetupPanel::setMaxTokens(int thinking, int noThinking)
{
    m_maxThinking->setValue(thinking);
    m_maxPlain->setValue(noThinking);
}

void CompareSetupPanel::setCell(int nodeRow, bool thinking, bool checked)
{
    if (QTableWidgetItem *item = m_grid->item(nodeRow, thinking ? 0 : 1))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CompareSetupPanel::applySettings(const CompareSettings &s)
{
    m_prompt->setPlainText(s.prompt);
    m_system->setPlainText(s.systemPrompt);
    m_runs->setValue(s.runs);
    m_maxThinking->setValue(s.maxTokensThinking);
    m_maxPlain->setValue(s.maxTokensNoThinking);
    m_useTemperature->setChecked(s.temperature.has_value());
    m_temperature->setValue(s.temperature.value_or(0));
    m_useSeed->setChecked(s.seed.has_value());
    m_seed->setValue(int(s.seed.value_or(0)));
    m_deadline->setValue(s.deadlineMs / 1000);
    m_warmupDeadline->setValue(s.warmupDeadlineMs / 1000);
    m_parallel->setChecked(s.parallel);
    m_cacheBust->setChecked(s.cacheBust);
}

CompareSettings CompareSetupPanel::settings() const
{
    CompareSettings s;
    s.prompt = m_prompt->toPlainText();
    s.systemPrompt = m_system->toPlainText().trimmed();
    s.runs = m_runs->value();
    s.maxTokensThinking = m_maxThinking->value();
    s.maxTokensNoThinking = m_maxPlain->value();
    if (m_useTemperature->isChecked())
        s.temperature = m_temperature->value();
    if (m_useSeed->isChecked())
        s.seed = m_seed->value();
    s.deadlineMs = m_deadline->value() * 1000;
    s.warmupDeadlineMs = m_warmupDeadline->value() * 1000;
    s.parallel = m_parallel->isChecked();
    s.cacheBust = m_cacheBust->isChecked();
    return s;
}

QList<CompareTarget> CompareSetupPanel::targets() const
{
    QList<CompareTarget> out;
    for (int r = 0; r < m_nodes.size() && r < m_grid->rowCount(); ++r) {
        CompareTarget t;
        t.node = m_nodes[r];
        t.thinkingModes.clear();
        if (m_grid->item(r, 0)->checkState() == Qt::Checked)
            t.thinkingModes << true;
        if (m_grid->item(r, 1)->checkState() == Qt::Checked)
            t.thinkingModes << false;
        if (!t.thinkingModes.isEmpty())
            out << t;
    }
    return out;
}

QStringList CompareSetupPanel::checkedCells() const
{
    QStringList out;
    for (int r = 0; r < m_nodes.size() && r < m_grid->rowCount(); ++r) {
        if (m_grid->item(r, 0)->checkState() == Qt::Checked)
            out << m_nodes[r].id + QStringLiteral(":on");
        if (m_grid->item(r, 1)->checkState() == Qt::Checked)
            out << m_nodes[r].id + QStringLiteral(":off");
    }
    return out;
}

void CompareSetupPanel::setCheckedCells(const QStringList &cells)
{
    m_rememberedCells = cells;
    m_hasRemembered = true;
    for (int r = 0; r < m_nodes.size() && r < m_grid->rowCount(); ++r) {
        setCell(r, true, cells.contains(m_nodes[r].id + QStringLiteral(":on")));
        setCell(r, false, cells.contains(m_nodes[r].id + QStringLiteral(":off")));
    }
}

bool CompareSetupPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_prompt || watched == m_system) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ControlModifier) {
            static_cast<QPlainTextEdit *>(watched)->insertPlainText(QStringLiteral("\t"));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
