#pragma once

#include "models/compare/comparerun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class HistoryDatabase;

// One line of the history list: enough to pick a run without loading its texts.
struct CompareHistoryEntry
{
    QString id;
    QDateTime startedAt;
    QString label;
    QString promptPreview; // first line of the prompt, at most PreviewLength characters
    QStringList nodeNames;
    int cells = 0; // measured cells
    int done = 0;  // of which DONE
};

// Keeps every finished comparison in the history database (component "compare"): prompt, settings,
// node fingerprints, every cell with all metrics, texts, flags, state and error. One run is written
// in one transaction. API keys are never stored: a CompareRun does not hold one, and URLs are
// stored without user info. Uses the HistoryDatabase's connection, on the thread that opened it.
// Schema: migrations() — 1: runs, nodes, cells; 2: run labels and an index on the start time.
class CompareHistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(CompareHistoryStore)

public:
    static constexpr int PreviewLength = 80;

    explicit CompareHistoryStore(HistoryDatabase &database);

    // Applies the component's migrations. False + errorString() when the schema cannot be brought up.
    bool open();
    QString errorString() const { return m_error; }

    static QString component() { return QStringLiteral("compare"); }
    static QStringList migrations();

    bool save(const CompareRun &run);
    // Newest first.
    QList<CompareHistoryEntry> list(int limit = 100, int offset = 0) const;
    std::optional<CompareRun> load(const QString &id) const;
    bool setLabel(const QString &id, const QString &label);
    bool remove(const QString &id);
    int count() const;

private:
    bool fail(const QString &what, const QString &detail) const;

    HistoryDatabase &m_database;
    mutable QString m_error;
};
