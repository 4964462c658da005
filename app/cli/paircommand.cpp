// tokscope-cli pair: builder -> reviewer pair mode, headless. For each task and run: build, review,
// revise while the reviewer rejects (up to --rounds reviews); the final code and the builder's first
// answer are graded with the task's checks; TCT = every step's TTR plus the measured gaps. With
// --rubber-stamp it runs the reviewer test instead (known-bad and known-good code, per prompt).
// Exit codes: 0 finished; 2 bad usage; 3 the engine or the history failed; 130 interrupted.
#include "app/cli/clicommand.h"
#include "app/cli/cliinterrupt.h"
#include "app/cli/clinodes.h"
#include "app/cli/cliout.h"
#include "models/bench/gradingcorpus.h"
#include "models/bench/suiteloader.h"
#include "models/compare/jsonconvert.h"
#include "models/history/historystores.h"
#include "models/history/pairhistorystore.h"
#include "models/history/rubberstamphistorystore.h"
#include "models/pair/pairexporter.h"
#include "models/pair/pairrunner.h"
#include "models/pair/pairsummary.h"
#include "models/pair/reviewerprompts.h"
#include "models/pair/rubberstamprunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>


namespace {

struct Options
{
    QString builder, reviewer;
    std::optional<bool> builderThinking, reviewerThinking;
    QStringList suites, suiteDirs, tasks;
    QString configFile, dbPath, promptFile, answersDir;
    QString promptKey = QStringLiteral("empowered");
    int runs = 3;
    int rounds = 2;
    bool rubberStamp = false;
    bool json = false;
    bool csv = false;
    bool markdown = false;
    bool texts = false;
};

QString seconds(std::optional<double> ms)
{
    return ms ? QString::number(*ms / 1000.0, 'f', 2) + QLatin1Char('s') : QStringLiteral("-");
}

QString number(std::optional<double> v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

} // namespace

class PairCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PairCommand)

public:
    static int run(const QStringList &args);

private:
    static std::optional<Options> parse(const QStringList &args, QTextStream &out, QTextStream &err, int *exitCode);
    static bool splitNode(const QString &value, QString *node, std::optional<bool> *thinking);
    static int usage(QTextStream &err, const QString &message);
    static std::optional<PairSide> side(const QString &node, std::optional<bool> thinking, const Options &o,
                                        QTextStream &err);
    static int runPair(const Options &o, PairSettings settings, QTextStream &out, QTextStream &err);
    static int runRubberStamp(const Options &o, PairSettings settings, QTextStream &out, QTextStream &err);
};

int PairCommand::usage(QTextStream &err, const QString &message)
{
    err << "tokscope-cli pair: " << message << '\n';
    return 2;
}

bool PairCommand::splitNode(const QString &value, QString *node, std::optional<bool> *thinking)
{
    *node = value;
    thinking->reset();
    for (const auto &[suffix, on] : {std::pair{QStringLiteral(":on"), true}, std::pair{QStringLiteral(":off"), false}})
        if (value.endsWith(suffix, Qt::CaseInsensitive)) {
            node->chop(suffix.size());
            *thinking = on;
        }
    return !node->isEmpty();
}

