#include "models/bench/answercheck.h"
#include "models/bench/checkrunner.h"
#include "models/bench/choicecheck.h"
#include "models/bench/codecheck.h"
#include "models/bench/codeextractor.h"
#include "models/bench/jsoncheck.h"
#include "models/bench/lengthcheck.h"
#include "models/bench/numericcheck.h"
#include "models/bench/sandbox.h"
#include "models/bench/textchecks.h"

#include <QTest>

namespace {
Check make(CheckType type)
{
    Check c;
    c.type = type;
    c.normalize = type != CheckType::Regex;
    return c;
}
} // namespace

class TstChecks : public QObject
{
    Q_OBJECT
private slots:
    void exact_data();
    void exact();
    void contains_data();
    void contains();
    void regex_data();
    void regex();
    void numericExtraction_data();
    void numericExtraction();
    void numericTolerance();
    void numericAnyMode();
    void json_data();
    void json();
    void choice_data();
    void choice();
    void length_data();
    void length();
    void codeExtraction();
    void code_data();
    void code();
    void negateTurnAndTarget();
    void answer_data();
    void answer();
    void numericRules_data();
    void numericRules();
    void numericUnits();
    void choiceHedge();
    void lengthIgnoresPreamble();
};

void TstChecks::exact_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    QTest::newRow("plain") << QStringLiteral("Canberra") << true;
    QTest::newRow("case + period") << QStringLiteral("canberra.") << true;
    QTest::newRow("bold") << QStringLiteral("**Canberra**") << true;
    QTest::newRow("spaces") << QStringLiteral("  Canberra \n") << true;
    QTest::newRow("full-width") << QStringLiteral("Ｃａｎｂｅｒｒａ") << true;
    QTest::newRow("sentence is not exact") << QStringLiteral("It is Canberra") << false;
    QTest::newRow("wrong") << QStringLiteral("Sydney") << false;
}

void TstChecks::exact()
{
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Exact);
    c.values = {QStringLiteral("Canberra")};
    QCOMPARE(TextChecks::exact(c, answer).passed(), passes);
}

void TstChecks::contains_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("all");
    QTest::addColumn<bool>("word");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    const QStringList cb{QStringLiteral("Canberra")};
    QTest::newRow("any hit") << cb << false << false << QStringLiteral("The capital is CANBERRA.") << true;
    QTest::newRow("any miss") << cb << false << false << QStringLiteral("Sydney") << false;
    QTest::newRow("all both") << QStringList{QStringLiteral("red"), QStringLiteral("blue")} << true << false
                              << QStringLiteral("Red and Blue") << true;
    QTest::newRow("all one missing") << QStringList{QStringLiteral("red"), QStringLiteral("blue")} << true
                                     << false << QStringLiteral("Red only") << false;
    QTest::newRow("any of two") << QStringList{QStringLiteral("red"), QStringLiteral("blue")} << false
                                << false << QStringLiteral("blue") << true;
    QTest::newRow("korean") << QStringList{QStringLiteral("서울")} << false << false
                            << QStringLiteral("대한민국의 수도는 서울입니다.") << true;
    QTest::newRow("korean NFD answer")
        << QStringList{QStringLiteral("서울")} << false << false
        << QString::fromUtf8("\xe1\x84\x89\xe1\x85\xa5\xe1\x84\x8b\xe1\x85\xae\xe1\x86\xaf") << true;
    QTest::newRow("korean miss") << QStringList{QStringLiteral("부산")} << false << false
                                 << QStringLiteral("수도는 서울입니다") << false;
    QTest::newRow("word boundary") << QStringList{QStringLiteral("cat")} << false << true
                                   << QStringLiteral("concatenate") << false;
    QTest::newRow("word ok") << QStringList{QStringLiteral("cat")} << false << true
                             << QStringLiteral("a cat.") << true;
    QTest::newRow("korean word + particle")
        << QStringList{QStringLiteral("서울")} << false << true << QStringLiteral("서울은 크다") << true;
    QTest::newRow("whitespace differences") << QStringList{QStringLiteral("New  York")} << false << false
                                            << QStringLiteral("new\nyork city") << true;
}

void TstChecks::contains()
{
    QFETCH(QStringList, values);
    QFETCH(bool, all);
    QFETCH(bool, word);
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Contains);
    c.values = values;
    c.matchAll = all;
    c.wholeWord = word;
    const CheckResult r = TextChecks::contains(c, answer);
    QCOMPARE(r.passed(), passes);
    QVERIFY(!r.detail.isEmpty());
}

