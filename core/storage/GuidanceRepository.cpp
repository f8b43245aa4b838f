#include "GuidanceRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"
#include "util/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {

QString GuidanceRecord::number() const
{
    if (!storedNumber.isEmpty())
        return storedNumber;
    return (kind == Kind::Supplement ? u"HD-"_s : u"TC-"_s) + QString::number(id);  // before schema 11
}

namespace {
QString kindKey(GuidanceRecord::Kind k) { return k == GuidanceRecord::Kind::Supplement ? u"supplement"_s : u"refusal"_s; }

QString applicantJson(const Applicant &a)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"id_number"_s, a.idNumber},
                                                       {u"birth_date"_s, a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString()},
                                                       {u"gender"_s, a.gender}, {u"phone"_s, a.phone}, {u"email"_s, a.email},
                                                       {u"address"_s, a.address}})
                                 .toJson(QJsonDocument::Compact));
}

const QString kColumns = u"id, kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, items, reason, contact, "
                         "created_at, number FROM guidance_records"_s;

GuidanceRecord fromRow(const QSqlQuery &q)
{
    GuidanceRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString() == u"refusal" ? GuidanceRecord::Kind::Refusal : GuidanceRecord::Kind::Supplement;
    r.unitId = q.value(2).toString();
    r.procedureCode = q.value(3).toString();
    r.procedureName = q.value(4).toString();
    r.applicant.name = q.value(5).toString();
    const QJsonObject a = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    r.applicant.idNumber = a.value(u"id_number").toString();
    r.applicant.birthDate = QDate::fromString(a.value(u"birth_date").toString(), Qt::ISODate);
    r.applicant.gender = a.value(u"gender").toString();
    r.applicant.phone = a.value(u"phone").toString();
    r.applicant.email = a.value(u"email").toString();
    r.applicant.address = a.value(u"address").toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        r.items.append({o.value(u"name").toString(), o.value(u"originals").toInt(), o.value(u"copies").toInt(), true});
    }
    r.reason = q.value(8).toString();
    r.contact = q.value(9).toString();
    r.createdAt = fromStoredUtc(q.value(10).toString());
    r.storedNumber = q.value(11).toString();
    return r;
}

QString searchKey(const GuidanceRecord &r)
{
    return text::fold(QStringList{r.applicant.name, r.number(), r.applicant.idNumber, r.applicant.phone, r.procedureCode}.join(u' '));
}
}  // namespace

Status GuidanceRepository::insert(GuidanceRecord &r)
{
    // The year is the counter's local year: a slip made at 07:30 on 1 January (00:30 UTC)
    // belongs to the new year's sequence.
    const int year = toLocal(r.createdAt).date().year();
    auto seq = sql::scalar(m_db, u"INSERT INTO guidance_sequences (kind, year, last_seq) VALUES (?, ?, 1) "
                                 "ON CONFLICT (kind, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"_s,
                           {kindKey(r.kind), year});
    if (!seq)
        return seq.error();
    r.storedNumber = (r.kind == GuidanceRecord::Kind::Supplement ? u"HD-"_s : u"TC-"_s) + QString::number(seq->toInt()) + u'/' +
                     QString::number(year);
    QJsonArray items;
    for (const DocumentRequirement &d : r.items)
        items.append(QJsonObject{{u"name"_s, d.name}, {u"originals"_s, d.originals}, {u"copies"_s, d.copies}});
    auto q = sql::exec(m_db, u"INSERT INTO guidance_records (kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, "
                             "items, reason, contact, created_at, number) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s,
                       {kindKey(r.kind), r.unitId, r.procedureCode, r.procedureName, r.applicant.name, applicantJson(r.applicant),
                        QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), r.reason, r.contact,
                        toStoredUtc(r.createdAt), r.storedNumber});
    if (!q)
        return q.error();
    r.id = q->lastInsertId().toLongLong();
    return success();
}

Result<std::optional<GuidanceRecord>> GuidanceRepository::find(qint64 id)
{
    auto q = sql::exec(m_db, u"SELECT "_s + kColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<GuidanceRecord>();
    return std::optional<GuidanceRecord>(fromRow(q.value()));
}

Result<std::optional<GuidanceRecord>> GuidanceRepository::findByNumber(const QString &number)
{
    auto q = sql::exec(m_db, u"SELECT "_s + kColumns + u" WHERE number = ? COLLATE NOCASE"_s, {number.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<GuidanceRecord>();
    return std::optional<GuidanceRecord>(fromRow(q.value()));
}

Result<QList<GuidanceRecord>> GuidanceRepository::list(const GuidanceFilter &f)
{
    QStringList where;
    QVariantList binds;
    if (f.createdFrom.isValid()) {
        where << u"created_at >= ?"_s;
        binds << toStoredUtc(f.createdFrom);
    }
    if (f.createdTo.isValid()) {
        where << u"created_at < ?"_s;
        binds << toStoredUtc(f.createdTo);
    }
    auto q = sql::exec(m_db, u"SELECT "_s + kColumns + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s)) +
                                 u" ORDER BY id DESC"_s, binds);
    if (!q)
        return q.error();
    // Folded in C++: the applicant's name needs Vietnamese folding, and a counter makes a few
    // thousand slips a year at most, so scanning them per search stays instant.
    const QStringList words = text::foldedWords(f.search);
    QList<GuidanceRecord> out;
    while (q->next() && out.size() < f.limit) {
        GuidanceRecord r = fromRow(q.value());
        const QString key = searchKey(r);
        if (std::all_of(words.begin(), words.end(), [&key](const QString &w) { return key.contains(w); }))
            out.append(std::move(r));
    }
    return out;
}

}  // namespace pc
