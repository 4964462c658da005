#include "models/bench/pythonsource.h"

#include <algorithm>

namespace {

struct Token
{
    enum Type
    {
        Name,
        String,
        Number,
        Op
    } type = Op;
    QString text;
    int depth = 0; // bracket depth before the token
};

struct LogicalLine
{
    int firstLine = 0;
    int lastLine = 0;
    int indent = 0;
    bool transcript = false;
    QList<Token> tokens;
};

bool isIdentStart(QChar c)
{
    return c == QLatin1Char('_') || c.isLetter();
}

bool isIdentChar(QChar c)
{
    return c == QLatin1Char('_') || c.isLetterOrNumber();
}

bool isStringPrefix(const QString &word)
{
    static const QSet<QString> prefixes{QStringLiteral("r"),  QStringLiteral("u"),  QStringLiteral("b"),
                                        QStringLiteral("f"),  QStringLiteral("br"), QStringLiteral("rb"),
                                        QStringLiteral("fr"), QStringLiteral("rf")};
    return prefixes.contains(word.toLower());
}

// Splits source into logical lines (a statement line with its bracket and backslash continuations).
class Lexer
{
public:
    explicit Lexer(const QString &source) : m_s(source) {}

    QList<LogicalLine> lines()
    {
        QList<LogicalLine> out;
        while (m_i < m_s.size()) {
            // At the start of a physical line outside brackets: measure the indentation.
            int indent = 0;
            while (m_i < m_s.size() &&
                   (m_s.at(m_i) == QLatin1Char(' ') || m_s.at(m_i) == QLatin1Char('\t'))) {
                indent += m_s.at(m_i) == QLatin1Char('\t') ? 8 - indent % 8 : 1;
                ++m_i;
            }
            if (m_i >= m_s.size())
                break;
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('#')) {
                skipToNextLine();
                continue;
            }
            LogicalLine line;
            line.firstLine = m_line;
            line.indent = indent;
            if (QStringView(m_s).mid(m_i, 3) == QLatin1String(">>>")) {
                line.transcript = true;
                line.lastLine = int(m_s.count(QLatin1Char('\n')));
                out.append(line);
                m_i = m_s.size();
                break;
            }
            lexLogicalLine(line);
            line.lastLine = m_line;
            if (m_i < m_s.size())
                ++m_line; // the newline that ended it
            ++m_i;
            if (!line.tokens.isEmpty())
                out.append(line);
        }
        return out;
    }

private:
    void skipToNextLine()
    {
        while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('\n'))
            ++m_i;
        if (m_i < m_s.size()) {
            ++m_i;
            ++m_line;
        }
    }

    // Lexes up to (not past) the newline that ends the logical line; m_i is left on it.
    void lexLogicalLine(LogicalLine &line)
    {
        int depth = 0;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\n')) {
                if (depth > 0) {
                    ++m_line;
                    ++m_i;
                    continue;
                }
                return;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
                c == QLatin1Char('\f')) {
                ++m_i;
                continue;
            }
            if (c == QLatin1Char('#')) {
                while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('\n'))
                    ++m_i;
                continue;
            }
            if (c == QLatin1Char('\\')) { // line continuation
                ++m_i;
                if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('\r'))
                    ++m_i;
                if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('\n')) {
                    ++m_i;
                    ++m_line;
                }
                continue;
            }
            if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                line.tokens.append({Token::String, lexString(), depth});
                continue;
            }
            if (isIdentStart(c)) {
                const int start = m_i;
                while (m_i < m_s.size() && isIdentChar(m_s.at(m_i)))
                    ++m_i;
                const QString word = m_s.mid(start, m_i - start);
                if (m_i < m_s.size() &&
                    (m_s.at(m_i) == QLatin1Char('"') || m_s.at(m_i) == QLatin1Char('\'')) &&
                    isStringPrefix(word)) {
                    line.tokens.append({Token::String, word + lexString(), depth});
                    continue;
                }
                line.tokens.append({Token::Name, word, depth});
                continue;
            }
            if (c.isDigit() || (c == QLatin1Char('.') && m_i + 1 < m_s.size() && m_s.at(m_i + 1).isDigit())) {
                const int start = m_i;
                while (m_i < m_s.size()) {
                    const QChar d = m_s.at(m_i);
                    if (d.isLetterOrNumber() || d == QLatin1Char('_') || d == QLatin1Char('.')) {
                        ++m_i;
                    } else if ((d == QLatin1Char('+') || d == QLatin1Char('-')) &&
                               (m_s.at(m_i - 1) == QLatin1Char('e') || m_s.at(m_i - 1) == QLatin1Char('E'))) {
                        ++m_i;
                    } else {
                        break;
                    }
                }
                line.tokens.append({Token::Number, m_s.mid(start, m_i - start), depth});
                continue;
            }
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                line.tokens.append({Token::Op, QString(c), depth});
                ++depth;
                ++m_i;
                continue;
            }
            if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                depth = std::max(0, depth - 1);
                line.tokens.append({Token::Op, QString(c), depth});
                ++m_i;
                continue;
            }
            static const QStringList ops{
                QStringLiteral("**="), QStringLiteral("//="), QStringLiteral(">>="), QStringLiteral("<<="),
                QStringLiteral("..."), QStringLiteral("->"),  QStringLiteral("**"),  QStringLiteral("//"),
                QStringLiteral("=="),  QStringLiteral("!="),  QStringLiteral("<="),  QStringLiteral(">="),
                QStringLiteral(":="),  QStringLiteral("+="),  QStringLiteral("-="),  QStringLiteral("*="),
                QStringLiteral("/="),  QStringLiteral("%="),  QStringLiteral("&="),  QStringLiteral("|="),
                QStringLiteral("^="),  QStringLiteral("@="),  QStringLiteral("<<"),  QStringLiteral(">>")};
            QString op(c);
            for (const QString &candidate : ops) {
                if (QStringView(m_s).mid(m_i, candidate.size()) == candidate) {
                    op = candidate;
                    break;
                }
            }
            line.tokens.append({Token::Op, op, depth});
            m_i += int(op.size());
        }
    }

    // m_i is on the opening quote. Returns the literal (quotes included); tolerates an unterminated one.
    QString lexString()
    {
        const int start = m_i;
        const QChar q = m_s.at(m_i);
        const bool triple = QStringView(m_s).mid(m_i, 3) == QString(3, q);
        m_i += triple ? 3 : 1;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('\\')) {
                if (m_i + 1 < m_s.size() && m_s.at(m_i + 1) == QLatin1Char('\n'))
                    ++m_line;
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char('\n')) {
                if (!triple)
                    break; // unterminated single-quoted string: stop at the line end
                ++m_line;
            }
            if (c == q) {
                if (!triple) {
                    ++m_i;
                    break;
                }
                if (QStringView(m_s).mid(m_i, 3) == QString(3, q)) {
                    m_i += 3;
                    break;
                }
            }
            ++m_i;
        }
        return m_s.mid(start, m_i - start);
    }

    const QString &m_s;
    int m_i = 0;
    int m_line = 0;
};

