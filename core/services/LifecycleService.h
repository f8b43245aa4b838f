#pragma once
// The dossier's life after the receipt (issue 11, DESIGN §1 steps 2-5): handover to the
// deciding agency, tracking and reschedules, results back, return at the counter or by post,
// withdrawal, and the timeline.
//
// Every step that changes something takes the Actor who does it, writes its rows, one
// dossier_events row per dossier (data always has "by" = actor.fullName and "by_user" =
// actor.username) and the outbox row that sends it to the centre, in ONE transaction. Statuses
// change only through isAllowedTransition. A refusal (wrong status, wrong agency, ID mismatch,
// bad S10, not for post) is Error::refused / badInput in Vietnamese and writes nothing.
// The steps are split over LifecycleService.cpp (tracking, withdrawal, timeline),
// LifecycleHandover.cpp and LifecycleReturns.cpp.
#include "domain/Actor.h"
#include "domain/Lifecycle.h"
#include "util/Result.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace pc {
namespace sql {
class Transaction;
}

class Clock;
class Database;

class LifecycleService {
public:
    LifecycleService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // --- Handover (bàn giao) ---
    // Registered dossiers (status 2) not yet handed over, grouped by agency, oldest first.
    Result<QList<PendingAgency>> pendingHandover(const QString &agency = {});
    // One batch HS-{yyyy}-{n} of `agency`: `codes` (empty = every pending dossier of the agency),
    // each moved to 4 with a dossier.handed_over event. Refuses a code not in status 2 or of
    // another agency, an unknown code, and an empty courier; the whole batch or nothing.
    Result<Handover> createHandover(const QString &agency, const QStringList &codes, const QString &courier,
                                    const QString &receiver, const Actor &actor);
    // The agency's signed confirmation (`signer`: who signed there), recorded once.
    Result<Handover> confirmHandover(const QString &handover, const QString &signer, const Actor &actor);
    // Supervisor only; until confirmed; every dossier still at 4 goes back to 2.
    Result<Handover> cancelHandover(const QString &handover, const QString &reason, const Actor &actor);
    // By number (HS-2026-7) or row id; NotFound when there is none.
    Result<Handover> handover(const QString &handover);
    // Every batch a dossier was in, oldest first (the control sheet's transfer rows).
    Result<QList<Handover>> handoversOf(const QString &code);

    // --- Tracking ---
    // A new appointment (UTC, after now) with the reason; replaces the old one in tracking
    // (due_at), the receipt's and earlier ones stay in the events. Only while the agency holds
    // the dossier (status 2, 4, 5 or 6).
    Result<DossierEvent> reschedule(const QString &code, const QDateTime &newAppointmentUtc, const QString &reason, const Actor &actor);
    Result<Timeline> timeline(const QString &code);

    // --- Results and return ---
    // The result arrived at the office: -> 9 (or stays 9 when the centre said so already).
    Result<DossierEvent> receiveResult(const QString &code, const ResultReceipt &what, const Actor &actor);
    Result<QList<WaitingResult>> resultsWaiting();
    // At the counter, status 9 -> 10. The recipient's ID must be the applicant's unless an
    // authorisation document is noted.
    Result<DossierEvent> returnToApplicant(const QString &code, const ReturnRequest &request, const Actor &actor);
    // By post (delivery = post only), status 9 -> 10 with the UPU S10 item number (check digit).
    Result<DossierEvent> dispatchByPost(const QString &code, const QString &s10, const Actor &actor);
    // The post could not deliver: 10 -> 9, the result waits at the counter again.
    Result<DossierEvent> deliveryFailed(const QString &code, const QString &reason, const Actor &actor);
    // The citizen's written request to withdraw: -> 7.
    Result<DossierEvent> withdraw(const QString &code, const QString &reason, const Actor &actor);
    Result<std::optional<ReturnRecord>> latestReturn(const QString &code);

    // Test seam for the crash tests: called inside createHandover's transaction after each
    // handover item is written (argument: items written so far). Production never sets it.
    void setHandoverItemHook(std::function<void(int)> hook) { m_afterHandoverItem = std::move(hook); }

private:
    // The audit row of a step (issue 12), inside the step's transaction: the step and its audit
    // row commit together or not at all. The object is the dossier code or the handover number.
    Status audit(const Actor &actor, const QString &action, const QString &object);
    // The end every dossier step shares: its event (with the outbox row and the status), what
    // the step writes besides (`alsoWrite`), its audit row, then the commit. A failure anywhere
    // leaves the transaction to roll the whole step back.
    Result<DossierEvent> commitStep(sql::Transaction &tx, const Dossier &d, const DossierEvent &e, const Actor &actor,
                                    const QString &action, const std::function<Status()> &alsoWrite = {});
    Database &m_db;
    const Clock &m_clock;
    std::function<void(int)> m_afterHandoverItem;
};

}  // namespace pc
