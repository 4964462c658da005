#pragma once

class QApplication;

// The app-wide look: Fusion with its light standard palette (readable on any desktop theme, and the
// same in screenshots), and a UI font that has Hangul so the Korean interface renders without
// fallback gaps, and a visible keyboard-focus ring (FocusRing). Call once, after QApplication exists and before any window is created.
class AppStyle final
{
public:
    static void apply(QApplication &app);
};
