// Cost of proving the built-in suites: every code check of every known-good answer runs in the
// bubblewrap sandbox, timed one by one. Target: each < 1,000 ms (the suites promise fast tests), so the
// whole proof (tst_builtinsuites) stays well inside a CI minute. Also the text checks' cost per answer.
#include "models/bench/checkrunner.h"
#include "models/bench/sandbox.h"
#include "models/bench/suiteloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const SuiteLoadReport report = SuiteLoader::loadDirectory(SuiteLoader::builtInDir());
    int tasks = 0;
    for (const Suite &s : report.suites)
        tasks += int(s.tasks.size());
    std::printf("builtin suites: %d suites, %d tasks, %d load errors (target 0)\n", int(report.suites.size()),
                tasks, int(report.errors.size()));

    const Sandbox::Availability sandbox = Sandbox::availability();
    if (!sandbox.available)
        std::printf("code checks: SKIPPED, sandbox unavailable: %s\n", qPrintable(sandbox.reason));

    std::vector<double> codeMs;
    std::vector<double> textUs;
    double slowest = 0;
    QString slowestName;
    QElapsedTimer total;
    total.start();
    for (const Suite &s : report.suites) {
        for (const Task &t : s.tasks) {
            const QStringList answers = t.examples.good.value(0);
            for (const Check &c : t.checks) {
                const int i = t.answerIndex(c.turn);
                if (i < 0 || i >= answers.size())
                    continue;
                if (c.type == CheckType::Code && !sandbox.available)
                    continue;
                QElapsedTimer timer;
                timer.start();
                const CheckResult r = CheckRunner::runOne(c, answers.at(i));
                const double ns = double(timer.nsecsElapsed());
                if (c.type == CheckType::Code) {
                    codeMs.push_back(ns / 1e6);
                    if (ns / 1e6 > slowest) {
                        slowest = ns / 1e6;
                        slowestName = s.name + QLatin1Char('/') + t.id + QLatin1Char('/') + r.name;
                    }
                } else {
                    textUs.push_back(ns / 1e3);
                }
            }
        }
    }
    const double totalS = total.elapsed() / 1000.0;
    if (!codeMs.empty()) {
        std::sort(codeMs.begin(), codeMs.end());
        std::printf("code check median: %.0f ms (target < 1000 ms, %d checks)\n", codeMs[codeMs.size() / 2],
                    int(codeMs.size()));
        std::printf("code check slowest: %.0f ms %s (target < 1000 ms)\n", slowest, qPrintable(slowestName));
    }
    if (!textUs.empty()) {
        std::sort(textUs.begin(), textUs.end());
        std::printf("text check median: %.0f us (p95 %.0f us, %d checks)\n", textUs[textUs.size() / 2],
                    textUs[size_t(textUs.size() * 0.95)], int(textUs.size()));
    }
    std::printf("all good answers checked once: %.1f s\n", totalS);
    return report.errors.isEmpty() && slowest < 1000 ? 0 : 1;
}