const QSet<QString> &keywords()
{
    static const QSet<QString> k{
        QStringLiteral("False"),  QStringLiteral("None"),     QStringLiteral("True"),
        QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),   QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"),     QStringLiteral("pass"),     QStringLiteral("raise"),
        QStringLiteral("return"), QStringLiteral("try"),      QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("yield")};
    return k;
}

bool isName(const QList<Token> &t, int i, const char *word)
{
    return i >= 0 && i < t.size() && t.at(i).type == Token::Name && t.at(i).text == QLatin1String(word);
}

bool isOp(const QList<Token> &t, int i, const char *op)
{
    return i >= 0 && i < t.size() && t.at(i).type == Token::Op && t.at(i).text == QLatin1String(op);
}

// Names bound by an import statement's tokens.
QStringList importNames(const QList<Token> &t, QString *fromModule)
{
    QStringList names;
    int i = 0;
    if (isName(t, 0, "from")) {
        QString module;
        for (i = 1; i < t.size() && !isName(t, i, "import"); ++i)
            module += t.at(i).text;
        if (fromModule)
            *fromModule = module;
        ++i;
    } else {
        i = 1;
    }
    const bool plainImport = isName(t, 0, "import");
    QString first;
    QString alias;
    bool afterAs = false;
    bool sawDot = false;
    auto flush = [&] {
        const QString n = !alias.isEmpty() ? alias : first;
        if (!n.isEmpty())
            names << n;
        first.clear();
        alias.clear();
        afterAs = false;
        sawDot = false;
    };
    for (; i < t.size(); ++i) {
        const Token &tok = t.at(i);
        if (tok.type == Token::Op && tok.text == QLatin1String(",")) {
            flush();
            continue;
        }
        if (tok.type == Token::Op && tok.text == QLatin1String("."))
            sawDot = true;
        if (tok.type != Token::Name)
            continue;
        if (tok.text == QLatin1String("as")) {
            afterAs = true;
            continue;
        }
        if (afterAs)
            alias = tok.text;
        else if (first.isEmpty() && !(sawDot && !plainImport))
            first = tok.text;
    }
    flush();
    return names;
}

