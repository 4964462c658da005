#pragma once

#include <QStyledItemDelegate>

// Colours the pairwise comparison: drops and PASS → FAIL in red, gains and FAIL → PASS in green.
class DeltaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeltaDelegate)

public:
    explicit DeltaDelegate(QObject *parent = nullptr);

    static constexpr double NoticeablePoints = 5.0; // smaller deltas stay neutral (run-to-run noise)

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
