#include "models/bench/suiteloader.h"

#include "models/bench/regexcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

// Collects errors for one file; knows which task is being read.
struct Reader
{
    QString file;
    QString task;
    QList<SuiteLoadError> *errors;
    int count = 0;

    void error(const QString &field, const QString &message)
    {
        ++count;
        if (errors)
            errors->append({file, task, field, message});
    }

    void rejectUnknown(const json &obj, const QSet<QString> &allowed, const QString &prefix)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!allowed.contains(key) && !key.startsWith(QLatin1Char('_')))
                error(prefix + key,
                      SuiteLoader::tr("unknown field (comments may use keys starting with \"_\")"));
        }
    }

    std::optional<QString> string(const json &obj, const char *key, const QString &field, bool required)
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                error(field, SuiteLoader::tr("missing required field"));
            return std::nullopt;
        }
        if (!it->is_string()) {
            error(field, SuiteLoader::tr("must be a string"));
            return std::nullopt;
        }
        return QString::fromStdString(it->get<std::string>());
    }

    std::optional<double> number(const json &obj, const char *key, const QString &field,
                                 bool required = false)
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                error(field, SuiteLoader::tr("missing required field"));
            return std::nullopt;
        }
        if (!it->is_number()) {
            error(field, SuiteLoader::tr("must be a number"));
            return std::nullopt;
        }
        return it->get<double>();
    }

    std::optional<int> positiveInt(const json &obj, const char *key, const QString &field)
    {
        const auto v = number(obj, key, field);
        if (v && (*v < 0 || *v != double(int(*v)))) {
            error(field, SuiteLoader::tr("must be a whole number >= 0"));
            return std::nullopt;
        }
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }

    // Absent = keep `fallback`; null = nullopt (leave the server default); bool = that.
    std::optional<bool> thinking(const json &obj, const QString &field, std::optional<bool> fallback,
                                 bool nullIsFallback)
    {
        auto it = obj.find("thinking");
        if (it == obj.end())
            return fallback;
        if (it->is_null())
            return nullIsFallback ? fallback : std::nullopt;
        if (!it->is_boolean()) {
            error(field, SuiteLoader::tr("must be true, false or null"));
            return fallback;
        }
        return it->get<bool>();
    }

    QStringList strings(const json &obj, const char *key, const QString &field, bool required)
    {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required)
                error(field, SuiteLoader::tr("missing required field"));
            return {};
        }
        if (!it->is_array()) {
            error(field, SuiteLoader::tr("must be an array of strings"));
            return {};
        }
        QStringList out;
        for (const json &v : *it) {
            if (!v.is_string()) {
                error(field, SuiteLoader::tr("must be an array of strings"));
                return {};
            }
            out << QString::fromStdString(v.get<std::string>());
        }
        if (required && out.isEmpty())
            error(field, SuiteLoader::tr("must not be empty"));
        return out;
    }
};

void applySettings(Reader &r, const json &obj, const QString &prefix, int *maxTokens, int *timeoutS,
                   double *threshold, std::optional<double> *temperature, std::optional<qint64> *seed)
{
    if (const auto v = r.positiveInt(obj, "max_tokens", prefix + QStringLiteral("max_tokens")); v && *v > 0)
        *maxTokens = *v;
    if (const auto v = r.positiveInt(obj, "timeout_s", prefix + QStringLiteral("timeout_s")); v && *v > 0)
        *timeoutS = *v;
    if (const auto v = r.number(obj, "pass_threshold", prefix + QStringLiteral("pass_threshold"))) {
        if (*v < 0 || *v > 100)
            r.error(prefix + QStringLiteral("pass_threshold"), SuiteLoader::tr("must be between 0 and 100"));
        else
            *threshold = *v;
    }
    if (const auto v = r.number(obj, "temperature", prefix + QStringLiteral("temperature")))
        *temperature = *v;
    if (const auto v = r.number(obj, "seed", prefix + QStringLiteral("seed")))
        *seed = qint64(*v);
}