QString joinLines(const QStringList &lines, int first, int last)
{
    QStringList part;
    for (int i = first; i <= last && i < lines.size(); ++i)
        part << lines.at(i);
    while (!part.isEmpty() && part.last().trimmed().isEmpty())
        part.removeLast();
    return part.join(QLatin1Char('\n'));
}

// Names a def/class binds in its own scopes: parameters (and lambda parameters), assignment targets at
// the start of a line, `for x in` / `as x` targets, nested def/class names. Lexical and approximate:
// enough to tell a helper the code needs from a local variable that happens to share its name.
QSet<QString> localNames(const QList<LogicalLine> &group)
{
    QSet<QString> out;
    for (const LogicalLine &l : group) {
        const QList<Token> &t = l.tokens;
        for (int i = 0; i < t.size(); ++i) {
            const Token &tok = t.at(i);
            if (tok.type != Token::Name)
                continue;
            if ((tok.text == QLatin1String("def") || tok.text == QLatin1String("class")) &&
                i + 1 < t.size()) {
                if (l.indent > 0)
                    out.insert(t.at(i + 1).text);
                // Parameters: names at depth 1 inside the parentheses that follow `def name`.
                if (tok.text == QLatin1String("def") && isOp(t, i + 2, "(")) {
                    const int depth = t.at(i + 2).depth + 1;
                    for (int j = i + 3; j < t.size() && !(isOp(t, j, ")") && t.at(j).depth == depth - 1); ++j)
                        if (t.at(j).type == Token::Name && t.at(j).depth == depth &&
                            (isOp(t, j - 1, "(") || isOp(t, j - 1, ",") || isOp(t, j - 1, "*") ||
                             isOp(t, j - 1, "**")))
                            out.insert(t.at(j).text);
                }
            } else if (tok.text == QLatin1String("lambda")) {
                for (int j = i + 1; j < t.size() && !isOp(t, j, ":"); ++j)
                    if (t.at(j).type == Token::Name)
                        out.insert(t.at(j).text);
            } else if (tok.text == QLatin1String("for")) {
                for (int j = i + 1; j < t.size() && !isName(t, j, "in"); ++j)
                    if (t.at(j).type == Token::Name)
                        out.insert(t.at(j).text);
            } else if (tok.text == QLatin1String("as") && i + 1 < t.size() &&
                       t.at(i + 1).type == Token::Name) {
                out.insert(t.at(i + 1).text);
            } else if (isOp(t, i + 1, ":=")) {
                out.insert(tok.text);
            }
        }
        // Assignment targets at the start of an indented line: `x = ...`, `a, b = ...`, `x: int = ...`.
        if (l.indent == 0)
            continue;
        int assign = -1;
        for (int i = 0; i < t.size(); ++i) {
            if (t.at(i).type == Token::Op && t.at(i).depth == 0 &&
                (t.at(i).text == QLatin1String("=") ||
                 t.at(i).text.endsWith(QLatin1Char('=')) && t.at(i).text.size() >= 2 &&
                     t.at(i).text != QLatin1String("==") && t.at(i).text != QLatin1String("<=") &&
                     t.at(i).text != QLatin1String(">=") && t.at(i).text != QLatin1String("!="))) {
                assign = i;
                break;
            }
            if (t.at(i).type == Token::Name && keywords().contains(t.at(i).text))
                break;
        }
        for (int i = 0; i < assign; ++i) {
            if (t.at(i).type == Token::Name && t.at(i).depth == 0 && !isOp(t, i - 1, ".") &&
                !isOp(t, i + 1, ".") && !isOp(t, i + 1, "["))
                out.insert(t.at(i).text);
            if (isOp(t, i, ":") && t.at(i).depth == 0)
                break;
        }
    }
    return out;
}

