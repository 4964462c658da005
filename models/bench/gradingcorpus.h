#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One answer of a grading corpus: one string per turn, whether it is right (must pass the task) or
// wrong (must fail it), and the class of grading trouble it exercises.
struct CorpusAnswer
{
    QStringList turns;
    bool right = true;
    QString cls;   // plain | code-blocks | numbers | mentions | narrow | partial-credit | requirements | ...
    QString note;  // right: what it shows; wrong: why it is wrong
    int index = 0; // position in its "right" or "wrong" list
};

// The corpus file of one task: <dir>/<suite file stem>/<task id>.json (docs/suite-format.md).
struct CorpusTask
{
    QString suiteStem;
    QString task;
    QString path;
    QList<CorpusAnswer> answers;
};

struct CorpusLoadReport
{
    QList<CorpusTask> tasks;
    QStringList errors; // "path: message"
};

// Reads grading corpora: {"task": id, "right": [{"answer": [...], "class": c, "note": n}],
// "wrong": [{"answer": [...], "class": c, "why": w}]}. Stateless.
class GradingCorpus final
{
    Q_DECLARE_TR_FUNCTIONS(GradingCorpus)

public:
    static const QStringList &classes();
    static std::optional<CorpusTask> parse(const QByteArray &json, const QString &path,
                                           const QString &suiteStem, QStringList *errors);
    // Every <dir>/<stem>/*.json. A missing dir is an error (a corpus was asked for).
    static CorpusLoadReport loadDirectory(const QString &dir);
    // Where the grading corpus is when none is named: the first existing of <user data>/answers,
    // <prefix>/share/tokscope/answers next to the installed binaries, and the source tree's
    // tests/data/answers (a development build). Empty when there is none.
    static QString defaultDirectory();
    // The corpus file of one task, or nullptr.
    static const CorpusTask *find(const QList<CorpusTask> &corpus, const QString &suiteStem, const QString &task);
};
