#include "DossierJson.h"

#include "catalogue/Catalogue.h"
#include "domain/Identifiers.h"
#include "domain/TextRules.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class DossierJsonText {
    Q_DECLARE_TR_FUNCTIONS(pc::DossierJsonText)
};

QString localString(const QDateTime &utc) { return toLocal(utc).toString(u"yyyy-MM-ddTHH:mm"_s); }

// A number of copies: absent, or a whole number (0.5, "1" and true are refused, not rounded).
bool isCount(const QJsonValue &v)
{
    return v.isUndefined() || (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e6);
}
// Representative (người nộp thay / người đại diện): {"name", "id_number"} under "applicant".
QJsonObject representativeToJson(const Representative &r) { return QJsonObject{{u"name"_s, r.name}, {u"id_number"_s, r.idNumber}}; }
}  // namespace

QDateTime parseLocalOrOffsetTime(const QString &s)
{
    // Strict: a date, a time to the minute (seconds and milliseconds optional), an optional
    // offset, and nothing else: no trailing invisible characters, no week dates.
    static const QRegularExpression shape(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?(Z|[+-]\\d\\d:?\\d\\d)?$"_s);
    static const QRegularExpression hasOffset(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
    const QString t = s.trimmed();
    if (t.size() > 40 || !shape.match(t).hasMatch())
        return {};
    if (hasOffset.match(t).hasMatch())
        return QDateTime::fromString(t, Qt::ISODateWithMs);
    QDateTime local = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), vietnamTime());
}

