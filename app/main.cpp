// Tokscope GUI entry point: parses the command line and shows the main window.
#include "translations/translationloader.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokscope"));
    QApplication::setOrganizationName(QStringLiteral("tokscope"));
    TranslationLoader::install(app);
    QLabel placeholder(QStringLiteral("Tokscope"));
    placeholder.show();
    return app.exec();
}
