#include "widgets/settings/settingsdialog.h"

#include "models/node/nodeconfigstore.h"
#include "models/settings/appsettings.h"
#include "widgets/settings/pricetableeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, NodeConfigStore *store, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_store(store)
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    // Language names in their own language, so a user can find theirs whatever the current UI language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("\ud55c\uad6d\uc5b4 (Korean)"), QStringLiteral("ko"));
    m_languageNote = new QLabel(tr("The new language applies after Tokscope restarts."), this);
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_poll = new QDoubleSpinBox(this);
    m_poll->setRange(AppSettings::MinPollIntervalMs / 1000.0, AppSettings::MaxPollIntervalMs / 1000.0);
    m_poll->setDecimals(2);
    m_poll->setSingleStep(0.5);
    m_poll->setSuffix(tr(" s"));
    m_applyPollToAll = new QCheckBox(tr("Also use it for every configured node"), this);
    m_applyPollToAll->setVisible(m_store != nullptr);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(250);
    m_timeout->setSuffix(tr(" ms"));

    m_chartWindow = new QComboBox(this);
    m_chartWindow->addItem(tr("Last 5 minutes"), chartWindowKey(ChartWindow::FiveMinutes));
    m_chartWindow->addItem(tr("Last hour"), chartWindowKey(ChartWindow::OneHour));
    m_chartWindow->addItem(tr("Last 24 hours"), chartWindowKey(ChartWindow::TwentyFourHours));
    m_openGl = new QCheckBox(tr("Draw charts with OpenGL"), this);
    m_openGl->setToolTip(tr("Faster with very long histories; turn it off if charts flicker or stay blank."));

    m_database = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("History database"), m_database->text(),
            tr("SQLite database (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_database->setText(file);
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);

    auto *nodes = new QGroupBox(tr("Node polling"), this);
    auto *nodesForm = new QFormLayout(nodes);
    nodesForm->addRow(tr("Poll interval for new nodes:"), m_poll);
    nodesForm->addRow(QString(), m_applyPollToAll);
    nodesForm->addRow(tr("Request timeout:"), m_timeout);

    auto *charts = new QGroupBox(tr("Charts and history"), this);
    auto *chartsForm = new QFormLayout(charts);
    chartsForm->addRow(tr("Live chart window:"), m_chartWindow);
    chartsForm->addRow(QString(), m_openGl);
    chartsForm->addRow(tr("History database:"), databaseRow);

    auto *costs = new QGroupBox(tr("Costs (cloud nodes)"), this);
    m_prices = new PriceTableEditor(costs);
    (new QVBoxLayout(costs))->addWidget(m_prices);
    costs->setVisible(m_store != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(nodes);
    layout->addWidget(charts);
    layout->addWidget(costs);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    load();
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    m_poll->setValue(m_settings->pollIntervalMs() / 1000.0);
    m_timeout->setValue(m_settings->requestTimeoutMs());
    m_chartWindow->setCurrentIndex(
        qMax(0, m_chartWindow->findData(chartWindowKey(m_settings->chartWindow()))));
    m_openGl->setChecked(m_settings->openGlCharts());
    m_database->setText(m_settings->historyDatabasePath());
    if (m_store)
        m_prices->load(m_store->nodes(), m_settings->priceTable());
    updateLanguageNote();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_settings->language());
}

void SettingsDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    const int pollMs = qRound(m_poll->value() * 1000.0);
    m_settings->setPollIntervalMs(pollMs);
    m_settings->setRequestTimeoutMs(m_timeout->value());
    m_settings->setChartWindow(chartWindowFromKey(m_chartWindow->currentData().toString()));
    m_settings->setOpenGlCharts(m_openGl->isChecked());
    if (m_database->text().trimmed() != m_settings->historyDatabasePath())
        m_settings->setHistoryDatabasePath(m_database->text().trimmed());
    if (m_store)
        m_settings->setPriceTable(m_prices->table());
    if (m_store && m_applyPollToAll->isChecked()) {
        QList<NodeConfig> nodes = m_store->nodes();
        for (NodeConfig &node : nodes)
            node.pollIntervalMs = pollMs;
        m_store->setNodes(nodes);
    }
    m_settings->sync();
    QDialog::accept();
}
