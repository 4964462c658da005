#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// A `tokscope-cli` sub-command. Each command's .cpp registers itself with a static CliCommandRegistrar,
// so adding a command never touches main.cpp. `run` gets the arguments after the command name and
// returns the process exit code; it may spin the event loop.
struct CliCommand
{
    QString name;
    const char *summary = nullptr; // QT_TRANSLATE_NOOP("CliCommand", ...): one line for `tokscope-cli --help`
    std::function<int(const QStringList &args)> run;
};

// Registered in static initialisers; the names are sorted.
class CliCommandRegistry final
{
public:
    static bool add(CliCommand command);
    static const QList<CliCommand> &all();
    static const CliCommand *find(const QString &name);
};
