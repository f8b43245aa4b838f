#include "DossierRepository.h"

#include "SqlHelpers.h"
#include "domain/DossierCode.h"
#include "util/Clock.h"
#include "util/TextFold.h"

#include <QHash>
#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>

namespace pc {

QString deliveryMethodKey(DeliveryMethod m) { return m == DeliveryMethod::Post ? QStringLiteral("post") : QStringLiteral("counter"); }

namespace {
// Stored keys of Duration::Kind (migration 009).
constexpr std::pair<Duration::Kind, const char16_t *> durationKinds[] = {
    {Duration::Kind::WorkingDays, u"working_days"}, {Duration::Kind::WorkingHours, u"working_hours"},
    {Duration::Kind::CalendarDays, u"calendar_days"}, {Duration::Kind::ByNotice, u"by_notice"}};

QString durationKindKey(Duration::Kind k)
{
    for (const auto &[kind, key] : durationKinds)
        if (kind == k)
            return QString::fromUtf16(key);
    return {};
}

std::optional<Duration::Kind> durationKindFromKey(const QString &key)
{
    for (const auto &[kind, stored] : durationKinds)
        if (key == QStringView(stored))
            return kind;
    return std::nullopt;
}

QString searchKey(const Dossier &d)
{
    return text::fold(QStringList{d.applicant.name, d.code, d.applicant.idNumber, d.applicant.phone}.join(QLatin1Char(' ')));
}

bool isWholeCode(const QString &search) { return DossierCode::parse(search).has_value(); }

// Words of the search, all of which must appear in the folded search key. Words of 3 or more
// characters go to the FTS5 trigram index (migration 013) as one MATCH of quoted phrases: the
// same rows as `search_key LIKE '%word%'`, without reading the table. The trigram index cannot
// look up 1-2 characters, so such words stay a LIKE on the rows the index (or the other
// filters) left.
// `joined`: the query reads dossier_search joined to dossiers (see list()), so the MATCH
// applies to that table directly.
void addSearch(const QString &search, bool joined, QStringList &where, QVariantList &binds)
{
    QStringList phrases, likeWords;
    const QStringList words = text::foldedWords(search);
    for (qsizetype i = 0; i < words.size(); ++i) {
        // A whole dossier code: its unit part ("000.00.16.h56") is in every row of the counter,
        // and through the trigram index it cost 25-45 ms at 100,000 dossiers; the day and
        // number parts find the few candidates, on which the unit part is checked by LIKE.
        const bool unitOfCode = i == 0 && isWholeCode(search);
        (words[i].size() >= 3 && !unitOfCode ? phrases : likeWords) << words[i];
    }
    if (!phrases.isEmpty()) {
        // A long word (an ID number, a phone, a code's parts) goes to the index as pieces of at
        // most kPiece characters, and the whole word is then checked by LIKE on the few rows the
        // pieces leave. At 1M dossiers a 12-digit ID number as one phrase read ten dense digit
        // trigram lists with their positions (p50 40 ms); two 6-character pieces, 12 ms.
        constexpr qsizetype kPiece = 6;
        QStringList pieces;
        for (const QString &p : std::as_const(phrases)) {
            // A letter outside the BMP (a CJK extension in a name) is two UTF-16 units, and a
            // piece boundary between them would send FTS5 a lone surrogate: such a word goes whole.
            const bool surrogates = std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isSurrogate(); });
            if (p.size() <= kPiece || surrogates) {
                pieces << p;
                continue;
            }
            for (qsizetype at = 0; at < p.size(); at += kPiece)
                pieces << p.mid(std::min(at, p.size() - kPiece), kPiece);  // the last piece ends at the word's end
            likeWords << p;
        }
        phrases = pieces;
        for (QString &p : phrases) {
            const QString quoted = p.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            p = QLatin1Char('"') + quoted + QLatin1Char('"');
        }
        where << (joined ? QStringLiteral("dossier_search MATCH ?")
                         : QStringLiteral("dossiers.id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?)"));
        binds << phrases.join(QLatin1Char(' '));  // FTS5: phrases side by side must all match
    }
    for (QString w : likeWords) {
        where << QStringLiteral("dossiers.search_key LIKE ? ESCAPE '\\'");
        w.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        binds << QStringLiteral("%") + w + QStringLiteral("%");
    }
}

bool hasIndexedWord(const QString &search)
{
    const QStringList words = text::foldedWords(search);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.size() >= 3; });
}

