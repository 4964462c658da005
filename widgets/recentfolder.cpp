#include "widgets/recentfolder.h"

#include "models/settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString RecentFolder::path(const AppSettings *settings, const QString &fileName)
{
    QString folder = settings ? settings->value(SettingKeys::LastFolder) : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void RecentFolder::remember(AppSettings *settings, const QString &filePath)
{
    if (settings && !filePath.isEmpty())
        settings->setValue(SettingKeys::LastFolder, QFileInfo(filePath).absolutePath());
}
