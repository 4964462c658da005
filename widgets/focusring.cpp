#include "widgets/focusring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>

namespace {

// The frame itself: QFocusFrame masks it to a ring around its widget; it is filled with the highlight.
class RingFrame final : public QFocusFrame
{
public:
    RingFrame()
    {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
    }
};

QPointer<FocusRing> s_instance;

} // namespace

FocusRing::FocusRing(QObject *parent) : QObject(parent) {}

FocusRing *FocusRing::install()
{
    if (!s_instance) {
        s_instance = new FocusRing(qApp);
        qApp->installEventFilter(s_instance);
    }
    return s_instance;
}

FocusRing *FocusRing::instance()
{
    return s_instance;
}

bool FocusRing::eligible(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QTabBar *>(w);
}

QWidget *FocusRing::ringedWidget() const
{
    return m_frame ? m_frame->widget() : nullptr;
}

void FocusRing::ring(QWidget *widget)
{
    if (!widget) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new RingFrame; // reparented beside `widget` by setWidget()
    m_frame->setWidget(widget);
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType() || (event->type() != QEvent::FocusIn && event->type() != QEvent::FocusOut))
        return false;
    auto *w = static_cast<QWidget *>(watched);
    const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
    // A spin box's or combo box's inner line edit gets the focus: ring the whole control.
    QWidget *target = w;
    if (qobject_cast<QLineEdit *>(w) && w->parentWidget() &&
        (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
        target = w->parentWidget();
    if (event->type() == QEvent::FocusIn) {
        const bool keyboard = reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                              reason == Qt::ShortcutFocusReason;
        if (eligible(target) && keyboard)
            ring(target);
        else if (target != ringedWidget())
            ring(nullptr);
    } else if (target == ringedWidget() && reason != Qt::PopupFocusReason &&
               reason != Qt::ActiveWindowFocusReason) {
        ring(nullptr);
    }
    return false;
}
