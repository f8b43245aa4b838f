#pragma once
// Handover batches to the deciding agency (migration 014): numbering per office and year, the
// batch and its list, the agency's confirmation or the cancellation, and the pending list.
#include "domain/Lifecycle.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <optional>

namespace pc {

class HandoverRepository {
public:
    explicit HandoverRepository(QSqlDatabase &db) : m_db(db) {}
    // HS-{year}-{n}: the next number of `unitId` for `year`, advanced in the caller's transaction.
    Result<QString> nextNumber(const QString &unitId, int year);
    // Inserts the batch (h.items' positions and codes; the dossier ids in `dossierIds`, same
    // order) inside the caller's transaction; sets h.id. `afterItem` (may be empty) is called
    // after each item row: the crash tests' seam.
    Status insert(Handover &h, const QList<qint64> &dossierIds, const std::function<void(int)> &afterItem = {});
    // By number (HS-2026-7; the newest such batch) or by row id ("12").
    Result<std::optional<Handover>> find(const QString &numberOrId);
    Result<QList<Handover>> ofDossier(qint64 dossierId);  // every batch the dossier was in, oldest first
    Status markConfirmed(qint64 id, const QDateTime &at, const QString &signer, const QString &byUser);
    Status markCancelled(qint64 id, const QDateTime &at, const QString &byName, const QString &byUser, const QString &reason);
    // Status 2 (registered, not handed over), grouped by agency; agencies ordered by their
    // oldest dossier, dossiers oldest first. `agency` empty = every agency.
    Result<QList<PendingAgency>> pending(const QString &agency);

private:
    Result<Handover> load(QSqlQuery &row);
    QSqlDatabase &m_db;
};

}  // namespace pc
