#include "widgets/settings/pricetableeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString cellText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 10) : QString();
}

std::optional<double> parse(const QString &text, bool *bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = t.toDouble(&ok); // "3.75" also where the locale writes "3,75"
    if (!ok || v < 0) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}
} // namespace

PriceTableEditor::PriceTableEditor(QWidget *parent) : QWidget(parent)
{
    m_grid = new QTableWidget(0, 5, this);
    m_grid->setHorizontalHeaderLabels({tr("Node"), tr("Input"), tr("Output"), tr("Cache read"), tr("Cache write")});
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_grid->verticalHeader()->hide();
    m_note = new QLabel(tr("Prices per million tokens, in your currency; empty = no price (cost shown as "
                           "unknown). Tokscope has no built-in prices."),
                        this);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid);
    layout->addWidget(m_note);
}

void PriceTableEditor::load(const QList<NodeConfig> &nodes, const PriceTable &table)
{
    m_loaded = table;
    m_ids.clear();
    m_grid->setRowCount(int(nodes.size()));
    for (int row = 0; row < nodes.size(); ++row) {
        const NodeConfig &node = nodes.at(row);
        m_ids.append(node.id);
        auto *name = new QTableWidgetItem(node.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_grid->setItem(row, 0, name);
        const TokenPrices p = table.prices(node.id);
        const std::optional<double> values[] = {p.inputPerMillion, p.outputPerMillion, p.cacheReadPerMillion,
                                                p.cacheWritePerMillion};
        for (int col = 0; col < 4; ++col)
            m_grid->setItem(row, col + 1, new QTableWidgetItem(cellText(values[col])));
    }
}

PriceTable PriceTableEditor::table(QStringList *problems) const
{
    PriceTable out = m_loaded;
    for (int row = 0; row < m_ids.size(); ++row) {
        bool bad = false;
        const auto value = [&](int col) {
            const QTableWidgetItem *item = m_grid->item(row, col);
            return parse(item ? item->text() : QString(), &bad);
        };
        TokenPrices p;
        p.inputPerMillion = value(1);
        p.outputPerMillion = value(2);
        p.cacheReadPerMillion = value(3);
        p.cacheWritePerMillion = value(4);
        if (bad && problems)
            problems->append(tr("%1: a price is not a non-negative number and was left empty.")
                                 .arg(m_grid->item(row, 0)->text()));
        out.setPrices(m_ids.at(row), p);
    }
    return out;
}
