#include "HandoverRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
const QString kColumns = u"id, number, unit_id, agency_name, courier, receiver, created_at, created_by, created_by_user, "
                         "confirmed_at, confirmed_by, confirmed_by_user, cancelled_at, cancelled_by, cancelled_by_user, cancel_reason"_s;
}  // namespace

Result<QString> HandoverRepository::nextNumber(const QString &unitId, int year)
{
    auto r = sql::scalar(m_db, u"INSERT INTO handover_sequences (unit_id, year, last_seq) VALUES (?, ?, 1) "
                               "ON CONFLICT (unit_id, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"_s,
                         {unitId, year});
    if (!r)
        return r.error();
    return u"HS-%1-%2"_s.arg(year).arg(r->toInt());
}

Status HandoverRepository::insert(Handover &h, const QList<qint64> &dossierIds, const std::function<void(int)> &afterItem)
{
    auto r = sql::exec(m_db, u"INSERT INTO handovers (number, unit_id, agency_name, courier, receiver, created_at, created_by, "
                             "created_by_user) VALUES (?,?,?,?,?,?,?,?)"_s,
                       {h.number, h.unitId, h.agency, h.courier, h.receiver, toStoredUtc(h.createdAt), h.createdBy, h.createdByUser});
    if (!r)
        return r.error();
    h.id = r->lastInsertId().toLongLong();
    for (qsizetype i = 0; i < dossierIds.size(); ++i) {
        auto item = sql::exec(m_db, u"INSERT INTO handover_items (handover_id, position, dossier_id) VALUES (?,?,?)"_s,
                              {h.id, int(i + 1), dossierIds.at(i)});
        if (!item)
            return item.error();
        if (afterItem)
            afterItem(int(i + 1));
    }
    return success();
}

Result<Handover> HandoverRepository::load(QSqlQuery &row)
{
    Handover h;
    int c = 0;
    h.id = row.value(c++).toLongLong();
    h.number = row.value(c++).toString();
    h.unitId = row.value(c++).toString();
    h.agency = row.value(c++).toString();
    h.courier = row.value(c++).toString();
    h.receiver = row.value(c++).toString();
    h.createdAt = fromStoredUtc(row.value(c++).toString());
    h.createdBy = row.value(c++).toString();
    h.createdByUser = row.value(c++).toString();
    h.confirmedAt = fromStoredUtc(row.value(c++).toString());
    h.confirmedBy = row.value(c++).toString();
    h.confirmedByUser = row.value(c++).toString();
    h.cancelledAt = fromStoredUtc(row.value(c++).toString());
    h.cancelledBy = row.value(c++).toString();
    h.cancelledByUser = row.value(c++).toString();
    h.cancelReason = row.value(c++).toString();
    auto items = sql::exec(m_db, u"SELECT i.position, d.code, d.procedure_code, d.procedure_name, d.applicant_name, d.sets, "
                                 "d.received_at, d.due_at, d.status, d.note FROM handover_items i JOIN dossiers d ON d.id = i.dossier_id "
                                 "WHERE i.handover_id = ? ORDER BY i.position"_s, {h.id});
    if (!items)
        return items.error();
    while (items->next()) {
        HandoverItem it;
        it.position = items->value(0).toInt();
        it.code = items->value(1).toString();
        it.procedureCode = items->value(2).toString();
        it.procedureName = items->value(3).toString();
        it.applicantName = items->value(4).toString();
        it.sets = items->value(5).toInt();
        it.receivedAt = fromStoredUtc(items->value(6).toString());
        it.dueAt = fromStoredUtc(items->value(7).toString());
        it.status = statusFromCode(items->value(8).toInt()).value_or(DossierStatus::InProgress);
        it.note = items->value(9).toString();
        h.items.append(it);
    }
    return h;
}

Result<std::optional<Handover>> HandoverRepository::find(const QString &numberOrId)
{
    const QString ref = numberOrId.trimmed();
    bool isId = false;
    const qint64 id = ref.toLongLong(&isId);
    auto q = isId ? sql::exec(m_db, u"SELECT "_s + kColumns + u" FROM handovers WHERE id = ?"_s, {id})
                  : sql::exec(m_db, u"SELECT "_s + kColumns + u" FROM handovers WHERE number = ? COLLATE NOCASE ORDER BY id DESC LIMIT 1"_s, {ref});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Handover>();
    auto h = load(q.value());
    if (!h)
        return h.error();
    return std::optional<Handover>(std::move(h).value());
}

Result<QList<Handover>> HandoverRepository::ofDossier(qint64 dossierId)
{
    auto q = sql::exec(m_db, u"SELECT "_s + kColumns + u" FROM handovers WHERE id IN "
                             "(SELECT handover_id FROM handover_items WHERE dossier_id = ?) ORDER BY id"_s, {dossierId});
    if (!q)
        return q.error();
    QList<Handover> out;
    while (q->next()) {
        auto h = load(q.value());
        if (!h)
            return h.error();
        out.append(std::move(h).value());
    }
    return out;
}

Status HandoverRepository::markConfirmed(qint64 id, const QDateTime &at, const QString &signer, const QString &byUser)
{
    auto r = sql::exec(m_db, u"UPDATE handovers SET confirmed_at = ?, confirmed_by = ?, confirmed_by_user = ? WHERE id = ?"_s,
                       {toStoredUtc(at), signer, byUser, id});
    if (!r)
        return r.error();
    return success();
}

Status HandoverRepository::markCancelled(qint64 id, const QDateTime &at, const QString &byName, const QString &byUser, const QString &reason)
{
    auto r = sql::exec(m_db, u"UPDATE handovers SET cancelled_at = ?, cancelled_by = ?, cancelled_by_user = ?, cancel_reason = ? WHERE id = ?"_s,
                       {toStoredUtc(at), byName, byUser, reason, id});
    if (!r)
        return r.error();
    return success();
}

Result<QList<PendingAgency>> HandoverRepository::pending(const QString &agency)
{
    QString where = u"status = 2"_s;
    QVariantList binds;
    if (!agency.isEmpty()) {
        where += u" AND agency_name = ?"_s;
        binds << agency;
    }
    auto q = sql::exec(m_db, u"SELECT agency_name, code, procedure_code, procedure_name, applicant_name, sets, received_at, due_at "
                             "FROM dossiers WHERE "_s + where + u" ORDER BY received_at, id"_s, binds);
    if (!q)
        return q.error();
    QList<PendingAgency> out;  // agencies appear in the order of their oldest dossier
    while (q->next()) {
        const QString name = q->value(0).toString();
        auto group = std::find_if(out.begin(), out.end(), [&](const PendingAgency &a) { return a.agency == name; });
        if (group == out.end()) {
            out.append(PendingAgency{name, {}});
            group = out.end() - 1;
        }
        group->dossiers.append({q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                                q->value(5).toInt(), fromStoredUtc(q->value(6).toString()), fromStoredUtc(q->value(7).toString())});
    }
    return out;
}

}  // namespace pc
