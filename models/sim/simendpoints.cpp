#include "models/sim/simendpoints.h"

#include <QUuid>
#include <nlohmann/json.hpp>

using ordered_json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QByteArray dump(const ordered_json &j)
{
    return QByteArray::fromStdString(j.dump());
}

// llama-server's default sampling parameters as /props reports them (recorded, see props-B.json),
// with the reasoning format the user's server runs (--reasoning-format deepseek).
const char *const kLlamaParams =
    R"({"seed":4294967295,"temperature":0.800000011920929,"dynatemp_range":0.0,"dynatemp_exponent":1.0,)"
    R"("top_k":40,"top_p":0.949999988079071,"min_p":0.05000000074505806,"top_n_sigma":-1.0,"xtc_probability":0.0,)"
    R"("xtc_threshold":0.10000000149011612,"typical_p":1.0,"repeat_last_n":64,"repeat_penalty":1.0,)"
    R"("presence_penalty":0.0,"frequency_penalty":0.0,"dry_multiplier":0.0,"dry_base":1.75,"dry_allowed_length":2,)"
    R"("dry_penalty_last_n":64,"mirostat":0,"mirostat_tau":5.0,"mirostat_eta":0.10000000149011612,)"
    R"("adaptive_target":-1.0,"adaptive_decay":0.8999999761581421,"max_tokens":-1,"n_predict":-1,"n_keep":0,)"
    R"("n_discard":0,"ignore_eos":false,"stream":false,"n_probs":0,"min_keep":0,"chat_format":"peg-native",)"
    R"("reasoning_format":"deepseek","reasoning_in_content":false,"generation_prompt":"","samplers":["penalties",)"
    R"("dry","top_n_sigma","top_k","typ_p","top_p","min_p","xtc","temperature"],"speculative.types":"none",)"
    R"("timings_per_token":false,"post_sampling_probs":false,"backend_sampling":false,"lora":[]})";

const char *const kQwenTemplate =
    "{%- for message in messages %}\n    {{- '<|im_start|>' + message.role + '\\n' + message.content + "
    "'<|im_end|>' + '\\n' }}\n{%- endfor %}\n{%- if add_generation_prompt %}\n    {{- "
    "'<|im_start|>assistant\\n' }}\n    {%- if enable_thinking is defined and enable_thinking is false %}\n"
    "        {{- '<think>\\n\\n</think>\\n\\n' }}\n    {%- endif %}\n{%- endif %}\n";

} // namespace

QByteArray SimEndpoints::llamaHealth()
{
    return R"({"status":"ok"})";
}

QByteArray SimEndpoints::llamaModels(const SimProfile &p, qint64 createdSecs)
{
    ordered_json details{{"parent_model", ""}, {"format", "gguf"},     {"family", ""},
                         {"families", {""}},   {"parameter_size", ""}, {"quantization_level", ""}};
    ordered_json ollama{{"name", s(p.modelId)},
                        {"model", s(p.modelId)},
                        {"modified_at", ""},
                        {"size", ""},
                        {"digest", ""},
                        {"type", "model"},
                        {"description", "simulated"},
                        {"tags", {""}},
                        {"capabilities", {"completion"}},
                        {"parameters", ""},
                        {"details", details}};
    ordered_json meta{{"vocab_type", 2},          {"n_vocab", 248320},
                      {"n_ctx", p.contextLength}, {"n_ctx_train", p.trainContext},
                      {"n_embd", 2048},           {"n_params", p.paramCount},
                      {"size", p.fileSizeBytes},  {"ftype", s(p.quantization)}};
    ordered_json model{{"id", s(p.modelId)}, {"aliases", {s(p.modelId)}}, {"tags", ordered_json::array()},
                       {"object", "model"},  {"created", createdSecs},    {"owned_by", "llamacpp"},
                       {"meta", meta}};
    ordered_json root;
    root["models"] = ordered_json::array({ollama});
    root["object"] = "list";
    root["data"] = ordered_json::array({model});
    return dump(root);
}

