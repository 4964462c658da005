#pragma once

#include <QString>

class QCommandLineParser;

// QCommandLineParser::helpText() names the program from argv[0] ("Usage: tokscope-cli [options]");
// a sub-command's help must name the sub-command: "Usage: tokscope-cli bench [options]".
namespace CliHelp {
QString commandHelp(const QCommandLineParser &parser, const QString &command);
}
