#include "models/pair/pairsimscript.h"

#include "models/bench/suiteloader.h"
#include "models/pair/reviewerprompts.h"
#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"

#include <QHash>
#include <memory>

namespace {

QString lastOf(const QStringList &turns)
{
    return turns.isEmpty() ? QString() : turns.last();
}

QString firstUserText(const SimRequest &r)
{
    for (const SimRequest::Message &m : r.messages)
        if (m.role == QLatin1String("user"))
            return m.content;
    return {};
}

} // namespace

SimReviewer::Oracle PairSimScript::oracle(const QList<Suite> &suites, const QList<CorpusTask> &corpus)
{
    auto good = std::make_shared<QStringList>();
    auto bad = std::make_shared<QStringList>();
    for (const Suite &s : suites)
        for (const Task &t : s.tasks) {
            for (const QStringList &e : t.examples.bad)
                if (!lastOf(e).trimmed().isEmpty())
                    bad->append(lastOf(e).trimmed());
            for (const QStringList &e : t.examples.good)
                if (!lastOf(e).trimmed().isEmpty())
                    good->append(lastOf(e).trimmed());
        }
    for (const CorpusTask &t : corpus)
        for (const CorpusAnswer &a : t.answers)
            if (!lastOf(a.turns).trimmed().isEmpty())
                (a.right ? good : bad)->append(lastOf(a.turns).trimmed());
    return [good, bad](const QString &request) -> std::optional<bool> {
        // The code under review, as PairMessages::reviewUserMessage() frames it; compared whole.
        static const QString head = QStringLiteral("## Code to review\n\n");
        const qsizetype from = request.indexOf(head);
        const qsizetype to = request.lastIndexOf(ReviewerPrompts::verdictInstruction());
        if (from < 0 || to < from)
            return std::nullopt;
        const QString code = request.mid(from + head.size(), to - from - head.size()).trimmed();
        if (bad->contains(code))
            return false;
        if (good->contains(code))
            return true;
        return std::nullopt;
    };
}

SimAnswerProvider PairSimScript::provider(const QList<Suite> &suites, BuilderChooser builder,
                                          SimReviewer::Mode reviewer, SimAnswerProvider fallback,
                                          const QList<CorpusTask> &corpus)
{
    auto tasks = std::make_shared<QHash<QString, Task>>();
    for (const Suite &s : suites)
        for (const Task &t : s.tasks)
            if (!t.turns.isEmpty())
                tasks->insert(t.turns.constFirst(), t);
    const SimReviewer::Oracle judge = oracle(suites, corpus);
    return [tasks, builder = std::move(builder), reviewer, judge, fallback](const SimRequest &r) -> SimAnswer {
        if (SimReviewer::isReviewRequest(r))
            return SimReviewer::answer(r, reviewer, judge);
        const auto it = tasks->constFind(firstUserText(r));
        if (it == tasks->constEnd())
            return fallback ? fallback(r) : SimAnswer{{}, QStringLiteral("(SIMULATED) unknown prompt")};
        const Task &task = *it;
        const bool revision = r.lastUserText().startsWith(ReviewerPrompts::revisionLead());
        const Builder b = builder ? builder(task) : Builder::Good;
        const bool good = b == Builder::Good || (revision && b == Builder::BadThenGood) ||
                          task.examples.bad.isEmpty();
        const QString text = lastOf(good ? task.examples.good.value(0) : task.examples.bad.value(0));
        SimAnswer a;
        a.content = text;
        a.reasoning = QStringLiteral("(SIMULATED builder) Writing the code the task asks for.");
        return a;
    };
}

PairSimScript::Builder PairSimScript::demoBuilder(const Task &task)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : task.id) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return (h % 7) < 3 ? Builder::BadThenGood : Builder::Good;
}

void PairSimScript::installDemo(SimLab *lab)
{
    if (!lab)
        return;
    const QList<Suite> suites = SuiteLoader::loadAll({}, false).suites;
    const QString answers = GradingCorpus::defaultDirectory();
    const QList<CorpusTask> corpus = answers.isEmpty() ? QList<CorpusTask>() : GradingCorpus::loadDirectory(answers).tasks;
    for (SimulatedNode *node : lab->servers()) {
        const SimProfile profile = node->profile();
        node->setAnswerProvider(provider(suites, &PairSimScript::demoBuilder, SimReviewer::Mode::PromptSensitive,
                                         [profile](const SimRequest &r) { return defaultSimAnswer(r, profile); },
                                         corpus));
    }
}
