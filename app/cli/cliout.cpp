#include "app/cli/cliout.h"

#include <algorithm>

namespace CliOut {

void printJson(const nlohmann::ordered_json &json, QTextStream &out)
{
    out << QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)) << '\n';
    out.flush();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFF00 && u <= 0xFF60);
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return width;
}

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    m_lines.append({std::move(cells), {}});
}

void TextTable::addNote(const QString &note)
{
    m_lines.append({{}, note});
}

void TextTable::print(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(displayWidth(h));
    for (const Line &line : m_lines) {
        for (qsizetype i = 0; i < line.cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(line.cells[i]));
    }
    const auto printCells = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            text += cell;
            if (i + 1 < widths.size())
                text += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    printCells(m_headers);
    for (const Line &line : m_lines) {
        if (line.note.isNull())
            printCells(line.cells);
        else
            out << "    " << line.note << '\n';
    }
    out.flush();
}

} // namespace CliOut