Result<DossierDraft> draftFromJson(const QByteArray &json, DraftReading reading)
{
    // Qt's parser would replace malformed UTF-8 with U+FFFD; the clerk would never see what was sent.
    if (!TextRules::isValidUtf8(json))
        return Error::badInput(DossierJsonText::tr("Dữ liệu hồ sơ không phải văn bản UTF-8 hợp lệ."));
    const bool strict = reading == DraftReading::Strict;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::badInput(DossierJsonText::tr("Dữ liệu hồ sơ không phải JSON hợp lệ (vị trí %1: %2).").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return Error::badInput(DossierJsonText::tr("Dữ liệu hồ sơ phải là một đối tượng JSON."));
    const QJsonObject o = doc.object();
    QStringList problems;
    auto expectString = [&](const QJsonObject &obj, const QString &key, const QString &at) {
        const QJsonValue v = obj.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            problems << DossierJsonText::tr("Trường \"%1\" phải là chuỗi.").arg(at + key);
        return v.toString();
    };
    DossierDraft d;
    d.procedureCode = expectString(o, u"procedure"_s, QString()).trimmed();
    if (d.procedureCode.isEmpty() && strict)
        problems << DossierJsonText::tr("Thiếu mã thủ tục (\"procedure\").");
    if (!o.value(u"applicant").isObject() && strict)
        problems << DossierJsonText::tr("Thiếu thông tin người nộp (\"applicant\").");
    const QJsonObject a = o.value(u"applicant").toObject();
    d.applicant.name = expectString(a, u"name"_s, u"applicant."_s);
    const QString kind = expectString(a, u"kind"_s, u"applicant."_s);
    if (kind == u"organisation")
        d.applicant.organisation = true;
    else if (!kind.isEmpty() && kind != u"citizen")
        problems << DossierJsonText::tr("Loại người nộp \"%1\" không hợp lệ (citizen hoặc organisation).").arg(TextRules::excerpt(kind));
    d.applicant.idNumber = expectString(a, u"id_number"_s, u"applicant."_s);
    d.applicant.idDocument = expectString(a, u"id_document"_s, u"applicant."_s).trimmed();
    if (!d.applicant.idDocument.isEmpty() && d.applicant.idDocument != u"tax_code" && !isIdentityDocumentType(d.applicant.idDocument))
        problems << DossierJsonText::tr("Loại giấy tờ tùy thân \"%1\" không hợp lệ (cccd, cmnd, passport, tax_code).").arg(d.applicant.idDocument);
    const QString birth = expectString(a, u"birth_date"_s, u"applicant."_s);
    if (!birth.isEmpty()) {
        static const QRegularExpression dateOnly(u"^\\d{4}-\\d\\d-\\d\\d$"_s);
        if (dateOnly.match(birth).hasMatch())
            d.applicant.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!d.applicant.birthDate.isValid())
            problems << DossierJsonText::tr("Ngày sinh \"%1\" không đúng dạng YYYY-MM-DD.").arg(TextRules::excerpt(birth));
    }
    d.applicant.gender = expectString(a, u"gender"_s, u"applicant."_s).trimmed();
    d.applicant.phone = expectString(a, u"phone"_s, u"applicant."_s);
    d.applicant.email = expectString(a, u"email"_s, u"applicant."_s);
    d.applicant.address = expectString(a, u"address"_s, u"applicant."_s);
    const QJsonObject rep = a.value(u"representative").toObject();
    d.applicant.representative = {expectString(rep, u"name"_s, u"applicant.representative."_s).trimmed(),
                                  expectString(rep, u"id_number"_s, u"applicant.representative."_s).trimmed()};

    const QJsonValue docs = o.value(u"documents");
    if (!docs.isUndefined() && !docs.isArray())
        problems << DossierJsonText::tr("\"documents\" phải là một mảng.");
    const QJsonArray docArray = docs.toArray();
    if (docArray.size() > TextLimits::documents)
        problems << DossierJsonText::tr("Hồ sơ có %1 giấy tờ, tối đa %2.").arg(docArray.size()).arg(TextLimits::documents);
    for (qsizetype i = 0; i < docArray.size() && i < TextLimits::documents; ++i) {
        if (!docArray.at(i).isObject()) {
            problems << DossierJsonText::tr("Giấy tờ thứ %1 phải là một đối tượng {\"name\", \"originals\", \"copies\"}.").arg(i + 1);
            continue;
        }
        const QJsonObject dj = docArray.at(i).toObject();
        const QString at = QStringLiteral("documents[%1].").arg(i);  // a JSON path, not prose
        SubmittedDocument s;
        s.name = expectString(dj, u"name"_s, at).trimmed();
        const QJsonValue orig = dj.value(u"originals"), copies = dj.value(u"copies");
        if (!isCount(orig) || !isCount(copies))
            problems << DossierJsonText::tr("Giấy tờ thứ %1: số bản phải là số nguyên.").arg(i + 1);
        s.originals = orig.toInt();
        s.copies = copies.toInt();
        if (s.name.isEmpty() && strict)
            problems << DossierJsonText::tr("Giấy tờ thứ %1 thiếu tên.").arg(i + 1);
        d.documents.append(s);
    }
    const QJsonValue sets = o.value(u"sets");
    if (!sets.isUndefined() && (!sets.isDouble() || sets.toDouble() != sets.toInt()))
        problems << DossierJsonText::tr("\"sets\" phải là số nguyên.");
    d.sets = sets.isUndefined() ? 1 : sets.toInt();

    const QJsonValue deliveryValue = o.value(u"delivery");
    if (!deliveryValue.isUndefined() && !deliveryValue.isNull() && !deliveryValue.isObject())
        problems << DossierJsonText::tr("\"delivery\" phải là một đối tượng, ví dụ {\"method\": \"post\", \"address\": \"…\"}.");
    const QJsonObject delivery = deliveryValue.toObject();
    const QString method = delivery.contains(u"method") ? expectString(delivery, u"method"_s, u"delivery."_s) : u"counter"_s;
    if (method == u"post")
        d.delivery.method = DeliveryMethod::Post;
    else if (method != u"counter")
        problems << DossierJsonText::tr("Cách trả kết quả \"%1\" không hợp lệ (counter hoặc post).").arg(TextRules::excerpt(method));
    d.delivery.address = expectString(delivery, u"address"_s, u"delivery."_s);

    const QString received = expectString(o, u"received_at"_s, QString());
    if (!received.isEmpty()) {
        d.receivedAt = parseLocalOrOffsetTime(received);
        if (!d.receivedAt.isValid())
            problems << DossierJsonText::tr("Thời điểm tiếp nhận \"%1\" không đúng dạng ISO 8601.").arg(TextRules::excerpt(received));
    }
    d.note = expectString(o, u"note"_s, QString());
    d.feeVariant = expectString(o, u"fee_variant"_s, QString()).trimmed();
    if (!problems.isEmpty())
        return Error::badInput(problems.size() == 1 ? problems.first() : DossierJsonText::tr("Dữ liệu hồ sơ có lỗi."), problems);
    return d;
}

