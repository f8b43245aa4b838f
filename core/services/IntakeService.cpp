#include "IntakeService.h"

#include "CounterIdentity.h"
#include "domain/DossierCode.h"
#include "documents/FormWording.h"
#include "domain/Identifiers.h"
#include "storage/CodeSequenceRepository.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlHelpers.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class IntakeText {
    Q_DECLARE_TR_FUNCTIONS(pc::IntakeText)
};

QJsonObject registeredEventData(const Dossier &d)
{
    QJsonArray docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append(QJsonObject{{u"name"_s, s.name}, {u"originals"_s, s.originals}, {u"copies"_s, s.copies}});
    return QJsonObject{
        {u"procedure"_s, d.procedureCode},
        {u"applicant"_s, QJsonObject{{u"name"_s, d.applicant.name}, {u"id_number"_s, d.applicant.idNumber},
                                     {u"birth_date"_s, d.applicant.birthDate.toString(Qt::ISODate)},
                                     {u"gender"_s, d.applicant.gender}, {u"phone"_s, d.applicant.phone},
                                     {u"email"_s, d.applicant.email}, {u"address"_s, d.applicant.address}}},
        {u"documents"_s, docs},
        {u"sets"_s, d.sets},
        {u"delivery"_s, QJsonObject{{u"method"_s, deliveryMethodKey(d.delivery.method)}, {u"address"_s, d.delivery.address}}},
        {u"received_at"_s, toStoredUtc(d.receivedAt)},
        {u"appointment_at"_s, toStoredUtc(d.appointmentAt)},
        {u"fee"_s, d.fee.dong},
        {u"charge"_s, d.charge.dong},
        {u"postage"_s, d.postage.dong},
        {u"applicant_kind"_s, d.applicant.organisation ? u"organisation"_s : u"citizen"_s},
    };
}
}  // namespace

IntakeService::IntakeService(Database &db, const Clock &clock, CatalogueSource catalogue, const DayCalendar &days, WorkingHours hours)
    : m_db(db), m_clock(clock), m_catalogue(std::move(catalogue)), m_days(days), m_hours(std::move(hours))
{
}

DocumentCheck IntakeService::checkDocuments(const Procedure &p, const QList<SubmittedDocument> &submitted)
{
    DocumentCheck check;
    QList<bool> used(submitted.size(), false);
    for (const DocumentRequirement &req : p.documents) {
        const QString key = text::fold(req.name);
        qsizetype found = -1;
        for (qsizetype i = 0; i < submitted.size() && found < 0; ++i)
            if (!used[i] && text::fold(submitted[i].name) == key && submitted[i].originals + submitted[i].copies > 0)
                found = i;
        if (found < 0) {
            if (req.required)
                check.missing.append(req);
            continue;
        }
        used[found] = true;
        SubmittedDocument s = submitted[found];
        s.name = req.name;  // the catalogue's spelling
        s.listed = true;
        s.required = req.required;
        if (s.originals < req.originals || s.copies + s.originals < req.originals + req.copies)
            check.shortfalls << IntakeText::tr("%1: cần %2 bản chính, %3 bản sao; đã nhận %4 bản chính, %5 bản sao")
                                    .arg(req.name).arg(req.originals).arg(req.copies).arg(s.originals).arg(s.copies);
        check.matched.append(s);
    }
    for (qsizetype i = 0; i < submitted.size(); ++i) {
        if (used[i])
            continue;
        SubmittedDocument s = submitted[i];
        s.name = text::clean(s.name);
        if (s.originals + s.copies > 0)
            check.matched.append(s);  // an unlisted extra the clerk added
    }
    return check;
}

QDateTime IntakeService::appointmentFor(const Procedure &p, const QDateTime &receivedUtc) const
{
    return DeadlineCalculator(m_days, m_hours).due(toLocal(receivedUtc), p.duration, p.cutoff);
}

