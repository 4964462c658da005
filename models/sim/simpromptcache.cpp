#include "models/sim/simpromptcache.h"

int SimPromptCache::lookup(const QList<quint32> &tokens) const
{
    if (m_blockSize <= 0 || tokens.isEmpty())
        return 0;
    qsizetype best = 0;
    for (const QList<quint32> &entry : m_entries) {
        const qsizetype n = qMin(entry.size(), tokens.size());
        qsizetype i = 0;
        while (i < n && entry[i] == tokens[i])
            ++i;
        best = qMax(best, i);
    }
    best = qMin(best, tokens.size() - 1); // the last prompt token is always evaluated to get logits
    return int(best - best % m_blockSize);
}

void SimPromptCache::store(const QList<quint32> &tokens)
{
    if (m_blockSize <= 0 || tokens.isEmpty())
        return;
    m_entries.removeAll(tokens);
    m_entries.prepend(tokens);
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
}
