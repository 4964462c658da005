#pragma once

#include "models/node/nodeconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// The fields of one node (name, URL, role, backend, thinking default, API key, the name of an environment
// variable holding the key, poll interval). Edits of a NodeConfig copy: fields it does not show (id,
// timeout, proxy, simulated) pass through. The key field shows only a key typed or stored for the node;
// a key read from the environment variable is used but never shown.
class NodeForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeForm)

public:
    explicit NodeForm(QWidget *parent = nullptr);

    void setConfig(const NodeConfig &config);
    NodeConfig config() const;
    // Translated reason the current input cannot be saved; empty when it can.
    QString problem() const { return problemOf(config()); }
    static QString problemOf(const NodeConfig &config);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *apiKeyEnvEdit() const { return m_apiKeyEnv; }
    QLabel *keyStorageLabel() const { return m_keyStorage; }
    QLabel *apiKeyEnvLabel() const { return m_apiKeyEnvState; }
    // Where keys are kept (NodeConfigStore::keyStorageNote), shown under the key field.
    void setKeyStorageNote(const QString &note, bool keychainAvailable);
    QComboBox *roleBox() const { return m_role; }
    QComboBox *backendBox() const { return m_backend; }
    QCheckBox *thinkingBox() const { return m_thinking; }
    QDoubleSpinBox *pollBox() const { return m_poll; }

signals:
    void edited();

private:
    void updateProblem();
    void updateEnvState();

    NodeConfig m_base;
    bool m_loading = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_backend = nullptr;
    QCheckBox *m_thinking = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyStorage = nullptr;
    QLineEdit *m_apiKeyEnv = nullptr;
    QLabel *m_apiKeyEnvState = nullptr;
    QDoubleSpinBox *m_poll = nullptr;
};