QJsonObject draftToJson(const DossierDraft &d)
{
    QJsonArray docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append(QJsonObject{{u"name"_s, s.name}, {u"originals"_s, s.originals}, {u"copies"_s, s.copies}});
    QJsonObject applicant{{u"kind"_s, d.applicant.organisation ? u"organisation"_s : u"citizen"_s},
                          {u"name"_s, d.applicant.name}, {u"id_number"_s, d.applicant.idNumber},
                          {u"birth_date"_s, d.applicant.birthDate.isValid() ? d.applicant.birthDate.toString(Qt::ISODate) : QString()},
                          {u"gender"_s, d.applicant.gender}, {u"phone"_s, d.applicant.phone},
                          {u"email"_s, d.applicant.email}, {u"address"_s, d.applicant.address}};
    if (!d.applicant.representative.isEmpty())
        applicant.insert(u"representative"_s, representativeToJson(d.applicant.representative));
    QJsonObject o{{u"procedure"_s, d.procedureCode},
                  {u"applicant"_s, applicant},
                  {u"documents"_s, docs},
                  {u"sets"_s, d.sets},
                  {u"delivery"_s, QJsonObject{{u"method"_s, deliveryMethodKey(d.delivery.method)}, {u"address"_s, d.delivery.address}}}};
    if (d.receivedAt.isValid())
        o.insert(u"received_at"_s, localString(d.receivedAt));
    if (!d.note.isEmpty())
        o.insert(u"note"_s, d.note);
    if (!d.feeVariant.isEmpty())
        o.insert(u"fee_variant"_s, d.feeVariant);
    return o;
}

QJsonObject dossierToJson(const Dossier &d)
{
    QJsonArray docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append(QJsonObject{{u"name"_s, s.name}, {u"originals"_s, s.originals}, {u"copies"_s, s.copies},
                                {u"listed"_s, s.listed}, {u"required"_s, s.required}});
    QJsonArray events;
    for (const DossierEvent &e : d.events)
        events.append(QJsonObject{{u"uuid"_s, e.uuid}, {u"type"_s, e.type}, {u"status"_s, static_cast<int>(e.status)},
                                  {u"status_name"_s, statusName(e.status)}, {u"at"_s, toStoredUtc(e.at)}});
    return QJsonObject{
        {u"code"_s, d.code},
        {u"procedure"_s, QJsonObject{{u"code"_s, d.procedureCode}, {u"name"_s, d.procedureName}, {u"field"_s, d.fieldName},
                                     {u"agency"_s, d.agencyName}, {u"duration"_s, d.durationText}}},
        {u"applicant"_s, QJsonObject{{u"kind"_s, d.applicant.organisation ? u"organisation"_s : u"citizen"_s},
                                     {u"name"_s, d.applicant.name}, {u"id_number"_s, d.applicant.idNumber},
                                     {u"id_document"_s, d.applicant.idDocument},
                                     {u"birth_date"_s, d.applicant.birthDate.isValid() ? d.applicant.birthDate.toString(Qt::ISODate) : QString()},
                                     {u"gender"_s, d.applicant.gender}, {u"phone"_s, d.applicant.phone},
                                     {u"email"_s, d.applicant.email}, {u"address"_s, d.applicant.address},
                                     {u"representative"_s, representativeToJson(d.applicant.representative)}}},
        {u"documents"_s, docs},
        {u"sets"_s, d.sets},
        {u"delivery"_s, QJsonObject{{u"method"_s, deliveryMethodKey(d.delivery.method)}, {u"address"_s, d.delivery.address}}},
        {u"received_at"_s, localString(d.receivedAt)},
        {u"appointment_at"_s, localString(d.appointmentAt)},
        {u"status"_s, static_cast<int>(d.status)},
        {u"status_name"_s, statusName(d.status)},
        {u"fees"_s, QJsonObject{{u"fee"_s, d.fee.dong}, {u"charge"_s, d.charge.dong}, {u"postage"_s, d.postage.dong},
                                {u"variant"_s, d.feeVariantId}, {u"condition"_s, d.feeCondition}}},
        {u"note"_s, d.note},
        {u"unit_id"_s, d.counterUnitId},
        {u"ledger_entry"_s, d.ledgerEntry},
        {u"events"_s, events},
    };
}