QByteArray SimEndpoints::llamaProps(const SimProfile &p)
{
    ordered_json root;
    root["default_generation_settings"] = {{"params", ordered_json::parse(kLlamaParams)},
                                           {"n_ctx", p.contextLength}};
    root["total_slots"] = p.slotCount;
    root["model_alias"] = s(p.modelId);
    root["model_ftype"] = s(p.quantization);
    root["model_path"] = s(p.modelPath);
    root["modalities"] = {{"vision", false}, {"video", false}, {"audio", false}};
    root["media_marker"] = "<__media_simulated__>";
    root["endpoint_slots"] = true;
    root["endpoint_props"] = false;
    root["endpoint_metrics"] = true;
    root["ui"] = false;
    root["ui_settings"] = ordered_json::object();
    root["chat_template"] = kQwenTemplate;
    root["chat_template_caps"] = {
        {"supports_object_arguments", true},    {"supports_parallel_tool_calls", true},
        {"supports_preserve_reasoning", false}, {"supports_reasoning_effort", false},
        {"supports_string_content", true},      {"supports_system_role", true},
        {"supports_tool_calls", true},          {"supports_tools", true},
        {"supports_typed_content", false}};
    root["bos_token"] = "<|endoftext|>";
    root["eos_token"] = "<|im_end|>";
    root["build_info"] = s(p.serverVersion);
    root["is_sleeping"] = false;
    root["cors_proxy_enabled"] = false;
    return dump(root);
}

QByteArray SimEndpoints::llamaSlots(const SimProfile &p, const QList<SlotState> &busy)
{
    ordered_json out = ordered_json::array();
    for (int i = 0; i < p.slotCount; ++i) {
        ordered_json slot{{"id", i}, {"n_ctx", p.contextLength}, {"speculative", false}};
        if (i < busy.size()) {
            slot["is_processing"] = true;
            slot["id_task"] = busy[i].taskId;
            slot["n_prompt_tokens"] = busy[i].promptTokens;
            slot["next_token"] = ordered_json::array({ordered_json{{"has_next_token", true},
                                                                   {"has_new_line", false},
                                                                   {"n_remain", busy[i].remaining},
                                                                   {"n_decoded", busy[i].decoded}}});
        } else {
            slot["is_processing"] = false;
        }
        out.push_back(slot);
    }
    return dump(out);
}

QByteArray SimEndpoints::vllmModels(const SimProfile &p, qint64 createdSecs)
{
    const std::string perm = "modelperm-" + s(QUuid::createUuid().toString(QUuid::Id128));
    ordered_json permission{{"id", perm},
                            {"object", "model_permission"},
                            {"created", createdSecs},
                            {"allow_create_engine", false},
                            {"allow_sampling", true},
                            {"allow_logprobs", true},
                            {"allow_search_indices", false},
                            {"allow_view", true},
                            {"allow_fine_tuning", false},
                            {"organization", "*"},
                            {"group", nullptr},
                            {"is_blocking", false}};
    ordered_json model{{"id", s(p.modelId)},
                       {"object", "model"},
                       {"created", createdSecs},
                       {"owned_by", "vllm"},
                       {"root", s(p.modelPath)},
                       {"parent", nullptr},
                       {"max_model_len", p.contextLength},
                       {"permission", ordered_json::array({permission})}};
    return dump(ordered_json{{"object", "list"}, {"data", ordered_json::array({model})}});
}

QByteArray SimEndpoints::vllmVersion(const SimProfile &p)
{
    return dump(ordered_json{{"version", s(p.serverVersion)}});
}

QByteArray SimEndpoints::anthropicModels(const SimProfile &profile)
{
    const std::string id = profile.modelId.toStdString();
    const nlohmann::ordered_json model{{"type", "model"},
                                       {"id", id},
                                       {"display_name", "Claude (simulated)"},
                                       {"created_at", "2026-01-01T00:00:00Z"}};
    const nlohmann::ordered_json j{{"data", nlohmann::ordered_json::array({model})},
                                   {"has_more", false},
                                   {"first_id", id},
                                   {"last_id", id}};
    return QByteArray::fromStdString(j.dump());
}
