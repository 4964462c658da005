#include "models/bench/choicecheck.h"

#include "models/bench/textnormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace {

std::optional<QString> single(const QStringList &found)
{
    const QSet<QString> distinct(found.cbegin(), found.cend());
    if (distinct.size() == 1)
        return *distinct.cbegin();
    return std::nullopt;
}

QStringList collect(const QRegularExpression &re, const QString &text, const QStringList &options)
{
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString letter = it.next().captured(1).toUpper();
        if (options.contains(letter))
            out << letter;
    }
    return out;
}

} // namespace

QStringList ChoiceCheck::effectiveOptions(const Check &check)
{
    if (!check.options.isEmpty()) {
        QStringList upper;
        for (const QString &o : check.options)
            upper << o.toUpper();
        return upper;
    }
    QStringList letters;
    const QChar expected =
        check.expectedChoice.isEmpty() ? QChar(u'D') : check.expectedChoice.at(0).toUpper();
    const QChar last = std::max(QChar(u'D'), expected);
    for (char16_t c = u'A'; c <= last.unicode() && c <= u'Z'; ++c)
        letters << QString(QChar(c));
    return letters;
}

std::optional<QString> ChoiceCheck::extract(const QString &rawText, const QStringList &options,
                                            const QList<QPair<QString, QString>> &optionTexts)
{
    const QString text = rawText.normalized(QString::NormalizationForm_KC);
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;

    static const RE boxed(QStringLiteral(R"(\\boxed\{\s*(?:\\text\{)?\s*\(?([A-Za-z])\)?\s*\}?\s*\})"));
    const QStringList boxedLetters = collect(boxed, text, options);
    if (!boxedLetters.isEmpty())
        return boxedLetters.last();

    // A hedge between options ("A or B", "B/C", "B 또는 C") is no choice.
    static const RE hedge(
        QStringLiteral(
            R"((?<![\p{L}\p{N}])\(?([A-Z])\)?\s*(?:or|/|또는|혹은|아니면)\s*\(?([A-Z])\)?(?![\p{L}\p{N}]))"),
        RE::UseUnicodePropertiesOption);
    for (auto it = hedge.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) != m.captured(2) && options.contains(m.captured(1)) &&
            options.contains(m.captured(2)))
            return std::nullopt;
    }

    static const RE marker(
        QStringLiteral(
            R"((?:\b(?:final answer|answer|choice|option)\b\s*(?:is|:|=)?|정답\s*(?:은|는|:)?|답\s*(?:은|는|:))\s*[*_(\[\s]*([A-Za-z])(?![A-Za-z]))"),
        ci);
    const QStringList marked = collect(marker, text, options);
    if (!marked.isEmpty())
        return marked.last();

    // The whole answer is the option: "B", "(B)", "**B**", "B.", "b", or it opens with one: "B) Paris",
    // "B. Paris" — but "A good answer" opens with a word, not an option.
    static const RE bare(QStringLiteral(R"(^[\s*_(\[]*([A-Za-z])[\s*_)\].:]*$)"));
    static const RE opener(QStringLiteral(R"(^[\s*_(\[]*([A-Za-z])[*_]*[).:\]])"));
    const QString trimmed = text.trimmed();
    for (const RE *re : {&bare, &opener}) {
        const QRegularExpressionMatch m = re->match(trimmed);
        if (m.hasMatch() && options.contains(m.captured(1).toUpper()))
            return m.captured(1).toUpper();
    }

    static const RE emphasized(
        QStringLiteral(R"(\(([A-Z])\)|\*\*([A-Z])\*\*|\[([A-Z])\]|(?:^|\n)\s*([A-Z])[.)](?=\s))"));
    QStringList strong;
    auto it = emphasized.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int g = 1; g <= 4; ++g)
            if (!m.captured(g).isEmpty() && options.contains(m.captured(g)))
                strong << m.captured(g);
    }
    // A list of all options ("A) x  B) y ...") is not an answer: only trust a single distinct one.
    if (const auto s = single(strong))
        return s;

    static const RE standalone(QStringLiteral(R"((?<![\p{L}\p{N}'])([A-Z])(?![\p{L}\p{N}'])(?!\s+[a-z]))"),
                               RE::UseUnicodePropertiesOption);
    if (const auto s = single(collect(standalone, text, options)))
        return s;

    QStringList named;
    const QString norm = TextNormalizer::normalize(text);
    for (const auto &[letter, optionText] : optionTexts)
        if (!optionText.isEmpty() && norm.contains(TextNormalizer::normalize(optionText)))
            named << letter.toUpper();
    return single(named);
}

CheckResult ChoiceCheck::evaluate(const Check &check, const QString &text)
{
    CheckResult r;
    const QString want = check.expectedChoice.toUpper();
    const std::optional<QString> got = extract(text, effectiveOptions(check), check.optionTexts);
    if (!got) {
        r.outcome = CheckOutcome::Failed;
        r.detail =
            QCoreApplication::translate("ChoiceCheck", "no single option found (expected %1)").arg(want);
        return r;
    }
    r.outcome = *got == want ? CheckOutcome::Passed : CheckOutcome::Failed;
    r.read = *got;
    r.detail = QCoreApplication::translate("ChoiceCheck", "chose %1, expected %2").arg(*got, want);
    return r;
}