std::optional<Check> parseCheck(Reader &r, const json &obj, const QString &f, int turnCount)
{
    if (!obj.is_object()) {
        r.error(f, SuiteLoader::tr("must be an object"));
        return std::nullopt;
    }
    static const QSet<QString> allowed{
        QStringLiteral("type"),          QStringLiteral("name"),          QStringLiteral("weight"),
        QStringLiteral("turn"),          QStringLiteral("target"),        QStringLiteral("negate"),
        QStringLiteral("normalize"),     QStringLiteral("values"),        QStringLiteral("value"),
        QStringLiteral("mode"),          QStringLiteral("word"),          QStringLiteral("pattern"),
        QStringLiteral("flags"),         QStringLiteral("expected"),      QStringLiteral("tolerance"),
        QStringLiteral("rel_tolerance"), QStringLiteral("required_keys"), QStringLiteral("root"),
        QStringLiteral("options"),       QStringLiteral("option_texts"),  QStringLiteral("min_chars"),
        QStringLiteral("max_chars"),     QStringLiteral("min_words"),     QStringLiteral("max_words"),
        QStringLiteral("min_lines"),     QStringLiteral("max_lines"),     QStringLiteral("language"),
        QStringLiteral("tests"),         QStringLiteral("timeout_s"),     QStringLiteral("memory_mb"),
        QStringLiteral("required"),      QStringLiteral("others"),        QStringLiteral("topics"),
        QStringLiteral("units")};
    const int before = r.count;
    r.rejectUnknown(obj, allowed, f + QLatin1Char('.'));
    Check c;
    const auto typeKey = r.string(obj, "type", f + QStringLiteral(".type"), true);
    if (!typeKey)
        return std::nullopt;
    const auto type = checkTypeFromKey(*typeKey);
    if (!type) {
        r.error(f + QStringLiteral(".type"), SuiteLoader::tr("unknown check type \"%1\"").arg(*typeKey));
        return std::nullopt;
    }
    c.type = *type;
    c.name = r.string(obj, "name", f + QStringLiteral(".name"), false).value_or(QString());
    if (const auto w = r.number(obj, "weight", f + QStringLiteral(".weight"))) {
        if (*w <= 0)
            r.error(f + QStringLiteral(".weight"), SuiteLoader::tr("must be greater than 0"));
        c.weight = *w;
    }
    if (const auto t = r.number(obj, "turn", f + QStringLiteral(".turn"))) {
        c.turn = int(*t);
        if (*t != double(c.turn) || c.turn >= turnCount || c.turn < -turnCount)
            r.error(f + QStringLiteral(".turn"),
                    SuiteLoader::tr("no turn %1 in a task with %n turn(s)", nullptr, turnCount).arg(*t));
    }
    if (const auto target = r.string(obj, "target", f + QStringLiteral(".target"), false)) {
        if (*target == QLatin1String("answer"))
            c.target = CheckTarget::Answer;
        else if (*target == QLatin1String("reasoning"))
            c.target = CheckTarget::Reasoning;
        else if (*target == QLatin1String("both"))
            c.target = CheckTarget::Both;
        else
            r.error(f + QStringLiteral(".target"), SuiteLoader::tr("must be answer, reasoning or both"));
    }
    auto boolField = [&](const char *key, bool fallback) {
        auto it = obj.find(key);
        if (it == obj.end())
            return fallback;
        if (!it->is_boolean()) {
            r.error(f + QLatin1Char('.') + QLatin1String(key), SuiteLoader::tr("must be true or false"));
            return fallback;
        }
        return it->get<bool>();
    };
    c.negate = boolField("negate", false);
    c.required = boolField("required", false);
    c.normalize = boolField("normalize", c.type != CheckType::Regex);

    switch (c.type) {
    case CheckType::Exact:
    case CheckType::Contains: {
        c.values = r.strings(obj, "values", f + QStringLiteral(".values"), !obj.contains("value"));
        if (const auto v = r.string(obj, "value", f + QStringLiteral(".value"), false))
            c.values.prepend(*v);
        const QString mode =
            r.string(obj, "mode", f + QStringLiteral(".mode"), false).value_or(QStringLiteral("any"));
        if (mode != QLatin1String("any") && mode != QLatin1String("all"))
            r.error(f + QStringLiteral(".mode"), SuiteLoader::tr("must be \"any\" or \"all\""));
        c.matchAll = mode == QLatin1String("all");
        c.wholeWord = boolField("word", false);
        break;
    }
    case CheckType::Regex: {
        c.pattern = r.string(obj, "pattern", f + QStringLiteral(".pattern"), true).value_or(QString());
        c.flags = r.string(obj, "flags", f + QStringLiteral(".flags"), false).value_or(QString());
        if (c.flags.contains(QRegularExpression(QStringLiteral("[^ismx]"))))
            r.error(f + QStringLiteral(".flags"), SuiteLoader::tr("only the flags i, s, m and x exist"));
        const QRegularExpression re = RegexCheck::compile(c.pattern, c.flags);
        if (!c.pattern.isEmpty() && !re.isValid())
            r.error(f + QStringLiteral(".pattern"), SuiteLoader::tr("invalid regex: %1 at offset %2")
                                                        .arg(re.errorString())
                                                        .arg(re.patternErrorOffset()));
        break;
    }
    case CheckType::Numeric: {
        c.expected = r.number(obj, "expected", f + QStringLiteral(".expected"), true).value_or(0);
        c.tolerance = r.number(obj, "tolerance", f + QStringLiteral(".tolerance")).value_or(0);
        c.relTolerance = r.number(obj, "rel_tolerance", f + QStringLiteral(".rel_tolerance")).value_or(0);
        if (c.tolerance < 0 || c.relTolerance < 0)
            r.error(f + QStringLiteral(".tolerance"), SuiteLoader::tr("must not be negative"));
        const QString mode =
            r.string(obj, "mode", f + QStringLiteral(".mode"), false).value_or(QStringLiteral("final"));
        if (mode != QLatin1String("final") && mode != QLatin1String("any"))
            r.error(f + QStringLiteral(".mode"), SuiteLoader::tr("must be \"final\" or \"any\""));
        c.anyNumber = mode == QLatin1String("any");
        break;
    }
    case CheckType::Json: {
        c.requiredKeys = r.strings(obj, "required_keys", f + QStringLiteral(".required_keys"), false);
        if (auto it = obj.find("values"); it != obj.end()) {
            if (!it->is_object())
                r.error(f + QStringLiteral(".values"),
                        SuiteLoader::tr("must be an object of path -> expected value"));
            else
                c.expectedValues = *it;
        }
        c.jsonRoot = r.string(obj, "root", f + QStringLiteral(".root"), false).value_or(QString());
        if (!c.jsonRoot.isEmpty() && c.jsonRoot != QLatin1String("object") &&
            c.jsonRoot != QLatin1String("array"))
            r.error(f + QStringLiteral(".root"), SuiteLoader::tr("must be \"object\" or \"array\""));
        break;
    }
    case CheckType::Choice: {
        c.expectedChoice =
            r.string(obj, "expected", f + QStringLiteral(".expected"), true).value_or(QString()).toUpper();
        c.options = r.strings(obj, "options", f + QStringLiteral(".options"), false);
        if (auto it = obj.find("option_texts"); it != obj.end()) {
            if (!it->is_object())
                r.error(f + QStringLiteral(".option_texts"),
                        SuiteLoader::tr("must be an object of letter -> text"));
            else
                for (auto o = it->begin(); o != it->end(); ++o)
                    if (o->is_string())
                        c.optionTexts.append({QString::fromStdString(o.key()).toUpper(),
                                              QString::fromStdString(o->get<std::string>())});
        }
        for (const QString &o : c.options)
            if (o.size() != 1 || !o.at(0).isLetter())
                r.error(f + QStringLiteral(".options"), SuiteLoader::tr("options are single letters"));
        if (c.expectedChoice.size() != 1 || !c.expectedChoice.at(0).isLetter() ||
            (!c.options.isEmpty() && !c.options.contains(c.expectedChoice, Qt::CaseInsensitive)))
            r.error(f + QStringLiteral(".expected"), SuiteLoader::tr("must be one of the option letters"));
        break;
    }
    case CheckType::Length: {
        c.minChars = r.positiveInt(obj, "min_chars", f + QStringLiteral(".min_chars"));
        c.maxChars = r.positiveInt(obj, "max_chars", f + QStringLiteral(".max_chars"));
        c.minWords = r.positiveInt(obj, "min_words", f + QStringLiteral(".min_words"));
        c.maxWords = r.positiveInt(obj, "max_words", f + QStringLiteral(".max_words"));
        c.minLines = r.positiveInt(obj, "min_lines", f + QStringLiteral(".min_lines"));
        c.maxLines = r.positiveInt(obj, "max_lines", f + QStringLiteral(".max_lines"));
        if (!c.minChars && !c.maxChars && !c.minWords && !c.maxWords && !c.minLines && !c.maxLines)
            r.error(f,
                    SuiteLoader::tr("a length check needs at least one of min_/max_ chars, words or lines"));
        break;
    }
    case CheckType::Code: {
        c.language = r.string(obj, "language", f + QStringLiteral(".language"), false)
                         .value_or(QStringLiteral("python"));
        if (c.language != QLatin1String("python"))
            r.error(f + QStringLiteral(".language"), SuiteLoader::tr("only \"python\" is supported"));
        c.tests = r.string(obj, "tests", f + QStringLiteral(".tests"), true).value_or(QString());
        if (const auto t = r.positiveInt(obj, "timeout_s", f + QStringLiteral(".timeout_s")); t && *t > 0)
            c.codeTimeoutS = *t;
        if (const auto m = r.positiveInt(obj, "memory_mb", f + QStringLiteral(".memory_mb")); m && *m >= 32)
            c.memoryMb = *m;
        break;
    }
    }
    if (c.type != CheckType::Exact && c.type != CheckType::Contains && c.type != CheckType::Json &&
        obj.contains("values"))
        r.error(f + QStringLiteral(".values"), SuiteLoader::tr("not used by a %1 check").arg(*typeKey));
    return r.count == before ? std::optional<Check>(c) : std::nullopt;
}