void classify(PythonSource::Statement &st, const QList<LogicalLine> &group)
{
    using Kind = PythonSource::Kind;
    QList<Token> all;
    for (const LogicalLine &l : group)
        all += l.tokens;
    // Reads and calls over every token of the statement.
    for (int i = 0; i < all.size(); ++i) {
        const Token &tok = all.at(i);
        if (tok.type != Token::Name)
            continue;
        if (tok.text == QLatin1String("print") || tok.text == QLatin1String("assert"))
            st.usesPrintOrAssert = true;
        if (keywords().contains(tok.text) || isOp(all, i - 1, "."))
            continue;
        if (isName(all, i - 1, "def") || isName(all, i - 1, "class"))
            continue;
        if (tok.depth > 0 && isOp(all, i + 1, "=")) // keyword argument or parameter default
            continue;
        st.reads.insert(tok.text);
        if (isOp(all, i + 1, "("))
            st.calls.insert(tok.text);
        if (isOp(all, i + 1, ".") && i + 3 < all.size() && all.at(i + 2).type == Token::Name &&
            isOp(all, i + 3, "("))
            st.methodCallBases.insert(tok.text);
    }

    // Decorators lead to the def/class they decorate.
    int head = 0;
    while (head < group.size() && !group.at(head).tokens.isEmpty() && isOp(group.at(head).tokens, 0, "@"))
        ++head;
    if (head >= group.size()) {
        st.kind = Kind::Other;
        return;
    }
    const QList<Token> &t = group.at(head).tokens;
    if (t.isEmpty()) {
        st.kind = Kind::Other;
        return;
    }
    const int d = isName(t, 0, "async") ? 1 : 0;
    if (isName(t, d, "def") || isName(t, d, "class")) {
        st.kind = Kind::Definition;
        if (d + 1 < t.size() && t.at(d + 1).type == Token::Name)
            st.defines << t.at(d + 1).text;
        // Names bound inside (parameters, locals, loop and `as` targets) are not reads of module names.
        const QSet<QString> locals = localNames(group);
        for (const QString &n : locals)
            st.reads.remove(n);
        return;
    }
    if (isName(t, 0, "import") ||
        (isName(t, 0, "from") && std::any_of(t.cbegin(), t.cend(), [](const Token &x) {
             return x.type == Token::Name && x.text == QLatin1String("import");
         }))) {
        st.kind = Kind::Import;
        st.defines = importNames(t, &st.importFrom);
        return;
    }
    if (isName(t, 0, "if")) {
        const bool name = std::any_of(t.cbegin(), t.cend(), [](const Token &x) {
            return x.type == Token::Name && x.text == QLatin1String("__name__");
        });
        const bool main = std::any_of(t.cbegin(), t.cend(), [](const Token &x) {
            return x.type == Token::String && x.text.contains(QLatin1String("__main__"));
        });
        if (name && main) {
            st.kind = Kind::MainGuard;
            return;
        }
    }
    const bool endsWithColon = isOp(t, int(t.size()) - 1, ":");
    if (isName(t, d, "if") || isName(t, d, "for") || isName(t, d, "while") || isName(t, d, "with") ||
        isName(t, 0, "try") || (isName(t, 0, "match") && endsWithColon)) {
        st.kind = Kind::Compound;
        // Names bound inside (try: import x / except: x = None): the nested statements' targets.
        const QList<PythonSource::Statement> inner = [&] {
            QStringList body = st.text.split(QLatin1Char('\n'));
            QStringList nested;
            for (const QString &line : body)
                if (!line.isEmpty() && line.at(0).isSpace())
                    nested << line;
            return PythonSource::statements(PythonSource::dedent(nested.join(QLatin1Char('\n'))));
        }();
        for (const PythonSource::Statement &s : inner)
            st.defines += s.defines;
        return;
    }
    if (isName(t, 0, "assert")) {
        st.kind = Kind::Assert;
        return;
    }
    static const QSet<QString> simple{
        QStringLiteral("pass"),   QStringLiteral("raise"),    QStringLiteral("del"),
        QStringLiteral("global"), QStringLiteral("nonlocal"), QStringLiteral("return"),
        QStringLiteral("break"),  QStringLiteral("continue"), QStringLiteral("yield")};
    if (t.at(0).type == Token::Name && simple.contains(t.at(0).text)) {
        st.kind = Kind::Other;
        return;
    }
    if (std::all_of(t.cbegin(), t.cend(), [](const Token &x) { return x.type == Token::String; })) {
        st.kind = Kind::Docstring;
        return;
    }
    // Assignment: "=" at depth 0 before any lambda; targets are the segments before the last "=".
    int lastAssign = -1;
    bool augmented = false;
    static const QSet<QString> augOps{QStringLiteral("+="),  QStringLiteral("-="),  QStringLiteral("*="),
                                      QStringLiteral("/="),  QStringLiteral("//="), QStringLiteral("%="),
                                      QStringLiteral("**="), QStringLiteral("&="),  QStringLiteral("|="),
                                      QStringLiteral("^="),  QStringLiteral(">>="), QStringLiteral("<<="),
                                      QStringLiteral("@=")};
    for (int i = 0; i < t.size(); ++i) {
        const Token &tok = t.at(i);
        if (tok.type == Token::Name && tok.text == QLatin1String("lambda"))
            break;
        if (tok.type != Token::Op || tok.depth != 0)
            continue;
        if (tok.text == QLatin1String("="))
            lastAssign = i;
        else if (augOps.contains(tok.text) && lastAssign < 0)
            augmented = true;
    }
    if (augmented && lastAssign < 0) {
        st.kind = Kind::Mutation;
        return;
    }
    // Annotated name without a value: NAME: T
    if (lastAssign < 0 && t.size() >= 2 && t.at(0).type == Token::Name && isOp(t, 1, ":")) {
        st.kind = Kind::Assignment;
        st.defines << t.at(0).text;
        return;
    }
    if (lastAssign > 0) {
        bool mutation = false;
        QStringList targets;
        bool inAnnotation = false;
        for (int i = 0; i < lastAssign; ++i) {
            const Token &tok = t.at(i);
            if (tok.type == Token::Op && tok.text == QLatin1String("=")) {
                inAnnotation = false;
                continue;
            }
            if (tok.type == Token::Op && tok.text == QLatin1String(":") && tok.depth == 0) {
                inAnnotation = true;
                continue;
            }
            if (inAnnotation)
                continue;
            if (tok.type == Token::Op &&
                (tok.text == QLatin1String(".") ||
                 (tok.text == QLatin1String("[") && i > 0 && t.at(i - 1).type != Token::Op))) {
                mutation = true;
            }
            if (tok.type == Token::Name && !keywords().contains(tok.text))
                targets << tok.text;
        }
        if (mutation) {
            st.kind = Kind::Mutation;
            return;
        }
        st.kind = Kind::Assignment;
        st.defines = targets;
        return;
    }
    st.kind = Kind::Expression;
    if (t.size() >= 4 && t.at(0).type == Token::Name && isOp(t, 1, ".") && t.at(2).type == Token::Name &&
        isOp(t, 3, "("))
        st.calledModule = t.at(0).text;
}

} // namespace

