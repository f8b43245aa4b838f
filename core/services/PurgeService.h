#pragma once
// Retention (issue 12): personal data of dossiers RETURNED (status 10) before a date — names,
// ID numbers, phones, e-mails, addresses, also in event data, the search index, guidance
// records and drafts — replaced by a marker. Codes, dates, statuses and events stay.
#include "domain/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>

namespace pc {

class Database;

struct PurgeCounts {
    int dossiers = 0;
    int events = 0;
    int guidance = 0;
    int drafts = 0;
    int waitingForSync = 0;  // returned dossiers skipped: an event still waits for the centre
};

class PurgeService {
public:
    static inline const QString YearsKey = QStringLiteral("retention.years");
    static constexpr int DefaultYears = 5;
    static inline const QString Marker = QStringLiteral("[đã xóa]");

    PurgeService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    int retentionYears();
    Status setRetentionYears(const Actor &actor, int years);  // supervisor
    // The latest `before` date allowed today: dossiers must have been returned retentionYears() ago.
    QDate latestAllowedBefore();
    // Supervisor. dryRun: counts only, nothing written.
    Result<PurgeCounts> purge(const Actor &actor, const QDate &before, bool dryRun);

    // The personal fields of an event's data replaced by the marker (ID numbers, phones,
    // addresses, names of applicant / representative / recipient); document names, codes and
    // the clerk's `by` stay.
    static QJsonObject redactEventData(const QJsonObject &data, bool *changed = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
