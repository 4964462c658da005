#pragma once

#include <QDialog>

class NodeConfigStore;
class NodeConfigTableModel;
class NodeForm;
class NodeProbe;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

// Nodes -> Edit nodes: the configured nodes as a table (add, remove, move up/down) with the selected
// node's fields beside it. Works on a copy; OK saves the whole list through NodeConfigStore (which
// announces nodesChanged, so the monitor picks it up). OK stays disabled while any node is invalid.
class NodeEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeEditorDialog)

public:
    explicit NodeEditorDialog(NodeConfigStore *store, int defaultPollIntervalMs = 2000,
                              QWidget *parent = nullptr);

    NodeConfigTableModel *model() const { return m_model; }
    NodeForm *form() const { return m_form; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *okButton() const;
    int currentRow() const;
    void selectRow(int row);

    QPushButton *testButton() const { return m_test; }
    QLabel *testResultLabel() const { return m_testResult; }
    // While the simulated lab runs, saving stops it: the dialog says so before OK.
    void setLabRunning(bool running);

    void accept() override;

public slots:
    // Polls the selected node once with the fields as typed and shows what it answered.
    void testConnection();

private:
    void addNode();
    void removeNode();
    void moveCurrent(int delta);
    void showCurrent();
    void formEdited();
    void updateState();

    NodeConfigStore *m_store;
    int m_defaultPollIntervalMs;
    NodeConfigTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    NodeForm *m_form = nullptr;
    QGroupBox *m_formBox = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_labNote = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    NodeProbe *m_probe = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