void TstChecks::regex_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    QTest::newRow("match") << QStringLiteral("\\bCanberra\\b") << QString()
                           << QStringLiteral("It is Canberra.") << true;
    QTest::newRow("case sensitive miss")
        << QStringLiteral("canberra") << QString() << QStringLiteral("Canberra") << false;
    QTest::newRow("flag i") << QStringLiteral("canberra") << QStringLiteral("i") << QStringLiteral("Canberra")
                            << true;
    QTest::newRow("flag s") << QStringLiteral("a.b") << QStringLiteral("s") << QStringLiteral("a\nb") << true;
    QTest::newRow("no s") << QStringLiteral("a.b") << QString() << QStringLiteral("a\nb") << false;
    QTest::newRow("flag m") << QStringLiteral("^b$") << QStringLiteral("m") << QStringLiteral("a\nb\nc")
                            << true;
    QTest::newRow("hangul") << QStringLiteral("^[가-힣]+$") << QString() << QStringLiteral("서울") << true;
    QTest::newRow("invalid fails") << QStringLiteral("(unclosed") << QString() << QStringLiteral("x")
                                   << false;
}

void TstChecks::regex()
{
    QFETCH(QString, pattern);
    QFETCH(QString, flags);
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Regex);
    c.pattern = pattern;
    c.flags = flags;
    QCOMPARE(CheckRunner::runOne(c, answer).passed(), passes);
}

void TstChecks::numericExtraction_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<double>("expected");
    QTest::newRow("plain") << QStringLiteral("42") << 42.0;
    QTest::newRow("bold") << QStringLiteral("The result is **42**.") << 42.0;
    QTest::newRow("equals period") << QStringLiteral("6 * 7 = 42.") << 42.0;
    QTest::newRow("boxed wins") << QStringLiteral("Try 41, then 43. \\boxed{42} and 7 more words 9") << 42.0;
    QTest::newRow("korean unit") << QStringLiteral("사과는 모두 42개입니다.") << 42.0;
    QTest::newRow("korean prefix") << QStringLiteral("총42명") << 42.0;
    QTest::newRow("thousands") << QStringLiteral("The total is 1,234 dollars") << 1234.0;
    QTest::newRow("thousands decimals") << QStringLiteral("$1,234.50") << 1234.5;
    QTest::newRow("negative") << QStringLiteral("x = -3.5") << -3.5;
    QTest::newRow("unicode minus") << QStringLiteral("x = \u22123") << -3.0;
    QTest::newRow("fraction") << QStringLiteral("The probability is 3/4") << 0.75;
    QTest::newRow("latex frac") << QStringLiteral("\\boxed{\\frac{1}{8}}") << 0.125;
    QTest::newRow("percent") << QStringLiteral("About 50%") << 50.0;
    QTest::newRow("exponent") << QStringLiteral("c = 3e8 m/s") << 3e8;
    QTest::newRow("full-width digits") << QStringLiteral("答: ４２") << 42.0;
    QTest::newRow("marker wins over later numbers")
        << QStringLiteral("Answer: 42 (I checked 3 times)") << 42.0;
    QTest::newRow("answer is") << QStringLiteral("So the answer is 17, from step 2.") << 17.0;
    QTest::newRow("korean marker") << QStringLiteral("정답은 12이고, 검산은 3번 했습니다.") << 12.0;
    QTest::newRow("to answer is not a marker") << QStringLiteral("To answer this, 3 + 4 = 7") << 7.0;
    QTest::newRow("final of several") << QStringLiteral("First 10, then 20, finally 30") << 30.0;
    QTest::newRow("bold number among text")
        << QStringLiteral("Step 1: add. Total: **56** apples in 2 baskets") << 56.0;
    QTest::newRow("nbsp thousands") << QStringLiteral("1\u00A0234") << 1234.0;
    QTest::newRow("date-like minus not a sign") << QStringLiteral("between 3-4") << 4.0;
}