bool PythonSource::isKeyword(const QString &word)
{
    return keywords().contains(word);
}

QString PythonSource::dedent(const QString &source)
{
    const QStringList lines = source.split(QLatin1Char('\n'));
    int common = -1;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        int n = 0;
        while (n < line.size() && (line.at(n) == QLatin1Char(' ') || line.at(n) == QLatin1Char('\t')))
            ++n;
        common = common < 0 ? n : std::min(common, n);
    }
    if (common <= 0)
        return source;
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines)
        out << (line.trimmed().isEmpty() ? QString() : line.mid(common));
    return out.join(QLatin1Char('\n'));
}

QList<PythonSource::Statement> PythonSource::statements(const QString &source)
{
    const QList<LogicalLine> logical = Lexer(source).lines();
    const QStringList physical = source.split(QLatin1Char('\n'));
    // Group logical lines into top-level statements.
    QList<QList<LogicalLine>> groups;
    bool pendingDecorator = false;
    static const QSet<QString> continuation{QStringLiteral("elif"), QStringLiteral("else"),
                                            QStringLiteral("except"), QStringLiteral("finally")};
    for (const LogicalLine &l : logical) {
        const bool startsClause = !l.tokens.isEmpty() && l.tokens.at(0).type == Token::Name &&
                                  continuation.contains(l.tokens.at(0).text);
        const bool newStatement = l.transcript || (l.indent == 0 && !startsClause && !pendingDecorator);
        if (newStatement || groups.isEmpty())
            groups.append({l});
        else
            groups.last().append(l);
        if (l.indent == 0 && !l.transcript)
            pendingDecorator = !l.tokens.isEmpty() && isOp(l.tokens, 0, "@");
    }
    QList<Statement> out;
    out.reserve(groups.size());
    for (const QList<LogicalLine> &g : groups) {
        Statement st;
        st.firstLine = g.first().firstLine;
        st.lastLine = g.last().lastLine;
        st.text = joinLines(physical, st.firstLine, st.lastLine);
        if (g.first().transcript) {
            st.kind = Kind::Transcript;
        } else {
            classify(st, g);
        }
        out.append(st);
    }
    return out;
}

