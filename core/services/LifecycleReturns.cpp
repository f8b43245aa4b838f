// Results back from the agency and their return to the citizen (issue 11 §3-4): at the
// counter, by post with a UPU S10 item number, and a failed postal delivery.
#include "LifecycleService.h"

#include "LifecycleSteps.h"
#include "domain/Identifiers.h"
#include "storage/Database.h"
#include "storage/DossierEventLog.h"
#include "storage/ResultRepository.h"
#include "storage/ReturnRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {
using namespace lifecycle_steps;

namespace {
constexpr int kMaxResultCount = 999;

// ID numbers as people type them: spaces and dots dropped, letters (passports) upper-case.
QString comparableId(const QString &id)
{
    QString out;
    for (const QChar c : id)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}
}  // namespace

Result<DossierEvent> LifecycleService::receiveResult(const QString &code, const ResultReceipt &in, const Actor &actor)
{
    auto what = text(in.what, TextKind::DocumentName, LifecycleText::tr("kết quả nhận về"), false);
    if (!what)
        return what.error();
    auto from = text(in.from, TextKind::Name, LifecycleText::tr("người giao kết quả"), false);
    if (!from)
        return from.error();
    auto note = text(in.note, TextKind::Note, LifecycleText::tr("ghi chú"), false);
    if (!note)
        return note.error();
    if (in.count < 1 || in.count > kMaxResultCount)
        return Error::badInput(LifecycleText::tr("Số lượng kết quả phải từ 1 đến %1 (đã nhập %2).").arg(kMaxResultCount).arg(in.count));
    ResultReceipt r{what->isEmpty() ? u"Kết quả giải quyết hồ sơ"_s : *what, in.count, *from, *note};  // stored data: Vietnamese
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    // Already 9 when the centre said so first: the arrival is still recorded, the status stays.
    if (d->status != DossierStatus::Resolved)
        if (auto s = checkTransition(*d, DossierStatus::Resolved, LifecycleText::tr("nhận kết quả cho")); !s)
            return s.error();
    const QDateTime now = m_clock.nowUtc();
    DossierEvent e = makeEvent(lifecycle_event::ResultReceived, *d, DossierStatus::Resolved, now, actor,
                               {{u"what"_s, r.what}, {u"count"_s, r.count}, {u"from"_s, r.from}, {u"note"_s, r.note}});
    return commitStep(tx, *d, e, actor, u"result.receive"_s, [&] {
        return ResultRepository(db).insert(d->id, r, now, actor.fullName, actor.username, e.uuid);
    });
}

Result<QList<WaitingResult>> LifecycleService::resultsWaiting() { return ResultRepository(m_db.sql()).waiting(); }

Result<DossierEvent> LifecycleService::returnToApplicant(const QString &code, const ReturnRequest &in, const Actor &actor)
{
    auto name = text(in.recipientName, TextKind::Name, LifecycleText::tr("họ tên người nhận kết quả"), true);
    if (!name)
        return name.error();
    auto id = text(in.recipientId, TextKind::Identifier, LifecycleText::tr("số giấy tờ tùy thân của người nhận"), true);
    if (!id)
        return id.error();
    auto authorisation = text(in.authorisation, TextKind::Note, LifecycleText::tr("giấy ủy quyền"), false);
    if (!authorisation)
        return authorisation.error();
    if (in.feeCollected.dong < 0)
        return Error::badInput(LifecycleText::tr("Số tiền thu khi trả kết quả không được âm."));
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    if (d->status != DossierStatus::Resolved)
        return Error::refused(LifecycleText::tr("Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái \"%2\"); chưa trả được.")
                                  .arg(d->code, statusName(d->status)));
    if (auto s = checkTransition(*d, DossierStatus::Returned, LifecycleText::tr("trả kết quả")); !s)
        return s.error();
    const bool inPerson = !d->applicant.idNumber.isEmpty() && comparableId(*id) == comparableId(d->applicant.idNumber);
    if (!inPerson && authorisation->isEmpty())
        return Error::refused(LifecycleText::tr("Số giấy tờ của người nhận (%1) không khớp với người nộp hồ sơ %2. Người nhận thay phải "
                                                "có giấy ủy quyền: hãy ghi giấy ủy quyền; chưa trả kết quả.")
                                  .arg(TextRules::excerpt(*id), d->code));
    const QDateTime now = m_clock.nowUtc();
    ReturnRecord r{DeliveryMethod::Counter, *name, *id, inPerson ? QString() : *authorisation, in.feeCollected, {}, now,
                   actor.fullName, actor.username};
    DossierEvent e = makeEvent(lifecycle_event::Returned, *d, DossierStatus::Returned, now, actor,
                               {{u"method"_s, u"counter"_s}, {u"recipient_name"_s, r.recipientName}, {u"recipient_id"_s, r.recipientId},
                                {u"authorisation"_s, r.authorisation}, {u"fee_collected"_s, r.feeCollected.dong}});
    return commitStep(tx, *d, e, actor, u"return.counter"_s, [&] {
        return ReturnRepository(db).insert(d->id, r, e.uuid);
    });
}

Result<DossierEvent> LifecycleService::dispatchByPost(const QString &code, const QString &s10In, const Actor &actor)
{
    const QString s10 = s10In.trimmed().toUpper();
    if (const QString bad = checkS10(s10In.left(TextLimits::identifier * 4)); !bad.isEmpty())
        return Error::badInput(bad);
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    if (d->delivery.method != DeliveryMethod::Post)
        return Error::refused(LifecycleText::tr("Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính; hãy trả tại quầy.").arg(d->code));
    if (d->status != DossierStatus::Resolved)
        return Error::refused(LifecycleText::tr("Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái \"%2\"); chưa gửi được.")
                                  .arg(d->code, statusName(d->status)));
    if (auto s = checkTransition(*d, DossierStatus::Returned, LifecycleText::tr("gửi kết quả")); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    ReturnRecord r{DeliveryMethod::Post, d->applicant.name, {}, {}, Money{}, s10, now, actor.fullName, actor.username};
    DossierEvent e = makeEvent(lifecycle_event::Dispatched, *d, DossierStatus::Returned, now, actor,
                               {{u"method"_s, u"post"_s}, {u"tracking"_s, s10}, {u"address"_s, d->delivery.address}});
    return commitStep(tx, *d, e, actor, u"return.post"_s, [&] {
        return ReturnRepository(db).insert(d->id, r, e.uuid);
    });
}

Result<DossierEvent> LifecycleService::deliveryFailed(const QString &code, const QString &reasonIn, const Actor &actor)
{
    auto reason = text(reasonIn, TextKind::Note, LifecycleText::tr("lý do không phát được"), true);
    if (!reason)
        return reason.error();
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    auto last = ReturnRepository(db).latest(d->id);
    if (!last)
        return last.error();
    if (d->status != DossierStatus::Returned || !last.value() || last.value()->method != DeliveryMethod::Post)
        return Error::refused(LifecycleText::tr("Hồ sơ %1 không có kết quả đang gửi qua bưu chính; không ghi được phát không thành công.")
                                  .arg(d->code));
    if (auto s = checkTransition(*d, DossierStatus::Resolved, LifecycleText::tr("ghi phát không thành công cho")); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    DossierEvent e = makeEvent(lifecycle_event::DeliveryFailed, *d, DossierStatus::Resolved, now, actor,
                               {{u"tracking"_s, last.value()->tracking}, {u"reason"_s, *reason}});
    return commitStep(tx, *d, e, actor, u"return.delivery_failed"_s);
}

}  // namespace pc