void TstChecks::numericExtraction()
{
    QFETCH(QString, answer);
    QFETCH(double, expected);
    const auto got = NumericCheck::extractFinal(answer);
    QVERIFY2(got, qPrintable(answer));
    QCOMPARE(*got, expected);
    Check c = make(CheckType::Numeric);
    c.expected = expected;
    QVERIFY(NumericCheck::evaluate(c, answer).passed());
    c.expected = expected + 1;
    QVERIFY(!NumericCheck::evaluate(c, answer).passed());
}

void TstChecks::numericTolerance()
{
    Check c = make(CheckType::Numeric);
    c.expected = 3.14159;
    QVERIFY(!NumericCheck::evaluate(c, QStringLiteral("3.14")).passed());
    c.tolerance = 0.01;
    QVERIFY(NumericCheck::evaluate(c, QStringLiteral("3.14")).passed());
    c.tolerance = 0;
    c.relTolerance = 0.001;
    QVERIFY(NumericCheck::evaluate(c, QStringLiteral("pi is about 3.1416")).passed());
    QVERIFY(!NumericCheck::evaluate(c, QStringLiteral("3.2")).passed());
    QVERIFY(!NumericCheck::evaluate(c, QStringLiteral("no number here")).passed());
    QVERIFY(!NumericCheck::extractFinal(QStringLiteral("none")));
}

void TstChecks::numericAnyMode()
{
    Check c = make(CheckType::Numeric);
    c.expected = 20;
    c.anyNumber = true;
    QVERIFY(NumericCheck::evaluate(c, QStringLiteral("10, 20, 30")).passed());
    QVERIFY(!NumericCheck::evaluate(c, QStringLiteral("10, 30")).passed());
}

void TstChecks::json_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    QTest::newRow("bare") << QStringLiteral(R"({"name": "Kim", "age": 30, "address": {"city": "Seoul"}})")
                          << true;
    QTest::newRow("fenced") << QStringLiteral("Here:\n```json\n{\"name\": \"Kim\", \"age\": 30.0, "
                                              "\"address\": {\"city\": \"Seoul\"}}\n```\nDone.")
                            << true;
    QTest::newRow("unlabelled fence")
        << QStringLiteral("```\n{\"name\":\"Kim\",\"age\":30,\"address\":{\"city\":\"Seoul\"}}\n```") << true;
    QTest::newRow("inline in prose")
        << QStringLiteral(
               "Sure! {\"name\":\"Kim\",\"age\":30,\"address\":{\"city\":\"Seoul\"}} hope it helps")
        << true;
    QTest::newRow("wrong value") << QStringLiteral(
                                        R"({"name": "Lee", "age": 30, "address": {"city": "Seoul"}})")
                                 << false;
    QTest::newRow("missing key") << QStringLiteral(R"({"name": "Kim", "address": {"city": "Seoul"}})")
                                 << false;
    QTest::newRow("broken json") << QStringLiteral(R"({"name": "Kim", "age": 30,)") << false;
    QTest::newRow("no json") << QStringLiteral("Kim is 30") << false;
}

void TstChecks::json()
{
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Json);
    c.requiredKeys = {QStringLiteral("name"), QStringLiteral("age")};
    c.expectedValues = nlohmann::json{{"name", "Kim"}, {"address.city", "Seoul"}, {"age", 30}};
    QCOMPARE(JsonCheck::evaluate(c, answer).passed(), passes);
}

void TstChecks::choice_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("chosen"); // empty = none
    QTest::newRow("letter") << QStringLiteral("B") << QStringLiteral("B");
    QTest::newRow("lower") << QStringLiteral("b") << QStringLiteral("B");
    QTest::newRow("parens") << QStringLiteral("(B)") << QStringLiteral("B");
    QTest::newRow("bold") << QStringLiteral("**B**") << QStringLiteral("B");
    QTest::newRow("answer colon") << QStringLiteral("Answer: B") << QStringLiteral("B");
    QTest::newRow("the answer is") << QStringLiteral("After comparing A and C, the answer is (B).")
                                   << QStringLiteral("B");
    QTest::newRow("option text") << QStringLiteral("B) Paris") << QStringLiteral("B");
    QTest::newRow("period") << QStringLiteral("B. Paris is the capital") << QStringLiteral("B");
    QTest::newRow("korean marker") << QStringLiteral("정답: C") << QStringLiteral("C");
    QTest::newRow("korean sentence") << QStringLiteral("정답은 D입니다.") << QStringLiteral("D");
    QTest::newRow("boxed") << QStringLiteral("Thus \\boxed{A}") << QStringLiteral("A");
    QTest::newRow("emphasized in prose")
        << QStringLiteral("I think **C** is right because it fits.") << QStringLiteral("C");
    QTest::newRow("article is not an option")
        << QStringLiteral("A good guess would be C") << QStringLiteral("C");
    QTest::newRow("ambiguous") << QStringLiteral("Either (A) or (C)") << QString();
    QTest::newRow("none") << QStringLiteral("I do not know") << QString();
    QTest::newRow("out of options") << QStringLiteral("Z") << QString();
}

