#include "models/compare/compareconsensus.h"

#include "models/bench/codeextractor.h"
#include "models/bench/codestructurereader.h"

#include <QCoreApplication>

QString CompareConsensus::label(const CompareRun &run, int nodeIndex, bool thinking)
{
    const QString name = nodeIndex >= 0 && nodeIndex < run.nodes.size() ? run.nodes.at(nodeIndex).name
                                                                        : QString::number(nodeIndex + 1);
    const QList<QPair<int, bool>> groups = run.groups();
    const bool bothModes = groups.contains({nodeIndex, !thinking});
    if (!bothModes)
        return name;
    return thinking ? QCoreApplication::translate("CompareConsensus", "%1 (thinking)").arg(name)
                    : QCoreApplication::translate("CompareConsensus", "%1 (no thinking)").arg(name);
}

QList<QPair<QString, QString>> CompareConsensus::solutions(const CompareRun &run)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[node, thinking] : run.groups()) {
        for (int i : run.measuredCells(node, thinking)) {
            const CompareCell &c = run.cells.at(i);
            if (c.state() != RunState::Done || !CodeExtractor::hasFence(c.result.text))
                continue;
            const QString code =
                CodeExtractor::solution(
                    c.result.text,
                    {QStringLiteral("python"), QStringLiteral("py"), QStringLiteral("python3")}, {})
                    .code;
            out.append({label(run, node, thinking), code});
            break;
        }
    }
    return out;
}

std::optional<CodeConsensus> CompareConsensus::compute(const CompareRun &run)
{
    const QList<QPair<QString, QString>> found = solutions(run);
    if (found.isEmpty())
        return std::nullopt;
    QStringList sources;
    for (const auto &s : found)
        sources << s.second;
    const QList<CodeStructure> structures = CodeStructureReader::read(sources);
    QList<QPair<QString, CodeStructure>> named;
    for (qsizetype i = 0; i < found.size(); ++i)
        named.append({found.at(i).first, structures.value(i)});
    return CodeConsensus::compute(named);
}
