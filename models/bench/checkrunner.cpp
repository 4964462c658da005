#include "models/bench/checkrunner.h"

#include "models/bench/answercheck.h"
#include "models/bench/choicecheck.h"
#include "models/bench/codecheck.h"
#include "models/bench/jsoncheck.h"
#include "models/bench/lengthcheck.h"
#include "models/bench/numericcheck.h"
#include "models/bench/regexcheck.h"
#include "models/bench/textchecks.h"

#include <QCoreApplication>

CheckResult CheckRunner::runOne(const Check &check, const QString &text)
{
    CheckResult r;
    switch (check.type) {
    case CheckType::Exact:
        r = TextChecks::exact(check, text);
        break;
    case CheckType::Contains:
        r = TextChecks::contains(check, text);
        break;
    case CheckType::Regex:
        r = RegexCheck::evaluate(check, text);
        break;
    case CheckType::Numeric:
        r = NumericCheck::evaluate(check, text);
        break;
    case CheckType::Json:
        r = JsonCheck::evaluate(check, text);
        break;
    case CheckType::Choice:
        r = ChoiceCheck::evaluate(check, text);
        break;
    case CheckType::Length:
        r = LengthCheck::evaluate(check, text);
        break;
    case CheckType::Code:
        r = CodeCheck::evaluate(check, text);
        break;
    case CheckType::Answer:
        r = AnswerCheck::evaluate(check, text);
        break;
    }
    if (check.negate && !r.skipped()) {
        r.outcome = r.passed() ? CheckOutcome::Failed : CheckOutcome::Passed;
        r.detail = QCoreApplication::translate("CheckRunner", "negated: %1").arg(r.detail);
    }
    r.name = check.name.isEmpty() ? checkTypeKey(check.type) : check.name;
    r.type = check.type;
    r.weight = check.weight;
    r.required = check.required;
    return r;
}

QList<CheckResult> CheckRunner::run(const Task &task, const QStringList &answers,
                                    const QStringList &reasonings)
{
    QList<CheckResult> results;
    results.reserve(task.checks.size());
    for (const Check &check : task.checks) {
        const int n = int(answers.size());
        const int i = check.turn < 0 ? n + check.turn : check.turn;
        if (i < 0 || i >= n) {
            CheckResult missing;
            missing.name = check.name.isEmpty() ? checkTypeKey(check.type) : check.name;
            missing.type = check.type;
            missing.weight = check.weight;
            missing.required = check.required;
            missing.outcome = CheckOutcome::Failed;
            missing.detail =
                QCoreApplication::translate("CheckRunner", "no answer for turn %1").arg(check.turn);
            results.append(missing);
            continue;
        }
        const QString answer = answers.at(i);
        const QString reasoning = i < reasonings.size() ? reasonings.at(i) : QString();
        QString text = answer;
        if (check.target == CheckTarget::Reasoning)
            text = reasoning;
        else if (check.target == CheckTarget::Both)
            text = reasoning.isEmpty() ? answer : reasoning + QLatin1Char('\n') + answer;
        results.append(runOne(check, text));
    }
    return results;
}
