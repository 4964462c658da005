#pragma once

#include <QTableView>

class BenchMatrixDelegate;

// The tasks x nodes result table. Clicking a node cell asks for that cell's details, clicking the
// verdict column for the task's side-by-side comparison (the ALL_FAIL investigation).
class BenchMatrixView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchMatrixView)

public:
    explicit BenchMatrixView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

signals:
    void cellActivated(int row, int nodeColumn);
    void verdictActivated(int row);

private:
    void onClicked(const QModelIndex &index);
    void adjustSections();

    BenchMatrixDelegate *m_delegate = nullptr;
};
