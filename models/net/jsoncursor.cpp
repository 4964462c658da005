#include "models/net/jsoncursor.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {
void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Bytes that end a plain run inside a string: the quote, the backslash and control characters.
constexpr std::array<bool, 256> kStringStop = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = true;
    table[size_t('"')] = true;
    table[size_t('\\')] = true;
    return table;
}();

bool isPlain(char c)
{
    return !kStringStop[static_cast<unsigned char>(c)];
}

// Skips a plain run eight bytes at a time (SWAR: a word "has a byte < 0x20, == '\"' or == '\\'" test),
// then byte by byte. Strings are most of a chunk's bytes.
const char *skipPlain(const char *p, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 quote = w ^ (ones * '"');
        const quint64 slash = w ^ (ones * '\\');
        const quint64 hit = ((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote) | ((slash - ones) & ~slash);
        if (hit & highs)
            break;
        p += 8;
    }
    while (p != end && isPlain(*p))
        ++p;
    return p;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

bool JsonCursor::fail(const char *what)
{
    if (!m_failure)
        m_failure = what;
    return false;
}

bool JsonCursor::expect(char c)
{
    if (peek() != c)
        return fail("unexpected character");
    ++m_p;
    return true;
}

bool JsonCursor::hex4(char32_t &value)
{
    if (m_end - m_p < 4)
        return fail("short \\u escape");
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = *m_p++;
        value <<= 4;
        if (isDigit(c))
            value |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= char32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= char32_t(c - 'A' + 10);
        else
            return fail("bad \\u escape");
    }
    return true;
}

bool JsonCursor::readString(QByteArrayView &raw, QByteArray &unescaped, bool &escaped, bool wantValue)
{
    ++m_p; // opening quote
    const char *start = m_p;
    escaped = false;
    while (true) {
        const char *run = m_p;
        m_p = skipPlain(m_p, m_end);
        if (escaped && wantValue)
            unescaped.append(run, m_p - run);
        if (m_p == m_end)
            return fail("unterminated string");
        if (*m_p == '"')
            break;
        if (*m_p != '\\')
            return fail("control character in string");
        if (!escaped && wantValue)
            unescaped = QByteArray(start, m_p - start);
        escaped = true;
        if (++m_p == m_end)
            return fail("unterminated escape");
        const char e = *m_p++;
        char plain = 0;
        switch (e) {
        case '"':
            plain = '"';
            break;
        case '\\':
            plain = '\\';
            break;
        case '/':
            plain = '/';
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            char32_t cp = 0;
            if (!hex4(cp))
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                const char *save = m_p;
                m_p += 2;
                char32_t low = 0;
                if (!hex4(low))
                    return false;
                if (low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    m_p = save; // not a pair: the high half stands alone
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // lone surrogate
            if (wantValue)
                appendUtf8(unescaped, cp);
            continue;
        }
        default:
            return fail("bad escape");
        }
        if (wantValue)
            unescaped.append(plain);
    }
    raw = QByteArrayView(start, m_p - start);
    ++m_p; // closing quote
    return true;
}

bool JsonCursor::readNumber(double &value, bool &integral, qint64 &intValue)
{
    const char *start = m_p;
    if (m_p != m_end && *m_p == '-')
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p))
        return fail("bad number");
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    integral = true;
    if (m_p != m_end && *m_p == '.') {
        integral = false;
        ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad fraction");
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        ++m_p;
        if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail("bad exponent");
        while (m_p != m_end && isDigit(*m_p))
            ++m_p;
    }
    std::from_chars(start, m_p, value);
    if (integral && std::from_chars(start, m_p, intValue).ec != std::errc())
        integral = false; // beyond 64 bits: only the double is meaningful
    return true;
}

bool JsonCursor::literal(const char *word)
{
    const size_t n = std::strlen(word);
    if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
        return fail("bad literal");
    m_p += n;
    return true;
}

bool JsonCursor::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail("nesting too deep");
    switch (peek()) {
    case '{':
        return forEachMember(depth + 1, [&](QByteArrayView) { return skipValue(depth + 1); });
    case '[':
        return forEachElement(depth + 1, [&] { return skipValue(depth + 1); });
    case '"': {
        QByteArrayView raw;
        QByteArray unused;
        bool escaped = false;
        return readString(raw, unused, escaped, false);
    }
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    case '\0':
        return fail("unexpected end");
    default: {
        double d = 0;
        qint64 i = 0;
        bool integral = false;
        return readNumber(d, integral, i);
    }
    }
}

bool JsonCursor::stringInto(QString *target)
{
    if (peek() != '"')
        return skipValue(0);
    QByteArrayView raw;
    QByteArray unescaped;
    bool escaped = false;
    if (!readString(raw, unescaped, escaped, target != nullptr))
        return false;
    if (target)
        *target = escaped ? QString::fromUtf8(unescaped) : QString::fromUtf8(raw);
    return true;
}

bool JsonCursor::rawStringInto(QByteArrayView &target)
{
    if (peek() != '"')
        return skipValue(0);
    QByteArrayView raw;
    QByteArray unused;
    bool escaped = false;
    if (!readString(raw, unused, escaped, false))
        return false;
    target = escaped ? QByteArrayView() : raw;
    return true;
}

bool JsonCursor::numberInto(std::optional<double> *asDouble, std::optional<qint64> *asInt)
{
    const char c = peek();
    if (c != '-' && !isDigit(c))
        return skipValue(0);
    double d = 0;
    qint64 i = 0;
    bool integral = false;
    if (!readNumber(d, integral, i))
        return false;
    if (asDouble)
        *asDouble = d;
    if (asInt)
        *asInt = integral ? i : qint64(std::llround(d));
    return true;
}
