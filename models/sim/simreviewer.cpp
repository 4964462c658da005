#include "models/sim/simreviewer.h"

namespace {

QString systemText(const SimRequest &request)
{
    for (const SimRequest::Message &m : request.messages)
        if (m.role == QLatin1String("system"))
            return m.content;
    return {};
}

quint64 textHash(const QString &text)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// Reviewer reasoning long enough that a thinking reviewer spends visible time on it.
QString reasoning(const QString &conclusion)
{
    return QStringLiteral("(SIMULATED reviewer) First I restate what the task asks for and list its required "
                          "cases. Then I read the code function by function. Does it handle invalid input the "
                          "way the task says? What happens at the boundaries, with empty input, with the "
                          "largest allowed values? Is every function the task names present with the right "
                          "signature? Let me trace one example by hand to be sure. ") +
           conclusion;
}

SimAnswer approve(const QString &review)
{
    return {reasoning(QStringLiteral("I found nothing that breaks the task.")),
            review + QStringLiteral("\n\nVERDICT: APPROVE")};
}

SimAnswer reject()
{
    return {reasoning(QStringLiteral("The code misses cases the task asks for; listing them.")),
            QStringLiteral("(SIMULATED review) The code does not fully solve the task.\n\n"
                           "VERDICT: REJECT\n"
                           "1. A required case from the task statement gives a wrong result.\n"
                           "2. Invalid input is not handled as the task requires (missing error handling).\n"
                           "3. Edge cases (empty input, boundaries) are not covered.")};
}

} // namespace

bool SimReviewer::isReviewRequest(const SimRequest &request)
{
    return request.lastUserText().contains(QLatin1String("VERDICT:"));
}

SimAnswer SimReviewer::answer(const SimRequest &request, Mode mode, const Oracle &oracle)
{
    const QString text = request.lastUserText();
    switch (mode) {
    case Mode::Approve:
        return approve(QStringLiteral("(SIMULATED review) The code handles the task, including its error "
                                      "cases."));
    case Mode::Reject:
        return reject();
    case Mode::RubberStamp:
        return approve(QStringLiteral("(SIMULATED review) Looks good to me."));
    case Mode::Unparsable:
        return {QString(), QStringLiteral("(SIMULATED review) Mostly fine, although a few parts could be "
                                          "cleaner. Hard to say without running it.")};
    case Mode::Judge:
    case Mode::PromptSensitive:
        break;
    }
    const std::optional<bool> good = oracle ? oracle(text) : std::nullopt;
    if (mode == Mode::PromptSensitive) {
        const QString stance = systemText(request).toLower();
        const bool empowered = stance.contains(QLatin1String("fail")) || stance.contains(QLatin1String("reject"));
        if (!empowered && (textHash(text) % 20) != 0)
            return approve(QStringLiteral("(SIMULATED review) Looks good to me."));
    }
    if (good.has_value() && !*good)
        return reject();
    return approve(QStringLiteral("(SIMULATED review) The code handles the task, including its error cases."));
}

QStringList SimReviewer::modeKeys()
{
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("rubber-stamp"),
            QStringLiteral("unparsable"), QStringLiteral("judge"), QStringLiteral("prompt-sensitive")};
}

QString SimReviewer::modeKey(Mode mode)
{
    return modeKeys().value(int(mode));
}

std::optional<SimReviewer::Mode> SimReviewer::modeFromKey(const QString &key)
{
    const qsizetype i = modeKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional<Mode>(Mode(i));
}
