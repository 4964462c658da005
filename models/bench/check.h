#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// The check families a suite may use (docs/suite-format.md). Keys are stable: suites and history use them.
enum class CheckType
{
    Exact,
    Contains,
    Regex,
    Numeric,
    Json,
    Choice,
    Length,
    Code
};

QString checkTypeKey(CheckType type); // exact | contains | regex | numeric | json | choice | length | code
std::optional<CheckType> checkTypeFromKey(const QString &key);

// Which text a check reads. Reasoning is never checked unless a check asks for it.
enum class CheckTarget
{
    Answer,
    Reasoning,
    Both
};

// One check as declared in a suite file. A flat value type: each family reads only its own fields.
struct Check
{
    CheckType type = CheckType::Contains;
    QString name;        // unique in the task; defaults to the type key ("contains", "contains#2")
    double weight = 1.0; // > 0
    int turn = -1;       // 0-based answer index; negative counts from the end (-1 = last answer)
    CheckTarget target = CheckTarget::Answer;
    bool negate = false;   // pass when the condition does NOT hold
    bool normalize = true; // NFKC + case fold + whitespace collapse (text checks; regex only if set)
    bool required = false; // a failed required check fails the run whatever its score (score 0)

    // exact / contains / answer
    QStringList values;
    // answer
    QStringList others; // rival candidates: a sentence that commits to one of them is a wrong answer
    QStringList topics; // words of the question ("capital", "수도"): the answer sentence is near them
    bool matchAll = false; // contains: mode "all" (default "any")
    bool wholeWord = false;

    // regex
    QString pattern;
    QString flags; // i s m x

    // numeric
    double expected = 0;
    double tolerance = 0;    // absolute
    double relTolerance = 0; // relative to |expected|
    bool anyNumber = false;  // mode "any": any number in the text may match (default: the final one)

    // json
    QStringList requiredKeys;      // dotted paths
    nlohmann::json expectedValues; // object: dotted path -> expected value (null when none)
    QString jsonRoot;              // "" | object | array

    // choice
    QString expectedChoice;                     // "B"
    QStringList options;                        // ["A","B","C","D"]; empty = A..Z
    QList<QPair<QString, QString>> optionTexts; // letter -> option text (optional)

    // length
    std::optional<int> minChars, maxChars, minWords, maxWords, minLines, maxLines;

    // code
    QString language = QStringLiteral("python");
    QString tests; // Python source; imports the solution from solution.py
    int codeTimeoutS = 10;
    int memoryMb = 512;
};

// The outcome of one check against one run. SKIPPED checks leave the score's weight (and are reported).
enum class CheckOutcome
{
    Passed,
    Failed,
    Skipped
};
QString checkOutcomeKey(CheckOutcome outcome); // passed | failed | skipped

struct CheckResult
{
    QString name;
    CheckType type = CheckType::Contains;
    double weight = 1.0;
    CheckOutcome outcome = CheckOutcome::Failed;
    QString detail; // why it passed / failed / was skipped (what was found vs expected)
    QString read;   // the text the check actually judged: the answer sentence, the number, the code run
    bool required = false;

    bool passed() const { return outcome == CheckOutcome::Passed; }
    bool skipped() const { return outcome == CheckOutcome::Skipped; }
};
