#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// A small, deterministic reader of Python source: splits a module into its top-level statements and
// tells, for each, what it is, which names it defines, which names it reads and which it calls. It only
// lexes (strings, comments, brackets, line continuations, indentation), so it never runs the code and
// needs no Python; CodeExtractor uses it to decide which parts of an answer form the solution.
// Unknown or broken syntax degrades to "other" statements, never to an error.
class PythonSource final
{
public:
    enum class Kind
    {
        Definition, // def / async def / class (with its decorators)
        Import,     // import x / from x import y
        Assignment, // NAME = ..., a, b = ..., NAME: T = ...
        Mutation,   // obj.attr = ..., table[k] = ..., x += ...
        MainGuard,  // if __name__ == "__main__": ...
        Compound,   // any other if / for / while / with / try / match
        Docstring,  // a bare string literal
        Expression, // any other expression statement (a call, a name)
        Assert,
        Transcript, // a `>>>` interactive session (runs to the end of the source)
        Other       // pass, raise, del, global, return, ...
    };

    struct Statement
    {
        Kind kind = Kind::Other;
        int firstLine = 0; // 0-based, inclusive, in the (dedented) source
        int lastLine = 0;
        QString text;
        QStringList defines; // names bound at module level (def/class name, import names, targets)
        QSet<QString> reads; // identifiers read in the statement (no attributes, keywords, or names a
                             // def/class binds locally: parameters, assignment and loop targets)
        QSet<QString> calls; // identifiers called directly: name(...)
        QSet<QString> methodCallBases; // `x` in x.attr(...): an object (or a module) whose method is called
        QString calledModule;          // Expression: `mod` in `mod.attr(...)`, else empty
        QString importFrom;            // Import: the `from` module, else empty
        bool usesPrintOrAssert = false;
    };

    static QList<Statement> statements(const QString &source);
    // The names a test script imports from `module`: `from module import a, b as c` (gives a, b) and
    // `module.x` attribute uses after `import module`. Looked for anywhere, not only at top level.
    static QStringList namesImportedFrom(const QString &source, const QString &module);
    // Removes the common leading indentation of the non-blank lines (like textwrap.dedent).
    static QString dedent(const QString &source);
    static bool isKeyword(const QString &word);
};
