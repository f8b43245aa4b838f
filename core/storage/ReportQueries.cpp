#include "ReportQueries.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
QVariantList bounds(const UtcRange &r) { return {toStoredUtc(r.from), toStoredUtc(r.to)}; }

QString placeholders(int n)
{
    QStringList q;
    for (int i = 0; i < n; ++i)
        q << u"?"_s;
    return q.join(u',');
}

QDateTime storedOrInvalid(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : fromStoredUtc(s);
}

// Statements shared by the queries and plans(): each reads a range of an indexed column.
const QString kByField = u"SELECT field_name, count(*), sum(fee + charge > 0), sum(fee + charge) FROM dossiers "
                         "WHERE received_at >= ? AND received_at < ? GROUP BY field_name ORDER BY field_name"_s;
const QString kByStatus = u"SELECT status, count(*) FROM dossiers WHERE received_at >= ? AND received_at < ? GROUP BY status"_s;
// Statuses 1, 2, 4, 6: the agency's clock runs (QueueService::isOverdue); due_at is the
// appointment in force (schema 14: the receipt's, or the latest rescheduled one; '' = by notice).
// IN on the leading column of dossiers_status_due keeps it a set of index range reads.
const QString kOverdue = u"SELECT count(*) FROM dossiers WHERE status IN (1, 2, 4, 6) AND due_at <> '' AND due_at < ?"_s;
// Dossiers in handover batches made in the range and not cancelled (a cancelled batch sent the
// dossiers back to "Được tiếp nhận": they were not handed over).
const QString kHandedOver = u"SELECT count(DISTINCT i.dossier_id) FROM handovers h JOIN handover_items i ON i.handover_id = h.id "
                            "WHERE h.created_at >= ? AND h.created_at < ? AND h.cancelled_at IS NULL"_s;
// Fees still due that were collected when the result was returned, on the day of the return.
const QString kFeesAtReturn = u"SELECT d.field_name, count(*), sum(r.fee_collected) FROM dossier_returns r JOIN dossiers d ON d.id = r.dossier_id "
                              "WHERE r.returned_at >= ? AND r.returned_at < ? AND r.fee_collected > 0 GROUP BY d.field_name"_s;
const QString kGuidance = u"SELECT kind, count(*) FROM guidance_records WHERE created_at >= ? AND created_at < ? GROUP BY kind"_s;
// The first result of a dossier (status 9 Đã xử lý xong or 10 Đã trả kết quả) inside the range,
// unless it already had one before: a result counts once, in the period it first came.
const QString kOnTime =
    u"SELECT d.agency_name, count(*), sum(r.first_at <= d.due_at) FROM "
    "(SELECT dossier_id, min(at) AS first_at FROM dossier_events WHERE at >= ? AND at < ? AND status IN (9, 10) "
    " GROUP BY dossier_id) r JOIN dossiers d ON d.id = r.dossier_id "
    "WHERE d.due_at <> '' AND NOT EXISTS (SELECT 1 FROM dossier_events p WHERE p.dossier_id = r.dossier_id "
    " AND p.status IN (9, 10) AND p.at < ?) GROUP BY d.agency_name ORDER BY d.agency_name"_s;
const QString kLedger =
    u"SELECT id, ledger_entry, code, procedure_name, sets, applicant_name, address, phone, agency_name, received_at, "
    "appointment_at, status, delivery_method, due_at FROM dossiers WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id"_s;
// The first event of each later step of those dossiers (SQLite gives the bare column `data` of
// the row that holds min(at)).
const QString kLedgerSteps =
    u"SELECT dossier_id, type, min(at), data FROM dossier_events WHERE dossier_id IN "
    "(SELECT id FROM dossiers WHERE received_at >= ? AND received_at < ?) "
    "AND type IN ('dossier.handed_over', 'dossier.result_received', 'dossier.returned', 'dossier.dispatched', 'dossier.withdrawn') "
    "GROUP BY dossier_id, type"_s;
QString eventCountStatement(int types)
{
    return u"SELECT count(DISTINCT dossier_id) FROM dossier_events WHERE at >= ? AND at < ? AND type IN (%1)"_s.arg(placeholders(types));
}
}  // namespace

Result<QList<FieldCount>> ReportQueries::receivedByField(const UtcRange &r)
{
    auto q = sql::exec(m_db, kByField, bounds(r));
    if (!q)
        return q.error();
    QList<FieldCount> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toLongLong()});
    return out;
}

Result<QList<FieldCount>> ReportQueries::feesAtReturnByField(const UtcRange &r)
{
    auto q = sql::exec(m_db, kFeesAtReturn, bounds(r));
    if (!q)
        return q.error();
    QList<FieldCount> out;
    while (q->next())
        out.append({q->value(0).toString(), 0, q->value(1).toInt(), q->value(2).toLongLong()});
    return out;
}

