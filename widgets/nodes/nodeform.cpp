#include "widgets/nodes/nodeform.h"

#include "models/node/nodeurlcheck.h"
#include "models/secrets/apikeyenvironment.h"
#include "widgets/appstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NodeForm::NodeForm(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. DGX1"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("http://dgx1.local:30000"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(AppStyle::errorColor().name()));
    m_role = new QComboBox(this);
    m_role->setEditable(true);
    // Role names are machine keys shared with Compare and Pair; free text is allowed too.
    m_role->addItems({QStringLiteral("builder"), QStringLiteral("reviewer"), QStringLiteral("interactive")});
    m_backend = new QComboBox(this);
    for (Backend b : selectableBackends())
        m_backend->addItem(b == Backend::Unknown ? tr("Auto-detect") : backendDisplayName(b), int(b));
    for (QComboBox *box : {m_role, m_backend})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_thinking = new QCheckBox(tr("Thinking on by default"), this);
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("optional"));
    m_keyStorage = new QLabel(this);
    m_keyStorage->setWordWrap(true);
    m_keyStorage->hide();
    m_apiKeyEnv = new QLineEdit(this);
    m_apiKeyEnv->setPlaceholderText(tr("optional, e.g. TOKSCOPE_DGX1_KEY"));
    m_apiKeyEnv->setToolTip(tr("The name of an environment variable that holds this node's API key. It is "
                               "used when no key is stored for the node; only the name is saved."));
    m_apiKeyEnvState = new QLabel(this);
    m_apiKeyEnvState->setWordWrap(true);
    m_poll = new QDoubleSpinBox(this);
    m_poll->setRange(0.5, 300.0);
    m_poll->setDecimals(1);
    m_poll->setSingleStep(0.5);
    m_poll->setSuffix(tr(" s"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(QString(), m_problem);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Backend:"), m_backend);
    form->addRow(QString(), m_thinking);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(QString(), m_keyStorage);
    form->addRow(tr("Key environment variable:"), m_apiKeyEnv);
    form->addRow(QString(), m_apiKeyEnvState);
    form->addRow(tr("Poll interval:"), m_poll);

    const auto changed = [this] {
        updateProblem();
        if (!m_loading)
            emit edited();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_url, &QLineEdit::textChanged, this, changed);
    connect(m_role, &QComboBox::currentTextChanged, this, changed);
    connect(m_backend, &QComboBox::currentIndexChanged, this, changed);
    connect(m_thinking, &QCheckBox::toggled, this, changed);
    connect(m_apiKey, &QLineEdit::textChanged, this, changed);
    connect(m_apiKeyEnv, &QLineEdit::textChanged, this, changed);
    connect(m_poll, &QDoubleSpinBox::valueChanged, this, changed);
    updateProblem();
}

void NodeForm::setConfig(const NodeConfig &config)
{
    m_loading = true;
    m_base = config;
    m_name->setText(config.name);
    m_url->setText(config.url.toString());
    m_role->setCurrentText(config.role);
    m_backend->setCurrentIndex(qMax(0, m_backend->findData(int(config.backendHint))));
    m_thinking->setChecked(config.thinkingDefault);
    m_apiKey->setText(config.apiKeyFromEnv ? QString() : config.apiKey);
    m_apiKeyEnv->setText(config.apiKeyEnv);
    m_poll->setValue(config.pollIntervalMs / 1000.0);
    m_loading = false;
    updateProblem();
}

NodeConfig NodeForm::config() const
{
    NodeConfig c = m_base;
    c.name = m_name->text().trimmed();
    const NodeUrlCheck url = NodeUrlCheck::check(m_url->text());
    // An invalid URL is kept as typed so the row still shows what the user entered.
    c.url = url.isValid() ? url.url : QUrl(m_url->text().trimmed());
    c.role = m_role->currentText().trimmed();
    c.backendHint = Backend(m_backend->currentData().toInt());
    c.thinkingDefault = m_thinking->isChecked();
    c.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    // A typed (or stored) key wins; without one, the named environment variable's value is used.
    c.apiKey = m_apiKey->text();
    c.apiKeyFromEnv = false;
    if (c.apiKey.isEmpty()) {
        c.apiKey = ApiKeyEnvironment::value(c.apiKeyEnv);
        c.apiKeyFromEnv = !c.apiKey.isEmpty();
    }
    c.pollIntervalMs = qRound(m_poll->value() * 1000.0);
    return c;
}

QString NodeForm::problemOf(const NodeConfig &config)
{
    if (config.name.trimmed().isEmpty())
        return tr("Give the node a name.");
    if (const QString envProblem = ApiKeyEnvironment::nameProblem(config.apiKeyEnv); !envProblem.isEmpty())
        return envProblem;
    return NodeUrlCheck::check(config.url.toString()).error;
}

void NodeForm::setKeyStorageNote(const QString &note, bool keychainAvailable)
{
    m_keyStorage->setText(note);
    m_keyStorage->setVisible(!note.isEmpty());
    m_apiKey->setPlaceholderText(keychainAvailable ? tr("optional; stored in the system keychain")
                                                   : tr("optional; not saved (keychain unavailable)"));
}

void NodeForm::updateEnvState()
{
    const QString name = m_apiKeyEnv->text().trimmed();
    QString state;
    if (!name.isEmpty() && ApiKeyEnvironment::nameProblem(name).isEmpty()) {
        if (!ApiKeyEnvironment::isSet(name))
            state = tr("%1 is not set in Tokscope's environment.").arg(name);
        else if (!m_apiKey->text().isEmpty())
            state = tr("%1 is set, but the key typed above is used.").arg(name);
        else
            state = tr("The key is read from %1 and never saved.").arg(name);
    }
    m_apiKeyEnvState->setText(state);
    m_apiKeyEnvState->setVisible(!state.isEmpty());
}

void NodeForm::updateProblem()
{
    updateEnvState();
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}
