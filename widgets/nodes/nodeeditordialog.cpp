#include "widgets/nodes/nodeeditordialog.h"

#include "models/itemmodels/nodeconfigtablemodel.h"
#include "models/net/nodeprobe.h"
#include "models/node/nodeconfigstore.h"
#include "models/node/nodehealth.h"
#include "widgets/appstyle.h"
#include "widgets/nodes/nodeform.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

NodeEditorDialog::NodeEditorDialog(NodeConfigStore *store, int defaultPollIntervalMs, QWidget *parent)
    : QDialog(parent), m_store(store), m_defaultPollIntervalMs(defaultPollIntervalMs)
{
    setWindowTitle(tr("Edit nodes"));
    m_model = new NodeConfigTableModel(this);
    m_model->setConfigs(store->nodes());

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setTextElideMode(Qt::ElideNone); // an address is never cut: the table scrolls instead
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    auto *buttonColumn = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttonColumn->addWidget(b);
    buttonColumn->addStretch(1);

    m_form = new NodeForm(this);
    // Asks the keychain once (a Linux machine without a Secret Service answers "unavailable").
    m_form->setKeyStorageNote(store->keyStorageNote(), store->keyStoreAvailability().ok());
    m_formBox = new QGroupBox(tr("Selected node"), this);
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addWidget(m_form);
    m_test = new QPushButton(tr("Test connection"), m_formBox);
    m_test->setToolTip(tr("Ask this node for /health, its model and /metrics once, with the fields as typed"));
    m_testResult = new QLabel(m_formBox);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    formLayout->addLayout(testRow);
    formLayout->addStretch(1);
    connect(m_test, &QPushButton::clicked, this, &NodeEditorDialog::testConnection);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(AppStyle::errorColor().name()));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_labNote = new QLabel(tr("The simulated lab is running: saving stops it and shows these nodes instead."), this);
    m_labNote->setWordWrap(true);
    m_labNote->setStyleSheet(QStringLiteral("color: %1;").arg(AppStyle::simulatedColor().name()));
    m_labNote->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 5);
    top->addLayout(buttonColumn);
    top->addWidget(m_formBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_labNote);
    layout->addWidget(m_buttons);
    resize(1180, 520);

    connect(m_add, &QPushButton::clicked, this, &NodeEditorDialog::addNode);
    connect(m_remove, &QPushButton::clicked, this, &NodeEditorDialog::removeNode);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_form, &NodeForm::edited, this, &NodeEditorDialog::formEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NodeEditorDialog::showCurrent);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NodeEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NodeEditorDialog::reject);

    selectRow(m_model->rowCount() > 0 ? 0 : -1);
    showCurrent();
}

QPushButton *NodeEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

int NodeEditorDialog::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NodeEditorDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
}

void NodeEditorDialog::addNode()
{
    NodeConfig node;
    node.id = NodeConfig::newId();
    node.name = tr("Node %1").arg(m_model->rowCount() + 1);
    node.pollIntervalMs = m_defaultPollIntervalMs;
    const int row = m_model->appendConfig(node);
    selectRow(row);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void NodeEditorDialog::removeNode()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    selectRow(qMin(row, m_model->rowCount() - 1));
    showCurrent();
}

void NodeEditorDialog::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows' destination is the row *before which* the block lands, in pre-move numbering.
    m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    // The current index moves with its row, so currentRowChanged may not fire: refresh the buttons here.
    selectRow(target);
    updateState();
}

void NodeEditorDialog::showCurrent()
{
    const int row = currentRow();
    m_formBox->setEnabled(row >= 0);
    m_form->setConfig(row >= 0 ? m_model->config(row) : NodeConfig{});
    updateState();
}

void NodeEditorDialog::formEdited()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->setConfig(row, m_form->config());
    updateState();
}

void NodeEditorDialog::updateState()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);

    QString problem;
    for (int r = 0; r < m_model->rowCount() && problem.isEmpty(); ++r) {
        const NodeConfig c = m_model->config(r);
        const QString p = NodeForm::problemOf(c);
        if (!p.isEmpty())
            problem = tr("%1: %2").arg(c.name.isEmpty() ? tr("Row %1").arg(r + 1) : c.name, p);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void NodeEditorDialog::setLabRunning(bool running)
{
    m_labNote->setVisible(running);
    okButton()->setText(running ? tr("Save and stop the lab") : tr("OK"));
}

void NodeEditorDialog::testConnection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const NodeConfig config = m_form->config();
    if (const QString p = NodeForm::problemOf(config); !p.isEmpty()) {
        m_testResult->setText(p);
        return;
    }
    delete m_probe;
    m_probe = new NodeProbe(config, this);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking %1…").arg(config.url.toString()));
    connect(m_probe, &NodeProbe::sampleAvailable, this, [this](const NodeSample &s) {
        m_test->setEnabled(true);
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>").arg(nodeHealthDisplayName(s.health).toHtmlEscaped());
        if (!s.reason.isEmpty())
            lines << s.reason.toHtmlEscaped();
        if (s.backend != Backend::Unknown)
            lines << tr("Backend: %1").arg(backendDisplayName(s.backend).toHtmlEscaped());
        if (!s.model.id.isEmpty())
            lines << tr("Model: %1").arg(s.model.id.toHtmlEscaped());
        if (s.latencyMs)
            lines << tr("Answered /health in %1 ms").arg(*s.latencyMs, 0, 'f', 0);
        m_testResult->setText(lines.join(QStringLiteral("<br>")));
        m_probe->deleteLater();
        m_probe = nullptr;
    });
    if (!m_probe->poll()) {
        m_test->setEnabled(true);
        m_testResult->setText(tr("Could not start the test."));
    }
}

void NodeEditorDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    if (!m_store->setNodes(m_model->configs())) {
        QMessageBox::warning(this, tr("Edit nodes"),
                             tr("The node list could not be saved: %1").arg(m_store->errorString()));
        return;
    }
    QDialog::accept();
}