// WHERE clause and binds shared by list() and count().
QString whereClause(const DossierFilter &f, QVariantList &binds, bool ftsJoined = false)
{
    QStringList where;
    if (f.status) {
        where << QStringLiteral("status = ?");
        binds << static_cast<int>(*f.status);
    }
    addSearch(f.search, ftsJoined, where, binds);
    if (f.receivedFrom.isValid()) {
        where << QStringLiteral("received_at >= ?");
        binds << toStoredUtc(f.receivedFrom);
    }
    if (f.receivedTo.isValid()) {
        where << QStringLiteral("received_at < ?");
        binds << toStoredUtc(f.receivedTo);
    }
    if (!f.fieldName.isEmpty()) {
        where << QStringLiteral("field_name = ?");
        binds << f.fieldName;
    }
    // Tracking reads the appointment in force (due_at, schema 14): a rescheduled dossier is due
    // on its new date, not on the one its receipt printed.
    if (f.appointmentFrom.isValid() || f.appointmentBefore.isValid())
        where << QStringLiteral("due_at <> ''");  // no appointment ("theo thông báo"): never due, never overdue
    if (f.appointmentFrom.isValid()) {
        where << QStringLiteral("due_at >= ?");
        binds << toStoredUtc(f.appointmentFrom);
    }
    if (f.appointmentBefore.isValid()) {
        where << QStringLiteral("due_at < ?");
        binds << toStoredUtc(f.appointmentBefore);
    }
    if (f.openOnly)
        where << QStringLiteral("status NOT IN (3, 7, 8, 9, 10)");
    if (f.agencyClockRunning)
        where << QStringLiteral("status NOT IN (3, 5, 7, 8, 9, 10)");
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}
}  // namespace

// The statements of a registration go through the connection's kept statements (cachedWrite):
// preparing them again for every dossier cost more CPU than running them (issue 13).
Status DossierRepository::insert(Dossier &d)
{
    auto r = sql::cachedWrite(m_db, QStringLiteral(
        "INSERT INTO dossiers (code, unit_id, counter_number, procedure_code, procedure_name, field_name, agency_name, "
        "duration_text, applicant_name, applicant_id, birth_date, gender, phone, email, address, sets, delivery_method, "
        "delivery_address, fee, charge, note, received_at, appointment_at, status, search_key, ledger_entry, applicant_kind, postage, "
        "fee_variant, fee_condition, id_document, duration_kind, duration_value, cutoff) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {d.code, d.counterUnitId, d.counterNumber, d.procedureCode, d.procedureName, d.fieldName, d.agencyName, d.durationText,
         d.applicant.name, d.applicant.idNumber,
         d.applicant.birthDate.isValid() ? d.applicant.birthDate.toString(Qt::ISODate) : QString(),
         d.applicant.gender, d.applicant.phone, d.applicant.email, d.applicant.address, d.sets,
         deliveryMethodKey(d.delivery.method), d.delivery.address, d.fee.dong, d.charge.dong, d.note,
         toStoredUtc(d.receivedAt), d.appointmentAt.isValid() ? toStoredUtc(d.appointmentAt) : QStringLiteral(""),
         static_cast<int>(d.status), searchKey(d), d.ledgerEntry,
         d.applicant.organisation ? QStringLiteral("organisation") : QStringLiteral("citizen"), d.postage.dong,
         d.feeVariantId, d.feeCondition, d.applicant.idDocument,
         d.duration ? durationKindKey(d.duration->kind) : QVariant(), d.duration ? d.duration->value : 0,
         d.cutoff.isValid() ? d.cutoff.toString(QStringLiteral("HH:mm")) : QString()});
    if (!r)
        return r.error();
    d.id = r.value();
    d.dueAt = d.appointmentAt;  // the trigger of migration 014 starts due_at at the receipt's appointment
    // Representative (người nộp thay / người đại diện), schema version 10.
    if (!d.applicant.representative.isEmpty()) {
        auto rep = sql::cachedWrite(m_db, QStringLiteral("UPDATE dossiers SET representative_name = ?, representative_id = ? WHERE id = ?"),
                             {d.applicant.representative.name, d.applicant.representative.idNumber, d.id});
        if (!rep)
            return rep.error();
    }
    for (qsizetype i = 0; i < d.documents.size(); ++i) {
        const SubmittedDocument &doc = d.documents.at(i);
        auto dr = sql::cachedWrite(m_db, QStringLiteral("INSERT INTO dossier_documents (dossier_id, position, name, originals, copies, listed, required) "
                                                 "VALUES (?,?,?,?,?,?,?)"),
                            {d.id, static_cast<int>(i), doc.name, doc.originals, doc.copies, doc.listed ? 1 : 0, doc.required ? 1 : 0});
        if (!dr)
            return dr.error();
    }
    return success();
}