void TstChecks::choice()
{
    QFETCH(QString, answer);
    QFETCH(QString, chosen);
    const QStringList options{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                              QStringLiteral("D")};
    const auto got = ChoiceCheck::extract(answer, options);
    QCOMPARE(got.value_or(QString()), chosen);
    Check c = make(CheckType::Choice);
    c.expectedChoice = QStringLiteral("B");
    QCOMPARE(ChoiceCheck::evaluate(c, answer).passed(), chosen == QLatin1String("B"));
}

void TstChecks::length_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    QTest::newRow("fits") << QStringLiteral("one two three four") << true;
    QTest::newRow("too few words") << QStringLiteral("one two") << false;
    QTest::newRow("too many chars") << QString(60, QLatin1Char('x')) + QStringLiteral(" b c") << false;
    QTest::newRow("korean eojeol words") << QStringLiteral("서울은 대한민국의 수도 입니다") << true;
}

void TstChecks::length()
{
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Length);
    c.minWords = 3;
    c.maxChars = 50;
    QCOMPARE(LengthCheck::evaluate(c, answer).passed(), passes);
    QCOMPARE(LengthCheck::charCount(QStringLiteral(" 서울 ")), 2);
    QCOMPARE(LengthCheck::lineCount(QStringLiteral("a\n\n b\n")), 2);
}

void TstChecks::codeExtraction()
{
    const QString answer = QStringLiteral(
        "Here:\n```text\nnot code\n```\n```python\ndef add(a, b):\n    return a + b\n```\nDone.");
    QCOMPARE(CodeCheck::extractPython(answer), QStringLiteral("def add(a, b):\n    return a + b"));
    const QString largest = QStringLiteral("```\nx = 1\n```\n```\ndef f():\n    return 2\n```");
    QCOMPARE(CodeCheck::extractPython(largest), QStringLiteral("def f():\n    return 2"));
    QCOMPARE(CodeCheck::extractPython(QStringLiteral("def g(): pass")), QStringLiteral("def g(): pass"));
    const QString cut = QStringLiteral("```py\ndef h():\n    return 3");
    QCOMPARE(CodeCheck::extractPython(cut), QStringLiteral("def h():\n    return 3"));
    QCOMPARE(CodeExtractor::blocks(QStringLiteral("~~~python\nprint(1)\n~~~")).size(), 1);
}

void TstChecks::code_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passes");
    QTest::newRow("fenced good") << QStringLiteral("```python\ndef add(a, b):\n    return a + b\n```")
                                 << true;
    QTest::newRow("bare good") << QStringLiteral("def add(a, b):\n    return a + b\n") << true;
    QTest::newRow("wrong") << QStringLiteral("```python\ndef add(a, b):\n    return a - b\n```") << false;
    QTest::newRow("prose") << QStringLiteral("You add the two numbers.") << false;
    QTest::newRow("infinite loop") << QStringLiteral("```python\ndef add(a, b):\n    while True: pass\n```")
                                   << false;
}

void TstChecks::code()
{
    QFETCH(QString, answer);
    QFETCH(bool, passes);
    Check c = make(CheckType::Code);
    c.tests = QStringLiteral("from solution import add\nassert add(2, 3) == 5\nassert add(-1, 1) == 0\n");
    c.codeTimeoutS = 2;
    const CheckResult r = CodeCheck::evaluate(c, answer);
    if (!Sandbox::availability().available) {
        QCOMPARE(r.outcome, CheckOutcome::Skipped); // never run unsandboxed
        QSKIP("no sandbox here: code checks are SKIPPED");
    }
    QVERIFY2(r.passed() == passes, qPrintable(r.detail));
}