std::optional<Options> PairCommand::parse(const QStringList &args, QTextStream &out, QTextStream &err,
                                          int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Runs a builder -> reviewer pair on coding tasks: build, review, revise while the reviewer "
           "rejects; grades the final code and the builder's first answer; measures TCT."));
    p.addOptions({
        {QStringLiteral("builder"), tr("Builder node (configured name or base URL), optionally :on or :off "
                                       "for thinking."),
         QStringLiteral("NODE[:on|off]")},
        {QStringLiteral("reviewer"), tr("Reviewer node, optionally :on or :off for thinking."),
         QStringLiteral("NODE[:on|off]")},
        {QStringLiteral("suite"), tr("Suite name (repeatable); its single-turn code tasks run."),
         QStringLiteral("NAME")},
        {QStringLiteral("suite-dir"), tr("Also load suites from DIR (repeatable)."), QStringLiteral("DIR")},
        {QStringLiteral("task"), tr("Only this task id (repeatable)."), QStringLiteral("ID")},
        {QStringLiteral("runs"), tr("Runs per task (default 3)."), QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("rounds"), tr("Maximum review rounds (default 2)."), QStringLiteral("N"),
         QStringLiteral("2")},
        {QStringLiteral("prompt"), tr("Built-in reviewer prompt: verify or empowered (default)."),
         QStringLiteral("verify|empowered")},
        {QStringLiteral("reviewer-prompt"), tr("Reviewer prompt from a file (overrides --prompt)."),
         QStringLiteral("FILE")},
        {QStringLiteral("rubber-stamp"),
         tr("Run the reviewer test instead: known-bad and known-good code, each built-in prompt (and "
            "--reviewer-prompt); prints the rubber-stamp and nitpick rates.")},
        {QStringLiteral("answers"),
         tr("Grading corpus folder whose wrong and right answers join the rubber-stamp test's known set "
            "(default: the installed corpus, or the source tree's tests/data/answers, when present)."),
         QStringLiteral("DIR")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
        {QStringLiteral("csv"), tr("Print one CSV row per step (pair runs).")},
        {QStringLiteral("markdown"), tr("Print Markdown tables (pair runs).")},
        {QStringLiteral("texts"), tr("Include messages, answers and reasoning in the JSON output.")},
        {QStringLiteral("db"), tr("History database file (default: the app's history)."), QStringLiteral("PATH")},
        {QStringLiteral("config"), tr("Node list file (default: the app's saved nodes)."), QStringLiteral("FILE")},
    });
    const QCommandLineOption help = p.addHelpOption();
    *exitCode = 2;
    if (!p.parse(QStringList{QStringLiteral("tokscope-cli pair")} + args)) {
        usage(err, p.errorText());
        return std::nullopt;
    }
    if (p.isSet(help)) {
        out << p.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        usage(err, tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));
        return std::nullopt;
    }
    Options o;
    o.rubberStamp = p.isSet(QStringLiteral("rubber-stamp"));
    if (p.isSet(QStringLiteral("builder")) &&
        !splitNode(p.value(QStringLiteral("builder")), &o.builder, &o.builderThinking)) {
        usage(err, tr("--builder needs a node"));
        return std::nullopt;
    }
    if (!p.isSet(QStringLiteral("reviewer")) ||
        !splitNode(p.value(QStringLiteral("reviewer")), &o.reviewer, &o.reviewerThinking)) {
        usage(err, tr("name a --reviewer node"));
        return std::nullopt;
    }
    if (o.builder.isEmpty() && !o.rubberStamp) {
        usage(err, tr("name a --builder node (or use --rubber-stamp)"));
        return std::nullopt;
    }
    o.suites = p.values(QStringLiteral("suite"));
    if (o.suites.isEmpty()) {
        usage(err, tr("name at least one --suite"));
        return std::nullopt;
    }
    for (const QString &dir : p.values(QStringLiteral("suite-dir")))
        o.suiteDirs << QDir(dir).absolutePath();
    o.tasks = p.values(QStringLiteral("task"));
    o.configFile = p.value(QStringLiteral("config"));
    o.dbPath = p.value(QStringLiteral("db"));
    o.json = p.isSet(QStringLiteral("json"));
    o.csv = p.isSet(QStringLiteral("csv"));
    o.markdown = p.isSet(QStringLiteral("markdown"));
    if (int(o.json) + int(o.csv) + int(o.markdown) > 1) {
        usage(err, tr("choose one of --json, --csv and --markdown"));
        return std::nullopt;
    }
    o.texts = p.isSet(QStringLiteral("texts"));
    bool ok = false;
    o.runs = p.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || o.runs < 1 || o.runs > 100) {
        usage(err, tr("--runs needs a whole number from 1 to 100"));
        return std::nullopt;
    }
    o.rounds = p.value(QStringLiteral("rounds")).toInt(&ok);
    if (!ok || o.rounds < 1 || o.rounds > 10) {
        usage(err, tr("--rounds needs a whole number from 1 to 10"));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("prompt"))) {
        o.promptKey = p.value(QStringLiteral("prompt")).toLower();
        if (o.promptKey != QLatin1String("verify") && o.promptKey != QLatin1String("empowered")) {
            usage(err, tr("--prompt takes verify or empowered"));
            return std::nullopt;
        }
    }
    o.promptFile = p.value(QStringLiteral("reviewer-prompt"));
    o.answersDir = p.isSet(QStringLiteral("answers")) ? p.value(QStringLiteral("answers"))
                                                      : GradingCorpus::defaultDirectory();
    if (p.isSet(QStringLiteral("answers")) && !QFileInfo(o.answersDir).isDir()) {
        usage(err, tr("--answers %1 is not a folder").arg(o.answersDir));
        return std::nullopt;
    }
    return o;
}

