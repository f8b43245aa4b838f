#include "IntakeService.h"

#include "AuditLog.h"
#include "CounterIdentity.h"
#include "domain/DossierCode.h"
#include "documents/FormWording.h"
#include "domain/Identifiers.h"
#include "domain/TextRules.h"
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

const QDate kEarliestReceipt(2000, 1, 1);
constexpr int kMaxAheadSeconds = 5 * 60;  // clocks of two counters may differ a little
constexpr int kMaxBackdateDays = 30;
// The representative's problems (người nộp thay / người đại diện): a valid ID, and a name with it.
QStringList representativeProblems(const Representative &r, const QDate &today)
{
    QStringList problems;
    if (!r.idNumber.trimmed().isEmpty()) {
        const IdCheck id = checkPersonalId(r.idNumber.trimmed(), today);
        if (!id.valid)
            problems << IntakeText::tr("Số định danh người nộp thay: %1").arg(id.reason);
        if (text::clean(r.name).isEmpty())
            problems << IntakeText::tr("Có số định danh người nộp thay nhưng chưa có họ tên.");
    }
    return problems;
}

QJsonObject registeredEventData(const Dossier &d)
{
    QJsonArray docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append(QJsonObject{{u"name"_s, s.name}, {u"originals"_s, s.originals}, {u"copies"_s, s.copies}});
    QJsonObject out{
        {u"procedure"_s, d.procedureCode},
        {u"applicant"_s, QJsonObject{{u"name"_s, d.applicant.name}, {u"id_number"_s, d.applicant.idNumber},
                                     {u"birth_date"_s, d.applicant.birthDate.toString(Qt::ISODate)},
                                     {u"gender"_s, d.applicant.gender}, {u"phone"_s, d.applicant.phone},
                                     {u"email"_s, d.applicant.email}, {u"address"_s, d.applicant.address}}},
        {u"documents"_s, docs},
        {u"sets"_s, d.sets},
        {u"delivery"_s, QJsonObject{{u"method"_s, deliveryMethodKey(d.delivery.method)}, {u"address"_s, d.delivery.address}}},
        {u"received_at"_s, toStoredUtc(d.receivedAt)},
        {u"appointment_at"_s, d.appointmentAt.isValid() ? toStoredUtc(d.appointmentAt) : QString()},
        {u"fee"_s, d.fee.dong},
        {u"charge"_s, d.charge.dong},
        {u"postage"_s, d.postage.dong},
        {u"applicant_kind"_s, d.applicant.organisation ? u"organisation"_s : u"citizen"_s},
        {u"id_document"_s, d.applicant.idDocument},
        {u"fee_variant"_s, d.feeVariantId},
        {u"fee_condition"_s, d.feeCondition},
    };
    if (!d.applicant.representative.isEmpty())
        out.insert(u"representative"_s, QJsonObject{{u"name"_s, d.applicant.representative.name},
                                                    {u"id_number"_s, d.applicant.representative.idNumber}});
    return out;
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
    // Each submitted name folded once, not once per requirement (this runs on every registration).
    QStringList submittedKeys;
    submittedKeys.reserve(submitted.size());
    for (const SubmittedDocument &s : submitted)
        submittedKeys << text::fold(s.name);
    for (const DocumentRequirement &req : p.documents) {
        const QString key = text::fold(req.name);
        qsizetype found = -1;
        for (qsizetype i = 0; i < submitted.size() && found < 0; ++i)
            if (!used[i] && submittedKeys[i] == key && submitted[i].originals + submitted[i].copies > 0)
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

const FeeVariant *IntakeService::chooseFeeVariant(const Procedure &p, const QString &chosenId, QString &problem)
{
    if (!chosenId.isEmpty()) {
        if (const FeeVariant *v = p.feeVariant(chosenId))
            return v;
        problem = IntakeText::tr("Thủ tục %1 không có mức phí \"%2\". Các mức phí: %3")
                      .arg(p.code, chosenId, feeVariantList(p));
        return nullptr;
    }
    if (p.feeVariants.size() == 1)
        return &p.feeVariants.first();
    problem = IntakeText::tr("Thủ tục %1 có %n mức phí, lệ phí tùy người nộp; hãy chọn một: %2", nullptr,
                             static_cast<int>(p.feeVariants.size()))
                  .arg(p.code, feeVariantList(p));
    return nullptr;
}

QString IntakeService::feeVariantList(const Procedure &p)
{
    QStringList items;
    for (const FeeVariant &v : p.feeVariants)
        items << IntakeText::tr("\"%1\" (%2: phí %3, lệ phí %4)").arg(v.id, v.condition, v.fee.format(), v.charge.format());
    return items.join(QStringLiteral("; "));
}

QDateTime IntakeService::appointmentFor(const Procedure &p, const QDateTime &receivedUtc) const
{
    // Invalid rather than a date from the rules when the year's schedule cannot be read.
    auto due = DeadlineCalculator(m_days, m_hours).checkedDue(toLocal(receivedUtc), p.duration, p.cutoff);
    return due ? due.value() : QDateTime();
}

// Sizes and characters of every free-text field (issue 10, items 9–10): checked first and
// cheaply, so a hostile value is refused before any normalising, folding or date arithmetic.
QStringList IntakeService::textProblems(const DossierDraft &d)
{
    QStringList problems;
    auto check = [&](const QString &value, TextKind kind, const QString &label) {
        if (QString r = TextRules::check(value, kind, label); !r.isEmpty())
            problems << r;
    };
    check(d.applicant.name, TextKind::Name, IntakeText::tr("Họ tên người nộp hồ sơ"));
    check(d.applicant.idNumber, TextKind::Identifier, IntakeText::tr("Số định danh"));
    check(d.applicant.phone, TextKind::Identifier, IntakeText::tr("Số điện thoại"));
    check(d.applicant.email, TextKind::Email, IntakeText::tr("Thư điện tử"));
    check(d.applicant.gender, TextKind::Identifier, IntakeText::tr("Giới tính"));
    check(d.applicant.address, TextKind::Address, IntakeText::tr("Địa chỉ người nộp"));
    if (!d.applicant.representative.name.isEmpty())
        check(d.applicant.representative.name, TextKind::Name, IntakeText::tr("Họ tên người nộp thay"));
    check(d.applicant.representative.idNumber, TextKind::Identifier, IntakeText::tr("Số định danh người nộp thay"));
    check(d.delivery.address, TextKind::Address, IntakeText::tr("Địa chỉ nhận kết quả"));
    check(d.note, TextKind::Note, IntakeText::tr("Ghi chú"));
    if (d.documents.size() > TextLimits::documents) {
        problems << IntakeText::tr("Hồ sơ có %1 giấy tờ, tối đa %2.").arg(d.documents.size()).arg(TextLimits::documents);
        return problems;
    }
    for (qsizetype i = 0; i < d.documents.size(); ++i)
        check(d.documents[i].name, TextKind::DocumentName, IntakeText::tr("Tên giấy tờ thứ %1").arg(i + 1));
    return problems;
}

// received_at (issue 10, item 11): not before 2000, not ahead of the clock, and a receipt more
// than 30 days old only when the operator says so; all before any deadline arithmetic.
Status IntakeService::checkReceivedAt(const DossierDraft &d) const
{
    if (!d.receivedAt.isValid())
        return success();
    const QDateTime now = m_clock.nowUtc();
    if (toLocal(d.receivedAt).date() < kEarliestReceipt)
        return Error::badInput(IntakeText::tr("Thời điểm tiếp nhận %1 quá xa: chỉ nhận từ ngày %2.")
                                   .arg(toLocal(d.receivedAt).toString(u"dd/MM/yyyy HH:mm"_s), kEarliestReceipt.toString(u"dd/MM/yyyy"_s)));
    if (d.receivedAt > now.addSecs(kMaxAheadSeconds))
        return Error::badInput(IntakeText::tr("Thời điểm tiếp nhận ở tương lai."));
    if (d.receivedAt < now.addDays(-kMaxBackdateDays) && !d.allowBackdate)
        return Error::refused(IntakeText::tr("Thời điểm tiếp nhận %1 đã quá %2 ngày. Nếu đúng là nhập bù hồ sơ cũ, hãy xác nhận "
                                             "(dòng lệnh: --allow-backdate).")
                                  .arg(toLocal(d.receivedAt).toString(u"dd/MM/yyyy HH:mm"_s)).arg(kMaxBackdateDays));
    return success();
}

Status IntakeService::validate(const DossierDraft &d, const Procedure *p, QStringList &warnings) const
{
    QStringList problems;
    if (!p)
        return Error::badInput(IntakeText::tr("Không có thủ tục mã \"%1\" trong danh mục.").arg(TextRules::excerpt(d.procedureCode)));
    problems = textProblems(d);
    if (!problems.isEmpty())  // the checks below would only quote the same oversized values
        return Error::badInput(problems.size() == 1 ? problems.first() : IntakeText::tr("Hồ sơ có lỗi cần sửa."), problems);
    if (auto r = checkReceivedAt(d); !r)
        return r;
    if (text::clean(d.applicant.name).isEmpty())
        problems << IntakeText::tr("Chưa nhập họ tên người nộp hồ sơ.");
    if (d.applicant.organisation) {
        if (!d.applicant.idDocument.isEmpty() && d.applicant.idDocument != u"tax_code")
            problems << IntakeText::tr("Tổ chức, hộ kinh doanh nộp hồ sơ cần mã số thuế, không phải giấy tờ \"%1\".").arg(d.applicant.idDocument);
        else if (auto r = checkTaxCode(d.applicant.idNumber); !d.applicant.idNumber.isEmpty() && !r.isEmpty())
            problems << r;
    } else if (!isIdentityDocumentType(d.applicant.idDocument)) {
        problems << IntakeText::tr("Loại giấy tờ tùy thân \"%1\" không hợp lệ (cccd, cmnd, passport).").arg(d.applicant.idDocument);
    } else if (!d.applicant.idNumber.isEmpty()) {
        const IdCheck id = checkIdentityDocument(d.applicant.idDocument, d.applicant.idNumber, toLocal(m_clock.nowUtc()).date(),
                                                 d.applicant.birthDate, d.applicant.gender);
        if (!id.valid)
            problems << id.reason;
        warnings << id.warnings;
    }
    QString feeProblem;
    if (!chooseFeeVariant(*p, d.feeVariant.trimmed(), feeProblem))
        problems << feeProblem;
    if (!d.applicant.gender.isEmpty() && d.applicant.gender != u"Nam" && d.applicant.gender != u"Nữ")
        problems << IntakeText::tr("Giới tính phải là \"Nam\" hoặc \"Nữ\".");
    if (d.applicant.birthDate.isValid() && d.applicant.birthDate > toLocal(m_clock.nowUtc()).date())
        problems << IntakeText::tr("Ngày sinh ở tương lai.");
    if (d.applicant.birthDate.isValid() && d.applicant.birthDate.year() < 1900)
        problems << IntakeText::tr("Ngày sinh trước năm 1900.");
    if (!d.applicant.phone.isEmpty())
        if (auto r = checkPhone(d.applicant.phone); !r.isEmpty())
            problems << r;
    if (!d.applicant.email.isEmpty())
        if (auto r = checkEmail(d.applicant.email); !r.isEmpty())
            problems << r;
    problems << representativeProblems(d.applicant.representative, toLocal(m_clock.nowUtc()).date());
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
    if (!problems.isEmpty())
        return Error::badInput(problems.size() == 1 ? problems.first() : IntakeText::tr("Hồ sơ có lỗi cần sửa."), problems);
    return success();
}

Status IntakeService::check(const DossierDraft &draft) const
{
    auto catalogue = m_catalogue();
    const Procedure *p = catalogue ? catalogue->procedure(draft.procedureCode) : nullptr;
    QStringList warnings;
    if (auto v = validate(draft, p, warnings); !v)
        return v;
    if (!checkDocuments(*p, draft.documents).missing.isEmpty())
        return Error::refused(IntakeText::tr("Hồ sơ còn thiếu giấy tờ bắt buộc."));
    return success();
}

Result<std::optional<DossierSummary>> IntakeService::earlierSameDay(const DossierDraft &draft) const
{
    const QString id = draft.applicant.idNumber.trimmed();
    if (id.isEmpty())
        return std::optional<DossierSummary>();
    const QDate day = toLocal(draft.receivedAt.isValid() ? draft.receivedAt : m_clock.nowUtc()).date();
    const QDateTime from = QDateTime(day, QTime(0, 0), vietnamTime()).toUTC();
    return DossierRepository(m_db.sql()).findSameApplicantAndProcedure(id, draft.procedureCode.trimmed(), from, from.addDays(1));
}

Result<Registration> IntakeService::registerDossier(const Actor &actor, const DossierDraft &draft)
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
    if (auto real = counter.requireRealUnit(); !real)
        return real.error();

    Dossier &d = out.dossier;
    d.receivedAt = (draft.receivedAt.isValid() ? draft.receivedAt : m_clock.nowUtc()).toUTC();
    if (p->duration.isFixed()) {
        // A schedule that cannot be read, or a year out of range, is an error, not a guessed date.
        auto due = DeadlineCalculator(m_days, m_hours).checkedDue(toLocal(d.receivedAt), p->duration, p->cutoff);
        if (!due)
            return due.error();
        d.appointmentAt = due->toUTC();
    } else {
        // No fixed legal time ("theo thông báo"): no appointment at all, rather than a false date.
        d.appointmentAt = QDateTime();
    }
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
    if (d.applicant.idNumber.isEmpty())
        d.applicant.idDocument.clear();
    else if (d.applicant.organisation)
        d.applicant.idDocument = QStringLiteral("tax_code");
    else if (d.applicant.idDocument == u"passport")
        d.applicant.idNumber = d.applicant.idNumber.toUpper();
    else
        d.applicant.idDocument = d.applicant.idNumber.size() == 9 ? QStringLiteral("cmnd") : QStringLiteral("cccd");
    d.applicant.phone = normalizePhone(draft.applicant.phone);
    d.applicant.representative = {text::clean(draft.applicant.representative.name), draft.applicant.representative.idNumber.trimmed()};
    d.documents = docs.matched;
    d.sets = draft.sets;
    d.delivery = {draft.delivery.method, text::clean(draft.delivery.address)};
    QString unused;
    const FeeVariant *fee = chooseFeeVariant(*p, draft.feeVariant.trimmed(), unused);  // validated above
    d.fee = fee->fee;
    d.charge = fee->charge;
    if (p->hasFeeChoice()) {
        d.feeVariantId = fee->id;
        d.feeCondition = fee->condition;
    }
    d.postage = draft.postage;
    d.note = text::clean(draft.note);
    d.status = DossierStatus::Received;
    d.counterUnitId = counter.unitId;
    d.counterNumber = counter.counterNumber;

    const QDate localDay = toLocal(d.receivedAt).date();
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    // Registered anyway (a script or an import is deliberate); the caller is told which code came first.
    DossierDraft same = draft;
    same.procedureCode = p->code;
    same.receivedAt = d.receivedAt;
    auto earlier = earlierSameDay(same);
    if (!earlier)
        return earlier.error();
    if (earlier.value()) {
        out.earlierSameDay = earlier.value()->code;
        out.warnings << IntakeText::tr("Người nộp này đã được tiếp nhận hồ sơ cùng thủ tục trong ngày: mã %1.").arg(out.earlierSameDay);
    }
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
    // A back-dated intake (paper received during an outage, typed in later) happened at the
    // receipt time: the event says so, so the ledger and the centre see one consistent time.
    DossierEvent e{QUuid::createUuid().toString(QUuid::WithoutBraces), u"dossier.registered"_s, d.status, d.receivedAt,
                   registeredEventData(d)};
    e.data.insert(u"code"_s, d.code);
    e.data.insert(u"by"_s, actor.fullName);
    e.data.insert(u"by_user"_s, actor.username);
    if (auto s = dossiers.appendEvent(d.id, e); !s)
        return s.error();
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(actor, u"dossier.register"_s, d.code, d.procedureCode); !s)
        return s.error();
    if (auto s = OutboxRepository(m_db.sql()).enqueue(e.uuid, e.at); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    d.events.append(e);
    return out;
}

}  // namespace pc
