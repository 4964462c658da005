#include "widgets/appstyle.h"

#include "widgets/focusring.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

void AppStyle::apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(fusion);
        QPalette palette = fusion->standardPalette();
        palette.setColor(QPalette::Window, QColor(0xf6f7f9));
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::AlternateBase, QColor(0xf1f4f8));
        palette.setColor(QPalette::Highlight, QColor(0x2563eb));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Button, QColor(0xf3f4f6));
        QApplication::setPalette(palette);
    }
    // Noto Sans CJK covers Latin and Hangul with one design; without it fontconfig's fallback applies.
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR")}) {
        if (families.contains(candidate)) {
            QFont font(candidate);
            font.setPointSizeF(10);
            QApplication::setFont(font);
            break;
        }
    }
    // Keyboard focus is visible on buttons, lists, tables, editors (a 2 px highlight ring).
    FocusRing::install();
    Q_UNUSED(app)
}
