#include "models/bench/codeextractor.h"

#include "models/bench/pythonsource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

QList<CodeExtractor::Block> CodeExtractor::blocks(const QString &markdown)
{
    QList<Block> out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    static const QRegularExpression open(QStringLiteral(R"(^\s{0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$)"));
    QString fence;
    int fenceIndent = 0;
    Block current;
    QStringList body;
    auto finish = [&] {
        current.code = body.join(QLatin1Char('\n'));
        int common = -1;
        for (const QString &l : std::as_const(body)) {
            if (l.trimmed().isEmpty())
                continue;
            int n = 0;
            while (n < l.size() && l.at(n).isSpace())
                ++n;
            common = common < 0 ? n : std::min(common, n);
        }
        current.fragment = common > fenceIndent;
        out.append(current);
    };
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (fence.isEmpty()) {
            const QRegularExpressionMatch m = open.match(line);
            if (m.hasMatch()) {
                fence = m.captured(1);
                fenceIndent = int(m.capturedStart(1));
                current = Block{m.captured(2).toLower(), {}};
                body.clear();
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(fence) && trimmed.count(fence.front()) == trimmed.size()) {
            finish();
            fence.clear();
            continue;
        }
        body.append(line);
    }
    if (!fence.isEmpty() && !body.isEmpty()) // answer cut off inside a fence: keep what is there
        finish();
    return out;
}

namespace {

using Kind = PythonSource::Kind;

struct Ref
{
    int block = -1; // index into the candidate list
    int stmt = -1;
    bool operator<(const Ref &o) const { return block != o.block ? block < o.block : stmt < o.stmt; }
    bool valid() const { return block >= 0; }
};

// Modules whose top-level calls run tests rather than set the solution up.
// Builtins a solution reads without defining: a top-level `def min(self)` in a snippet of methods must
// never be pulled in to satisfy the solution's own call to min().
bool isBuiltinName(const QString &name)
{
    static const QSet<QString> builtins{
        QStringLiteral("abs"),         QStringLiteral("all"),         QStringLiteral("any"),
        QStringLiteral("bool"),        QStringLiteral("callable"),    QStringLiteral("chr"),
        QStringLiteral("dict"),        QStringLiteral("divmod"),      QStringLiteral("enumerate"),
        QStringLiteral("filter"),      QStringLiteral("float"),       QStringLiteral("format"),
        QStringLiteral("frozenset"),   QStringLiteral("getattr"),     QStringLiteral("hasattr"),
        QStringLiteral("hash"),        QStringLiteral("id"),          QStringLiteral("int"),
        QStringLiteral("isinstance"),  QStringLiteral("issubclass"),  QStringLiteral("iter"),
        QStringLiteral("len"),         QStringLiteral("list"),        QStringLiteral("map"),
        QStringLiteral("max"),         QStringLiteral("min"),         QStringLiteral("next"),
        QStringLiteral("object"),      QStringLiteral("open"),        QStringLiteral("ord"),
        QStringLiteral("pow"),         QStringLiteral("print"),       QStringLiteral("property"),
        QStringLiteral("range"),       QStringLiteral("repr"),        QStringLiteral("reversed"),
        QStringLiteral("round"),       QStringLiteral("set"),         QStringLiteral("setattr"),
        QStringLiteral("slice"),       QStringLiteral("sorted"),      QStringLiteral("staticmethod"),
        QStringLiteral("classmethod"), QStringLiteral("str"),         QStringLiteral("sum"),
        QStringLiteral("super"),       QStringLiteral("tuple"),       QStringLiteral("type"),
        QStringLiteral("vars"),        QStringLiteral("zip"),         QStringLiteral("Exception"),
        QStringLiteral("ValueError"),  QStringLiteral("KeyError"),    QStringLiteral("IndexError"),
        QStringLiteral("TypeError"),   QStringLiteral("RuntimeError")};
    return builtins.contains(name);
}

bool isTestRunnerModule(const QString &module)
{
    return module == QLatin1String("doctest") || module == QLatin1String("unittest") ||
           module == QLatin1String("pytest");
}

class Selector
{
public:
    Selector(const QList<QList<PythonSource::Statement>> &parsed, const QStringList &required)
        : m_parsed(parsed), m_required(required)
    {
        for (const auto &stmts : m_parsed)
            for (const PythonSource::Statement &st : stmts) {
                if (st.kind == Kind::Definition)
                    for (const QString &n : st.defines)
                        m_callables.insert(n);
                if (st.kind == Kind::Import)
                    for (const QString &n : st.defines)
                        m_modules.insert(n);
            }
    }