Status DossierRepository::appendEvent(qint64 dossierId, const DossierEvent &e)
{
    auto r = sql::cachedWrite(m_db, QStringLiteral("INSERT INTO dossier_events (uuid, dossier_id, type, status, at, data) VALUES (?,?,?,?,?,?)"),
                       {e.uuid, dossierId, e.type, static_cast<int>(e.status), toStoredUtc(e.at),
                        QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return success();
}

Result<std::optional<Dossier>> DossierRepository::findByCode(const QString &code)
{
    auto q = sql::exec(m_db, QStringLiteral(
        "SELECT id, code, unit_id, procedure_code, procedure_name, field_name, agency_name, duration_text, applicant_name, "
        "applicant_id, birth_date, gender, phone, email, address, sets, delivery_method, delivery_address, fee, charge, note, "
        "received_at, appointment_at, status, ledger_entry, applicant_kind, postage, fee_variant, fee_condition, id_document, "
        "representative_name, representative_id, duration_kind, duration_value, cutoff, due_at "
        "FROM dossiers WHERE code = ?"), {code.trimmed()});
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<Dossier>();
    Dossier d;
    int c = 0;
    d.id = row.value(c++).toLongLong();
    d.code = row.value(c++).toString();
    d.counterUnitId = row.value(c++).toString();
    d.procedureCode = row.value(c++).toString();
    d.procedureName = row.value(c++).toString();
    d.fieldName = row.value(c++).toString();
    d.agencyName = row.value(c++).toString();
    d.durationText = row.value(c++).toString();
    d.applicant.name = row.value(c++).toString();
    d.applicant.idNumber = row.value(c++).toString();
    d.applicant.birthDate = QDate::fromString(row.value(c++).toString(), Qt::ISODate);
    d.applicant.gender = row.value(c++).toString();
    d.applicant.phone = row.value(c++).toString();
    d.applicant.email = row.value(c++).toString();
    d.applicant.address = row.value(c++).toString();
    d.sets = row.value(c++).toInt();
    d.delivery.method = row.value(c++).toString() == u"post" ? DeliveryMethod::Post : DeliveryMethod::Counter;
    d.delivery.address = row.value(c++).toString();
    d.fee = Money{row.value(c++).toLongLong()};
    d.charge = Money{row.value(c++).toLongLong()};
    d.note = row.value(c++).toString();
    d.receivedAt = fromStoredUtc(row.value(c++).toString());
    d.appointmentAt = fromStoredUtc(row.value(c++).toString());
    d.status = statusFromCode(row.value(c++).toInt()).value_or(DossierStatus::Received);
    d.ledgerEntry = row.value(c++).toInt();
    d.applicant.organisation = row.value(c++).toString() == u"organisation";
    d.postage = Money{row.value(c++).toLongLong()};
    d.feeVariantId = row.value(c++).toString();
    d.feeCondition = row.value(c++).toString();
    d.applicant.idDocument = row.value(c++).toString();
    d.applicant.representative.name = row.value(c++).toString();
    d.applicant.representative.idNumber = row.value(c++).toString();
    const auto kind = durationKindFromKey(row.value(c++).toString());
    const int durationValue = row.value(c++).toInt();
    if (kind)
        d.duration = Duration{*kind, durationValue};
    d.cutoff = QTime::fromString(row.value(c++).toString(), QStringLiteral("HH:mm"));
    d.dueAt = fromStoredUtc(row.value(c++).toString());

    auto docs = sql::exec(m_db, QStringLiteral("SELECT name, originals, copies, listed, required FROM dossier_documents "
                                               "WHERE dossier_id = ? ORDER BY position"), {d.id});
    if (!docs)
        return docs.error();
    while (docs->next())
        d.documents.append({docs->value(0).toString(), docs->value(1).toInt(), docs->value(2).toInt(),
                            docs->value(3).toBool(), docs->value(4).toBool()});
    auto events = sql::exec(m_db, QStringLiteral("SELECT uuid, type, status, at, data FROM dossier_events WHERE dossier_id = ? ORDER BY id"), {d.id});
    if (!events)
        return events.error();
    while (events->next())
        d.events.append({events->value(0).toString(), events->value(1).toString(),
                         statusFromCode(events->value(2).toInt()).value_or(DossierStatus::Received),
                         fromStoredUtc(events->value(3).toString()),
                         QJsonDocument::fromJson(events->value(4).toString().toUtf8()).object()});
    return std::optional<Dossier>(std::move(d));
}

namespace {
// How a page is ordered, and the index that gives that order so SQLite reads it in order and
// stops at the page end (issue 13: no OFFSET, no temporary B-tree, at a million dossiers).
struct PageOrder {
    QString from;     // FROM clause, with INDEXED BY where the planner must not guess
    QString key;      // sort column before the id tie-break; empty = the id alone
    bool descending;
};

PageOrder pageOrder(const DossierFilter &f, bool ftsJoined)
{
    const QString table = QStringLiteral(" FROM dossiers");
    if (ftsJoined)  // the FTS index in descending rowid order (see list())
        return {QStringLiteral(" FROM dossier_search JOIN dossiers ON dossiers.id = dossier_search.rowid"), QString(), true};
    if (f.sort != DossierFilter::Sort::Newest) {
        // Keyset on (column, id): code, received, appointment and status have an index;
        // applicant and procedure sorts still sort their rows (no index: an index per sortable
        // text column would slow every registration for a rarely used order).
        static const QHash<DossierFilter::Sort, QString> columns{
            {DossierFilter::Sort::Code, QStringLiteral("code")},
            {DossierFilter::Sort::Applicant, QStringLiteral("applicant_name")},
            {DossierFilter::Sort::Procedure, QStringLiteral("procedure_code")},
            {DossierFilter::Sort::Received, QStringLiteral("received_at")},
            {DossierFilter::Sort::Appointment, QStringLiteral("appointment_at")},
            {DossierFilter::Sort::StatusCode, QStringLiteral("status")}};
        return {table, columns.value(f.sort), f.descending};
    }
    // "Due soon" and "overdue": the nearest appointment first, from the small partial index of
    // running dossiers (migration 018; whereClause writes its WHERE terms word for word).
    if (f.agencyClockRunning && (f.appointmentFrom.isValid() || f.appointmentBefore.isValid()))
        return {table + QStringLiteral(" INDEXED BY dossiers_running_due"), QStringLiteral("due_at"), false};
    // A receipt period ("today"): the period's rows by receipt time, newest first. Named,
    // because with a status or field filter too the planner could pick that index and sort.
    if (f.receivedFrom.isValid() || f.receivedTo.isValid())
        return {table + QStringLiteral(" INDEXED BY dossiers_received"), QStringLiteral("received_at"), true};
    // Newest first by id: the table itself, or (status) / (field_name), which hold the rowid.
    return {table, QString(), true};
}
}  // namespace

QString DossierRepository::listStatement(const DossierFilter &f, QVariantList &binds)
{
    // Newest first with words of 3+ characters: read the index in descending rowid order and
    // stop at the page's end, instead of collecting every match of a common name and sorting
    // (at 100,000 dossiers: 0.7 ms instead of 17 ms for "thang", measured with search_bench).
    const bool ftsJoined = f.sort == DossierFilter::Sort::Newest && hasIndexedWord(f.search);
    const PageOrder order = pageOrder(f, ftsJoined);
    QString where = whereClause(f, binds, ftsJoined);
    const QString dir = order.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (f.beforeId > 0) {
        // Keyset paging: the rows after the previous page's last one in this order. The caller
        // passes that row's id; its sort value is read back by primary key.
        const QString cmp = order.descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        if (order.key.isEmpty())
            where += QStringLiteral("dossiers.id") + cmp + QStringLiteral("?");
        else
            where += QStringLiteral("(dossiers.%1, dossiers.id)").arg(order.key) + cmp
                     + QStringLiteral("(SELECT k.%1, k.id FROM dossiers k WHERE k.id = ?)").arg(order.key);
        binds << f.beforeId;
    }
    binds << f.limit;
    QString orderBy;
    if (ftsJoined)
        orderBy = QStringLiteral(" ORDER BY dossier_search.rowid DESC");
    else if (order.key.isEmpty())
        orderBy = QStringLiteral(" ORDER BY dossiers.id") + dir;
    else
        orderBy = QStringLiteral(" ORDER BY dossiers.") + order.key + dir + QStringLiteral(", dossiers.id") + dir;
    return QStringLiteral("SELECT dossiers.id, code, applicant_name, procedure_code, procedure_name, received_at, appointment_at, status, due_at")
           + order.from + where + orderBy + QStringLiteral(" LIMIT ?");
}

Result<QList<DossierSummary>> DossierRepository::list(const DossierFilter &f)
{
    QVariantList binds;
    const QString statement = listStatement(f, binds);
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    QList<DossierSummary> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), fromStoredUtc(q->value(5).toString()), fromStoredUtc(q->value(6).toString()),
                    statusFromCode(q->value(7).toInt()).value_or(DossierStatus::Received), fromStoredUtc(q->value(8).toString())});
    return out;
}

