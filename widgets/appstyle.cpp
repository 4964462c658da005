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
        palette.setColor(QPalette::Highlight, accentColor());
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

QColor AppStyle::errorColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor AppStyle::okColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor AppStyle::warningColor()
{
    return QColor(0xb4, 0x53, 0x09);
}

QColor AppStyle::mutedColor()
{
    return QColor(0x5b, 0x64, 0x72);
}

QColor AppStyle::accentColor()
{
    return QColor(0x25, 0x63, 0xeb);
}

QColor AppStyle::simulatedColor()
{
    return QColor(0x6d, 0x28, 0xd9);
}
