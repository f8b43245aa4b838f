#pragma once
// The dossier aggregate in SQLite: the dossier, its submitted documents and its events.
#include "domain/Dossier.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

struct DossierFilter {
    std::optional<DossierStatus> status;
    QString search;          // folded words, all must appear in the search key
    QDateTime receivedFrom;  // UTC, inclusive; invalid = no bound
    QDateTime receivedTo;    // UTC, exclusive
    QString fieldName;       // exact field name as stored on the dossier
    QDateTime appointmentFrom;    // UTC, inclusive
    QDateTime appointmentBefore;  // UTC, exclusive: "due soon" and "overdue"
    bool openOnly = false;   // still with the agency: not returned, refused, withdrawn or stopped
    // The agency's clock is running: open, and not waiting for the citizen's supplement (5).
    // "Due soon" and "overdue" use this: a dossier back with the citizen is nobody's delay.
    bool agencyClockRunning = false;
    // Order of the rows. Newest: newest id first; with a receipt period, newest receipt first;
    // "due soon"/"overdue" (agencyClockRunning with an appointment bound), the nearest
    // appointment first; with indexed search words, newest id first through the search index.
    // A column sort orders by (column, id). Every order pages by keyset, never OFFSET.
    enum class Sort { Newest, Code, Applicant, Procedure, Received, Appointment, StatusCode };
    Sort sort = Sort::Newest;
    bool descending = false;  // for sorts other than Newest
    qint64 beforeId = 0;     // keyset: the id of the previous page's last row; 0 = first page
    int limit = 200;
};

class DossierRepository {
public:
    explicit DossierRepository(QSqlDatabase &db) : m_db(db) {}
    // Inserts the dossier and its documents (inside the caller's transaction); sets d.id.
    Status insert(Dossier &d);
    Status appendEvent(qint64 dossierId, const DossierEvent &e);
    Result<std::optional<Dossier>> findByCode(const QString &code);
    Result<QList<DossierSummary>> list(const DossierFilter &f);
    Result<int> count(const DossierFilter &f);
    // SQLite's plan (EXPLAIN QUERY PLAN detail lines) for the statement list() or count() runs:
    // tests assert that no page or count reads the whole table or sorts it.
    enum class PlanOf { Page, Count };
    Result<QStringList> queryPlan(const DossierFilter &f, PlanOf which);
    // Codes this counter has issued under a unit identifier (before changing its identity).
    Result<int> countIssuedBy(const QString &unitId, int counterNumber);
    // A status decided at the centre. Recorded as an event that is not sent back; skipped when
    // the dossier is unknown, when this change was applied before (eventId), or when the
    // dossier already has a newer event than `at`. Returns whether it was applied.
    Result<bool> applyCentreStatus(const QString &code, DossierStatus status, const QDateTime &at, const QString &eventId, const QString &note);
    Result<QDateTime> latestEventTime();
    // Inside the caller's transaction, after the event that explains the change (DossierEventLog).
    Status setStatus(qint64 dossierId, DossierStatus status);
    Status setDueAt(qint64 dossierId, const QDateTime &dueUtc);  // invalid = no fixed time
    // The newest dossier of this applicant ID and procedure received in [fromUtc, toUtc):
    // the duplicate guard ("same citizen, same procedure, same day").
    Result<std::optional<DossierSummary>> findSameApplicantAndProcedure(const QString &applicantId, const QString &procedureCode,
                                                                        const QDateTime &fromUtc, const QDateTime &toUtc);

private:
    static QString listStatement(const DossierFilter &f, QVariantList &binds);
    QSqlDatabase &m_db;
};

}  // namespace pc
