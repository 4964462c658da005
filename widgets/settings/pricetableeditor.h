#pragma once

#include "models/node/nodeconfig.h"
#include "models/settings/pricetable.h"

#include <QWidget>

class QTableWidget;
class QLabel;

// Edits the price table: one row per configured node, the prices per million tokens for input, output,
// cache read and cache write. An empty cell is "no price" (cost unknown); nothing is pre-filled.
class PriceTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableEditor)

public:
    explicit PriceTableEditor(QWidget *parent = nullptr);

    void load(const QList<NodeConfig> &nodes, const PriceTable &table);
    // The table as edited; prices of nodes not shown are kept from the loaded table. Cells that are not
    // a non-negative number are left out and reported in *problems (translated).
    PriceTable table(QStringList *problems = nullptr) const;
    QTableWidget *grid() const { return m_grid; }

private:
    QTableWidget *m_grid = nullptr;
    QLabel *m_note = nullptr;
    PriceTable m_loaded;
    QStringList m_ids;
};
