#pragma once

#include <QDialog>

class AppSettings;
class NodeConfigStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class PriceTableEditor;

// Preferences: language (system / English / Korean), default poll interval and request timeout for
// nodes, the live chart window, OpenGL charts, the history database file and (with a store) the price
// table of the nodes. Nothing is written until
// OK; then AppSettings announces each change. With a store, the poll interval can be applied to every
// configured node too.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings *settings, NodeConfigStore *store = nullptr,
                            QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QDoubleSpinBox *pollBox() const { return m_poll; }
    QCheckBox *applyPollToAllBox() const { return m_applyPollToAll; }
    QComboBox *chartWindowBox() const { return m_chartWindow; }
    PriceTableEditor *priceEditor() const { return m_prices; }

    void accept() override;

private:
    void load();
    void updateLanguageNote();

    AppSettings *m_settings;
    NodeConfigStore *m_store;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QDoubleSpinBox *m_poll = nullptr;
    QCheckBox *m_applyPollToAll = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_chartWindow = nullptr;
    QCheckBox *m_openGl = nullptr;
    QLineEdit *m_database = nullptr;
    PriceTableEditor *m_prices = nullptr; // per-node prices for the cost of cloud requests
};
