#include "widgets/bench/benchsetuppanel.h"

#include "widgets/appstyle.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QStringList checkedKeys(const QListWidget *list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(KeyRole).toString();
    return keys;
}

void checkKeys(QListWidget *list, const QStringList &keys)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(keys.contains(list->item(i)->data(KeyRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
}

QListWidgetItem *checkableItem(QListWidget *list, const QString &text, const QString &key, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(KeyRole, key);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

BenchSetupPanel::BenchSetupPanel(QWidget *parent)
    : QWidget(parent), m_suites(new QListWidget(this)), m_nodes(new QListWidget(this)),
      m_runs(new QSpinBox(this)), m_thinking(new QComboBox(this)),
      m_cacheBust(new QCheckBox(tr("Fresh prompt per run (no prompt cache)"), this)),
      m_loadErrors(new QLabel(this)), m_plan(new QLabel(this))
{
    m_suites->setObjectName(QStringLiteral("suiteList"));
    m_nodes->setObjectName(QStringLiteral("nodeList"));
    m_runs->setRange(1, 10);
    m_runs->setValue(3);
    m_runs->setToolTip(tr("n runs per task and node. n = 3 separates model limits from inference "
                          "non-determinism (vLLM with MTP answers differently from run to run)."));
    m_thinking->addItem(tr("Each task's setting"));
    m_thinking->addItem(tr("Thinking ON for every task"));
    m_thinking->addItem(tr("Thinking OFF for every task"));
    m_cacheBust->setToolTip(
        tr("Adds a unique line to each prompt so no prompt cache serves a repeated run."));
    m_loadErrors->setWordWrap(true);
    m_loadErrors->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(AppStyle::errorColor().name()));
    m_loadErrors->hide();
    m_plan->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Runs per cell:"), m_runs);
    form->addRow(tr("Thinking:"), m_thinking);
    form->addRow(m_cacheBust);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Suites</b>"), this));
    layout->addWidget(m_suites, 3);
    layout->addWidget(m_loadErrors);
    layout->addWidget(new QLabel(tr("<b>Nodes</b>"), this));
    layout->addWidget(m_nodes, 1);
    layout->addLayout(form);
    layout->addWidget(m_plan);

    connect(m_suites, &QListWidget::itemChanged, this, [this] {
        updatePlan();
        emit selectionChanged();
    });
    connect(m_nodes, &QListWidget::itemChanged, this, [this] {
        updatePlan();
        emit selectionChanged();
    });
    connect(m_runs, &QSpinBox::valueChanged, this, [this] {
        updatePlan();
        emit selectionChanged();
    });
    updatePlan();
}

void BenchSetupPanel::setSuites(const QList<Suite> &suites, const QStringList &loadErrors)
{
    const QStringList previous = selectedSuites();
    const bool first = m_suiteList.isEmpty();
    m_suiteList = suites;
    const QSignalBlocker block(m_suites);
    m_suites->clear();
    for (const Suite &s : suites) {
        auto *item = checkableItem(m_suites, tr("%1 (%n task(s))", nullptr, int(s.tasks.size())).arg(s.title),
                                   s.name, !first && previous.contains(s.name));
        item->setToolTip(QStringLiteral("%1\n%2").arg(s.name, s.description));
    }
    m_loadErrors->setText(loadErrors.isEmpty()
                              ? QString()
                              : tr("Not loaded (fix the file):\n%1").arg(loadErrors.join(QLatin1Char('\n'))));
    m_loadErrors->setVisible(!loadErrors.isEmpty());
    updatePlan();
}

QStringList BenchSetupPanel::selectedSuites() const
{
    return checkedKeys(m_suites);
}

void BenchSetupPanel::setSelectedSuites(const QStringList &names)
{
    setChecked(m_suites, names);
}

int BenchSetupPanel::selectedTaskCount() const
{
    int n = 0;
    const QStringList names = selectedSuites();
    for (const Suite &s : m_suiteList)
        if (names.contains(s.name))
            n += int(s.tasks.size());
    return n;
}

void BenchSetupPanel::setNodes(const QList<NodeConfig> &nodes)
{
    const QStringList previous = selectedNodeIds();
    const bool first = m_nodes->count() == 0;
    const QSignalBlocker block(m_nodes);
    m_nodes->clear();
    for (const NodeConfig &n : nodes) {
        const QString label = n.simulated
                                  ? tr("%1 — %2 (simulated)").arg(n.name, backendDisplayName(n.backendHint))
                                  : tr("%1 — %2").arg(n.name, n.url.host());
        // New nodes start ticked the first time; afterwards the user's choice stands.
        auto *item = checkableItem(m_nodes, label, n.id, first || previous.contains(n.id));
        item->setToolTip(n.url.toDisplayString(QUrl::RemoveUserInfo));
    }
    updatePlan();
}

QStringList BenchSetupPanel::selectedNodeIds() const
{
    return checkedKeys(m_nodes);
}

void BenchSetupPanel::setSelectedNodeIds(const QStringList &ids)
{
    setChecked(m_nodes, ids);
}

void BenchSetupPanel::setChecked(QListWidget *list, const QStringList &keys)
{
    {
        const QSignalBlocker block(list);
        checkKeys(list, keys);
    }
    updatePlan();
    emit selectionChanged();
}

int BenchSetupPanel::runs() const
{
    return m_runs->value();
}

void BenchSetupPanel::setRuns(int runs)
{
    m_runs->setValue(runs);
}

std::optional<bool> BenchSetupPanel::thinkingOverride() const
{
    switch (m_thinking->currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

void BenchSetupPanel::setThinkingOverride(std::optional<bool> thinking)
{
    m_thinking->setCurrentIndex(!thinking ? 0 : (*thinking ? 1 : 2));
}

bool BenchSetupPanel::cacheBust() const
{
    return m_cacheBust->isChecked();
}

void BenchSetupPanel::setCacheBust(bool on)
{
    m_cacheBust->setChecked(on);
}

void BenchSetupPanel::setLocked(bool locked)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_suites), static_cast<QWidget *>(m_nodes), static_cast<QWidget *>(m_runs),
          static_cast<QWidget *>(m_thinking), static_cast<QWidget *>(m_cacheBust)})
        w->setEnabled(!locked);
}

void BenchSetupPanel::updatePlan()
{
    const int tasks = selectedTaskCount();
    const int nodes = int(selectedNodeIds().size());
    m_plan->setText(tr("%1 tasks × %2 nodes × %3 runs = %4 task runs")
                        .arg(tasks)
                        .arg(nodes)
                        .arg(runs())
                        .arg(tasks * nodes * runs()));
}