Status IntakeService::validate(const DossierDraft &d, const Procedure *p, QStringList &warnings) const
{
    QStringList problems;
    if (!p)
        return Error::badInput(IntakeText::tr("Không có thủ tục mã \"%1\" trong danh mục.").arg(d.procedureCode));
    if (text::clean(d.applicant.name).isEmpty())
        problems << IntakeText::tr("Chưa nhập họ tên người nộp hồ sơ.");
    if (d.applicant.organisation) {
        if (auto r = checkTaxCode(d.applicant.idNumber); !d.applicant.idNumber.isEmpty() && !r.isEmpty())
            problems << r;
    } else if (!d.applicant.idNumber.isEmpty()) {
        const IdCheck id = checkPersonalId(d.applicant.idNumber, d.applicant.birthDate, d.applicant.gender);
        if (!id.valid)
            problems << id.reason;
        warnings << id.warnings;
    }
    if (!d.applicant.gender.isEmpty() && d.applicant.gender != u"Nam" && d.applicant.gender != u"Nữ")
        problems << IntakeText::tr("Giới tính phải là \"Nam\" hoặc \"Nữ\".");
    if (d.applicant.birthDate.isValid() && d.applicant.birthDate > toLocal(m_clock.nowUtc()).date())
        problems << IntakeText::tr("Ngày sinh ở tương lai.");
    if (!d.applicant.phone.isEmpty())
        if (auto r = checkPhone(d.applicant.phone); !r.isEmpty())
            problems << r;
    if (!d.applicant.email.isEmpty())
        if (auto r = checkEmail(d.applicant.email); !r.isEmpty())
            problems << r;
    if (d.sets < 1 || d.sets > 99)
        problems << IntakeText::tr("Số bộ hồ sơ phải từ 1 đến 99.");
    for (const SubmittedDocument &s : d.documents)
        if (s.originals < 0 || s.copies < 0 || s.originals > 99 || s.copies > 99)
            problems << IntakeText::tr("Số bản của giấy tờ \"%1\" không hợp lệ.").arg(s.name);
    if (d.delivery.method == DeliveryMethod::Post) {
        if (!p->delivery.contains(u"post"_s))
            problems << IntakeText::tr("Thủ tục này không trả kết quả qua bưu chính.");
        if (text::clean(d.delivery.address).isEmpty())
            problems << IntakeText::tr("Trả kết quả qua bưu chính cần địa chỉ nhận.");
    }
    if (d.postage.dong < 0 || (d.postage.dong > 0 && d.delivery.method != DeliveryMethod::Post))
        problems << IntakeText::tr("Cước bưu chính chỉ thu khi trả kết quả qua bưu chính.");
    if (d.receivedAt.isValid() && d.receivedAt > m_clock.nowUtc().addSecs(300))
        problems << IntakeText::tr("Thời điểm tiếp nhận ở tương lai.");
    if (!problems.isEmpty())
        return Error::badInput(problems.size() == 1 ? problems.first() : IntakeText::tr("Hồ sơ có lỗi cần sửa."), problems);
    return success();
}

Result<Registration> IntakeService::registerDossier(const DossierDraft &draft)
{
    auto catalogue = m_catalogue();
    if (!catalogue)
        return Error::internal(IntakeText::tr("Chưa tải được danh mục thủ tục."));
    const Procedure *p = catalogue->procedure(draft.procedureCode);
    Registration out;
    if (auto v = validate(draft, p, out.warnings); !v)
        return v.error();
    const DocumentCheck docs = checkDocuments(*p, draft.documents);
    if (!docs.missing.isEmpty()) {
        QStringList names;
        for (const DocumentRequirement &r : docs.missing)
            names << r.name;
        return Error::refused(IntakeText::tr("Hồ sơ còn thiếu %n giấy tờ bắt buộc; chưa tiếp nhận. Hãy lập phiếu yêu cầu bổ sung.", nullptr, static_cast<int>(names.size())), names);
    }
    out.warnings << docs.shortfalls;

    auto identity = CounterIdentityStore(m_db.sql()).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(IntakeText::tr("Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước."));
    const CounterIdentity &counter = **identity;

    Dossier &d = out.dossier;
    d.receivedAt = (draft.receivedAt.isValid() ? draft.receivedAt : m_clock.nowUtc()).toUTC();
    d.appointmentAt = appointmentFor(*p, d.receivedAt).toUTC();
    d.procedureCode = p->code;
    d.procedureName = p->name;
    d.fieldName = catalogue->field(p->fieldCode) ? catalogue->field(p->fieldCode)->name : QString();
    d.agencyName = catalogue->agency(p->agencyCode) ? catalogue->agency(p->agencyCode)->name : QString();
    // Data, not words: describe() follows the UI language, the receipt must stay Vietnamese.
    d.duration = p->duration;
    d.cutoff = p->cutoff;
    d.durationText = wording::duration(p->duration);  // Vietnamese for the record and the centre
    d.applicant = draft.applicant;
    for (QString *s : {&d.applicant.name, &d.applicant.address, &d.applicant.email})
        *s = text::clean(*s);
    d.applicant.idNumber = draft.applicant.idNumber.trimmed();
    d.applicant.phone = normalizePhone(draft.applicant.phone);
    d.documents = docs.matched;
    d.sets = draft.sets;
    d.delivery = {draft.delivery.method, text::clean(draft.delivery.address)};
    d.fee = p->fee;
    d.charge = p->charge;
    d.postage = draft.postage;
    d.note = text::clean(draft.note);
    d.status = DossierStatus::Received;
    d.counterUnitId = counter.unitId;
    d.counterNumber = counter.counterNumber;

    const QDate localDay = toLocal(d.receivedAt).date();
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    CodeSequenceRepository sequences(m_db.sql());
    auto seq = sequences.next(counter.unitId, localDay, counter.sequenceStart, counter.sequenceEnd);
    if (!seq)
        return seq.error();
    auto ledger = sequences.nextLedgerEntry(localDay.year());
    if (!ledger)
        return ledger.error();
    d.code = DossierCode{counter.unitId, localDay, *seq}.toString();
    d.ledgerEntry = *ledger;

    DossierRepository dossiers(m_db.sql());
    if (auto s = dossiers.insert(d); !s)
        return s.error();
    DossierEvent e{QUuid::createUuid().toString(QUuid::WithoutBraces), u"dossier.registered"_s, d.status, m_clock.nowUtc(),
                   registeredEventData(d)};
    e.data.insert(u"code"_s, d.code);
    if (auto s = dossiers.appendEvent(d.id, e); !s)
        return s.error();
    if (auto s = OutboxRepository(m_db.sql()).enqueue(e.uuid, e.at); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    d.events.append(e);
    return out;
}

}  // namespace pc