void TstChecks::negateTurnAndTarget()
{
    Task task;
    task.turns = {QStringLiteral("q1"), QStringLiteral("q2")};
    Check notSydney = make(CheckType::Contains);
    notSydney.values = {QStringLiteral("Sydney")};
    notSydney.negate = true;
    notSydney.name = QStringLiteral("not-sydney");
    Check firstTurn = make(CheckType::Contains);
    firstTurn.values = {QStringLiteral("alpha")};
    firstTurn.turn = 0;
    firstTurn.name = QStringLiteral("first");
    Check reasoning = make(CheckType::Contains);
    reasoning.values = {QStringLiteral("secret")};
    reasoning.name = QStringLiteral("answer-only");
    Check inReasoning = reasoning;
    inReasoning.target = CheckTarget::Reasoning;
    inReasoning.name = QStringLiteral("reasoning");
    task.checks = {notSydney, firstTurn, reasoning, inReasoning};
    const QList<CheckResult> r = CheckRunner::run(task, {QStringLiteral("alpha"), QStringLiteral("Canberra")},
                                                  {QString(), QStringLiteral("the secret plan")});
    QCOMPARE(r.size(), 4);
    QVERIFY(r.at(0).passed());
    QCOMPARE(r.at(0).name, QStringLiteral("not-sydney"));
    QVERIFY(r.at(1).passed());
    QVERIFY(!r.at(2).passed()); // reasoning is never checked unless asked
    QVERIFY(r.at(3).passed());
    const QList<CheckResult> bad = CheckRunner::run(task, {QStringLiteral("beta"), QStringLiteral("Sydney")});
    QVERIFY(!bad.at(0).passed());
    QVERIFY(!bad.at(1).passed());
    // A missing turn fails with a reason instead of crashing.
    const QList<CheckResult> short1 = CheckRunner::run(task, {QStringLiteral("alpha")});
    QVERIFY(!short1.isEmpty());
}

void TstChecks::answer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("passes");
    QTest::newRow("plain") << QStringLiteral("The capital of Australia is **Canberra**.") << true;
    QTest::newRow("misconception first")
        << QStringLiteral("Many assume it's Sydney, but the capital is Canberra.") << true;
    QTest::newRow("right only as what others think")
        << QStringLiteral("Many think it's Canberra, but it is Sydney.") << false;
    QTest::newRow("hedge") << QStringLiteral("It's either Canberra or Sydney.") << false;
    QTest::newRow("negated") << QStringLiteral("The capital is not Canberra; it is Melbourne.") << false;
    QTest::newRow("negated rivals") << QStringLiteral("Not Sydney or Melbourne — it's Canberra.") << true;
    QTest::newRow("comparison") << QStringLiteral("Sydney is the capital, bigger than Canberra.") << false;
    QTest::newRow("self-correction") << QStringLiteral("Sydney. Actually, it is Canberra.") << true;
    QTest::newRow("topic sentence wins")
        << QStringLiteral("Sydney is the largest city. The capital is Canberra.") << true;
    QTest::newRow("table") << QStringLiteral("| Country | Capital |\n|---|---|\n| Australia | Canberra |")
                           << true;
    QTest::newRow("korean particle") << QStringLiteral("호주의 수도는 캔버라입니다.") << true;
    QTest::newRow("korean attributed")
        << QStringLiteral("캔버라라고 생각하지만 실제 수도는 시드니입니다.") << false;
    QTest::newRow("korean negated") << QStringLiteral("수도는 캔버라가 아니라 시드니입니다.") << false;
    QTest::newRow("korean hedge") << QStringLiteral("캔버라 또는 시드니입니다.") << false;
    QTest::newRow("word boundary") << QStringLiteral("Canberran politics") << false;
    QTest::newRow("refusal") << QStringLiteral("I can't answer that.") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstChecks::answer()
{
    QFETCH(QString, text);
    QFETCH(bool, passes);
    Check c = make(CheckType::Answer);
    c.values = {QStringLiteral("Canberra"), QStringLiteral("캔버라")};
    c.others = {QStringLiteral("Sydney"), QStringLiteral("Melbourne"), QStringLiteral("시드니")};
    c.topics = {QStringLiteral("capital"), QStringLiteral("수도")};
    const CheckResult r = CheckRunner::runOne(c, text);
    QVERIFY2(r.passed() == passes, qPrintable(r.detail + QStringLiteral(" | read: ") + r.read));
    if (passes)
        QVERIFY(!r.read.isEmpty()); // the answer sentence is recorded
}