std::optional<PairSide> PairCommand::side(const QString &node, std::optional<bool> thinking, const Options &o,
                                          QTextStream &err)
{
    QString error;
    const auto nodes = CliNodes::resolve({node}, o.configFile, &error);
    if (!nodes || nodes->isEmpty()) {
        usage(err, error);
        return std::nullopt;
    }
    return PairSide{nodes->first(), thinking};
}

int PairCommand::run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exitCode = 2;
    const std::optional<Options> parsed = parse(args, out, err, &exitCode);
    if (!parsed)
        return exitCode;
    const Options &o = *parsed;

    PairSettings settings;
    const std::optional<PairSide> reviewer = side(o.reviewer, o.reviewerThinking, o, err);
    if (!reviewer)
        return 2;
    settings.reviewer = *reviewer;
    if (!o.builder.isEmpty()) {
        const std::optional<PairSide> builder = side(o.builder, o.builderThinking, o, err);
        if (!builder)
            return 2;
        settings.builder = *builder;
    }
    const SuiteLoadReport loaded = SuiteLoader::loadAll(o.suiteDirs);
    for (const SuiteLoadError &e : loaded.errors)
        err << tr("warning: suite not loaded: %1").arg(e.toString()) << '\n';
    for (const QString &name : o.suites) {
        const Suite *suite = loaded.suite(name);
        if (!suite)
            return usage(err, tr("unknown suite '%1' (see tokscope-cli bench --list)").arg(name));
        settings.suites.append(*suite);
    }
    settings.taskIds = o.tasks;
    if (const QStringList unknown = settings.unknownTaskIds(); !unknown.isEmpty())
        return usage(err, tr("unknown task '%1' in the chosen suites").arg(unknown.first()));
    for (const QString &id : o.tasks)
        for (const Suite &s : std::as_const(settings.suites)) {
            QString why;
            if (const Task *t = s.task(id); t && !PairSettings::eligible(*t, &why))
                return usage(err, why);
        }
    if (settings.tasks().isEmpty())
        return usage(err, tr("the chosen suites have no single-turn code task"));
    settings.runs = o.runs;
    settings.rounds = o.rounds;
    settings.reviewerPromptKey = o.promptKey;
    settings.reviewerPrompt =
        o.promptKey == QLatin1String("verify") ? ReviewerPrompts::verify().text : ReviewerPrompts::empowered().text;
    if (!o.promptFile.isEmpty()) {
        QFile f(o.promptFile);
        if (!f.open(QIODevice::ReadOnly))
            return usage(err, tr("cannot read --reviewer-prompt %1: %2").arg(o.promptFile, f.errorString()));
        settings.reviewerPrompt = QString::fromUtf8(f.readAll()).trimmed();
        settings.reviewerPromptKey = QStringLiteral("custom");
        if (settings.reviewerPrompt.isEmpty())
            return usage(err, tr("--reviewer-prompt %1 is empty").arg(o.promptFile));
    }
    return o.rubberStamp ? runRubberStamp(o, settings, out, err) : runPair(o, settings, out, err);
}

