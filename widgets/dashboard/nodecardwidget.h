#pragma once

#include "models/node/nodehealth.h"

#include <QColor>
#include <QFrame>

class ElidedLabel;
class QLabel;
class QModelIndex;
class QProgressBar;

// One node on the dashboard: name, role, detected backend, model, context, a colored health badge with
// the reason in words and the age of the last good poll, poll latency, KV-cache use, running/waiting
// requests and prompt/generation tok/s. Simulated nodes carry a SIMULATED label. Shows one row of a
// NodeStatusModel; refresh() re-reads it (called on dataChanged and once a second for the ages).
class NodeCardWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeCardWidget)

public:
    explicit NodeCardWidget(QWidget *parent = nullptr);

    void setAccentColor(const QColor &color);
    QColor accentColor() const { return m_accent; }
    void refresh(const QModelIndex &index);

    QString nodeId() const { return m_nodeId; }
    QString nameText() const;
    QString statusText() const;
    QString detailText() const;
    QString modelText() const;
    QString backendText() const;
    QString addressText() const; // as shown, without the wrap points
    QString promptTpsText() const;
    QString generationTpsText() const;
    bool isSimulatedShown() const;
    NodeHealth health() const { return m_health; }

private:
    QLabel *addValueRow(class QGridLayout *grid, int row, const QString &caption);
    void updateStyle();

    QColor m_accent;
    QString m_nodeId;
    NodeHealth m_health = NodeHealth::Unknown;
    ElidedLabel *m_name = nullptr;
    QLabel *m_simulated = nullptr;
    QLabel *m_badge = nullptr;
    ElidedLabel *m_subtitle = nullptr;
    QLabel *m_address = nullptr; // host:port, wrapped at dots and colons, never cut
    QLabel *m_detail = nullptr;
    ElidedLabel *m_model = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_promptTps = nullptr;
    QLabel *m_generationTps = nullptr;
    QProgressBar *m_kvBar = nullptr;
    QLabel *m_kvText = nullptr;
    QLabel *m_requests = nullptr;
    QLabel *m_latency = nullptr;
};
