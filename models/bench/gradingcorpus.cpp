#include "models/bench/gradingcorpus.h"

#include "models/settings/appdatadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

const QStringList &GradingCorpus::classes()
{
    static const QStringList c{
        QStringLiteral("plain"),        QStringLiteral("code-blocks"), QStringLiteral("numbers"),
        QStringLiteral("mentions"),     QStringLiteral("narrow"),      QStringLiteral("partial-credit"),
        QStringLiteral("requirements"), QStringLiteral("refusal"),     QStringLiteral("empty")};
    return c;
}

std::optional<CorpusTask> GradingCorpus::parse(const QByteArray &bytes, const QString &path,
                                               const QString &suiteStem, QStringList *errors)
{
    const int before = errors ? int(errors->size()) : 0;
    auto error = [&](const QString &message) {
        if (errors)
            errors->append(path + QStringLiteral(": ") + message);
    };
    const json root = json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        error(tr("not a JSON object"));
        return std::nullopt;
    }
    CorpusTask t;
    t.path = path;
    t.suiteStem = suiteStem;
    if (!root.contains("task") || !root["task"].is_string()) {
        error(tr("\"task\" must be the task id (a string)"));
        return std::nullopt;
    }
    t.task = QString::fromStdString(root["task"].get<std::string>());
    if (QFileInfo(path).completeBaseName() != t.task)
        error(tr("the file name must be the task id \"%1\"").arg(t.task));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != "task" && it.key() != "right" && it.key() != "wrong" && it.key().rfind('_', 0) != 0)
            error(tr("unknown field \"%1\"").arg(QString::fromStdString(it.key())));
    for (const char *side : {"right", "wrong"}) {
        const bool right = side == std::string("right");
        auto list = root.find(side);
        if (list == root.end() || !list->is_array()) {
            error(tr("\"%1\" must be an array").arg(QLatin1String(side)));
            continue;
        }
        for (size_t i = 0; i < list->size(); ++i) {
            const json &e = (*list)[i];
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(side)).arg(i);
            if (!e.is_object() || !e.contains("answer") || !e["answer"].is_array()) {
                error(tr("%1: needs \"answer\": an array of strings, one per turn").arg(where));
                continue;
            }
            CorpusAnswer a;
            a.right = right;
            a.index = int(i);
            for (const json &turn : e["answer"]) {
                if (!turn.is_string()) {
                    error(tr("%1: every turn of \"answer\" must be a string").arg(where));
                    break;
                }
                a.turns << QString::fromStdString(turn.get<std::string>());
            }
            a.cls = QString::fromStdString(e.value("class", std::string()));
            if (!classes().contains(a.cls))
                error(tr("%1: class \"%2\" is not one of %3")
                          .arg(where, a.cls, classes().join(QStringLiteral(", "))));
            a.note = QString::fromStdString(e.value(right ? "note" : "why", std::string()));
            t.answers.append(a);
        }
    }
    if (errors && errors->size() > before)
        return std::nullopt;
    return t;
}

CorpusLoadReport GradingCorpus::loadDirectory(const QString &dir)
{
    CorpusLoadReport report;
    const QDir root(dir);
    if (!root.exists()) {
        report.errors << tr("%1: no such folder").arg(dir);
        return report;
    }
    for (const QString &stem : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir sub(root.filePath(stem));
        for (const QString &name : sub.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString path = sub.filePath(name);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                report.errors << path + QStringLiteral(": ") + tr("cannot read: %1").arg(f.errorString());
                continue;
            }
            if (auto t = parse(f.readAll(), path, stem, &report.errors))
                report.tasks.append(*t);
        }
    }
    for (const QString &name : root.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        report.errors << root.filePath(name) + QStringLiteral(": ") +
                             tr("a corpus file belongs in a folder named after its suite file");
    return report;
}

QString GradingCorpus::defaultDirectory()
{
    QStringList candidates{AppDataDir::filePath(QStringLiteral("answers"))};
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tokscope/answers");
#ifdef TOKSCOPE_SOURCE_ANSWERS_DIR
    candidates << QStringLiteral(TOKSCOPE_SOURCE_ANSWERS_DIR);
#endif
    for (const QString &dir : std::as_const(candidates))
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    return {};
}

const CorpusTask *GradingCorpus::find(const QList<CorpusTask> &corpus, const QString &suiteStem, const QString &task)
{
    for (const CorpusTask &t : corpus)
        if (t.suiteStem == suiteStem && t.task == task)
            return &t;
    return nullptr;
}
