// Keyboard focus is visible (issue 10): AppStyle installs a ring that follows keyboard focus onto buttons,
// lists, tables, editors, spin boxes and combo boxes, and leaves mouse focus alone.
#include "widgets/appstyle.h"
#include "widgets/focusring.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

class TstFocusRing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { AppStyle::apply(*qApp); }
    void tabMovesTheRing();
    void mouseFocusHasNoRing();
    void ringOutlivesAClosedWindow();
};

namespace {
struct Window
{
    QWidget w;
    QPushButton *button = new QPushButton(QStringLiteral("Run"), &w);
    QListWidget *list = new QListWidget(&w);
    QTableWidget *table = new QTableWidget(2, 2, &w);
    QPlainTextEdit *editor = new QPlainTextEdit(&w);
    QSpinBox *spin = new QSpinBox(&w);
    QComboBox *combo = new QComboBox(&w);
    QLabel *label = new QLabel(QStringLiteral("not focusable"), &w);
    Window()
    {
        auto *l = new QVBoxLayout(&w);
        for (QWidget *x : {static_cast<QWidget *>(button), static_cast<QWidget *>(list), static_cast<QWidget *>(table),
                           static_cast<QWidget *>(editor), static_cast<QWidget *>(spin), static_cast<QWidget *>(combo),
                           static_cast<QWidget *>(label)})
            l->addWidget(x);
        combo->addItems({QStringLiteral("a"), QStringLiteral("b")});
        editor->setTabChangesFocus(true);
        w.resize(400, 600);
        w.show();
        w.activateWindow();
    }
};
} // namespace

void TstFocusRing::tabMovesTheRing()
{
    Window win;
    QVERIFY(QTest::qWaitForWindowActive(&win.w));
    FocusRing *ring = FocusRing::instance();
    QVERIFY(ring);
    for (QWidget *x : {static_cast<QWidget *>(win.button), static_cast<QWidget *>(win.list),
                       static_cast<QWidget *>(win.table), static_cast<QWidget *>(win.editor),
                       static_cast<QWidget *>(win.spin), static_cast<QWidget *>(win.combo)}) {
        x->clearFocus(); // the first control already has the focus since the window opened
        x->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(ring->ringedWidget(), x);
        QVERIFY(ring->frame()->isVisible());
        // The ring surrounds the widget (2 px outside its edges) in the highlight colour.
        const QRect around = ring->frame()->geometry();
        const QRect inner(x->mapTo(ring->frame()->parentWidget(), QPoint(0, 0)), x->size());
        QVERIFY2(around.contains(inner) && around != inner, qPrintable(x->metaObject()->className()));
    }
    // Tab from the button moves focus and the ring with it.
    win.list->setFocus(Qt::MouseFocusReason);
    win.button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(win.button, Qt::Key_Tab);
    QTRY_COMPARE(ring->ringedWidget(), static_cast<QWidget *>(win.list));
    QVERIFY(!FocusRing::eligible(win.label));
}

void TstFocusRing::mouseFocusHasNoRing()
{
    Window win;
    QVERIFY(QTest::qWaitForWindowActive(&win.w));
    FocusRing *ring = FocusRing::instance();
    win.button->clearFocus();
    win.button->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(ring->ringedWidget(), static_cast<QWidget *>(win.button));
    win.list->setFocus(Qt::MouseFocusReason);
    QTRY_VERIFY(ring->ringedWidget() == nullptr);
    QVERIFY(!ring->frame()->isVisible());
}

void TstFocusRing::ringOutlivesAClosedWindow()
{
    {
        Window win;
        QVERIFY(QTest::qWaitForWindowActive(&win.w));
        win.button->clearFocus();
        win.button->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(FocusRing::instance()->ringedWidget(), static_cast<QWidget *>(win.button));
    } // the ring's frame lived in this window and is gone with it
    Window again;
    QVERIFY(QTest::qWaitForWindowActive(&again.w));
    again.table->clearFocus();
    again.table->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(FocusRing::instance()->ringedWidget(), static_cast<QWidget *>(again.table));
}

QTEST_MAIN(TstFocusRing)
#include "tst_focusring.moc"
