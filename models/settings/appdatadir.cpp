#include "models/settings/appdatadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString AppDataDir::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/tokscope");
}

QString AppDataDir::legacyPath()
{
    return path() + QStringLiteral("/tokscope");
}

QStringList AppDataDir::adoptLegacyFiles()
{
    QStringList notes;
    const QDir legacy(legacyPath());
    if (!legacy.exists())
        return notes;
    const QDir current(path());
    // Each group moves as a whole: a database without its -wal file would lose committed rows.
    const QList<QStringList> groups = {{QStringLiteral("history.sqlite"),
                                        QStringLiteral("history.sqlite-wal"),
                                        QStringLiteral("history.sqlite-shm")},
                                       {QStringLiteral("suites")}};
    for (const QStringList &group : groups) {
        const QString main = group.first();
        if (!QFileInfo::exists(legacy.filePath(main)))
            continue;
        if (QFileInfo::exists(current.filePath(main))) {
            notes << QCoreApplication::translate("AppDataDir", "%1 is not used (%2 is)")
                         .arg(QDir::toNativeSeparators(legacy.filePath(main)),
                              QDir::toNativeSeparators(current.filePath(main)));
            continue;
        }
        bool moved = true;
        for (const QString &name : group)
            if (QFileInfo::exists(legacy.filePath(name)) &&
                !QDir().rename(legacy.filePath(name), current.filePath(name)))
                moved = false;
        notes << (moved ? QCoreApplication::translate("AppDataDir", "moved %1 to %2")
                        : QCoreApplication::translate("AppDataDir", "could not move %1 to %2"))
                     .arg(QDir::toNativeSeparators(legacy.filePath(main)),
                          QDir::toNativeSeparators(current.filePath(main)));
    }
    QDir().rmdir(legacy.path()); // only when empty
    return notes;
}
