#pragma once

#include <QFocusFrame>
#include <QObject>
#include <QPointer>

// A visible keyboard-focus ring: a 2-pixel frame in the palette's highlight colour drawn around the
// button, list, table, tree, editor, spin box, combo box or tab bar that has the keyboard focus, when the
// focus came from the keyboard (Tab, Backtab, a shortcut), like a browser's :focus-visible. Fusion's own
// focus hint is too faint to follow on a laptop screen. install() once per application (AppStyle does).
// The ring is a QFocusFrame, which lives beside the focused widget (and dies with its window): the
// tracker makes a new one when needed.
class FocusRing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    static FocusRing *install(); // app-wide, owned by the application
    static FocusRing *instance();
    static bool eligible(const QWidget *widget);

    QWidget *ringedWidget() const; // the widget the ring is drawn around, or nullptr
    QFocusFrame *frame() const { return m_frame; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusRing(QObject *parent);
    void ring(QWidget *widget);

    QPointer<QFocusFrame> m_frame;
};
