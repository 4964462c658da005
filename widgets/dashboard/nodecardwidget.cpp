#include "widgets/dashboard/nodecardwidget.h"

#include "models/itemmodels/nodestatusmodel.h"
#include "models/node/backend.h"
#include "models/node/nodehealth.h"
#include "widgets/appstyle.h"
#include "widgets/dashboard/cardformat.h"
#include "widgets/elidedlabel.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QLabel *bigNumber(QWidget *parent)
{
    auto *label = new QLabel(CardFormat::unknown(), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.9);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QWidget *throughputTile(QWidget *parent, const QString &caption, QLabel *value)
{
    auto *tile = new QWidget(parent);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *title = new QLabel(caption, tile);
    title->setProperty("role", QStringLiteral("caption"));
    auto *unit = new QLabel(QCoreApplication::translate("NodeCardWidget", "tok/s"), tile);
    unit->setProperty("role", QStringLiteral("caption"));
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(value);
    row->addWidget(unit, 0, Qt::AlignBottom);
    row->addStretch(1);
    layout->addWidget(title);
    layout->addLayout(row);
    return tile;
}
} // namespace

NodeCardWidget::NodeCardWidget(QWidget *parent) : QFrame(parent), m_accent(0x6b7280)
{
    setObjectName(QStringLiteral("nodeCard"));
    setMinimumWidth(300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    m_name = new ElidedLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_simulated = new QLabel(tr("SIMULATED"), this);
    m_simulated->setObjectName(QStringLiteral("simulatedTag"));
    m_simulated->setToolTip(tr("A simulated node running inside Tokscope on 127.0.0.1, not real hardware."));
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("healthBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_subtitle = new ElidedLabel(this);
    m_subtitle->setElideMode(Qt::ElideRight); // role and backend; the address has its own line
    m_subtitle->setProperty("role", QStringLiteral("caption"));
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setProperty("role", QStringLiteral("caption"));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_name, 1);
    header->addWidget(m_badge, 0);
    // The SIMULATED tag leads the second line, so a long node name never pushes it out of sight.
    auto *subtitleRow = new QHBoxLayout;
    subtitleRow->setSpacing(8);
    subtitleRow->addWidget(m_simulated, 0);
    subtitleRow->addWidget(m_subtitle, 1);

    m_promptTps = bigNumber(this);
    m_generationTps = bigNumber(this);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(throughputTile(this, tr("Prompt"), m_promptTps), 1);
    tiles->addWidget(throughputTile(this, tr("Generation"), m_generationTps), 1);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    m_model = new ElidedLabel(this);
    auto *modelCaption = new QLabel(tr("Model"), this);
    modelCaption->setProperty("role", QStringLiteral("caption"));
    grid->addWidget(modelCaption, 0, 0);
    grid->addWidget(m_model, 0, 1);
    m_context = addValueRow(grid, 1, tr("Context"));
    m_kvBar = new QProgressBar(this);
    m_kvBar->setRange(0, 1000);
    m_kvBar->setTextVisible(false);
    m_kvBar->setFixedHeight(10);
    m_kvText = new QLabel(this);
    auto *kvRow = new QHBoxLayout;
    kvRow->addWidget(m_kvBar, 1);
    kvRow->addWidget(m_kvText);
    auto *kvCaption = new QLabel(tr("KV cache"), this);
    kvCaption->setProperty("role", QStringLiteral("caption"));
    grid->addWidget(kvCaption, 2, 0);
    grid->addLayout(kvRow, 2, 1);
    m_requests = addValueRow(grid, 3, tr("Requests"));
    m_latency = addValueRow(grid, 4, tr("Poll latency"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(subtitleRow);
    layout->addWidget(m_address);
    layout->addWidget(m_detail);
    layout->addSpacing(2);
    layout->addLayout(tiles);
    layout->addSpacing(2);
    layout->addLayout(grid);
    updateStyle();
}

QLabel *NodeCardWidget::addValueRow(QGridLayout *grid, int row, const QString &caption)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setProperty("role", QStringLiteral("caption"));
    auto *value = new QLabel(CardFormat::unknown(), this);
    value->setMinimumWidth(1); // long model ids elide instead of widening the card
    grid->addWidget(captionLabel, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1);
    return value;
}

void NodeCardWidget::setAccentColor(const QColor &color)
{
    if (color == m_accent)
        return;
    m_accent = color;
    updateStyle();
}

void NodeCardWidget::updateStyle()
{
    // The accent stripe on the left matches the node's line in the charts.
    setStyleSheet(
        QStringLiteral(
            "#nodeCard { background: #ffffff; border: 1px solid #d7dbe2; border-left: 5px solid %1;"
            " border-radius: 8px; }"
            "#nodeCard QLabel { background: transparent; border: none; }"
            "#nodeCard QLabel[role=\"caption\"] { color: %2; }"
            "#nodeCard QLabel#simulatedTag { color: #ffffff; background: %3; border-radius: 4px;"
            " padding: 1px 6px; font-weight: bold; }"
            "QProgressBar { border: 1px solid #cbd2dc; border-radius: 4px; background: #eef1f5; }"
            "QProgressBar::chunk { border-radius: 3px; background: %1; }")
            .arg(m_accent.name(), AppStyle::mutedColor().name(), AppStyle::simulatedColor().name()));
}

void NodeCardWidget::refresh(const QModelIndex &index)
{
    using R = NodeStatusModel::Role;
    const auto get = [&index](int role) { return index.data(role); };
    m_nodeId = get(R::NodeIdRole).toString();
    m_name->setFullText(get(R::NameRole).toString());
    m_simulated->setVisible(get(R::SimulatedRole).toBool());

    const int health = get(R::HealthRole).toInt();
    // Style sheets are re-applied only when the health changes: refresh() runs every second.
    const bool healthChanged = m_badge->text().isEmpty() || m_health != NodeHealth(health);
    m_health = NodeHealth(health);
    if (healthChanged) {
        m_badge->setText(QStringLiteral("\u25cf ") + nodeHealthDisplayName(m_health).toUpper());
        m_badge->setStyleSheet(
            QStringLiteral("color: #ffffff; background: %1; border-radius: 9px; padding: 2px 10px;"
                           " font-weight: bold;")
                .arg(CardFormat::healthColor(health).name()));
    }

    const Backend backend = Backend(get(R::BackendRole).toInt());
    const QString backendText =
        backend == Backend::Unknown ? tr("backend not detected yet") : backendDisplayName(backend);
    const QUrl url = get(R::UrlRole).toUrl();
    QStringList subtitle;
    const QString role = get(R::NodeRoleRole).toString();
    if (!role.isEmpty())
        subtitle << role;
    subtitle << backendText;
    m_subtitle->setFullText(subtitle.join(QStringLiteral(" \u00b7 ")));
    // The whole address, breakable after dots and colons (zero-width spaces) so a narrow card wraps it.
    QString address = url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::StripTrailingSlash);
    address.replace(QLatin1Char('.'), QStringLiteral(".\u200b")).replace(QLatin1Char(':'), QStringLiteral(":\u200b"));
    m_address->setText(address);

    // The reason in words, then how fresh the last good answer is.
    const QVariant ageMs = get(R::LastGoodAgeMsRole);
    const QString ageText = ageMs.isValid() ? tr("last good poll %1").arg(CardFormat::age(ageMs.toLongLong()))
                                            : tr("no good poll yet");
    QString reason = get(R::ReasonRole).toString();
    if (reason.isEmpty()) {
        reason = NodeHealth(health) == NodeHealth::Up        ? tr("Answering normally")
                 : NodeHealth(health) == NodeHealth::Unknown ? tr("Waiting for the first poll")
                                                             : QString();
    }
    m_detail->setText(reason.isEmpty() ? ageText : reason + QStringLiteral(" \u2014 ") + ageText);
    if (healthChanged) {
        const bool bad = m_health == NodeHealth::Down || m_health == NodeHealth::Degraded;
        m_detail->setStyleSheet(bad ? QStringLiteral("color: %1;").arg(CardFormat::healthColor(health).name())
                                    : QStringLiteral("color: %1;").arg(AppStyle::mutedColor().name()));
    }

    const QString model = get(R::ModelRole).toString();
    m_model->setFullText(model.isEmpty() ? CardFormat::unknown() : model);
    const QString version = get(R::ServerVersionRole).toString();
    m_context->setToolTip(version.isEmpty() ? QString() : tr("Server: %1").arg(version));
    m_context->setText(CardFormat::tokens(get(R::ContextRole)));
    m_promptTps->setText(CardFormat::tokensPerSecond(get(R::PromptTpsRole)));
    m_generationTps->setText(CardFormat::tokensPerSecond(get(R::GenerationTpsRole)));
    const QString counterNote =
        get(R::CounterResetRole).toBool()
            ? tr("The counters dropped at the last poll (server restart): no rate for it.")
            : tr("From /metrics counter deltas between two polls.");
    m_promptTps->setToolTip(counterNote);
    m_generationTps->setToolTip(get(R::GenerationTpsSourceRole).toString() == QLatin1String("slots")
                                    ? tr("Live, from llama.cpp /slots n_decoded deltas between two polls "
                                         "(its counter moves only when a request ends).")
                                    : counterNote);

    const QVariant kv = get(R::KvCacheUsageRole);
    m_kvBar->setEnabled(kv.isValid());
    m_kvBar->setValue(kv.isValid() ? qRound(qBound(0.0, kv.toDouble(), 1.0) * 1000) : 0);
    m_kvText->setText(CardFormat::percent(kv));
    const QVariant running = get(R::RequestsRunningRole);
    const QVariant waiting = get(R::RequestsWaitingRole);
    m_requests->setText(
        running.isValid() || waiting.isValid()
            ? tr("%1 running \u00b7 %2 waiting").arg(CardFormat::count(running), CardFormat::count(waiting))
            : CardFormat::unknown());
    m_latency->setText(CardFormat::milliseconds(get(R::LatencyMsRole)));
    if (isCloudBackend(Backend(get(R::BackendRole).toInt()))) { // a cloud API: the internet path is in it
        if (get(R::LatencyMsRole).isValid())
            m_latency->setText(tr("%1 (incl. network)").arg(CardFormat::milliseconds(get(R::LatencyMsRole))));
        m_latency->setToolTip(tr("Round trip of the authenticated GET /v1/models over the internet: it "
                                 "includes the network, it is not the model's speed."));
    } else {
        m_latency->setToolTip(QString());
    }
}

QString NodeCardWidget::nameText() const
{
    return m_name->fullText();
}
QString NodeCardWidget::statusText() const
{
    return m_badge->text();
}
QString NodeCardWidget::detailText() const
{
    return m_detail->text();
}
QString NodeCardWidget::modelText() const
{
    return m_model->fullText();
}
QString NodeCardWidget::backendText() const
{
    return m_subtitle->fullText();
}

QString NodeCardWidget::addressText() const
{
    return QString(m_address->text()).remove(QChar(0x200b));
}
QString NodeCardWidget::promptTpsText() const
{
    return m_promptTps->text();
}
QString NodeCardWidget::generationTpsText() const
{
    return m_generationTps->text();
}
bool NodeCardWidget::isSimulatedShown() const
{
    return !m_simulated->isHidden();
}
