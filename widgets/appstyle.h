#pragma once

#include <QColor>

class QApplication;

// The app-wide look: Fusion with its light standard palette (readable on any desktop theme, and the
// same in screenshots), and a UI font that has Hangul so the Korean interface renders without
// fallback gaps, and a visible keyboard-focus ring (FocusRing). Call once, after QApplication exists and before any window is created.
class AppStyle final
{
public:
    static void apply(QApplication &app);

    // The semantic colours of text and marks, one of each; style sheets and rich text take .name().
    static QColor errorColor();     // errors, failed runs, regressions
    static QColor okColor();        // done, passed, stable, improvements
    static QColor warningColor();   // flags that change how a number reads, SIMULATED
    static QColor mutedColor();     // secondary text: notes, captions, reasoning
    static QColor accentColor();    // running, selection (the palette's highlight)
    static QColor simulatedColor(); // the demo lab (status, tags, notes)
};
