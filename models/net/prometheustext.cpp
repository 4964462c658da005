#include "models/net/prometheustext.h"

#include "models/net/prometheusfamilyresolver.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace PrometheusDetail;

namespace {

// Byte classes for names: metric names [a-zA-Z_:][a-zA-Z0-9_:]*, label names [a-zA-Z_][a-zA-Z0-9_]*.
enum : quint8
{
    NameStart = 1,
    NameChar = 2,
    LabelStart = 4,
    LabelChar = 8
};

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> c{};
    for (int i = 0; i < 256; ++i) {
        const bool alpha = (i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z') || i == '_';
        const bool digit = i >= '0' && i <= '9';
        if (alpha || i == ':')
            c[size_t(i)] |= NameStart | NameChar;
        if (digit)
            c[size_t(i)] |= NameChar | LabelChar;
        if (alpha)
            c[size_t(i)] |= LabelStart | LabelChar;
    }
    return c;
}
constexpr std::array<quint8, 256> kClasses = makeClasses();

inline bool is(char ch, quint8 cls)
{
    return kClasses[static_cast<unsigned char>(ch)] & cls;
}
inline bool isBlank(char ch)
{
    return ch == ' ' || ch == '\t';
}
inline const char *skipBlanks(const char *p, const char *e)
{
    while (p < e && isBlank(*p))
        ++p;
    return p;
}
inline const char *scanToken(const char *p, const char *e)
{
    while (p < e && !isBlank(*p))
        ++p;
    return p;
}

QString snippet(const char *b, const char *e)
{
    constexpr qsizetype maxLen = 40;
    const QByteArrayView v(b, e - b);
    if (v.size() <= maxLen)
        return QString::fromUtf8(v);
    return QString::fromUtf8(v.first(maxLen)) + QStringLiteral("…");
}

struct Fixup
{
    size_t index; // into labels (label value) or families (help)
    qsizetype offset;
    qsizetype length;
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusText) // messages are translated in the PrometheusText context

public:
    explicit Parser(Data &d) : m_d(d), m_families(d) {}

    void run()
    {
        const char *p = m_d.text.constData();
        const char *end = p + m_d.text.size();
        int lineNo = 0;
        while (p < end) {
            ++lineNo;
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const bool terminated = nl != nullptr;
            const char *lineEnd = terminated ? nl : end;
            parseLine(p, lineEnd, lineNo, terminated);
            p = terminated ? nl + 1 : end;
        }
        finalize();
    }

private:
    // Messages are only formatted for the errors that are kept.
    template <typename MakeMessage> void error(int line, MakeMessage &&makeMessage)
    {
        ++m_d.errorCount;
        if (m_d.errors.size() < PrometheusText::MaxRecordedErrors)
            m_d.errors.append({line, makeMessage()});
    }

    void parseLine(const char *b, const char *e, int lineNo, bool terminated)
    {
        while (e > b && (e[-1] == '\r' || isBlank(e[-1])))
            --e;
        b = skipBlanks(b, e);
        if (b == e)
            return;
        if (*b == '#') {
            parseComment(b + 1, e, lineNo);
            return;
        }
        if (!terminated) {
            error(lineNo,
                  [&] { return tr("incomplete last line (no line feed), skipped: %1").arg(snippet(b, e)); });
            return;
        }
        parseSample(b, e, lineNo);
    }

    void parseComment(const char *p, const char *e, int lineNo)
    {
        p = skipBlanks(p, e);
        const char *kwEnd = scanToken(p, e);
        const QByteArrayView keyword(p, kwEnd - p);
        const bool isHelp = keyword == "HELP";
        if (!isHelp && keyword != "TYPE")
            return; // an ordinary comment
        p = skipBlanks(kwEnd, e);
        if (p == e)
            return; // a bare "# HELP" is just a comment

        const char *nameEnd = p;
        if (nameEnd < e && is(*nameEnd, NameStart)) {
            ++nameEnd;
            while (nameEnd < e && is(*nameEnd, NameChar))
                ++nameEnd;
        }
        if (nameEnd == p || (nameEnd < e && !isBlank(*nameEnd))) {
            error(lineNo, [&] {
                return tr("invalid metric name in # %1 line: %2")
                    .arg(QString::fromLatin1(keyword), snippet(p, e));
            });
            return;
        }
        const QByteArrayView name(p, nameEnd - p);
        p = skipBlanks(nameEnd, e);
        const int family = m_families.familyFor(name);
        m_helpSeen.resize(m_d.families.size());
        m_typeSeen.resize(m_d.families.size());
        if (isHelp) {
            if (m_helpSeen[size_t(family)]) {
                error(lineNo,
                      [&] { return tr("second # HELP for %1 ignored").arg(QString::fromLatin1(name)); });
                return;
            }
            m_helpSeen[size_t(family)] = true;
            m_d.families[size_t(family)].help = unescapedHelp(p, e, size_t(family));
        } else {
            const std::optional<PrometheusType> type =
                PrometheusFamilyResolver::typeFromName(QByteArrayView(p, e - p));
            if (!type) {
                error(lineNo, [&] {
                    return tr("unknown metric type \"%1\" for %2")
                        .arg(snippet(p, e), QString::fromLatin1(name));
                });
                return;
            }
            if (m_typeSeen[size_t(family)]) {
                error(lineNo,
                      [&] { return tr("second # TYPE for %1 ignored").arg(QString::fromLatin1(name)); });
                return;
            }
            m_typeSeen[size_t(family)] = true;
            m_families.setType(family, *type);
        }
        m_current = family;
    }