    const PythonSource::Statement &at(const Ref &r) const { return m_parsed.at(r.block).at(r.stmt); }

    // Calls one of the answer's own functions or classes, or a method of an object (not a module):
    // what demo code does (`cache = LRUCache(2)`, `text = inv.to_json()`).
    bool callsSolution(const PythonSource::Statement &st) const
    {
        for (const QString &c : st.calls)
            if (m_callables.contains(c))
                return true;
        for (const QString &b : st.methodCallBases)
            if (!m_modules.contains(b))
                return true;
        return false;
    }

    // The definition of `name` that counts: the last def/class, else the last plain assignment or
    // compound binding, else the last import. Assignments that call the solution's own functions or
    // classes (demo objects) are never a definition to pull in.
    Ref lastDefinition(const QString &name) const
    {
        Ref best;
        int bestRank = 0;
        for (int b = 0; b < m_parsed.size(); ++b) {
            for (int s = 0; s < m_parsed.at(b).size(); ++s) {
                const PythonSource::Statement &st = m_parsed.at(b).at(s);
                if (!st.defines.contains(name))
                    continue;
                int rank = 0;
                if (st.kind == Kind::Definition)
                    rank = 3;
                else if ((st.kind == Kind::Assignment || st.kind == Kind::Compound) && !callsSolution(st) &&
                         !st.usesPrintOrAssert)
                    rank = 2;
                else if (st.kind == Kind::Import && st.importFrom != QLatin1String("solution"))
                    rank = 1;
                if (rank > 0 && rank >= bestRank) {
                    best = {b, s};
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    // Whether a statement of a block that holds the solution is part of it (else it is usage).
    bool keepInSolutionBlock(const PythonSource::Statement &st, const QSet<QString> &readByDefinitions) const
    {
        switch (st.kind) {
        case Kind::Definition:
        case Kind::Docstring:
            return true;
        case Kind::Import:
            return st.importFrom != QLatin1String("solution");
        case Kind::Assignment:
            if (!callsSolution(st) && !st.usesPrintOrAssert)
                return true;
            // A demo object (`cache = LRUCache(2)`) unless the solution itself uses it.
            return std::any_of(st.defines.cbegin(), st.defines.cend(), [&](const QString &n) {
                return readByDefinitions.contains(n) || m_required.contains(n);
            });
        case Kind::Mutation:
        case Kind::Compound:
            return !callsSolution(st) && !st.usesPrintOrAssert;
        case Kind::Expression:
            // `sys.setrecursionlimit(...)` sets the solution up; calls, prints and test runners do not.
            return !st.calledModule.isEmpty() && m_modules.contains(st.calledModule) &&
                   !isTestRunnerModule(st.calledModule) && !st.usesPrintOrAssert;
        case Kind::MainGuard:
        case Kind::Assert:
        case Kind::Transcript:
        case Kind::Other:
            return false;
        }
        return false;
    }

    std::set<Ref> select(QStringList *droppedKinds) const
    {
        std::set<int> seedBlocks;
        for (const QString &n : m_required) {
            const Ref r = lastDefinition(n);
            if (r.valid())
                seedBlocks.insert(r.block);
        }
        if (seedBlocks.empty()) {
            for (int b = int(m_parsed.size()) - 1; b >= 0; --b) {
                const auto &stmts = m_parsed.at(b);
                if (std::any_of(stmts.cbegin(), stmts.cend(), [](const PythonSource::Statement &st) {
                        return st.kind == Kind::Definition;
                    })) {
                    seedBlocks.insert(b);
                    break;
                }
            }
        }
        std::set<Ref> kept;
        QSet<QString> boundByDropped;
        for (int b : seedBlocks) {
            QSet<QString> readByDefinitions;
            for (const PythonSource::Statement &st : m_parsed.at(b))
                if (st.kind == Kind::Definition)
                    readByDefinitions.unite(st.reads);
            for (int s = 0; s < m_parsed.at(b).size(); ++s) {
                const PythonSource::Statement &st = m_parsed.at(b).at(s);
                if (keepInSolutionBlock(st, readByDefinitions)) {
                    kept.insert({b, s});
                } else {
                    for (const QString &n : st.defines)
                        boundByDropped.insert(n);
                    if (droppedKinds)
                        droppedKinds->append(kindWord(st.kind));
                }
            }
        }
        // Usage that builds on dropped usage (`x = demo.method()` after `demo = Thing()`) is usage too.
        for (bool changed = true; changed;) {
            changed = false;
            QSet<QString> boundByKept;
            for (const Ref &r : kept)
                for (const QString &n : at(r).defines)
                    boundByKept.insert(n);
            for (auto it = kept.begin(); it != kept.end();) {
                const PythonSource::Statement &st = at(*it);
                const bool dependsOnDropped =
                    st.kind != Kind::Definition && st.kind != Kind::Import &&
                    std::any_of(st.reads.cbegin(), st.reads.cend(), [&](const QString &n) {
                        return boundByDropped.contains(n) && !boundByKept.contains(n);
                    });
                if (dependsOnDropped) {
                    for (const QString &n : st.defines)
                        boundByDropped.insert(n);
                    if (droppedKinds)
                        droppedKinds->append(kindWord(st.kind));
                    it = kept.erase(it);
                    changed = true;
                } else {
                    ++it;
                }
            }
        }
        // Closure: definitions the kept code reads but does not define, from any block.
        for (bool changed = true; changed;) {
            changed = false;
            QSet<QString> defined;
            QSet<QString> reads;
            for (const Ref &r : kept) {
                for (const QString &n : at(r).defines)
                    defined.insert(n);
                reads.unite(at(r).reads);
            }
            for (const QString &name : std::as_const(reads)) {
                if (defined.contains(name) || isBuiltinName(name))
                    continue;
                const Ref r = lastDefinition(name);
                if (r.valid() && !kept.count(r)) {
                    kept.insert(r);
                    changed = true;
                }
            }
        }
        return kept;
    }

    static QString kindWord(Kind kind)
    {
        switch (kind) {
        case Kind::MainGuard:
            return QStringLiteral("__main__");
        case Kind::Transcript:
            return QStringLiteral(">>>");
        case Kind::Assert:
            return QStringLiteral("assert");
        default:
            return QStringLiteral("usage");
        }
    }

private:
    const QList<QList<PythonSource::Statement>> &m_parsed;
    QStringList m_required;
    QSet<QString> m_callables;
    QSet<QString> m_modules;
};

} // namespace

bool CodeExtractor::hasFence(const QString &markdown)
{
    return !blocks(markdown).isEmpty();
}

CodeExtractor::Solution CodeExtractor::solution(const QString &markdown, const QStringList &languages,
                                                const QStringList &requiredNames)
{
    const QList<Block> all = blocks(markdown);
    if (all.isEmpty())
        return {markdown, QCoreApplication::translate("CodeExtractor", "the whole answer (no code block)")};
    // Candidates: the blocks tagged with a wanted language, else the untagged ones, else all of them.
    QList<int> candidates;
    for (int i = 0; i < all.size(); ++i)
        if (languages.contains(all.at(i).language))
            candidates << i;
    if (candidates.isEmpty())
        for (int i = 0; i < all.size(); ++i)
            if (all.at(i).language.isEmpty())
                candidates << i;
    if (candidates.isEmpty())
        for (int i = 0; i < all.size(); ++i)
            candidates << i;

    // Fragments (indented snippets of methods) are pieces of code shown elsewhere in full.
    QList<int> whole;
    for (int i : std::as_const(candidates))
        if (!all.at(i).fragment)
            whole << i;
    if (!whole.isEmpty())
        candidates = whole;

    QList<QList<PythonSource::Statement>> parsed;
    for (int i : std::as_const(candidates))
        parsed << PythonSource::statements(PythonSource::dedent(all.at(i).code));
    const Selector selector(parsed, requiredNames);
    QStringList dropped;
    const std::set<Ref> kept = selector.select(&dropped);
    if (kept.empty()) {
        // Nothing that defines anything: a plain script. Run the last candidate as it is.
        const Block &last = all.at(candidates.last());
        return {last.code,
                QCoreApplication::translate("CodeExtractor", "block %1 of %2 (no definitions found)")
                    .arg(candidates.last() + 1)
                    .arg(all.size())};
    }
    QStringList parts;
    QList<int> used;
    for (const Ref &r : kept) {
        parts << selector.at(r).text;
        const int blockNumber = candidates.at(r.block) + 1;
        if (!used.contains(blockNumber))
            used << blockNumber;
    }
    QStringList usedText;
    for (int b : std::as_const(used))
        usedText << QString::number(b);
    QString origin = QCoreApplication::translate("CodeExtractor", "code from block(s) %1 of %2")
                         .arg(usedText.join(QStringLiteral(", ")))
                         .arg(all.size());
    if (!dropped.isEmpty())
        origin += QCoreApplication::translate("CodeExtractor", "; left out %n usage statement(s)", nullptr,
                                              int(dropped.size()));
    return {parts.join(QStringLiteral("\n\n")), origin};
}

QString CodeExtractor::pick(const QString &markdown, const QStringList &languages)
{
    return solution(markdown, languages, {}).code;
}
