#pragma once

#include <QString>

class AppSettings;

// Where file dialogs open: the folder of the last file opened or saved, else the user's Documents
// folder (never the folder the app was launched from). Kept in AppSettings when there is one.
class RecentFolder final
{
public:
    // A path in that folder; with a file name, that file in it (for save dialogs).
    static QString path(const AppSettings *settings, const QString &fileName = QString());
    static void remember(AppSettings *settings, const QString &filePath);
};
