#include "app/cli/clicommand.h"

#include <algorithm>

static QList<CliCommand> &registry()
{
    static QList<CliCommand> commands;
    return commands;
}

bool CliCommandRegistry::add(CliCommand command)
{
    registry().append(std::move(command));
    std::sort(registry().begin(), registry().end(),
              [](const CliCommand &a, const CliCommand &b) { return a.name < b.name; });
    return true;
}

const QList<CliCommand> &CliCommandRegistry::all()
{
    return registry();
}

const CliCommand *CliCommandRegistry::find(const QString &name)
{
    for (const CliCommand &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}