int PairCommand::runPair(const Options &o, PairSettings settings, QTextStream &out, QTextStream &err)
{
    HistoryStores history;
    if (!history.open(o.dbPath)) {
        err << tr("tokscope-cli pair: %1").arg(history.errorString()) << '\n';
        return 3;
    }
    PairHistoryStore &store = *history.pair();
    PairRunner runner;
    runner.setStore(&store);
    QObject::connect(&runner, &PairRunner::stepFinished, &runner, [&](int index, const PairStep &s) {
        const PairTaskRun &t = runner.run().taskRuns.at(index);
        err << QStringLiteral("[%1/%2] %3 run %4: %5 on %6 %7 %8 %9")
                   .arg(index + 1)
                   .arg(runner.totalTaskRuns())
                   .arg(t.task)
                   .arg(t.runIndex + 1)
                   .arg(pairRoleKey(s.role), s.node, runStateKey(s.state), seconds(s.metrics.ttrMs),
                        reviewVerdictKey(s.verdict))
            << '\n';
        err.flush();
    });
    QEventLoop loop;
    QObject::connect(&runner, &PairRunner::finished, &loop, &QEventLoop::quit);
    bool interrupted = false;
    CliInterrupt interrupt;
    QObject::connect(&interrupt, &CliInterrupt::interrupted, &runner, [&] {
        interrupted = true;
        runner.cancel();
    });
    if (!runner.start(settings)) {
        err << tr("tokscope-cli pair: %1").arg(runner.errorString()) << '\n';
        return 3;
    }
    if (runner.isRunning())
        loop.exec();
    const PairRun &run = runner.run();
    if (o.json) {
        out << QString::fromUtf8(PairExporter::toJsonBytes(run, o.texts));
    } else if (o.csv) {
        out << QString::fromUtf8(PairExporter::toCsv(run));
    } else if (o.markdown) {
        out << QString::fromUtf8(PairExporter::toMarkdown(run));
    } else {
        out << tr("Pair run %1: builder %2, reviewer %3, prompt %4").arg(run.id).arg(run.builderNode, run.reviewerNode,
                                                                           run.reviewerPromptKey)
            << "\n\n";
        CliOut::TextTable steps({tr("task"), tr("run"), tr("steps"), tr("outcome"), tr("single"), tr("pair"),
                                 tr("passed"), tr("single TTR"), tr("TCT")});
        for (const PairTaskRun &t : run.taskRuns) {
            QStringList chain;
            for (const PairStep &s : t.steps)
                chain << QStringLiteral("%1 %2%3")
                             .arg(pairRoleKey(s.role), seconds(s.metrics.ttrMs),
                                  s.verdict == ReviewVerdict::None ? QString()
                                                                   : QLatin1Char(' ') + reviewVerdictKey(s.verdict));
            steps.addRow({t.task, QString::number(t.runIndex + 1), chain.join(QStringLiteral(" > ")), t.outcomeKey(),
                          number(t.singleScore), number(t.score), t.passed ? tr("yes") : tr("no"),
                          seconds(t.singleTtrMs()), seconds(t.tctMs())});
            if (!t.error.isEmpty())
                steps.addNote(t.error);
        }
        steps.print(out);
        out << '\n';
        CliOut::TextTable summary({tr("mode"), tr("tasks"), tr("pass rate"), tr("mean score"), tr("mean time")});
        for (const PairSummaryRow &r : PairSummary::rows(run))
            summary.addRow({PairSummary::modeDisplayName(r.mode), QString::number(r.tasks),
                            r.passRate ? QString::number(*r.passRate, 'f', 0) + QLatin1Char('%') : QStringLiteral("-"),
                            number(r.meanScore), seconds(r.meanTimeMs)});
        summary.print(out);
    }
    out.flush();
    if (interrupted)
        return 130;
    if (!runner.errorString().isEmpty()) {
        err << tr("tokscope-cli pair: %1").arg(runner.errorString()) << '\n';
        return 3;
    }
    return 0;
}

