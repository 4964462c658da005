#include "models/bench/codeconsensus.h"

#include <cmath>

using json = nlohmann::ordered_json;

double CodeConsensus::similarity(const CodeStructure &a, const CodeStructure &b)
{
    const QSet<QString> fa = a.features();
    const QSet<QString> fb = b.features();
    if (fa.isEmpty() && fb.isEmpty())
        return 1.0; // two solutions with nothing to tell apart are alike
    const qsizetype common = QSet<QString>(fa).intersect(fb).size();
    const qsizetype all = QSet<QString>(fa).unite(fb).size();
    return double(common) / double(all);
}

CodeConsensus CodeConsensus::compute(const QList<QPair<QString, CodeStructure>> &solutions)
{
    CodeConsensus c;
    QList<CodeStructure> analysedStructures;
    for (const auto &[node, structure] : solutions) {
        c.nodes << node;
        c.structures << structure;
        if (structure.available) {
            c.analysed << node;
            analysedStructures << structure;
        }
    }
    const qsizetype n = c.analysed.size();
    QList<int> agreements(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            Pair p;
            p.a = c.analysed.at(i);
            p.b = c.analysed.at(j);
            p.similarity = similarity(analysedStructures.at(i), analysedStructures.at(j));
            p.agree = p.similarity >= AgreeThreshold - 1e-9;
            if (p.agree) {
                ++agreements[i];
                ++agreements[j];
            }
            c.pairs << p;
        }
    }
    if (n < MinimumNodes) {
        c.outcome = Outcome::TooFew;
        return c;
    }
    QStringList loners;
    for (qsizetype i = 0; i < n; ++i)
        if (agreements.at(i) == 0)
            loners << c.analysed.at(i);
    const qsizetype majority = n - loners.size();
    if (loners.isEmpty())
        c.outcome = Outcome::Agreement;
    else if (2 * majority > n) {
        c.outcome = Outcome::Divergent;
        c.divergent = loners;
    } else {
        c.outcome = Outcome::NoMajority;
    }
    return c;
}

CodeStructure CodeConsensus::structureOf(const QString &node) const
{
    const qsizetype i = nodes.indexOf(node);
    return i >= 0 && i < structures.size() ? structures.at(i) : CodeStructure();
}

std::optional<double> CodeConsensus::similarityOf(const QString &a, const QString &b) const
{
    for (const Pair &p : pairs)
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return p.similarity;
    return std::nullopt;
}

QString CodeConsensus::describe() const
{
    switch (outcome) {
    case Outcome::Divergent:
        return divergent.size() == 1
                   ? tr("divergent approach: %1").arg(divergent.first())
                   : tr("divergent approaches: %1").arg(divergent.join(QStringLiteral(", ")));
    case Outcome::Agreement:
        return tr("structural consensus: the %n solutions agree", nullptr, int(analysed.size()));
    case Outcome::NoMajority:
        return tr("no structural majority: the solutions differ, nothing flagged");
    case Outcome::TooFew:
        break;
    }
    return tr("structural consensus needs %1 analysed solutions, %2 available: nothing flagged")
        .arg(MinimumNodes)
        .arg(analysed.size());
}

QString CodeConsensus::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Divergent:
        return QStringLiteral("divergent");
    case Outcome::Agreement:
        return QStringLiteral("agreement");
    case Outcome::NoMajority:
        return QStringLiteral("no_majority");
    case Outcome::TooFew:
        break;
    }
    return QStringLiteral("too_few");
}

std::optional<CodeConsensus::Outcome> CodeConsensus::outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Divergent, Outcome::Agreement, Outcome::NoMajority, Outcome::TooFew})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

json CodeConsensus::toJson() const
{
    json div = json::array();
    for (const QString &d : divergent)
        div.push_back(d.toStdString());
    json ps = json::array();
    for (const Pair &p : pairs)
        ps.push_back({{"a", p.a.toStdString()},
                      {"b", p.b.toStdString()},
                      {"similarity", std::round(p.similarity * 1000) / 1000},
                      {"agree", p.agree}});
    json st = json::object();
    for (qsizetype i = 0; i < nodes.size(); ++i)
        st[nodes.at(i).toStdString()] = structures.value(i).toJson();
    return json{{"outcome", outcomeKey(outcome).toStdString()},
                {"threshold", AgreeThreshold},
                {"divergent", div},
                {"pairs", ps},
                {"structures", st}};
}

CodeConsensus CodeConsensus::fromJson(const json &o)
{
    CodeConsensus c;
    if (!o.is_object())
        return c;
    auto str = [](const json &v, const char *key) {
        auto it = v.find(key);
        return (it != v.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>())
                                                  : QString();
    };
    c.outcome = outcomeFromKey(str(o, "outcome")).value_or(Outcome::TooFew);
    if (auto it = o.find("structures"); it != o.end() && it->is_object()) {
        for (auto s = it->begin(); s != it->end(); ++s) {
            const CodeStructure structure = CodeStructure::fromJson(s.value());
            c.nodes << QString::fromStdString(s.key());
            c.structures << structure;
            if (structure.available)
                c.analysed << QString::fromStdString(s.key());
        }
    }
    if (auto it = o.find("divergent"); it != o.end() && it->is_array())
        for (const json &d : *it)
            if (d.is_string())
                c.divergent << QString::fromStdString(d.get<std::string>());
    if (auto it = o.find("pairs"); it != o.end() && it->is_array()) {
        for (const json &p : *it) {
            if (!p.is_object())
                continue;
            Pair pair;
            pair.a = str(p, "a");
            pair.b = str(p, "b");
            auto sim = p.find("similarity");
            pair.similarity = (sim != p.end() && sim->is_number()) ? sim->get<double>() : 0.0;
            auto agree = p.find("agree");
            pair.agree = agree != p.end() && agree->is_boolean() && agree->get<bool>();
            c.pairs << pair;
        }
    }
    return c;
}
