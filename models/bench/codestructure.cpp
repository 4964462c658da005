#include "models/bench/codestructure.h"

using json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString str(const json &o, const char *key)
{
    auto it = o.find(key);
    return (it != o.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
}

int integer(const json &o, const char *key)
{
    auto it = o.find(key);
    return (it != o.end() && it->is_number_integer()) ? it->get<int>() : 0;
}

bool boolean(const json &o, const char *key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_boolean() && it->get<bool>();
}

QStringList strings(const json &o, const char *key)
{
    QStringList out;
    auto it = o.find(key);
    if (it != o.end() && it->is_array())
        for (const json &v : *it)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

json array(const QStringList &list)
{
    json a = json::array();
    for (const QString &v : list)
        a.push_back(s(v));
    return a;
}

void readLists(CodeStructure &c, const json &o)
{
    auto defs = o.find("definitions");
    if (defs != o.end() && defs->is_array()) {
        for (const json &d : *defs) {
            if (!d.is_object())
                continue;
            CodeStructure::Definition def;
            def.kind = str(d, "kind");
            def.name = str(d, "name");
            def.text = str(d, "text");
            def.positional = integer(d, "positional");
            def.defaults = integer(d, "defaults");
            def.keywordOnly = integer(d, "keyword_only");
            def.varargs = boolean(d, "varargs");
            def.varkw = boolean(d, "varkw");
            def.methods = strings(d, "methods");
            c.definitions.append(def);
        }
    }
    c.imports = strings(o, "imports");
    c.controlFlow = strings(o, "control_flow");
    c.dataStructures = strings(o, "data_structures");
}

} // namespace

QSet<QString> CodeStructure::features() const
{
    QSet<QString> out;
    if (!available)
        return out;
    for (const Definition &d : definitions) {
        if (d.kind == QLatin1String("class"))
            out.insert(QStringLiteral("class:%1/%2").arg(d.name).arg(d.methods.size()));
        else
            out.insert(QStringLiteral("def:%1/%2%3%4")
                           .arg(d.name)
                           .arg(d.positional)
                           .arg(d.varargs ? QStringLiteral("*") : QString(),
                                d.varkw ? QStringLiteral("**") : QString()));
    }
    for (const QString &i : imports)
        out.insert(QStringLiteral("import:") + i);
    for (const QString &f : controlFlow)
        out.insert(QStringLiteral("flow:") + f);
    for (const QString &d : dataStructures)
        out.insert(QStringLiteral("data:") + d);
    return out;
}

QString CodeStructure::summary() const
{
    if (!analysed)
        return tr("structure not analysed");
    if (!available)
        return tr("structure unavailable: %1").arg(reason);
    QStringList parts;
    for (const Definition &d : definitions)
        parts << (d.kind == QLatin1String("class") ? d.text : d.kind + QLatin1Char(' ') + d.text);
    if (!imports.isEmpty())
        parts << tr("imports %1").arg(imports.join(QStringLiteral(", ")));
    parts << controlFlow << dataStructures;
    return parts.join(QStringLiteral(" · "));
}

json CodeStructure::toJson() const
{
    json defs = json::array();
    for (const Definition &d : definitions) {
        json o{{"kind", s(d.kind)}, {"name", s(d.name)}, {"text", s(d.text)}};
        if (d.kind == QLatin1String("class")) {
            o["methods"] = array(d.methods);
        } else {
            o["positional"] = d.positional;
            o["defaults"] = d.defaults;
            o["keyword_only"] = d.keywordOnly;
            o["varargs"] = d.varargs;
            o["varkw"] = d.varkw;
        }
        defs.push_back(o);
    }
    return json{{"analysed", analysed},
                {"available", available},
                {"reason", reason.isEmpty() ? json(nullptr) : json(s(reason))},
                {"run", runIndex >= 0 ? json(runIndex) : json(nullptr)},
                {"definitions", defs},
                {"imports", array(imports)},
                {"control_flow", array(controlFlow)},
                {"data_structures", array(dataStructures)}};
}

CodeStructure CodeStructure::fromJson(const json &o)
{
    CodeStructure c;
    if (!o.is_object())
        return c;
    c.analysed = boolean(o, "analysed");
    c.available = boolean(o, "available");
    c.reason = str(o, "reason");
    auto run = o.find("run");
    c.runIndex = (run != o.end() && run->is_number_integer()) ? run->get<int>() : -1;
    readLists(c, o);
    return c;
}

CodeStructure CodeStructure::fromAnalyser(const json &o)
{
    CodeStructure c;
    c.analysed = true;
    if (!o.is_object()) {
        c.reason = tr("the analyser gave no result");
        return c;
    }
    c.available = boolean(o, "available");
    if (!c.available) {
        const QString kind = str(o, "reason_kind");
        const QString detail = str(o, "detail");
        if (kind == QLatin1String("empty"))
            c.reason = tr("no code");
        else if (kind == QLatin1String("syntax"))
            c.reason = tr("syntax error: %1").arg(detail);
        else
            c.reason = tr("cannot analyse: %1").arg(detail);
        return c;
    }
    readLists(c, o);
    return c;
}