QList<QStringList> parseExamples(Reader &r, const json &obj, const char *key, const QString &f, int turnCount)
{
    QList<QStringList> out;
    auto it = obj.find(key);
    if (it == obj.end())
        return out;
    if (!it->is_array()) {
        r.error(f, SuiteLoader::tr("must be an array of answers (one array of strings per example)"));
        return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const json &ex = (*it)[i];
        const QString ef = f + QStringLiteral("[%1]").arg(i);
        QStringList turns;
        if (ex.is_string() && turnCount == 1) { // single-turn shorthand: "answer"
            turns << QString::fromStdString(ex.get<std::string>());
        } else if (ex.is_array() &&
                   std::all_of(ex.begin(), ex.end(), [](const json &v) { return v.is_string(); })) {
            for (const json &v : ex)
                turns << QString::fromStdString(v.get<std::string>());
        } else {
            r.error(ef, SuiteLoader::tr("must be an array of strings, one per turn"));
            continue;
        }
        if (turns.size() != turnCount)
            r.error(ef, SuiteLoader::tr("has %1 answer(s) but the task has %n turn(s)", nullptr, turnCount)
                            .arg(turns.size()));
        out.append(turns);
    }
    return out;
}

std::optional<Task> parseTask(Reader &r, const json &obj, const QString &f, const SuiteDefaults &d)
{
    if (!obj.is_object()) {
        r.error(f, SuiteLoader::tr("must be an object"));
        return std::nullopt;
    }
    const int before = r.count;
    Task t;
    t.id = r.string(obj, "id", f + QStringLiteral(".id"), true).value_or(QString());
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!t.id.isEmpty() && !idRe.match(t.id).hasMatch())
        r.error(QStringLiteral("id"),
                SuiteLoader::tr("\"%1\" may only contain letters, digits, '.', '_' and '-'").arg(t.id));
    r.task = t.id;
    static const QSet<QString> allowed{
        QStringLiteral("id"),        QStringLiteral("title"),          QStringLiteral("description"),
        QStringLiteral("tags"),      QStringLiteral("thinking"),       QStringLiteral("max_tokens"),
        QStringLiteral("timeout_s"), QStringLiteral("pass_threshold"), QStringLiteral("temperature"),
        QStringLiteral("seed"),      QStringLiteral("system"),         QStringLiteral("turns"),
        QStringLiteral("checks"),    QStringLiteral("examples")};
    r.rejectUnknown(obj, allowed, QString());
    t.title = r.string(obj, "title", QStringLiteral("title"), false).value_or(t.id);
    t.thinking = r.thinking(obj, QStringLiteral("thinking"), d.thinking, true);
    t.maxTokens = d.maxTokens;
    t.timeoutS = d.timeoutS;
    t.passThreshold = d.passThreshold;
    t.temperature = d.temperature;
    t.seed = d.seed;
    applySettings(r, obj, QString(), &t.maxTokens, &t.timeoutS, &t.passThreshold, &t.temperature, &t.seed);
    t.system = r.string(obj, "system", QStringLiteral("system"), false).value_or(QString());
    t.turns = r.strings(obj, "turns", QStringLiteral("turns"), true);
    for (const QString &turn : std::as_const(t.turns))
        if (turn.trimmed().isEmpty())
            r.error(QStringLiteral("turns"), SuiteLoader::tr("a turn is empty"));
    const int turnCount = int(std::max<qsizetype>(1, t.turns.size()));
    auto checks = obj.find("checks");
    if (checks == obj.end() || !checks->is_array() || checks->empty()) {
        r.error(QStringLiteral("checks"), SuiteLoader::tr("must be a non-empty array of checks"));
    } else {
        QSet<QString> names;
        for (size_t i = 0; i < checks->size(); ++i) {
            const QString cf = QStringLiteral("checks[%1]").arg(i);
            if (auto c = parseCheck(r, (*checks)[i], cf, turnCount)) {
                if (c->name.isEmpty()) {
                    c->name = checkTypeKey(c->type);
                    for (int n = 2; names.contains(c->name); ++n)
                        c->name = checkTypeKey(c->type) + QStringLiteral("#%1").arg(n);
                } else if (names.contains(c->name)) {
                    r.error(cf + QStringLiteral(".name"),
                            SuiteLoader::tr("duplicate check name \"%1\"").arg(c->name));
                }
                names.insert(c->name);
                t.checks.append(*c);
            }
        }
    }
    if (auto ex = obj.find("examples"); ex != obj.end()) {
        if (!ex->is_object()) {
            r.error(QStringLiteral("examples"),
                    SuiteLoader::tr("must be an object with \"good\" and/or \"bad\""));
        } else {
            r.rejectUnknown(*ex, {QStringLiteral("good"), QStringLiteral("bad")},
                            QStringLiteral("examples."));
            t.examples.good = parseExamples(r, *ex, "good", QStringLiteral("examples.good"), turnCount);
            t.examples.bad = parseExamples(r, *ex, "bad", QStringLiteral("examples.bad"), turnCount);
        }
    }
    r.task.clear();
    return r.count == before ? std::optional<Task>(t) : std::nullopt;
}

} // namespace