Result<QStringList> DossierRepository::queryPlan(const DossierFilter &f, PlanOf which)
{
    QVariantList binds;
    const QString statement = which == PlanOf::Page ? listStatement(f, binds)
                                                    : QStringLiteral("SELECT count(*) FROM dossiers") + whereClause(f, binds);
    auto q = sql::exec(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, binds);
    if (!q)
        return q.error();
    QStringList plan;
    while (q->next())
        plan << q->value(3).toString();  // id, parent, notused, detail
    return plan;
}

Result<int> DossierRepository::count(const DossierFilter &f)
{
    QVariantList binds;
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM dossiers") + whereClause(f, binds), binds);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> DossierRepository::countIssuedBy(const QString &unitId, int counterNumber)
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM dossiers WHERE unit_id = ? AND counter_number = ?"), {unitId, counterNumber});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<bool> DossierRepository::applyCentreStatus(const QString &code, DossierStatus status, const QDateTime &at, const QString &eventId,
                                                 const QString &note)
{
    // Runs for every change a sync brings down: kept statements. A local event the centre
    // rejected (quarantined) does not outrank the centre's decision.
    auto row = sql::cachedRow(m_db, QStringLiteral("SELECT d.id, (SELECT max(at) FROM dossier_events WHERE dossier_id = d.id "
                                                   "AND uuid NOT IN (SELECT event_uuid FROM quarantined_events)), "
                                                   "(SELECT count(*) FROM dossier_events WHERE uuid = ?) FROM dossiers d WHERE d.code = ?"),
                              {eventId, code});
    if (!row)
        return row.error();
    if (row->size() < 3 || row->at(2).toInt() > 0)
        return false;
    const qint64 id = row->at(0).toLongLong();
    const QDateTime newest = fromStoredUtc(row->at(1).toString());
    if (newest.isValid() && at < newest)
        return false;  // an older decision never overwrites a newer local event
    const DossierEvent e{eventId, QStringLiteral("centre.status"), status, at, QJsonObject{{QStringLiteral("note"), note}}};
    if (auto s = appendEvent(id, e); !s)
        return s.error();
    auto u = sql::cachedWrite(m_db, QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ?"), {static_cast<int>(status), id});
    if (!u)
        return u.error();
    return true;
}

Result<std::optional<DossierSummary>> DossierRepository::findSameApplicantAndProcedure(const QString &applicantId, const QString &procedureCode,
                                                                                      const QDateTime &fromUtc, const QDateTime &toUtc)
{
    // Runs inside every registration: a kept statement.
    auto q = sql::cachedRow(m_db, QStringLiteral("SELECT id, code, applicant_name, procedure_code, procedure_name, received_at, appointment_at, status "
                                                 "FROM dossiers WHERE applicant_id = ? AND procedure_code = ? AND received_at >= ? AND received_at < ? "
                                                 "ORDER BY received_at DESC, id DESC LIMIT 1"),
                            {applicantId, procedureCode, toStoredUtc(fromUtc), toStoredUtc(toUtc)});
    if (!q)
        return q.error();
    const QVariantList &row = q.value();
    if (row.size() < 8)
        return std::optional<DossierSummary>();
    return std::optional<DossierSummary>(DossierSummary{row[0].toLongLong(), row[1].toString(), row[2].toString(), row[3].toString(),
                                                        row[4].toString(), fromStoredUtc(row[5].toString()), fromStoredUtc(row[6].toString()),
                                                        statusFromCode(row[7].toInt()).value_or(DossierStatus::Received),
                                                        QDateTime()});  // the duplicate guard shows code and receipt only
}

Status DossierRepository::setStatus(qint64 dossierId, DossierStatus status)
{
    auto u = sql::exec(m_db, QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ?"), {static_cast<int>(status), dossierId});
    if (!u)
        return u.error();
    return success();
}

Status DossierRepository::setDueAt(qint64 dossierId, const QDateTime &dueUtc)
{
    auto u = sql::exec(m_db, QStringLiteral("UPDATE dossiers SET due_at = ? WHERE id = ?"),
                       {dueUtc.isValid() ? toStoredUtc(dueUtc) : QString(QStringLiteral("")), dossierId});
    if (!u)
        return u.error();
    return success();
}

Result<QDateTime> DossierRepository::latestEventTime()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT max(at) FROM dossier_events"));
    if (!v)
        return v.error();
    return fromStoredUtc(v->toString());
}

}  // namespace pc