int PairCommand::runRubberStamp(const Options &o, PairSettings settings, QTextStream &out, QTextStream &err)
{
    QList<ReviewerPrompt> prompts = ReviewerPrompts::builtIn();
    if (!o.promptFile.isEmpty())
        prompts.append({QStringLiteral("custom"), settings.reviewerPrompt});
    RubberStampRunner runner;
    if (!o.answersDir.isEmpty()) {
        const CorpusLoadReport corpus = GradingCorpus::loadDirectory(o.answersDir);
        for (const QString &e : corpus.errors)
            err << tr("warning: corpus answer not loaded: %1").arg(e) << '\n';
        runner.setCorpus(corpus.tasks);
    }
    QObject::connect(&runner, &RubberStampRunner::reviewFinished, &runner,
                     [&](const RubberStampReview &r, int done, int total) {
                         err << QStringLiteral("[%1/%2] %3 %4 %5")
                                    .arg(done)
                                    .arg(total)
                                    .arg(prompts.at(r.prompt).key, runStateKey(r.state), reviewVerdictKey(r.verdict))
                             << '\n';
                         err.flush();
                     });
    QEventLoop loop;
    QObject::connect(&runner, &RubberStampRunner::finished, &loop, &QEventLoop::quit);
    bool interrupted = false;
    CliInterrupt interrupt;
    QObject::connect(&interrupt, &CliInterrupt::interrupted, &runner, [&] {
        interrupted = true;
        runner.cancel();
    });
    if (!runner.start(settings, prompts)) {
        err << tr("tokscope-cli pair: %1").arg(runner.errorString()) << '\n';
        return 3;
    }
    if (runner.isRunning())
        loop.exec();
    const QList<RubberStampPromptResult> results = runner.results();
    // Kept in history like a pair run (the rates, not the reviews).
    std::optional<qint64> storedId;
    {
        HistoryDatabase database;
        RubberStampHistoryStore store(database);
        if (!database.open(o.dbPath) || !store.open())
            err << tr("tokscope-cli pair: rubber-stamp test not stored: %1")
                       .arg(database.isOpen() ? store.errorString() : database.lastError())
                << '\n';
        else if (!(storedId = store.save(runner.summary())))
            err << tr("tokscope-cli pair: rubber-stamp test not stored: %1").arg(store.errorString()) << '\n';
    }
    if (o.json) {
        namespace JC = JsonConvert;
        nlohmann::ordered_json j;
        j["id"] = storedId ? nlohmann::ordered_json(*storedId) : nlohmann::ordered_json(nullptr);
        j["reviewer"] = {{"node", settings.reviewer.node.name.toStdString()},
                         {"thinking", settings.reviewer.thinking ? nlohmann::ordered_json(*settings.reviewer.thinking)
                                                                 : nlohmann::ordered_json(nullptr)},
                         {"simulated", settings.reviewer.node.simulated}};
        j["runs"] = settings.runs;
        int bad = 0, corpus = 0;
        for (const RubberStampSample &s : runner.samples()) {
            bad += s.knownGood ? 0 : 1;
            corpus += s.fromCorpus ? 1 : 0;
        }
        j["bad_samples"] = bad;
        j["good_samples"] = runner.samples().size() - bad;
        j["corpus_samples"] = corpus; // of those, from the grading corpus
        j["answers_dir"] = o.answersDir.isEmpty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(o.answersDir.toStdString());
        const auto rateJson = [](const RubberStampRate &r) {
            nlohmann::ordered_json x;
            x["mean"] = JC::roundedOrNull(r.mean, 2);
            x["min"] = JC::roundedOrNull(r.min, 2);
            x["max"] = JC::roundedOrNull(r.max, 2);
            x["per_run"] = nlohmann::ordered_json::array();
            for (const std::optional<double> &v : r.perRun)
                x["per_run"].push_back(JC::roundedOrNull(v, 2));
            return x;
        };
        j["prompts"] = nlohmann::ordered_json::array();
        for (const RubberStampPromptResult &r : results) {
            nlohmann::ordered_json p;
            p["prompt_key"] = r.promptKey.toStdString();
            p["prompt"] = r.prompt.toStdString();
            p["bad_reviews"] = r.badReviews;
            p["bad_approved"] = r.badApproved;
            p["rubber_stamp_rate"] = rateJson(r.rubberStamp);
            p["good_reviews"] = r.goodReviews;
            p["good_rejected"] = r.goodRejected;
            p["nitpick_rate"] = rateJson(r.nitpick);
            p["unparsable"] = r.unparsable;
            p["failed"] = r.failed;
            j["prompts"].push_back(p);
        }
        CliOut::printJson(j, out);
    } else {
        CliOut::TextTable table({tr("prompt"), tr("rubber-stamp rate"), tr("bad approved"), tr("nitpick rate"),
                                 tr("good rejected"), tr("no verdict"), tr("failed")});
        const auto pct = [](const RubberStampRate &r) {
            if (!r.mean)
                return QStringLiteral("-");
            return QStringLiteral("%1% (%2-%3)")
                .arg(*r.mean, 0, 'f', 1)
                .arg(*r.min, 0, 'f', 0)
                .arg(*r.max, 0, 'f', 0);
        };
        for (const RubberStampPromptResult &r : results)
            table.addRow({ReviewerPrompts::displayName(r.promptKey), pct(r.rubberStamp),
                          QStringLiteral("%1/%2").arg(r.badApproved).arg(r.badReviews), pct(r.nitpick),
                          QStringLiteral("%1/%2").arg(r.goodRejected).arg(r.goodReviews),
                          QString::number(r.unparsable), QString::number(r.failed)});
        table.print(out);
    }
    out.flush();
    return interrupted ? 130 : 0;
}

static const bool registered = CliCommandRegistry::add(
    {QStringLiteral("pair"),
     QT_TRANSLATE_NOOP("CliCommand", "Builder -> reviewer pair on coding tasks: TCT and the rubber-stamp test"),
     PairCommand::run});