Result<int> ReportQueries::handedOver(const UtcRange &r)
{
    auto v = sql::scalar(m_db, kHandedOver, bounds(r));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QMap<int, int>> ReportQueries::receivedByStatus(const UtcRange &r)
{
    auto q = sql::exec(m_db, kByStatus, bounds(r));
    if (!q)
        return q.error();
    QMap<int, int> out;
    while (q->next())
        out.insert(q->value(0).toInt(), q->value(1).toInt());
    return out;
}

Result<int> ReportQueries::dossiersWithEvent(const QStringList &types, const UtcRange &r)
{
    QVariantList binds = bounds(r);
    for (const QString &t : types)
        binds << t;
    auto v = sql::scalar(m_db, eventCountStatement(int(types.size())), binds);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> ReportQueries::overdueAt(const QDateTime &cutoffUtc)
{
    auto v = sql::scalar(m_db, kOverdue, {toStoredUtc(cutoffUtc)});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QMap<QString, int>> ReportQueries::guidanceByKind(const UtcRange &r)
{
    auto q = sql::exec(m_db, kGuidance, bounds(r));
    if (!q)
        return q.error();
    QMap<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}

Result<QList<AgencyCount>> ReportQueries::onTimeByAgency(const UtcRange &r)
{
    auto q = sql::exec(m_db, kOnTime, bounds(r) << toStoredUtc(r.from));
    if (!q)
        return q.error();
    QList<AgencyCount> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
    return out;
}

Result<QList<LedgerEntry>> ReportQueries::ledger(const UtcRange &r)
{
    auto q = sql::exec(m_db, kLedger, bounds(r));
    if (!q)
        return q.error();
    QList<LedgerEntry> rows;
    QHash<qint64, qsizetype> byId;
    while (q->next()) {
        LedgerEntry e;
        e.id = q->value(0).toLongLong();
        e.ledgerNumber = q->value(1).toInt();
        e.code = q->value(2).toString();
        e.procedureName = q->value(3).toString();
        e.sets = q->value(4).toInt();
        e.applicantName = q->value(5).toString();
        e.address = q->value(6).toString();
        e.phone = q->value(7).toString();
        e.agency = q->value(8).toString();
        e.receivedAt = storedOrInvalid(q->value(9));
        e.appointmentAt = storedOrInvalid(q->value(10));
        e.status = q->value(11).toInt();
        e.deliveryMethod = q->value(12).toString();
        e.dueAt = storedOrInvalid(q->value(13));
        byId.insert(e.id, rows.size());
        rows.append(e);
    }
    auto s = sql::exec(m_db, kLedgerSteps, bounds(r));
    if (!s)
        return s.error();
    while (s->next()) {
        const auto it = byId.constFind(s->value(0).toLongLong());
        if (it == byId.cend())
            continue;
        LedgerEntry &e = rows[*it];
        const QString type = s->value(1).toString();
        const QDateTime at = storedOrInvalid(s->value(2));
        const QJsonObject data = QJsonDocument::fromJson(s->value(3).toString().toUtf8()).object();
        if (type == u"dossier.handed_over")
            e.handedOverAt = at;
        else if (type == u"dossier.result_received")
            e.resultAt = at;
        else if (type == u"dossier.withdrawn")
            e.withdrawnAt = at;
        else if (!e.returnedAt.isValid() || at < e.returnedAt) {  // returned at the counter or dispatched by post
            e.returnedAt = at;
            e.returnedTo = type == u"dossier.dispatched" ? data.value(u"tracking"_s).toString()
                                                         : data.value(u"recipient_name"_s).toString();
        }
    }
    return rows;
}

Result<QStringList> ReportQueries::plans(const UtcRange &r)
{
    const QVariantList b = bounds(r);
    const QList<std::pair<QString, QVariantList>> statements = {
        {kByField, b}, {kByStatus, b}, {kOverdue, {toStoredUtc(r.to)}}, {kGuidance, b},
        {kOnTime, QVariantList(b) << toStoredUtc(r.from)}, {kLedger, b}, {kLedgerSteps, b},
        {eventCountStatement(2), QVariantList(b) << u"dossier.returned"_s << u"dossier.dispatched"_s},
        {kHandedOver, b}, {kFeesAtReturn, b}};
    QStringList lines;
    int n = 0;
    for (const auto &[statement, binds] : statements) {
        ++n;
        auto q = sql::exec(m_db, u"EXPLAIN QUERY PLAN "_s + statement, binds);
        if (!q)
            return q.error();
        while (q->next())
            lines << u"%1: %2"_s.arg(n).arg(q->value(3).toString());
    }
    return lines;
}

}  // namespace pc
