#pragma once

#include <QScrollArea>

// Holds one main-window page. The page fills the area like a plain layout would, and only when the
// window is smaller than the page's minimum size do scroll bars appear (so a page's minimum never
// pushes the window past a small screen). Unlike QScrollArea::setWidgetResizable, pages with
// word-wrapped labels (height-for-width) are not stretched to their preferred height.
class PageScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageScrollArea)

public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);

    QWidget *page() const { return widget(); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
};
