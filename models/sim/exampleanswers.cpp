#include "models/sim/exampleanswers.h"

#include "models/net/chatrequest.h"

#include <QHash>

namespace ExampleAnswers {

namespace {

struct Source
{
    Suite suite; // copied: the provider outlives the caller's lists
    int task = 0;
    int turn = 0;
};

} // namespace

QStringList example(const Task &task, Kind kind)
{
    return kind == Kind::Good ? task.examples.good.value(0) : task.examples.bad.value(0);
}

SimAnswerProvider provider(const QList<Suite> &suites, Chooser choose, std::shared_ptr<QStringList> problems,
                           bool reasoningDecoy)
{
    auto prompts = std::make_shared<QHash<QString, Source>>();
    for (const Suite &s : suites)
        for (int t = 0; t < s.tasks.size(); ++t)
            for (int i = 0; i < s.tasks.at(t).turns.size(); ++i)
                prompts->insert(s.tasks.at(t).turns.at(i), {s, t, i});
    return [prompts, choose = std::move(choose), problems, reasoningDecoy](const SimRequest &request) {
        const auto it = prompts->constFind(request.lastUserText());
        if (it == prompts->constEnd() && request.lastUserText() == ChatRequest::warmupPrompt())
            return SimAnswer{{}, QStringLiteral("Hello.")}; // the uncounted warm-up of compare and bench runs
        if (it == prompts->constEnd()) {
            problems->append(QStringLiteral("unknown prompt: ") + request.lastUserText().left(80));
            return SimAnswer{{}, QStringLiteral("unknown prompt")};
        }
        const Task &task = it->suite.tasks.at(it->task);
        const Kind kind = choose(it->suite, task);
        const QStringList own = example(task, kind);
        const QStringList other = example(task, kind == Kind::Good ? Kind::Bad : Kind::Good);
        QStringList fedBack;
        for (const SimRequest::Message &m : request.messages)
            if (m.role == QLatin1String("assistant"))
                fedBack << m.content;
        if (fedBack != own.mid(0, it->turn))
            problems->append(
                QStringLiteral("%1 turn %2: earlier answers not fed back").arg(task.id).arg(it->turn));
        return SimAnswer{reasoningDecoy ? other.value(it->turn) : QString(), own.value(it->turn)};
    };
}

} // namespace ExampleAnswers
