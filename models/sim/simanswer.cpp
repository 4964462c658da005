#include "models/sim/simanswer.h"

#include "models/sim/simprofile.h"

#include <QRegularExpression>

namespace {

// Phrase banks for the default answers. Plain, generic sentences: the simulator is about timing and
// protocol shapes, but the text should read like an assistant so the demo looks plausible.
const char *const kEnglishAnswer[] = {
    "The key point is to keep the solution small and easy to verify.",
    "Start with the simplest case, check it, and only then generalise.",
    "In practice the bottleneck is usually the part you measure least.",
    "A short test that fails for the right reason is worth more than a long explanation.",
    "If the numbers disagree, trust the measurement and re-check the assumption.",
    "The trade-off is speed against certainty; pick the one the task actually needs.",
    "Write down the definition first, then compute the value from it.",
    "Most of the remaining risk sits in the edge cases: empty input, very large input, and bad input.",
    "That gives a complete answer without adding anything the question did not ask for.",
    "Each step can be checked on its own, which makes mistakes easy to spot.",
};
const char *const kEnglishReasoning[] = {
    "First I should make sure I understand what is being asked.",
    "The obvious approach works, but let me check whether it handles the edge cases.",
    "What happens if the input is empty? That case needs its own answer.",
    "Let me reconsider the constraints before committing to a solution.",
    "Maybe there is a simpler way: reduce the problem to something already known.",
    "I need to double-check the arithmetic here, step by step.",
    "Wait, that assumption might not hold in general, so let me verify it with a small example.",
    "The small example confirms it, so the general argument should go through.",
    "Another angle: what would a reviewer object to in this answer?",
    "Performance matters less than correctness here, so keep it straightforward.",
    "I should keep the final answer short and put the reasoning aside.",
    "Let me list the steps once more to be sure nothing is missing.",
};
const char *const kKoreanAnswer[] = {
    "핵심은 해결책을 작고 검증하기 쉽게 유지하는 것입니다.",
    "가장 간단한 경우부터 확인한 다음 일반화하는 것이 좋습니다.",
    "실제로는 가장 적게 측정한 부분이 병목인 경우가 많습니다.",
    "숫자가 맞지 않으면 측정을 믿고 가정을 다시 확인하세요.",
    "속도와 확실성 사이의 균형을 작업에 맞게 선택하면 됩니다.",
    "먼저 정의를 적고, 그 정의에서 값을 계산합니다.",
    "남은 위험은 대부분 빈 입력, 매우 큰 입력, 잘못된 입력 같은 경계 조건에 있습니다.",
    "각 단계를 따로 확인할 수 있어서 실수를 찾기 쉽습니다.",
};
const char *const kKoreanReasoning[] = {
    "먼저 질문이 정확히 무엇을 묻는지 확인해야 합니다.",
    "가장 직접적인 방법이 통하지만, 경계 조건도 처리하는지 확인해 봅시다.",
    "입력이 비어 있으면 어떻게 될까요? 그 경우는 따로 답해야 합니다.",
    "해결책을 정하기 전에 제약 조건을 다시 생각해 봅시다.",
    "계산을 한 단계씩 다시 확인해야 합니다.",
    "잠깐, 그 가정이 항상 성립하지는 않을 수 있으니 작은 예로 확인해 봅시다.",
    "작은 예가 맞으므로 일반적인 논리도 성립할 것 같습니다.",
    "최종 답은 짧게 쓰고 추론 과정은 빼는 것이 좋겠습니다.",
};

template <size_t N> QString pick(const char *const (&bank)[N], quint64 &state)
{
    // xorshift64*: small, deterministic, good enough to vary sentence choice.
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    const quint64 r = state * 2685821657736338717ULL;
    return QString::fromUtf8(bank[r % N]);
}

quint64 hashText(const QString &text, quint64 h)
{
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

bool isKorean(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

QString topicOf(const QString &prompt)
{
    QString simplified = prompt.simplified();
    simplified.remove(QRegularExpression(QStringLiteral("[\"`]")));
    const QStringList words = simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString topic = words.mid(0, 8).join(QLatin1Char(' '));
    while (!topic.isEmpty() && topic.back().isPunct())
        topic.chop(1);
    return topic;
}

} // namespace

QString SimRequest::withoutNonce(const QString &content)
{
    if (!content.startsWith(QLatin1String("[nonce ")))
        return content;
    const qsizetype end = content.indexOf(QLatin1String("]\n"));
    return end < 0 ? content : content.mid(end + 2);
}

QString SimRequest::lastUserText() const
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i)
        if (messages[i].role == QLatin1String("user"))
            return withoutNonce(messages[i].content);
    return messages.isEmpty() ? QString() : withoutNonce(messages.back().content);
}

SimAnswer defaultSimAnswer(const SimRequest &request, const SimProfile &profile)
{
    quint64 h = 14695981039346656037ULL;
    for (const SimRequest::Message &m : request.messages)
        h = hashText(m.role + QLatin1Char('\x1f') + SimRequest::withoutNonce(m.content), h);
    if (request.seed)
        h = hashText(QString::number(*request.seed), h ^ 0x5eed);
    if (request.temperature && *request.temperature > 0.0)
        h = hashText(QString::number(qRound(*request.temperature * 10)), h ^ 0x7e);
    // vLLM + MTP: one run in four of an identical request comes out different.
    if (profile.nondeterministic && request.run > 0) {
        const quint64 runHash = hashText(QString::number(request.run), h ^ 0x3770);
        if (runHash % 4 == 0)
            h = runHash;
    }
    if (h == 0)
        h = 1;

    const QString prompt = request.lastUserText();
    const QString topic = topicOf(prompt);
    const bool korean = isKorean(prompt);
    quint64 state = h;
    SimAnswer answer;

    const int answerSentences = 3 + int(h % 4);
    QStringList content;
    if (korean)
        content << (topic.isEmpty() ? QStringLiteral("간단히 답하겠습니다.")
                                    : QStringLiteral("\"%1\"에 대해 간단히 답하겠습니다.").arg(topic));
    else
        content << (topic.isEmpty() ? QStringLiteral("Here is a short answer.")
                                    : QStringLiteral("Here is a short answer to \"%1\".").arg(topic));
    for (int i = 0; i < answerSentences; ++i)
        content << (korean ? pick(kKoreanAnswer, state) : pick(kEnglishAnswer, state));
    answer.content = content.join(QLatin1Char(' '));

    if (request.thinking) {
        const int reasoningSentences = 8 + int((h >> 8) % 8);
        QStringList reasoning;
        if (korean)
            reasoning << QStringLiteral("사용자가 \"%1\"에 대해 묻고 있습니다.").arg(topic);
        else
            reasoning
                << QStringLiteral("The user asks: \"%1\". Let me think about what they need.").arg(topic);
        for (int i = 0; i < reasoningSentences; ++i)
            reasoning << (korean ? pick(kKoreanReasoning, state) : pick(kEnglishReasoning, state));
        answer.reasoning = reasoning.join(QLatin1Char(' '));
    }
    return answer;
}
