#include "tests/support/testdata.h"

#include <QFile>
#include <QTest>

namespace TestData {

QString path(const QString &relative)
{
    return QStringLiteral(TOKSCOPE_TEST_DATA_DIR "/") + relative;
}

QByteArray read(const QString &relative)
{
    QFile f(path(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("TestData: cannot open %s", qPrintable(f.fileName()));
        return {};
    }
    return f.readAll();
}

QString cliPath()
{
    return QStringLiteral(TOKSCOPE_CLI_PATH);
}

QString guiPath()
{
    return QStringLiteral(TOKSCOPE_GUI_PATH);
}

} // namespace TestData