QString SuiteLoadError::toString() const
{
    QString s = QFileInfo(file).fileName();
    if (!task.isEmpty())
        s += QStringLiteral(": task \"%1\"").arg(task);
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    return s + QStringLiteral(": ") + message;
}

QString SuiteLoader::userSuiteDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/suites");
}

std::optional<Suite> SuiteLoader::parse(const QByteArray &bytes, const QString &fileName,
                                        QList<SuiteLoadError> *errors)
{
    Reader r{fileName, QString(), errors};
    json root;
    try {
        root = json::parse(bytes.cbegin(), bytes.cend());
    } catch (const json::parse_error &e) {
        const QByteArray head = bytes.left(qsizetype(e.byte));
        const int line = int(head.count('\n')) + 1;
        const int column = int(head.size() - head.lastIndexOf('\n'));
        r.error(QString(), SuiteLoader::tr("JSON syntax error at line %1, column %2: %3")
                               .arg(line)
                               .arg(column)
                               .arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (!root.is_object()) {
        r.error(QString(), SuiteLoader::tr("the file must hold one JSON object"));
        return std::nullopt;
    }
    static const QSet<QString> allowed{
        QStringLiteral("format"),   QStringLiteral("name"),        QStringLiteral("title"),
        QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("defaults"),
        QStringLiteral("tasks"),    QStringLiteral("version"),     QStringLiteral("author"),
        QStringLiteral("language"), QStringLiteral("tags")};
    r.rejectUnknown(root, allowed, QString());
    Suite s;
    s.sourcePath = fileName;
    s.builtIn = fileName.startsWith(QLatin1String(":/"));
    const auto format = r.number(root, "format", QStringLiteral("format"), true);
    if (format && *format != 1)
        r.error(QStringLiteral("format"),
                SuiteLoader::tr("unsupported format %1 (this version reads format 1)").arg(*format));
    s.name = r.string(root, "name", QStringLiteral("name"), true).value_or(QString());
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!s.name.isEmpty() && !nameRe.match(s.name).hasMatch())
        r.error(QStringLiteral("name"),
                SuiteLoader::tr("\"%1\" may only contain a-z, 0-9, '.', '_' and '-'").arg(s.name));
    s.title = r.string(root, "title", QStringLiteral("title"), false).value_or(s.name);
    s.category = r.string(root, "category", QStringLiteral("category"), false).value_or(QString());
    s.description = r.string(root, "description", QStringLiteral("description"), false).value_or(QString());
    if (auto d = root.find("defaults"); d != root.end()) {
        if (!d->is_object()) {
            r.error(QStringLiteral("defaults"), SuiteLoader::tr("must be an object"));
        } else {
            r.rejectUnknown(*d,
                            {QStringLiteral("thinking"), QStringLiteral("max_tokens"),
                             QStringLiteral("timeout_s"), QStringLiteral("pass_threshold"),
                             QStringLiteral("temperature"), QStringLiteral("seed")},
                            QStringLiteral("defaults."));
            s.defaults.thinking =
                r.thinking(*d, QStringLiteral("defaults.thinking"), s.defaults.thinking, false);
            applySettings(r, *d, QStringLiteral("defaults."), &s.defaults.maxTokens, &s.defaults.timeoutS,
                          &s.defaults.passThreshold, &s.defaults.temperature, &s.defaults.seed);
        }
    }
    auto tasks = root.find("tasks");
    if (tasks == root.end() || !tasks->is_array() || tasks->empty()) {
        r.error(QStringLiteral("tasks"), SuiteLoader::tr("must be a non-empty array of tasks"));
    } else {
        QSet<QString> ids;
        for (size_t i = 0; i < tasks->size(); ++i) {
            if (auto t = parseTask(r, (*tasks)[i], QStringLiteral("tasks[%1]").arg(i), s.defaults)) {
                if (ids.contains(t->id)) {
                    r.task = t->id;
                    r.error(QStringLiteral("id"), SuiteLoader::tr("duplicate task id"));
                    r.task.clear();
                }
                ids.insert(t->id);
                s.tasks.append(*t);
            }
        }
    }
    if (r.count > 0)
        return std::nullopt;
    return s;
}

std::optional<Suite> SuiteLoader::loadFile(const QString &path, QList<SuiteLoadError> *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(
                {path, QString(), QString(), SuiteLoader::tr("cannot read: %1").arg(f.errorString())});
        return std::nullopt;
    }
    return parse(f.readAll(), path, errors);
}

SuiteLoadReport SuiteLoader::loadDirectory(const QString &dir)
{
    SuiteLoadReport report;
    const QDir d(dir);
    const QStringList files =
        d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files)
        if (auto s = loadFile(d.filePath(name), &report.errors))
            report.suites.append(*s);
    return report;
}

SuiteLoadReport SuiteLoader::loadAll(const QStringList &extraDirs, bool includeUserDir)
{
    QStringList dirs{builtInDir()};
    if (includeUserDir)
        dirs << userSuiteDir();
    dirs << extraDirs;
    SuiteLoadReport all;
    for (const QString &dir : std::as_const(dirs)) {
        SuiteLoadReport one = loadDirectory(dir);
        all.errors << one.errors;
        for (Suite &s : one.suites) {
            if (const Suite *first = all.suite(s.name)) {
                all.errors.append({s.sourcePath, QString(), QStringLiteral("name"),
                                   SuiteLoader::tr("suite \"%1\" is already loaded from %2")
                                       .arg(s.name, first->sourcePath)});
                continue;
            }
            all.suites.append(std::move(s));
        }
    }
    return all;
}
