#include "widgets/pagescrollarea.h"

#include <QEvent>
#include <QScrollBar>

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
    setWidget(page);
    page->installEventFilter(this); // LayoutRequest: the page's minimum size may have changed
    fit();
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fit()
{
    QWidget *page = widget();
    if (!page)
        return;
    const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
    const QSize area = maximumViewportSize();
    QSize size(qMax(area.width(), minimum.width()), qMax(area.height(), minimum.height()));
    // A scroll bar in one direction takes room from the other.
    if (size.height() > area.height())
        size.setWidth(qMax(minimum.width(), area.width() - verticalScrollBar()->sizeHint().width()));
    if (size.width() > area.width())
        size.setHeight(qMax(minimum.height(), area.height() - horizontalScrollBar()->sizeHint().height()));
    if (page->size() != size)
        page->resize(size);
}
