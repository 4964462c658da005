#pragma once

#include "models/bench/suite.h"
#include "models/bench/suiteloader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Turns `--suite` arguments into suites: a loaded suite's name, "all" (every loaded suite), or a path
// to a suite file (users keep suites next to their projects). An argument is a path when it contains a
// '/' or ends in ".json", or when no loaded suite has that name and a file of that name exists. A suite
// read from a file wins over a loaded suite of the same name. Stateless.
class SuiteSelector final
{
    Q_DECLARE_TR_FUNCTIONS(SuiteSelector)

public:
    struct Selection
    {
        QList<Suite> suites;
        QStringList files; // absolute paths of the suite files used, in argument order
    };

    // nullopt + *error (translated, names the argument and every problem in a file) when an argument
    // is neither a loaded suite nor a readable, valid suite file, or two arguments give the same suite.
    static std::optional<Selection> select(const QStringList &arguments, const SuiteLoadReport &loaded,
                                           QString *error);
    static bool looksLikePath(const QString &argument);
};
