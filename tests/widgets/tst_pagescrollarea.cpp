#include "widgets/pagescrollarea.h"

#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

class TestPageScrollArea : public QObject
{
    Q_OBJECT
private:
    // A page whose layout needs 600x400 and holds a word-wrapped label (height-for-width).
    static QWidget *makePage()
    {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *text = new QLabel(QStringLiteral("A long explanation that wraps over several lines when the "
                                               "page is narrow, as banners and notes do."));
        text->setWordWrap(true);
        layout->addWidget(text);
        auto *body = new QWidget;
        body->setMinimumSize(600, 400);
        layout->addWidget(body, 1);
        return page;
    }

private slots:
    void fillsWhenThereIsRoom()
    {
        PageScrollArea area(makePage());
        area.resize(1000, 800);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTRY_COMPARE(area.page()->size(), area.viewport()->size());
        QVERIFY(!area.verticalScrollBar()->isVisible());
        QVERIFY(!area.horizontalScrollBar()->isVisible());
    }

    void scrollsBelowTheMinimum()
    {
        PageScrollArea area(makePage());
        area.resize(400, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        const QSize minimum = area.page()->minimumSizeHint();
        QTRY_VERIFY(area.page()->width() >= minimum.width());
        QVERIFY(area.page()->height() >= minimum.height());
        QVERIFY(area.verticalScrollBar()->isVisible());
        QVERIFY(area.horizontalScrollBar()->isVisible());
        // Growing the area again gives the page all of it, never its preferred (taller) height.
        area.resize(1000, 800);
        QTRY_COMPARE(area.page()->size(), area.viewport()->size());
    }
};

QTEST_MAIN(TestPageScrollArea)
#include "tst_pagescrollarea.moc"
