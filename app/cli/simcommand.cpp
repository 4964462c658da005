// tokscope-cli sim: runs one simulated vLLM or llama.cpp node on 127.0.0.1 until Ctrl-C / SIGTERM.
// Exit codes: 0 stopped by a signal (or --list-profiles); 2 bad usage; 3 cannot listen.
#include "app/cli/clicommand.h"
#include "app/cli/clihelp.h"
#include "app/cli/cliinterrupt.h"
#include "models/sim/simulatednode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace {

// The translation context of this command's messages (lupdate needs a class, not a free tr()).
struct SimCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)
};

int runSim(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SimCommand::tr("Run a simulated inference node (vLLM or llama.cpp dialect) on 127.0.0.1."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           SimCommand::tr("Profile to simulate (see --list-profiles)."),
                                           QStringLiteral("NAME"), QStringLiteral("vllm-dgx"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        SimCommand::tr("Port on 127.0.0.1 (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    QString faultHelp = SimCommand::tr("Inject a fault; repeatable. Known faults:");
    for (SimFault::Kind kind : SimFault::allKinds())
        faultHelp += QStringLiteral("\n  %1 %2").arg(SimFault::keyOf(kind), SimFault::describe(kind));
    const QCommandLineOption faultOption(QStringLiteral("fault"), faultHelp, QStringLiteral("NAME[=ARG]"));
    const QCommandLineOption scaleOption(
        QStringLiteral("time-scale"),
        SimCommand::tr("Multiply every scripted duration (0.1 = ten times faster)."), QStringLiteral("X"),
        QStringLiteral("1"));
    const QCommandLineOption keyOption(
        QStringLiteral("api-key-env"),
        SimCommand::tr("Require the API key stored in this environment variable."), QStringLiteral("VAR"));
    const QCommandLineOption listOption(QStringLiteral("list-profiles"),
                                        SimCommand::tr("List the profiles and exit."));
    parser.addOptions({profileOption, portOption, faultOption, scaleOption, keyOption, listOption});
    if (!parser.parse(QStringList{QStringLiteral("tokscope-cli sim")} + args)) {
        err << "tokscope-cli sim: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CliHelp::commandHelp(parser, QStringLiteral("sim"));
        return 0;
    }
    if (parser.isSet(listOption)) {
        for (const QString &name : SimProfile::names())
            out << SimProfile::byName(name)->summary() << '\n';
        return 0;
    }
    const std::optional<SimProfile> profile = SimProfile::byName(parser.value(profileOption));
    if (!profile) {
        err << "tokscope-cli sim: "
            << SimCommand::tr("unknown profile '%1' (known: %2)")
                   .arg(parser.value(profileOption), SimProfile::names().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "tokscope-cli sim: " << SimCommand::tr("--port needs a number 0..65535") << '\n';
        return 2;
    }
    const double scale = parser.value(scaleOption).toDouble(&ok);
    if (!ok || scale <= 0) {
        err << "tokscope-cli sim: " << SimCommand::tr("--time-scale needs a positive number") << '\n';
        return 2;
    }
    QList<SimFault> faults;
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const std::optional<SimFault> fault = SimFault::parse(spec, &error);
        if (!fault) {
            err << "tokscope-cli sim: " << error << '\n';
            return 2;
        }
        faults << *fault;
    }

    SimulatedNode node(*profile);
    node.setTimeScale(scale);
    if (parser.isSet(keyOption)) {
        const QString key = qEnvironmentVariable(parser.value(keyOption).toLocal8Bit().constData());
        if (key.isEmpty()) {
            err << "tokscope-cli sim: "
                << SimCommand::tr("environment variable %1 is empty").arg(parser.value(keyOption)) << '\n';
            return 2;
        }
        node.setApiKey(key); // never printed
    }
    for (const SimFault &fault : faults)
        node.setFault(fault);
    if (!node.listen(quint16(port))) {
        err << "tokscope-cli sim: " << node.errorString() << '\n';
        return 3;
    }
    out << "SIMULATED " << profile->name << " node listening on " << node.baseUrl().toString() << '\n';
    out << profile->summary() << '\n';
    if (!faults.isEmpty()) {
        QStringList specs;
        for (const SimFault &fault : faults)
            specs << fault.spec();
        out << SimCommand::tr("faults: %1").arg(specs.join(QStringLiteral(", "))) << '\n';
    }
    if (parser.isSet(keyOption))
        out << SimCommand::tr("API key required (from %1)").arg(parser.value(keyOption)) << '\n';
    out.flush();

    QEventLoop loop;
    CliInterrupt interrupt;
    QObject::connect(&interrupt, &CliInterrupt::interrupted, &loop, &QEventLoop::quit);
    loop.exec();
    const SimCounters c = node.counters();
    out << SimCommand::tr(
               "stopped after %1 HTTP requests, %2 chat completions (%3 aborted), %4 tokens generated")
               .arg(c.httpRequests)
               .arg(c.chatFinished)
               .arg(c.chatAborted)
               .arg(c.generatedTokensTotal)
        << '\n';
    return 0;
}

const bool registered = CliCommandRegistry::add(
    {QStringLiteral("sim"),
     QT_TRANSLATE_NOOP("CliCommand", "Run a simulated vLLM / llama.cpp node on 127.0.0.1"), runSim});

} // namespace
