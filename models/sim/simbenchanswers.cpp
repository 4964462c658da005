#include "models/sim/simbenchanswers.h"

#include "models/bench/suiteloader.h"
#include "models/sim/simprofile.h"

#include <QHash>
#include <QRegularExpression>

namespace {

quint64 fnv(const QString &text, quint64 h = 14695981039346656037ULL)
{
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    // final avalanche (splitmix64), so neighbouring names do not give neighbouring values
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

double unit(quint64 h)
{
    return double(h % 10000) / 10000.0;
}

struct TaskRef
{
    int suite = 0;
    int task = 0;
};

// The built-in suites and each task's first prompt, loaded once (read-only afterwards: any thread).
struct Index
{
    QList<Suite> suites;
    QHash<QString, TaskRef> prompts;
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        i.suites = SuiteLoader::loadDirectory(SuiteLoader::builtInDir()).suites;
        for (int s = 0; s < i.suites.size(); ++s)
            for (int t = 0; t < i.suites.at(s).tasks.size(); ++t)
                if (!i.suites.at(s).tasks.at(t).turns.isEmpty())
                    i.prompts.insert(i.suites.at(s).tasks.at(t).turns.constFirst(), {s, t});
        return i;
    }();
    return idx;
}

// ChatRequest's cache-bust nonce, "[nonce <uuid>]\n" before the first user message.
const QRegularExpression &nonceRe()
{
    static const QRegularExpression re(QStringLiteral("^\\[nonce ([^\\]]*)\\]\\n"));
    return re;
}

} // namespace

double SimBenchAnswers::skill(const SimProfile &profile)
{
    // Per profile of the user's lab; any other profile answers like DGX1.
    if (profile.name == QLatin1String("vllm-dgx-thinking"))
        return 0.85;
    if (profile.name == QLatin1String("llamacpp-5090"))
        return 0.45;
    return 0.65;
}

double SimBenchAnswers::difficulty(const Suite &suite, const Task &task)
{
    return unit(fnv(suite.name + QLatin1Char('/') + task.id));
}

bool SimBenchAnswers::unstable(const SimProfile &profile, const Suite &suite, const Task &task)
{
    return profile.nondeterministic &&
           fnv(profile.name + QLatin1Char('|') + suite.name + QLatin1Char('/') + task.id) % 4 == 0;
}

SimBenchAnswers::Kind SimBenchAnswers::kindFor(const SimProfile &profile, const Suite &suite,
                                               const Task &task, quint64 run)
{
    const bool right = skill(profile) > difficulty(suite, task);
    if (!unstable(profile, suite, task))
        return right ? Kind::Right : Kind::Wrong;
    // Unstable: the usual answer on most runs, the other one on about one run in three.
    const bool flipped = fnv(QString::number(run), fnv(profile.name + suite.name + task.id)) % 3 == 1;
    return right != flipped ? Kind::Right : Kind::Wrong;
}

SimAnswer SimBenchAnswers::answer(const SimRequest &request, const SimProfile &profile)
{
    // The task is found by its first turn (later turns of different tasks may read alike), the turn by
    // the number of user messages; the node's own earlier answers sit between them.
    QString nonce;
    QString firstUser;
    QStringList fedBack;
    int userMessages = 0;
    for (const SimRequest::Message &m : request.messages) {
        if (m.role == QLatin1String("assistant")) {
            fedBack << m.content;
        } else if (m.role == QLatin1String("user") && userMessages++ == 0) {
            firstUser = m.content;
            if (const QRegularExpressionMatch n = nonceRe().match(firstUser); n.hasMatch()) {
                nonce = n.captured(1);
                firstUser = firstUser.mid(n.capturedLength());
            }
        }
    }
    const Index &idx = index();
    const auto it = idx.prompts.constFind(firstUser);
    const int turn = userMessages - 1;
    if (it == idx.prompts.constEnd() || turn < 0)
        return defaultSimAnswer(request, profile);
    const Suite &suite = idx.suites.at(it->suite);
    const Task &task = suite.tasks.at(it->task);
    if (turn > 0 && task.turns.value(turn) != request.lastUserText())
        return defaultSimAnswer(request, profile);

    const QStringList right = task.examples.good.value(0);
    const QStringList wrong = task.examples.bad.value(0);
    // A cache-busted request is always new (run 0): its nonce varies the run instead.
    const quint64 run = nonce.isEmpty() ? quint64(request.run) : fnv(nonce);
    Kind kind = kindFor(profile, suite, task, run);
    // Later turns continue the way the first turn went (when the two examples tell it apart).
    if (turn > 0 && !fedBack.isEmpty() && right.value(0) != wrong.value(0))
        kind = fedBack.constFirst() == right.value(0) ? Kind::Right : Kind::Wrong;
    const QStringList &chosen = kind == Kind::Right ? right : wrong;
    SimAnswer a = defaultSimAnswer(request, profile); // keeps the generic reasoning when thinking
    if (turn < chosen.size())
        a.content = chosen.at(turn);
    return a;
}
