#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <nlohmann/json.hpp>

// Output helpers shared by tokscope-cli commands: JSON on stdout (UTF-8, 2-space indent, one trailing
// newline) and plain aligned text tables. JSON keys are machine keys (snake_case, never translated).
namespace CliOut {

void printJson(const nlohmann::ordered_json &json, QTextStream &out);

// Left-aligned columns separated by two spaces; cells may be empty. Width counts characters, with
// East Asian wide characters (Hangul, CJK) as two so Korean names line up in a terminal.
class TextTable final
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    // A free line printed under the previous row, indented (details, reasons).
    void addNote(const QString &note);
    void print(QTextStream &out) const;

private:
    struct Line
    {
        QStringList cells;
        QString note; // set: a note line instead of cells
    };
    QStringList m_headers;
    QList<Line> m_lines;
};

int displayWidth(const QString &text);

} // namespace CliOut