    QByteArrayView unescapedHelp(const char *p, const char *e, size_t family)
    {
        const char *bs = static_cast<const char *>(std::memchr(p, '\\', size_t(e - p)));
        if (!bs)
            return QByteArrayView(p, e - p);
        const qsizetype offset = m_d.arena.size();
        for (; p < e; ++p) {
            if (*p == '\\' && p + 1 < e && (p[1] == '\\' || p[1] == 'n')) {
                ++p;
                m_d.arena.append(*p == 'n' ? '\n' : '\\');
            } else {
                m_d.arena.append(*p);
            }
        }
        m_helpFixups.push_back({family, offset, m_d.arena.size() - offset});
        return {};
    }

    int internName(QByteArrayView name)
    {
        if (m_lastName >= 0 && m_d.names[size_t(m_lastName)].name == name)
            return m_lastName;
        const auto [it, inserted] = m_d.nameIndex.try_emplace(toStd(name), int(m_d.names.size()));
        if (inserted)
            m_d.names.push_back({name, -1, -1, 0});
        m_lastName = it->second;
        return m_lastName;
    }

    // Parses `"..."` starting at p (which points at the opening quote). Returns the position after the
    // closing quote, or nullptr on error (message set).
    const char *parseLabelValue(const char *p, const char *e, QByteArrayView &value, bool &inArena,
                                QString &message)
    {
        const char *start = ++p;
        while (p < e && *p != '"' && *p != '\\')
            ++p;
        if (p < e && *p == '"') {
            value = QByteArrayView(start, p - start);
            inArena = false;
            return p + 1;
        }
        if (p >= e) {
            message = tr("unterminated label value");
            return nullptr;
        }
        // Escapes present: unescape into the arena.
        const qsizetype offset = m_d.arena.size();
        m_d.arena.append(start, p - start);
        while (p < e && *p != '"') {
            if (*p == '\\') {
                if (p + 1 >= e) {
                    message = tr("unterminated label value");
                    m_d.arena.truncate(offset);
                    return nullptr;
                }
                const char c = p[1];
                if (c == '\\' || c == '"')
                    m_d.arena.append(c);
                else if (c == 'n')
                    m_d.arena.append('\n');
                else {
                    message = tr("invalid escape \\%1 in label value").arg(QLatin1Char(c));
                    m_d.arena.truncate(offset);
                    return nullptr;
                }
                p += 2;
            } else {
                m_d.arena.append(*p++);
            }
        }
        if (p >= e) {
            message = tr("unterminated label value");
            m_d.arena.truncate(offset);
            return nullptr;
        }
        value = QByteArrayView(m_d.arena.constData() + offset, m_d.arena.size() - offset); // fixed up later
        inArena = true;
        return p + 1;
    }

    static bool parseValue(const char *b, const char *e, double &out)
    {
        if (b < e && *b == '+') {
            ++b;
            if (b < e && (*b == '-' || *b == '+'))
                return false;
        }
        const auto [ptr, ec] = std::from_chars(b, e, out);
        return ec == std::errc() && ptr == e && b != e;
    }

