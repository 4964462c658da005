#pragma once

#include <QString>
#include <QStringList>

// The one folder where Tokscope keeps user data: <GenericDataLocation>/tokscope, i.e.
// ~/.local/share/tokscope (history.sqlite, suites/). It does not depend on the application and
// organisation names, which once made it ~/.local/share/tokscope/tokscope (AppDataLocation):
// adoptLegacyFiles() moves what was kept there on first start.
class AppDataDir final
{
public:
    static QString path();
    static QString legacyPath();
    static QString filePath(const QString &name) { return path() + QLatin1Char('/') + name; }
    // The default history database (HistoryDatabase::defaultPath(), AppSettings' default).
    static QString historyFile() { return filePath(QStringLiteral("history.sqlite")); }

    // Moves history.sqlite (with its -wal and -shm files) and suites/ from legacyPath() to path() when
    // path() has none yet, then removes the legacy folder if it is empty. Returns one line per move or
    // per file left behind (because path() already has one), for the caller to print; empty when there
    // was nothing to do.
    static QStringList adoptLegacyFiles();
};