QJsonObject procedureToJson(const Procedure &p, const Catalogue &c)
{
    QJsonArray docs;
    for (const DocumentRequirement &r : p.documents)
        docs.append(QJsonObject{{u"name"_s, r.name}, {u"originals"_s, r.originals}, {u"copies"_s, r.copies}, {u"required"_s, r.required}});
    QJsonArray variants;
    for (const FeeVariant &v : p.feeVariants) {
        QJsonObject vj{{u"id"_s, v.id}, {u"condition"_s, v.condition}, {u"fee"_s, v.fee.dong}, {u"charge"_s, v.charge.dong}};
        if (!v.applicantKind.isEmpty())
            vj.insert(u"applicant_kind"_s, v.applicantKind);
        if (!v.area.isEmpty())
            vj.insert(u"area"_s, v.area);
        if (!v.source.isEmpty())
            vj.insert(u"source"_s, v.source);
        variants.append(vj);
    }
    QJsonObject o{
        {u"code"_s, p.code},
        {u"name"_s, p.name},
        {u"field"_s, c.field(p.fieldCode) ? c.field(p.fieldCode)->name : p.fieldCode},
        {u"field_code"_s, p.fieldCode},
        {u"agency"_s, c.agency(p.agencyCode) ? c.agency(p.agencyCode)->name : p.agencyCode},
        {u"level"_s, p.level},
        {u"fees"_s, QJsonObject{{u"fee"_s, p.fee.dong}, {u"charge"_s, p.charge.dong}}},
        {u"fee_variants"_s, variants},
        {u"documents"_s, docs},
        {u"delivery"_s, QJsonArray::fromStringList(p.delivery)},
        {u"source"_s, p.source},
        {u"confidence"_s, p.confidence},
        {u"unverified"_s, QJsonArray::fromStringList(p.unverified)},
    };
    switch (p.duration.kind) {
    case Duration::Kind::WorkingDays: o.insert(u"duration_days"_s, p.duration.value); break;
    case Duration::Kind::WorkingHours: o.insert(u"duration_hours"_s, p.duration.value); break;
    case Duration::Kind::CalendarDays:
        if (p.duration.isSameDay())
            o.insert(u"duration_same_day"_s, true);
        else
            o.insert(u"duration_calendar_days"_s, p.duration.value);
        break;
    case Duration::Kind::ByNotice: o.insert(u"duration_by_notice"_s, true); break;
    }
    if (p.cutoff.isValid())
        o.insert(u"cutoff"_s, p.cutoff.toString(u"HH:mm"_s));
    if (!p.note.isEmpty())
        o.insert(u"note"_s, p.note);
    return o;
}

}  // namespace pc
