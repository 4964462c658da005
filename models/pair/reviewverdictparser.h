#pragma once

#include "models/pair/pairstep.h"

#include <QString>
#include <QStringList>

// Reads the reviewer's verdict from its visible answer. The reviewer prompt asks for one line
// `VERDICT: APPROVE` or `VERDICT: REJECT` followed by numbered issues. Accepted: any case, Markdown
// emphasis or heading marks around it, APPROVED/REJECTED, ':' or '-' after VERDICT. The last readable
// verdict line wins (the prompt asks for it at the end); a line naming both words (an echo of the
// instructions) and lines inside code fences are ignored. No readable line = Unparsable: the parser
// never guesses from words like "looks good".
class ReviewVerdictParser final
{
public:
    struct Result
    {
        ReviewVerdict verdict = ReviewVerdict::Unparsable;
        QStringList issues; // numbered items after the verdict line (else anywhere outside code), REJECT only
        int line = -1;      // 0-based line of the verdict, -1 when unparsable
    };

    static Result parse(const QString &answer);
};
