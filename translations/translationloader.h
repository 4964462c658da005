#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the embedded Tokscope catalogue (and Qt's own, when present) for a language.
// An empty language means "follow the system locale".
class TranslationLoader final
{
public:
    static QStringList availableLanguages();
    static QString install(QCoreApplication &app, const QString &language = {});
};
