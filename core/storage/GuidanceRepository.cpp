#include "GuidanceRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pc {

QString GuidanceRecord::number() const { return (kind == Kind::Supplement ? u"HD-"_s : u"TC-"_s) + QString::number(id); }

namespace {
QString applicantJson(const Applicant &a)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"id_number"_s, a.idNumber},
                                                       {u"birth_date"_s, a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString()},
                                                       {u"gender"_s, a.gender}, {u"phone"_s, a.phone}, {u"email"_s, a.email},
                                                       {u"address"_s, a.address}})
                                 .toJson(QJsonDocument::Compact));
}
}  // namespace

Status GuidanceRepository::insert(GuidanceRecord &r)
{
    QJsonArray items;
    for (const DocumentRequirement &d : r.items)
        items.append(QJsonObject{{u"name"_s, d.name}, {u"originals"_s, d.originals}, {u"copies"_s, d.copies}});
    auto q = sql::exec(m_db, u"INSERT INTO guidance_records (kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, "
                             "items, reason, contact, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                       {r.kind == GuidanceRecord::Kind::Supplement ? u"supplement"_s : u"refusal"_s, r.unitId, r.procedureCode,
                        r.procedureName, r.applicant.name, applicantJson(r.applicant),
                        QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), r.reason, r.contact,
                        toStoredUtc(r.createdAt)});
    if (!q)
        return q.error();
    r.id = q->lastInsertId().toLongLong();
    return success();
}

Result<std::optional<GuidanceRecord>> GuidanceRepository::find(qint64 id)
{
    auto q = sql::exec(m_db, u"SELECT kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, items, reason, "
                             "contact, created_at FROM guidance_records WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<GuidanceRecord>();
    GuidanceRecord r;
    r.id = id;
    r.kind = q->value(0).toString() == u"refusal" ? GuidanceRecord::Kind::Refusal : GuidanceRecord::Kind::Supplement;
    r.unitId = q->value(1).toString();
    r.procedureCode = q->value(2).toString();
    r.procedureName = q->value(3).toString();
    r.applicant.name = q->value(4).toString();
    const QJsonObject a = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
    r.applicant.idNumber = a.value(u"id_number").toString();
    r.applicant.birthDate = QDate::fromString(a.value(u"birth_date").toString(), Qt::ISODate);
    r.applicant.gender = a.value(u"gender").toString();
    r.applicant.phone = a.value(u"phone").toString();
    r.applicant.email = a.value(u"email").toString();
    r.applicant.address = a.value(u"address").toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        r.items.append({o.value(u"name").toString(), o.value(u"originals").toInt(), o.value(u"copies").toInt(), true});
    }
    r.reason = q->value(7).toString();
    r.contact = q->value(8).toString();
    r.createdAt = fromStoredUtc(q->value(9).toString());
    return std::optional<GuidanceRecord>(r);
}

Result<int> PrintLogRepository::paperPrints(const QString &document, const QString &subject)
{
    auto v = sql::scalar(m_db, u"SELECT count(*) FROM print_log WHERE document = ? AND subject = ? AND paper = 1"_s, {document, subject});
    if (!v)
        return v.error();
    return v->toInt();
}

Status PrintLogRepository::record(const QString &document, const QString &subject, const QString &layout, const QString &target,
                                  bool reprint, bool paper, const QDateTime &at)
{
    auto r = sql::exec(m_db, u"INSERT INTO print_log (document, subject, layout, target, reprint, paper, printed_at) VALUES (?,?,?,?,?,?,?)"_s,
                       {document, subject, layout, target, reprint ? 1 : 0, paper ? 1 : 0, toStoredUtc(at)});
    if (!r)
        return r.error();
    return success();
}

}  // namespace pc