QStringList PythonSource::namesImportedFrom(const QString &source, const QString &module)
{
    QStringList names;
    bool moduleImported = false;
    const QList<LogicalLine> logical = Lexer(source).lines();
    for (const LogicalLine &l : logical) {
        const QList<Token> &t = l.tokens;
        if (isName(t, 0, "from") && t.size() > 2 && t.at(1).text == module && isName(t, 2, "import")) {
            QList<Token> clause = t;
            // Names, not aliases: the solution must define `a` in `from solution import a as b`.
            for (int i = 3; i < clause.size(); ++i) {
                const Token &tok = clause.at(i);
                if (tok.type == Token::Name && tok.text != QLatin1String("as") &&
                    !isName(clause, i - 1, "as") && !names.contains(tok.text))
                    names << tok.text;
            }
        } else if (isName(t, 0, "import")) {
            for (int i = 1; i < t.size(); ++i)
                if (t.at(i).type == Token::Name && t.at(i).text == module && !isOp(t, i - 1, "."))
                    moduleImported = true;
        }
        if (!moduleImported)
            continue;
        for (int i = 0; i + 2 < t.size(); ++i)
            if (t.at(i).type == Token::Name && t.at(i).text == module && isOp(t, i + 1, ".") &&
                t.at(i + 2).type == Token::Name && !names.contains(t.at(i + 2).text))
                names << t.at(i + 2).text;
    }
    return names;
}
