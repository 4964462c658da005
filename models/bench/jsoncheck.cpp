#include "models/bench/jsoncheck.h"

#include "models/bench/codeextractor.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace {

std::optional<nlohmann::json> tryParse(const QString &s)
{
    const QByteArray utf8 = s.trimmed().toUtf8();
    if (utf8.isEmpty())
        return std::nullopt;
    nlohmann::json j = nlohmann::json::parse(utf8.cbegin(), utf8.cend(), nullptr, false);
    if (j.is_discarded() || !(j.is_object() || j.is_array()))
        return std::nullopt;
    return j;
}

// First balanced {...} or [...] (string-aware) that parses.
std::optional<nlohmann::json> firstBalanced(const QString &s)
{
    for (qsizetype start = 0; start < s.size(); ++start) {
        const QChar open = s.at(start);
        if (open != QLatin1Char('{') && open != QLatin1Char('['))
            continue;
        int depth = 0;
        bool inString = false;
        for (qsizetype i = start; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0) {
                if (auto j = tryParse(s.mid(start, i - start + 1)))
                    return j;
                break;
            }
        }
    }
    return std::nullopt;
}

QString shortJson(const nlohmann::json &j)
{
    QString s = QString::fromStdString(j.dump());
    return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
}

} // namespace

std::optional<nlohmann::json> JsonCheck::extract(const QString &text)
{
    if (auto j = tryParse(text))
        return j;
    const QList<CodeExtractor::Block> blocks = CodeExtractor::blocks(text);
    for (const CodeExtractor::Block &b : blocks)
        if (b.language == QLatin1String("json") || b.language == QLatin1String("jsonc"))
            if (auto j = tryParse(b.code))
                return j;
    for (const CodeExtractor::Block &b : blocks)
        if (auto j = tryParse(b.code))
            return j;
    return firstBalanced(text);
}

const nlohmann::json *JsonCheck::lookup(const nlohmann::json &root, const QString &dottedPath)
{
    const nlohmann::json *node = &root;
    for (const QString &part : dottedPath.split(QLatin1Char('.'))) {
        if (node->is_object()) {
            auto it = node->find(part.toStdString());
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            if (!ok || index < 0 || size_t(index) >= node->size())
                return nullptr;
            node = &(*node)[size_t(index)];
        } else {
            return nullptr;
        }
    }
    return node;
}

bool JsonCheck::valuesEqual(const nlohmann::json &got, const nlohmann::json &want)
{
    if (got.is_number() && want.is_number())
        return std::abs(got.get<double>() - want.get<double>()) <=
               1e-9 * std::max(1.0, std::abs(want.get<double>()));
    return got == want;
}

CheckResult JsonCheck::evaluate(const Check &check, const QString &text)
{
    CheckResult r;
    r.outcome = CheckOutcome::Failed;
    const std::optional<nlohmann::json> j = extract(text);
    if (!j) {
        r.detail = QCoreApplication::translate("JsonCheck", "no parseable JSON found");
        return r;
    }
    r.read = QString::fromStdString(j->dump()).left(2000); // the JSON that was judged
    if (check.jsonRoot == QLatin1String("object") && !j->is_object()) {
        r.detail = QCoreApplication::translate("JsonCheck", "root is not an object");
        return r;
    }
    if (check.jsonRoot == QLatin1String("array") && !j->is_array()) {
        r.detail = QCoreApplication::translate("JsonCheck", "root is not an array");
        return r;
    }
    QStringList problems;
    for (const QString &key : check.requiredKeys)
        if (!lookup(*j, key))
            problems << QCoreApplication::translate("JsonCheck", "missing key %1").arg(key);
    if (check.expectedValues.is_object()) {
        for (auto it = check.expectedValues.begin(); it != check.expectedValues.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const nlohmann::json *got = lookup(*j, key);
            if (!got)
                problems << QCoreApplication::translate("JsonCheck", "missing key %1").arg(key);
            else if (!valuesEqual(*got, it.value()))
                problems << QCoreApplication::translate("JsonCheck", "%1 = %2, expected %3")
                                .arg(key, shortJson(*got), shortJson(it.value()));
        }
    }
    if (problems.isEmpty()) {
        r.outcome = CheckOutcome::Passed;
        r.detail = QCoreApplication::translate("JsonCheck", "valid JSON with the expected keys");
    } else {
        r.detail = problems.join(QStringLiteral("; "));
    }
    return r;
}
