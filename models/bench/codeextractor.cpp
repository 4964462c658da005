#include "models/bench/codeextractor.h"

#include <QRegularExpression>
#include <QStringList>

QList<CodeExtractor::Block> CodeExtractor::blocks(const QString &markdown)
{
    QList<Block> out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    static const QRegularExpression open(QStringLiteral(R"(^\s{0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$)"));
    QString fence;
    Block current;
    QStringList body;
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (fence.isEmpty()) {
            const QRegularExpressionMatch m = open.match(line);
            if (m.hasMatch()) {
                fence = m.captured(1);
                current = Block{m.captured(2).toLower(), {}};
                body.clear();
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(fence) && trimmed.count(fence.front()) == trimmed.size()) {
            current.code = body.join(QLatin1Char('\n'));
            out.append(current);
            fence.clear();
            continue;
        }
        body.append(line);
    }
    if (!fence.isEmpty() && !body.isEmpty()) { // answer cut off inside a fence: keep what is there
        current.code = body.join(QLatin1Char('\n'));
        out.append(current);
    }
    return out;
}

bool CodeExtractor::hasFence(const QString &markdown)
{
    return !blocks(markdown).isEmpty();
}

QString CodeExtractor::pick(const QString &markdown, const QStringList &languages)
{
    const QList<Block> all = blocks(markdown);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (languages.contains(it->language))
            return it->code;
    const Block *largest = nullptr;
    for (const Block &b : all)
        if (!largest || b.code.size() > largest->code.size())
            largest = &b;
    return largest ? largest->code : QString();
}