    void parseSample(const char *b, const char *e, int lineNo)
    {
        const char *p = b;
        if (!is(*p, NameStart)) {
            error(lineNo, [&] { return tr("not a metric line: %1").arg(snippet(b, e)); });
            return;
        }
        while (p < e && is(*p, NameChar))
            ++p;
        const QByteArrayView name(b, p - b);
        p = skipBlanks(p, e);

        const size_t labelBegin = m_d.labels.size();
        const size_t fixupBegin = m_labelFixups.size();
        const qsizetype arenaBegin = m_d.arena.size();
        auto fail = [&](auto &&makeMessage) {
            m_d.labels.resize(labelBegin);
            m_labelFixups.resize(fixupBegin);
            m_d.arena.truncate(arenaBegin);
            error(lineNo, makeMessage);
        };

        if (p < e && *p == '{') {
            p = skipBlanks(p + 1, e);
            while (p < e && *p != '}') {
                const char *ln = p;
                if (!is(*p, LabelStart)) {
                    fail([&] { return tr("invalid label name in %1").arg(snippet(b, e)); });
                    return;
                }
                while (p < e && is(*p, LabelChar))
                    ++p;
                const QByteArrayView labelName(ln, p - ln);
                p = skipBlanks(p, e);
                if (p >= e || *p != '=') {
                    fail([&] {
                        return tr("expected '=' after label %1").arg(QString::fromLatin1(labelName));
                    });
                    return;
                }
                p = skipBlanks(p + 1, e);
                if (p >= e || *p != '"') {
                    fail([&] {
                        return tr("expected '\"' to start the value of label %1")
                            .arg(QString::fromLatin1(labelName));
                    });
                    return;
                }
                QByteArrayView value;
                bool inArena = false;
                QString message;
                p = parseLabelValue(p, e, value, inArena, message);
                if (!p) {
                    fail([&] { return QString(message + QStringLiteral(": ") + snippet(b, e)); });
                    return;
                }
                if (inArena)
                    m_labelFixups.push_back(
                        {m_d.labels.size(), value.data() - m_d.arena.constData(), value.size()});
                m_d.labels.push_back({labelName, value});
                p = skipBlanks(p, e);
                if (p < e && *p == ',')
                    p = skipBlanks(p + 1, e);
                else if (p >= e || *p != '}') {
                    fail([&] {
                        return tr("expected ',' or '}' after a label value in %1").arg(snippet(b, e));
                    });
                    return;
                }
            }
            if (p >= e) {
                fail([&] { return tr("missing '}' in %1").arg(snippet(b, e)); });
                return;
            }
            p = skipBlanks(p + 1, e);
        }

        if (p == e || (p == name.end())) { // no value, or no blank between name and value
            fail([&] { return tr("missing value in %1").arg(snippet(b, e)); });
            return;
        }
        const char *valueEnd = scanToken(p, e);
        double value = 0;
        if (!parseValue(p, valueEnd, value)) {
            fail([&] {
                return tr("invalid value \"%1\" for %2").arg(snippet(p, valueEnd), QString::fromLatin1(name));
            });
            return;
        }
        std::optional<qint64> timestamp;
        p = skipBlanks(valueEnd, e);
        if (p < e) {
            const char *tsEnd = scanToken(p, e);
            qint64 ts = 0;
            const auto [ptr, ec] = std::from_chars(p, tsEnd, ts);
            if (ec != std::errc() || ptr != tsEnd) {
                fail([&] {
                    return tr("invalid timestamp \"%1\" for %2")
                        .arg(snippet(p, tsEnd), QString::fromLatin1(name));
                });
                return;
            }
            timestamp = ts;
            if (skipBlanks(tsEnd, e) != e) {
                fail([&] { return tr("unexpected text after the timestamp: %1").arg(snippet(b, e)); });
                return;
            }
        }

        PrometheusRole role = PrometheusRole::Value;
        const int family = m_families.resolve(name, m_current, role);
        const int nameId = internName(name);
        const int index = int(m_d.samples.size());
        PrometheusSample s;
        s.name = m_d.names[size_t(nameId)].name;
        s.value = value;
        s.timestampMs = timestamp;
        s.family = family;
        s.line = lineNo;
        s.type = family >= 0 ? m_d.families[size_t(family)].type : PrometheusType::Untyped;
        s.role = role;
        m_d.samples.push_back(s);
        m_labelRanges.push_back({labelBegin, m_d.labels.size() - labelBegin});
        m_d.nextSameName.push_back(-1);
        NameEntry &entry = m_d.names[size_t(nameId)];
        if (entry.last >= 0)
            m_d.nextSameName[size_t(entry.last)] = index;
        else
            entry.first = index;
        entry.last = index;
        ++entry.count;
    }

    // Views into the arena and label spans are only stable once parsing has finished.
    void finalize()
    {
        const char *arena = m_d.arena.constData();
        for (const Fixup &f : m_labelFixups)
            m_d.labels[f.index].value = QByteArrayView(arena + f.offset, f.length);
        for (const Fixup &f : m_helpFixups)
            m_d.families[f.index].help = QByteArrayView(arena + f.offset, f.length);
        const PrometheusLabel *labels = m_d.labels.data();
        for (size_t i = 0; i < m_d.samples.size(); ++i)
            m_d.samples[i].labels =
                std::span<const PrometheusLabel>(labels + m_labelRanges[i].first, m_labelRanges[i].second);
    }

    Data &m_d;
    PrometheusFamilyResolver m_families;
    int m_current = -1; // family of the latest # TYPE / # HELP
    int m_lastName = -1;
    std::vector<bool> m_helpSeen;
    std::vector<bool> m_typeSeen;
    std::vector<Fixup> m_labelFixups;
    std::vector<Fixup> m_helpFixups;
    std::vector<std::pair<size_t, size_t>> m_labelRanges;
};

} // namespace

PrometheusExposition PrometheusText::parse(QByteArrayView text)
{
    auto data = std::make_shared<Data>();
    data->text = text.toByteArray();
    // Rough upper bounds keep reallocation rare without counting lines first.
    const size_t expectedSamples = size_t(text.size() / 64 + 16);
    data->samples.reserve(expectedSamples);
    data->nextSameName.reserve(expectedSamples);
    data->labels.reserve(expectedSamples * 2);
    Parser(*data).run();
    return PrometheusExposition(std::move(data));
}
