#pragma once

#include "models/bench/task.h"

#include <QList>
#include <QString>

#include <optional>

// Suite-wide defaults that tasks inherit unless they override them.
struct SuiteDefaults
{
    std::optional<bool> thinking = false; // nullopt = leave the server's default
    int maxTokens = 1024;
    int timeoutS = 120;
    double passThreshold = 70;
    std::optional<double> temperature;
    std::optional<qint64> seed;
};

// One loaded suite (format 1, docs/suite-format.md). Value type.
struct Suite
{
    int format = 1;
    QString name; // machine name, unique across loaded suites
    QString title;
    QString category;
    QString description;
    SuiteDefaults defaults;
    QList<Task> tasks;
    QString sourcePath; // file it came from (":/suites/x.json" for built-ins)
    bool builtIn = false;

    const Task *task(const QString &id) const
    {
        for (const Task &t : tasks)
            if (t.id == id)
                return &t;
        return nullptr;
    }
};
