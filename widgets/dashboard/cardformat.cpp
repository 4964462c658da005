#include "widgets/dashboard/cardformat.h"

#include "models/node/nodehealth.h"
#include "widgets/appstyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace CardFormat {

QString unknown()
{
    return QStringLiteral("\u2014");
}

QString tokensPerSecond(const QVariant &v)
{
    if (!v.isValid())
        return unknown();
    const double tps = v.toDouble();
    // Three significant digits are all a 1-2 s counter delta can honestly give.
    return QLocale().toString(tps, 'f', tps >= 100 || tps == 0 ? 0 : 1);
}

QString tokens(const QVariant &v)
{
    if (!v.isValid())
        return unknown();
    return QCoreApplication::translate("CardFormat", "%1 tokens").arg(QLocale().toString(v.toLongLong()));
}

QString milliseconds(const QVariant &v)
{
    if (!v.isValid())
        return unknown();
    const double ms = v.toDouble();
    if (ms >= 1000)
        return QCoreApplication::translate("CardFormat", "%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
    if (ms < 0.1) // a loopback round trip can be faster than the 0.1 ms shown
        return QCoreApplication::translate("CardFormat", "< %1 ms").arg(QLocale().toString(0.1, 'f', 1));
    return QCoreApplication::translate("CardFormat", "%1 ms")
        .arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

QString count(const QVariant &v)
{
    if (!v.isValid())
        return unknown();
    return QLocale().toString(qRound64(v.toDouble()));
}

QString age(qint64 ms)
{
    // Counts are computed before translate(): lupdate 6.4 never returns on `int(s / 60)` as an argument.
    const qint64 s = ms / 1000;
    const int minutes = int(s / 60);
    const int hours = int(s / 3600);
    const int days = int(s / 86400);
    if (s < 2)
        return QCoreApplication::translate("CardFormat", "just now");
    if (s < 120)
        return QCoreApplication::translate("CardFormat", "%n s ago", nullptr, int(s));
    if (s < 2 * 3600)
        return QCoreApplication::translate("CardFormat", "%n min ago", nullptr, minutes);
    if (s < 2 * 86400)
        return QCoreApplication::translate("CardFormat", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("CardFormat", "%n days ago", nullptr, days);
}

QString percent(const QVariant &fraction)
{
    if (!fraction.isValid())
        return unknown();
    const double pct = fraction.toDouble() * 100.0;
    // A nearly empty cache still says something ("0.4 %" is not "0 %").
    return QCoreApplication::translate("CardFormat", "%1 %")
        .arg(QLocale().toString(pct, 'f', pct > 0 && pct < 10 ? 1 : 0));
}

QColor healthColor(int health)
{
    switch (NodeHealth(health)) {
    case NodeHealth::Up:
        return AppStyle::okColor();
    case NodeHealth::Loading:
        return AppStyle::accentColor();
    case NodeHealth::Degraded:
        return AppStyle::warningColor();
    case NodeHealth::Down:
        return AppStyle::errorColor();
    case NodeHealth::Unknown:
        break;
    }
    return AppStyle::mutedColor();
}

} // namespace CardFormat
