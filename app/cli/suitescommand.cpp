// tokscope-cli suites verify: a suite author's tool. Runs every task's examples (and a grading corpus,
// with --answers) through the task's own checks exactly as a benchmark run is graded, and prints per task
// how many right answers were accepted and wrong ones rejected, every misjudgement with the check
// messages, and the two rates. docs/suite-format.md, "Verifying a suite".
//   suites verify [--suite-dir DIR] [--answers DIR] [--suite NAME_OR_PATH]... [--json]
// Exit codes: 0 every answer judged as expected; 1 a misjudgement; 2 bad usage, a suite that does not
// load or a corpus error (unknown task, malformed file).
#include "app/cli/clicommand.h"
#include "app/cli/cliout.h"
#include "models/bench/gradingcorpus.h"
#include "models/bench/suiteloader.h"
#include "models/bench/suiteverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using ojson = nlohmann::ordered_json;

namespace {

QString pct(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

ojson pctJson(const std::optional<double> &v)
{
    return v ? ojson(std::round(*v * 10) / 10) : ojson(nullptr);
}

ojson ratesJson(const VerifyRates &r)
{
    return {{"right", r.right},
            {"right_accepted", r.rightAccepted},
            {"wrong", r.wrong},
            {"wrong_rejected", r.wrongRejected},
            {"not_judged", r.skipped},
            {"right_accepted_pct", pctJson(r.rightAcceptedPct())},
            {"wrong_rejected_pct", pctJson(r.wrongRejectedPct())}};
}

int fail(QTextStream &err, const QString &message)
{
    err << "tokscope-cli suites: " << message << '\n';
    return 2;
}

// Suites to verify: --suite-dir folders (only them) or the built-in suites and the user's folder;
// --suite narrows to names among them or adds suite files by path.
std::optional<QList<Suite>> selectSuites(const QCommandLineParser &p, QStringList *errors, bool *filtered)
{
    const QStringList dirs = p.values(QStringLiteral("suite-dir"));
    SuiteLoadReport loaded;
    if (dirs.isEmpty()) {
        loaded = SuiteLoader::loadAll();
    } else {
        for (const QString &dir : dirs) {
            if (!QFileInfo(dir).isDir()) {
                errors->append(QCoreApplication::translate("SuitesCommand", "%1: no such folder").arg(dir));
                continue;
            }
            SuiteLoadReport one = SuiteLoader::loadDirectory(dir);
            loaded.suites << one.suites;
            loaded.errors << one.errors;
        }
    }
    for (const SuiteLoadError &e : std::as_const(loaded.errors))
        errors->append(e.toString());
    const QStringList wanted = p.values(QStringLiteral("suite"));
    *filtered = !wanted.isEmpty();
    if (wanted.isEmpty())
        return loaded.suites;
    QList<Suite> out;
    for (const QString &w : wanted) {
        if (w.endsWith(QLatin1String(".json")) || QFileInfo(w).isFile()) {
            QList<SuiteLoadError> fileErrors;
            if (auto s = SuiteLoader::loadFile(w, &fileErrors))
                out.append(*s);
            for (const SuiteLoadError &e : std::as_const(fileErrors))
                errors->append(e.toString());
            continue;
        }
        const Suite *s = loaded.suite(w);
        if (!s) {
            QStringList names;
            for (const Suite &x : std::as_const(loaded.suites))
                names << x.name;
            errors->append(QCoreApplication::translate("SuitesCommand", "no suite named \"%1\" (loaded: %2)")
                               .arg(w, names.join(QStringLiteral(", "))));
            continue;
        }
        out.append(*s);
    }
    return out;
}

int verify(const QCommandLineParser &p, QTextStream &out, QTextStream &err)
{
    QStringList errors;
    bool filtered = false;
    const QList<Suite> suites = selectSuites(p, &errors, &filtered).value_or(QList<Suite>());
    if (suites.isEmpty() && errors.isEmpty())
        errors << QCoreApplication::translate("SuitesCommand", "no suite to verify");
    std::optional<CorpusLoadReport> corpus;
    if (p.isSet(QStringLiteral("answers")))
        corpus = GradingCorpus::loadDirectory(p.value(QStringLiteral("answers")));
    // Code checks run in the sandbox: this can take a while for code suites.
    const VerifyReport report = SuiteVerifier::verify(suites, corpus ? &*corpus : nullptr, true, filtered);
    errors << report.errors;

    const auto byTask = report.byTask();
    const bool json = p.isSet(QStringLiteral("json"));
    const VerifyRates total = report.total();
    if (json) {
        ojson tasks = ojson::array();
        for (const Suite &s : suites)
            for (const Task &t : s.tasks) {
                ojson row = ratesJson(byTask.value(s.name + QLatin1Char('/') + t.id));
                row["suite"] = s.name.toStdString();
                row["task"] = t.id.toStdString();
                row["version"] = t.version.toStdString();
                tasks.push_back(row);
            }
        ojson misjudged = ojson::array();
        for (const VerifyCase &c : report.cases) {
            if (!c.misjudged())
                continue;
            ojson checks = ojson::array();
            for (const CheckResult &k : c.checks)
                checks.push_back({{"name", k.name.toStdString()},
                                  {"outcome", checkOutcomeKey(k.outcome).toStdString()},
                                  {"required", k.required},
                                  {"detail", k.detail.toStdString()},
                                  {"read", k.read.toStdString()}});
            misjudged.push_back({{"suite", c.suite.toStdString()},
                                 {"task", c.task.toStdString()},
                                 {"source", c.source.toStdString()},
                                 {"class", c.cls.toStdString()},
                                 {"index", c.index},
                                 {"expected", c.expectedPass ? "pass" : "fail"},
                                 {"score", c.score.score ? ojson(*c.score.score) : ojson(nullptr)},
                                 {"pass_threshold", c.passThreshold},
                                 {"note", c.note.toStdString()},
                                 {"checks", checks}});
        }
        ojson classes = ojson::object();
        const auto byClass = report.byClass();
        for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
            classes[it.key().toStdString()] = ratesJson(*it);
        ojson errs = ojson::array();
        for (const QString &e : std::as_const(errors))
            errs.push_back(e.toStdString());
        ojson root = ratesJson(total);
        root["ok"] = errors.isEmpty() && report.misjudged() == 0;
        root["misjudged_count"] = report.misjudged();
        root["tasks"] = tasks;
        root["classes"] = classes;
        root["misjudged"] = misjudged;
        root["errors"] = errs;
        CliOut::printJson(root, out);
    } else {
        CliOut::TextTable table({QCoreApplication::translate("SuitesCommand", "task"),
                                 QCoreApplication::translate("SuitesCommand", "right accepted"),
                                 QCoreApplication::translate("SuitesCommand", "wrong rejected"),
                                 QCoreApplication::translate("SuitesCommand", "result")});
        for (const Suite &s : suites) {
            for (const Task &t : s.tasks) {
                const QString key = s.name + QLatin1Char('/') + t.id;
                const VerifyRates r = byTask.value(key);
                bool bad = false;
                for (const VerifyCase &c : report.cases)
                    bad = bad || (c.misjudged() && c.suite == s.name && c.task == t.id);
                QString result = bad ? QCoreApplication::translate("SuitesCommand", "MISJUDGED")
                                     : QCoreApplication::translate("SuitesCommand", "ok");
                if (r.skipped > 0)
                    result += QCoreApplication::translate(
                        "SuitesCommand", " (%n not judged: a check was skipped)", nullptr, r.skipped);
                table.addRow({key, QStringLiteral("%1/%2").arg(r.rightAccepted).arg(r.right),
                              QStringLiteral("%1/%2").arg(r.wrongRejected).arg(r.wrong), result});
                for (const VerifyCase &c : report.cases) {
                    if (!c.misjudged() || c.suite != s.name || c.task != t.id)
                        continue;
                    const QString what =
                        c.expectedPass
                            ? QCoreApplication::translate("SuitesCommand",
                                                          "%1 %2 #%3 (%4): right answer REJECTED, score %5")
                            : QCoreApplication::translate("SuitesCommand",
                                                          "%1 %2 #%3 (%4): wrong answer ACCEPTED, score %5");
                    table.addNote(
                        what.arg(c.source,
                                 c.source == QLatin1String("corpus")
                                     ? (c.expectedPass ? QStringLiteral("right") : QStringLiteral("wrong"))
                                     : (c.expectedPass ? QStringLiteral("good") : QStringLiteral("bad")))
                            .arg(c.index)
                            .arg(c.cls)
                            .arg(c.score.score ? QString::number(*c.score.score, 'f', 0)
                                               : QStringLiteral("—")));
                    for (const QString &line : c.describeChecks().split(QLatin1Char('\n')))
                        table.addNote(QStringLiteral("  ") + line);
                }
            }
        }
        table.print(out);
        out << '\n'
            << QCoreApplication::translate("SuitesCommand", "right answers accepted: %1 (%2/%3)")
                   .arg(pct(total.rightAcceptedPct()))
                   .arg(total.rightAccepted)
                   .arg(total.right)
            << '\n'
            << QCoreApplication::translate("SuitesCommand", "wrong answers rejected: %1 (%2/%3)")
                   .arg(pct(total.wrongRejectedPct()))
                   .arg(total.wrongRejected)
                   .arg(total.wrong)
            << '\n';
        if (total.skipped > 0)
            out << QCoreApplication::translate("SuitesCommand",
                                               "%n answer(s) not judged: a check was skipped (no sandbox?)",
                                               nullptr, total.skipped)
                << '\n';
        if (report.misjudged() > 0)
            out << QCoreApplication::translate("SuitesCommand", "%n misjudged answer(s)", nullptr,
                                               report.misjudged())
                << '\n';
        for (const QString &e : std::as_const(errors))
            err << "tokscope-cli suites: " << e << '\n';
    }
    out.flush();
    if (!errors.isEmpty())
        return 2;
    return report.misjudged() > 0 ? 1 : 0;
}

int runSuites(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "SuitesCommand", "verify: runs each task's examples (and a grading corpus) through its checks and "
                         "reports every misjudgement and the rates of right answers accepted and wrong "
                         "answers rejected."));
    p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("SuitesCommand", "verify"));
    p.addOptions({
        {QStringLiteral("suite-dir"),
         QCoreApplication::translate(
             "SuitesCommand",
             "Verify the suites in DIR instead of the built-in and user suites (repeatable)."),
         QStringLiteral("DIR")},
        {QStringLiteral("answers"),
         QCoreApplication::translate("SuitesCommand",
                                     "Grading corpus folder: DIR/<suite file name>/<task id>.json."),
         QStringLiteral("DIR")},
        {QStringLiteral("suite"),
         QCoreApplication::translate("SuitesCommand",
                                     "Only this suite (a name, or a suite file path); repeatable."),
         QStringLiteral("NAME_OR_PATH")},
        {QStringLiteral("json"), QCoreApplication::translate("SuitesCommand", "Print the result as JSON.")},
    });
    const QCommandLineOption help = p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("tokscope-cli suites")} + args))
        return fail(err, p.errorText());
    if (p.isSet(help)) {
        out << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || pos.first() != QLatin1String("verify"))
        return fail(err, QCoreApplication::translate("SuitesCommand", "usage: tokscope-cli suites verify "
                                                                      "[--suite-dir DIR] [--answers DIR] "
                                                                      "[--suite NAME_OR_PATH] [--json]"));
    return verify(p, out, err);
}

} // namespace

static const bool registered = CliCommandRegistry::add(
    {QStringLiteral("suites"), QT_TRANSLATE_NOOP("CliCommand", "Suite tools: verify a suite's checks against known answers"),
     runSuites});
