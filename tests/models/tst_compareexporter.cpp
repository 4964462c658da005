#include "models/compare/compareexporter.h"
#include "models/compare/comparemetrics.h"
#include "models/compare/compareresultjson.h"
#include "models/measure/metricdefinitions.h"
#include "tests/support/samplecomparerun.h"

#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

// Exports of a comparison: JSON parses back to the same run, CSV has one row per cell and the right
// columns (unknown = empty, never 0), Markdown holds the summary table and stability verdicts.
class TestCompareExporter : public QObject
{
    Q_OBJECT

    // Minimal RFC 4180 reader: quoted fields with "" escapes and embedded line breaks.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row.append(field);
                field.clear();
            } else if (c == QLatin1Char('\r')) {
                continue;
            } else if (c == QLatin1Char('\n')) {
                row.append(field);
                rows.append(row);
                row.clear();
                field.clear();
            } else {
                field += c;
            }
        }
        return rows;
    }

private slots:
    void jsonParsesBackToTheSameRun()
    {
        const CompareRun run = SampleCompareRun::make();
        const QByteArray bytes = CompareExporter::toJson(run);
        const nlohmann::json j = nlohmann::json::parse(bytes.toStdString());
        QVERIFY(j.contains("cells") && j.contains("summary") && j.contains("run"));
        QCOMPARE(j["cells"].size(), size_t(run.cells.size()));
        QCOMPARE(j["summary"].size(), size_t(4));

        QString error;
        const std::optional<CompareRun> back = CompareResultJson::fromBytes(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->id, run.id);
        QCOMPARE(back->settings, run.settings);
        QCOMPARE(back->nodes, run.nodes);
        QCOMPARE(back->cells.size(), run.cells.size());
        for (int i = 0; i < run.cells.size(); ++i) {
            const CompareCell &a = run.cells.at(i);
            const CompareCell &b = back->cells.at(i);
            QCOMPARE(b.nodeIndex, a.nodeIndex);
            QCOMPARE(b.result.text, a.result.text);
            QCOMPARE(b.result.state, a.result.state);
            QCOMPARE(b.result.flags, a.result.flags);
            for (const CompareMetric &m : CompareMetric::all())
                QCOMPARE(m.value(b.result.metrics), m.value(a.result.metrics));
            QCOMPARE(b.result.metrics.prefillSource, a.result.metrics.prefillSource);
        }
        // Writing the parsed run again gives the same document.
        QCOMPARE(CompareExporter::toJson(*back), bytes);
    }

    void jsonUsesNullForUnknown()
    {
        const CompareRun run = SampleCompareRun::make();
        const nlohmann::json j = nlohmann::json::parse(CompareExporter::toJson(run).toStdString());
        const nlohmann::json &failed = j["cells"].back();
        QCOMPARE(failed["state"].get<std::string>(), std::string("INCOMPLETE"));
        QVERIFY(failed["ttr_ms"].is_null());
        QVERIFY(failed["decode_tps"].is_null());
        QVERIFY(failed["decode_source"].is_null());
        QVERIFY(failed["completion_tokens"].is_null());
        QVERIFY(failed["server"].is_null());
        QVERIFY(failed["finish_reason"].is_null());
        QVERIFY(failed["ttft_ms"].is_number());
        const nlohmann::json &done = j["cells"][2];
        QVERIFY(done["server"].is_object());
        QCOMPARE(done["server"]["prompt_n"].get<int>(), 12);
        QVERIFY(done["completion_tokens"].is_number_integer());
        QVERIFY(done["error"].is_null());
        QCOMPARE(done["prefill_source"].get<std::string>(), std::string("server"));
        // Warm-ups are marked.
        QCOMPARE(j["cells"][0]["warmup"].get<bool>(), true);
        QCOMPARE(j["cells"][2]["warmup"].get<bool>(), false);
        // Summary: the failed run is not averaged in; spreads say how many runs had a value.
        const nlohmann::json &lastGroup = j["summary"].back();
        QCOMPARE(lastGroup["done"].get<int>(), 1);
        QCOMPARE(lastGroup["ttr_ms"]["n"].get<int>(), 1);
        QCOMPARE(lastGroup["thinking_ms"]["n"].get<int>(), 0);
        QVERIFY(lastGroup["thinking_ms"]["mean"].is_null());
        QVERIFY(lastGroup["stable"].is_null()); // one answer cannot show stability
    }

    // The toggle's request fields come from the node's dialect; "honoured" from what came back.
    void jsonRecordsTheThinkingToggle()
    {
        CompareRun run = SampleCompareRun::make();
        run.nodes[0].backend = Backend::Vllm;
        int done = -1;
        for (int i = 0; i < run.cells.size(); ++i)
            if (run.cells[i].nodeIndex == 0 && run.cells[i].result.state == RunState::Done && !run.cells[i].warmup)
                done = i;
        QVERIFY(done >= 0);
        CompareCell &cell = run.cells[done];
        cell.thinking = false;
        cell.result.flags = QStringList{};
        auto toggle = [&run, done] {
            const nlohmann::json j = nlohmann::json::parse(CompareExporter::toJson(run).toStdString());
            return j["cells"][size_t(done)]["thinking_toggle"];
        };
        QCOMPARE(toggle()["sent"][0].get<std::string>(), std::string("chat_template_kwargs.enable_thinking"));
        QCOMPARE(toggle()["honoured"].get<bool>(), true);
        cell.result.flags = QStringList{MetricFlag::ThinkingToggleIgnored};
        QCOMPARE(toggle()["honoured"].get<bool>(), false);
        cell.result.flags = QStringList{MetricFlag::AnswerInReasoning};
        QCOMPARE(toggle()["honoured"].get<bool>(), false);
        cell.thinking = true;
        cell.result.flags = QStringList{MetricFlag::ThinkingNotReturned};
        QCOMPARE(toggle()["honoured"].get<bool>(), false);
        cell.result.state = RunState::Error;
        QVERIFY(toggle()["honoured"].is_null());
        run.nodes[0].backend = Backend::Anthropic;
        QCOMPARE(toggle()["sent"][0].get<std::string>(), std::string("thinking"));
    }

    void csvHasOneRowPerCellAndAllColumns()
    {
        const CompareRun run = SampleCompareRun::make();
        const QString csv = QString::fromUtf8(CompareExporter::toCsv(run));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), run.cells.size() + 1);
        const QStringList header = rows.constFirst();
        QCOMPARE(header, CompareExporter::csvColumns());
        for (const char *column :
             {"node", "thinking", "run", "warmup", "state", "ttft_ms", "ttfa_ms", "ttr_ms", "prefill_tps",
              "decode_tps", "effective_tps", "thinking_ratio", "flags", "text"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());

        const auto cellOf = [&](int row, const char *column) {
            return rows.at(row).at(header.indexOf(QLatin1String(column)));
        };
        // Row 3 = cells[2]: DGX1, thinking on, run 1.
        QCOMPARE(cellOf(3, "node"), QStringLiteral("DGX1"));
        QCOMPARE(cellOf(3, "thinking"), QStringLiteral("true"));
        QCOMPARE(cellOf(3, "ttft_ms"), QStringLiteral("21.500"));
        QCOMPARE(cellOf(3, "completion_tokens"), QStringLiteral("41"));
        QCOMPARE(cellOf(3, "text"), run.cells.at(2).result.text); // quotes, commas and a newline survive
        QCOMPARE(cellOf(rows.size() - 1, "state"), QStringLiteral("INCOMPLETE"));
        QCOMPARE(cellOf(rows.size() - 1, "ttr_ms"), QString()); // unknown: empty, not 0
        QCOMPARE(cellOf(2, "node"), QStringLiteral("Desktop | 5090"));
        QCOMPARE(cellOf(1, "warmup"), QStringLiteral("true"));
    }

    void csvDefusesFormulas()
    {
        CompareRun run = SampleCompareRun::make();
        run.cells[2].result.text = QStringLiteral("=HYPERLINK(\"http://x\")");
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(CompareExporter::toCsv(run)));
        const qsizetype text = rows.constFirst().indexOf(QStringLiteral("text"));
        QCOMPARE(rows.at(3).at(text), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    }

    void markdownHasTablesAndVerdicts()
    {
        CompareRun run = SampleCompareRun::make();
        run.cells[3].result.text = QStringLiteral("A different answer.");
        const QString md = QString::fromUtf8(CompareExporter::toMarkdown(run));
        QVERIFY(md.startsWith(QStringLiteral("# thinking A/B, capital cities")));
        QVERIFY(md.contains(QStringLiteral("| Node | Thinking | Done | TTFT ms |")));
        QVERIFY(md.contains(QStringLiteral("|---|---|")));
        QVERIFY(md.contains(QStringLiteral("| DGX1 | on | 2/2 | 22.0 (21.5-22.5) |")));
        QVERIFY(md.contains(QStringLiteral("UNSTABLE: 2 different answers in 2 runs")));
        QVERIFY(md.contains(QStringLiteral("STABLE: all 2 runs gave the same answer")));
        QVERIFY(md.contains(QStringLiteral("Desktop \\| 5090"))); // a pipe in a name does not break the table
        QVERIFY(md.contains(QStringLiteral("## Differences between runs")));
        QVERIFY(md.contains(QStringLiteral("{+A different answer.+}")) ||
                md.contains(QStringLiteral("+ A different answer.")));
        QVERIFY(md.contains(run.settings.prompt));
        // Every table row of the summary has the header's column count.
        const QStringList lines = md.split(QLatin1Char('\n'));
        const qsizetype headerIndex =
            lines.indexOf(QRegularExpression(QStringLiteral("^\\| Node \\| Thinking \\| Done.*")));
        QVERIFY(headerIndex >= 0);
        const auto columns = [](const QString &line) {
            return line.count(QRegularExpression(QStringLiteral("(?<!\\\\)\\|")));
        };
        for (qsizetype i = headerIndex + 2; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i)
            QCOMPARE(columns(lines.at(i)), columns(lines.at(headerIndex)));
    }

    void writeUsesSuffixAndReportsErrors()
    {
        QCOMPARE(CompareExporter::formatFromName(QStringLiteral("a/b/report.MD")),
                 CompareExporter::Format::Markdown);
        QCOMPARE(CompareExporter::formatFromName(QStringLiteral("x.csv")), CompareExporter::Format::Csv);
        QCOMPARE(CompareExporter::formatFromName(QStringLiteral("json")), CompareExporter::Format::Json);
        QVERIFY(!CompareExporter::formatFromName(QStringLiteral("x.txt")));
        QTemporaryDir dir;
        const CompareRun run = SampleCompareRun::make();
        const QString path = dir.filePath(QStringLiteral("run.csv"));
        QString error;
        QVERIFY2(CompareExporter::write(run, CompareExporter::Format::Csv, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), CompareExporter::toCsv(run));
        QVERIFY(!CompareExporter::write(run, CompareExporter::Format::Json,
                                        dir.filePath(QStringLiteral("missing/dir/x.json")), &error));
        QVERIFY(!error.isEmpty());
    }

    void fromBytesRejectsOtherDocuments()
    {
        QString error;
        QVERIFY(!CompareResultJson::fromBytes("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!CompareResultJson::fromBytes("{\"nodes\": []}", &error));
        QVERIFY(!CompareResultJson::fromBytes("[1,2]", &error));
    }
};

QTEST_GUILESS_MAIN(TestCompareExporter)
#include "tst_compareexporter.moc"
