#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

class QTemporaryDir;
class SimulatedNode;

// What the bench CLI tests share: a small suite written to a folder (sim-suite: easy, capital, multi, rare,
// hard), simulated nodes whose answers to it are good or bad on demand, an isolated environment (user
// data folders in a temporary dir) and a way to run `tokscope-cli` as a child process.
class BenchSimFixture final
{
public:
    BenchSimFixture();
    ~BenchSimFixture();

    // A node answering with the given quality: 2 = knows every answer, 1 = all but "rare", 0 = wrong.
    // setQuality() changes it later (a "new model" on the same URL).
    SimulatedNode *addNode(int quality, double timeScale = 0.05);
    void setQuality(int index, int quality);
    QString url(int index) const;

    // `bench --suite-dir <dir> --suite sim-suite --node <url>... --runs N --db <db>` plus extra.
    QStringList benchArgs(const QList<int> &nodes, int runs, const QStringList &extra = {}) const;

    QString suiteDir() const;
    QString dbPath() const;
    QString tempPath(const QString &name) const;

    // Runs tokscope-cli with args, spinning the event loop (the simulated nodes live in this process).
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runCli(const QStringList &args, int timeoutMs = 120000,
                  const QProcessEnvironment &extraEnv = {}) const;
    // A started child with the isolated environment (caller owns it).
    std::unique_ptr<QProcess> startCli(const QStringList &args,
                                       const QProcessEnvironment &extraEnv = {}) const;

    static const char *suiteJson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<SimulatedNode *> m_nodes;
    QList<std::shared_ptr<int>> m_qualities;
};
