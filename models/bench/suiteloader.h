#pragma once

#include "models/bench/suite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One problem found while loading a suite: names the file, the task (when inside one) and the field.
struct SuiteLoadError
{
    QString file;    // file name as given (":/suites/x.json", "/home/u/suites/y.json")
    QString task;    // task id, or empty for suite-level problems
    QString field;   // "checks[1].pattern", "tasks", "format", ...
    QString message; // translated explanation

    QString toString() const; // `x.json: task "t": checks[1].pattern: invalid regex: ...`
};

struct SuiteLoadReport
{
    QList<Suite> suites;
    QList<SuiteLoadError> errors;

    const Suite *suite(const QString &name) const
    {
        for (const Suite &s : suites)
            if (s.name == name)
                return &s;
        return nullptr;
    }
};

// Parses and validates suite files. A suite with any error is rejected whole (every error is reported);
// the other suites still load. Stateless; safe from any thread.
class SuiteLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SuiteLoader)

public:
    // Built-in suites embedded from resources/suites/*.json.
    static QString builtInDir() { return QStringLiteral(":/suites"); }
    // ~/.local/share/tokscope/suites (AppDataDir): where users drop their own suites.
    static QString userSuiteDir();

    static std::optional<Suite> parse(const QByteArray &json, const QString &fileName,
                                      QList<SuiteLoadError> *errors);
    static std::optional<Suite> loadFile(const QString &path, QList<SuiteLoadError> *errors);
    // Every *.json in dir (sorted by file name). A missing dir is not an error.
    static SuiteLoadReport loadDirectory(const QString &dir);
    // Built-in suites, then the user suite folder, then extraDirs. A duplicate suite name is an error
    // for the later file (the first one stays).
    static SuiteLoadReport loadAll(const QStringList &extraDirs = {}, bool includeUserDir = true);
};
