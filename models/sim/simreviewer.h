#pragma once

#include "models/sim/simanswer.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

// Simulated code reviewers for pair mode (builder -> reviewer), so the Pair page and its tests run
// without hardware. Every review says SIMULATED in its text. A review request is recognised by the
// verdict line it asks for ("VERDICT:" in the last user message).
//   approve          approves with a short review
//   reject           always rejects with numbered issues
//   rubber-stamp     "looks good", approves anything
//   unparsable       answers without a verdict line
//   judge            rejects code the oracle knows to be bad, approves the rest
//   prompt-sensitive judges only when its system prompt empowers it to fail the code; otherwise it
//                    rubber-stamps (19 of 20 bad answers): the user's "verify" vs "empowered" finding
class SimReviewer final
{
public:
    enum class Mode
    {
        Approve,
        Reject,
        RubberStamp,
        Unparsable,
        Judge,
        PromptSensitive
    };
    // true = known good, false = known bad, nullopt = unknown (approved). Gets the review request text.
    using Oracle = std::function<std::optional<bool>(const QString &reviewRequest)>;

    static bool isReviewRequest(const SimRequest &request);
    static SimAnswer answer(const SimRequest &request, Mode mode, const Oracle &oracle = {});

    static QStringList modeKeys();
    static QString modeKey(Mode mode);
    static std::optional<Mode> modeFromKey(const QString &key);
};
