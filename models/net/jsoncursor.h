#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// A forward-only, validating JSON reader over a byte buffer (RFC 8259). Callers walk the structure
// with forEachMember / forEachElement and either read a value or skip it; skipped values are still
// validated, so malformed input is always reported. No DOM, no allocation for skipped strings.
// Wrong-typed values handed to the *Into readers are skipped (not an error): the caller keeps nullopt.
class JsonCursor final
{
public:
    static constexpr int kMaxDepth = 128;

    explicit JsonCursor(QByteArrayView json)
        : m_begin(json.data()), m_p(json.data()), m_end(json.data() + json.size())
    {}

    // Next non-whitespace character, '\0' at the end. Inline: it runs before every token.
    char peek()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
        return m_p == m_end ? '\0' : *m_p;
    }
    bool atEnd() { return peek() == '\0' && m_p == m_end; }
    const char *position() const { return m_p; }
    qsizetype offset() const { return m_p - m_begin; }
    bool fail(const char *what);
    const char *failure() const { return m_failure; }

    // The cursor must be at '"'. `raw` = bytes between the quotes when nothing was escaped; otherwise
    // `unescaped` holds the decoded UTF-8 (when wantValue) and `escaped` is set.
    bool readString(QByteArrayView &raw, QByteArray &unescaped, bool &escaped, bool wantValue);
    bool readNumber(double &value, bool &integral, qint64 &intValue);
    bool literal(const char *word);
    bool skipValue(int depth);

    bool stringInto(QString *target);
    bool rawStringInto(QByteArrayView &target); // zero-copy; left empty when the string had escapes
    bool numberInto(std::optional<double> *asDouble, std::optional<qint64> *asInt);

    // The cursor must be at '{'. Calls onMember(QByteArrayView key) with the cursor at the value; the
    // callback must consume the value (read or skip) and return false on error.
    template <typename F> bool forEachMember(int depth, F &&onMember);
    // The cursor must be at '['. Calls onElement() with the cursor at each element.
    template <typename F> bool forEachElement(int depth, F &&onElement);

private:
    bool expect(char c);
    bool hex4(char32_t &value);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_failure = nullptr;
};

template <typename F> bool JsonCursor::forEachMember(int depth, F &&onMember)
{
    if (depth > kMaxDepth)
        return fail("nesting too deep");
    ++m_p; // '{'
    if (peek() == '}') {
        ++m_p;
        return true;
    }
    QByteArray keyBuffer;
    while (true) {
        if (peek() != '"')
            return fail("expected a key");
        QByteArrayView raw;
        bool escaped = false;
        if (!readString(raw, keyBuffer, escaped, true) || !expect(':'))
            return false;
        if (!onMember(escaped ? QByteArrayView(keyBuffer) : raw))
            return false;
        const char c = peek();
        if (c != ',' && c != '}')
            return fail("expected , or }");
        ++m_p;
        if (c == '}')
            return true;
    }
}

template <typename F> bool JsonCursor::forEachElement(int depth, F &&onElement)
{
    if (depth > kMaxDepth)
        return fail("nesting too deep");
    ++m_p; // '['
    if (peek() == ']') {
        ++m_p;
        return true;
    }
    while (true) {
        if (!onElement())
            return false;
        const char c = peek();
        if (c != ',' && c != ']')
            return fail("expected , or ]");
        ++m_p;
        if (c == ']')
            return true;
    }
}
