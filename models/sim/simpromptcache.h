#pragma once

#include <QList>

// The prompt cache of a simulated node: remembers recent prompts (as token hashes) and says how many
// leading tokens of a new prompt are already computed. blockSize 1 = llama.cpp (any common prefix, but
// at least one token is always evaluated again); 16 = vLLM prefix caching (whole blocks only).
class SimPromptCache final
{
public:
    explicit SimPromptCache(int blockSize, int capacity = 8) : m_blockSize(blockSize), m_capacity(capacity) {}

    int blockSize() const { return m_blockSize; }
    // Cached tokens for this prompt (0 when caching is off); does not store it.
    int lookup(const QList<quint32> &tokens) const;
    void store(const QList<quint32> &tokens);
    void clear() { m_entries.clear(); }

private:
    int m_blockSize;
    int m_capacity;
    QList<QList<quint32>> m_entries; // most recent first
};
