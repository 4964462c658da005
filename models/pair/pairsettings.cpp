#include "models/pair/pairsettings.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

bool PairSettings::eligible(const Task &task, QString *why)
{
    bool code = false;
    for (const Check &c : task.checks)
        code = code || c.type == CheckType::Code;
    if (!code) {
        if (why)
            *why = QCoreApplication::translate("PairSettings", "task %1 has no code check").arg(task.id);
        return false;
    }
    if (task.turns.size() != 1) {
        if (why)
            *why = QCoreApplication::translate("PairSettings", "task %1 has %2 turns; pair mode takes "
                                                               "single-turn tasks")
                       .arg(task.id)
                       .arg(task.turns.size());
        return false;
    }
    return true;
}

QList<QPair<const Suite *, const Task *>> PairSettings::tasks() const
{
    QList<QPair<const Suite *, const Task *>> out;
    for (const Suite &s : suites)
        for (const Task &t : s.tasks)
            if ((taskIds.isEmpty() || taskIds.contains(t.id)) && eligible(t))
                out.append({&s, &t});
    return out;
}

QStringList PairSettings::unknownTaskIds() const
{
    QStringList unknown;
    for (const QString &id : taskIds) {
        bool found = false;
        for (const Suite &s : suites)
            found = found || s.task(id) != nullptr;
        if (!found)
            unknown << id;
    }
    return unknown;
}

static nlohmann::ordered_json sideJson(const PairSide &side)
{
    nlohmann::ordered_json j;
    j["name"] = side.node.name.toStdString();
    j["url"] = side.node.url.adjusted(QUrl::RemoveUserInfo).toString().toStdString();
    j["simulated"] = side.node.simulated;
    j["thinking"] = side.thinking ? nlohmann::ordered_json(*side.thinking) : nlohmann::ordered_json(nullptr);
    return j;
}

QByteArray PairSettings::toJson() const
{
    nlohmann::ordered_json j;
    j["builder"] = sideJson(builder);
    j["reviewer"] = sideJson(reviewer);
    j["suites"] = nlohmann::ordered_json::array();
    for (const Suite &s : suites)
        j["suites"].push_back(s.name.toStdString());
    j["tasks"] = nlohmann::ordered_json::array();
    for (const QString &t : taskIds)
        j["tasks"].push_back(t.toStdString());
    j["runs"] = runs;
    j["rounds"] = rounds;
    j["reviewer_prompt_key"] = reviewerPromptKey.toStdString();
    j["reviewer_prompt"] = reviewerPrompt.toStdString();
    return QByteArray::fromStdString(j.dump());
}