void TstChecks::numericRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("passes");
    QTest::newRow("latex thousands") << QStringLiteral("$$1234 \\times 5678 = 7{,}006{,}652$$") << 7006652.0
                                     << true;
    QTest::newRow("boxed latex thousands") << QStringLiteral("\\boxed{7{,}006{,}652}") << 7006652.0 << true;
    QTest::newRow("space groups") << QStringLiteral("1234 × 5678 = 7 006 652") << 7006652.0 << true;
    QTest::newRow("power") << QStringLiteral("about 3 × 10^5 km/s") << 300000.0 << true;
    QTest::newRow("latex power") << QStringLiteral("$2.998 \\times 10^{5}$") << 299800.0 << true;
    QTest::newRow("superscript power") << QStringLiteral("3 × 10⁵") << 300000.0 << true;
    QTest::newRow("korean man") << QStringLiteral("약 30만 km") << 300000.0 << true;
    QTest::newRow("check line") << QStringLiteral("Total: 7,006,652\n\nCheck: 7,006,652 ÷ 1234 = 5678 ✓")
                                << 7006652.0 << true;
    QTest::newRow("pmod") << QStringLiteral("$$2^{100} \\equiv 2 \\pmod{7}$$") << 2.0 << true;
    QTest::newRow("mod in parentheses") << QStringLiteral("so 2^100 ≡ 2 (mod 7).") << 2.0 << true;
    QTest::newRow("parenthetical context")
        << QStringLiteral("There are 120 ways (if order mattered it would be 720).") << 120.0 << true;
    QTest::newRow("would sentence") << QStringLiteral("120 ways. With order, it would be 720.") << 120.0
                                    << true;
    QTest::newRow("since tail") << QStringLiteral("x = 38, since 17 × 38 = 646 = 15 × 43 + 1.") << 38.0
                                << true;
    QTest::newRow("hedge") << QStringLiteral("The answer is either 33 or 57.") << 33.0 << false;
    QTest::newRow("hedge last") << QStringLiteral("roughly 44 or 45") << 44.0 << false;
    QTest::newRow("only context") << QStringLiteral("(42)") << 42.0 << true;
}

void TstChecks::numericRules()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QFETCH(bool, passes);
    Check c = make(CheckType::Numeric);
    c.expected = expected;
    c.relTolerance = 1e-6;
    const CheckResult r = CheckRunner::runOne(c, text);
    QVERIFY2(r.passed() == passes, qPrintable(r.detail));
    QVERIFY(!r.read.isEmpty()); // where the number was read
}

void TstChecks::numericUnits()
{
    Check c = make(CheckType::Numeric);
    c.expected = 299792.458;
    c.relTolerance = 0.01;
    c.units = {
        {QStringLiteral("km/s"), 1}, {QStringLiteral("m/s"), 0.001}, {QStringLiteral("miles per second"), 0}};
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("299,792,458 m/s")).passed());           // converted
    QVERIFY(!CheckRunner::runOne(c, QStringLiteral("about 300,000 m/s")).passed());        // 300 km/s
    QVERIFY(!CheckRunner::runOne(c, QStringLiteral("186,282 miles per second")).passed()); // not asked for
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("300,000 km/s, or 186,282 miles per second")).passed());
}

void TstChecks::choiceHedge()
{
    Check c = make(CheckType::Choice);
    c.expectedChoice = QStringLiteral("B");
    c.options = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    QVERIFY(!CheckRunner::runOne(c, QStringLiteral("A or B")).passed());
    QVERIFY(!CheckRunner::runOne(c, QStringLiteral("B 또는 C")).passed());
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("B")).passed());
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("The answer is B.")).passed());
}

void TstChecks::lengthIgnoresPreamble()
{
    Check c = make(CheckType::Length);
    c.maxWords = 5;
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("Here's a one-sentence summary:\n\nvLLM restarts daily."))
                .passed());
    QVERIFY(CheckRunner::runOne(c, QStringLiteral("**Summary:** vLLM restarts every day.")).passed());
    const CheckResult tooLong =
        CheckRunner::runOne(c, QStringLiteral("Summary: one two three four five six"));
    QVERIFY(!tooLong.passed());
    QCOMPARE(tooLong.read, QStringLiteral("one two three four five six"));
}

QTEST_GUILESS_MAIN(TstChecks)
#include "tst_checks.moc"
