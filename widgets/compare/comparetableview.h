#pragma once

#include <QTableView>

class CompareTableModel;

// The main side-by-side view of a comparison: a CompareTableModel in a table whose headers stay in
// place while the cells scroll. Each cell shows the mean (bold on a green tint when it is the best of
// its row), the min-max spread and where the number came from; unknown values read "unknown".
// Clicking a row's header orders the columns by that metric (again: the other way round).
// Ctrl+C copies the selection as tab-separated text; the context menu also copies the whole table
// as Markdown.
class CompareTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTableView)
public:
    explicit CompareTableView(QWidget *parent = nullptr);

    void setCompareModel(CompareTableModel *model);
    CompareTableModel *compareModel() const { return m_model; }

public slots:
    void copySelection();
    void copyMarkdown();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void sortByRow(int row);
    void fitColumns();

    CompareTableModel *m_model = nullptr;
    int m_sortRow = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
