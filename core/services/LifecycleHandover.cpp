// Handover to the deciding agency (bàn giao hồ sơ, issue 11 §1): the batch, the agency's
// confirmation and the cancellation, each with one event per dossier in one transaction.
#include "LifecycleService.h"

#include "LifecycleSteps.h"
#include "services/CounterIdentity.h"
#include "storage/Database.h"
#include "storage/DossierEventLog.h"
#include "storage/HandoverRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {
using namespace lifecycle_steps;

namespace {
Result<Handover> found(Result<std::optional<Handover>> h, const QString &ref)
{
    if (!h)
        return h.error();
    if (!h.value())
        return Error::notFound(LifecycleText::tr("Không có biên bản bàn giao \"%1\".").arg(TextRules::excerpt(ref.trimmed())));
    return std::move(*h.value());
}

// The batch's dossiers, loaded in manifest order.
Result<QList<Dossier>> dossiersOf(QSqlDatabase &db, const Handover &h)
{
    QList<Dossier> out;
    for (const HandoverItem &item : h.items) {
        auto d = load(db, item.code);
        if (!d)
            return d.error();
        out.append(std::move(d).value());
    }
    return out;
}
}  // namespace

Result<QList<PendingAgency>> LifecycleService::pendingHandover(const QString &agency)
{
    return HandoverRepository(m_db.sql()).pending(agency.trimmed());
}

Result<Handover> LifecycleService::createHandover(const QString &agencyIn, const QStringList &codes, const QString &courierIn,
                                                  const QString &receiverIn, const Actor &actor)
{
    auto agency = text(agencyIn, TextKind::Name, LifecycleText::tr("cơ quan nhận hồ sơ"), true);
    if (!agency)
        return agency.error();
    auto courier = text(courierIn, TextKind::Name, LifecycleText::tr("họ tên người giao hồ sơ"), true);
    if (!courier)
        return courier.error();
    auto receiver = text(receiverIn, TextKind::Name, LifecycleText::tr("họ tên người nhận hồ sơ"), false);
    if (!receiver)
        return receiver.error();
    QSqlDatabase &db = m_db.sql();
    auto identity = CounterIdentityStore(db).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(LifecycleText::tr("Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước."));

    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QStringList wanted;
    for (const QString &c : codes)
        if (const QString t = c.trimmed(); !t.isEmpty() && !wanted.contains(t, Qt::CaseInsensitive))
            wanted << t;
    if (wanted.isEmpty()) {
        auto pending = HandoverRepository(db).pending(*agency);
        if (!pending)
            return pending.error();
        for (const PendingAgency &a : pending.value())
            for (const PendingDossier &p : a.dossiers)
                wanted << p.code;
        if (wanted.isEmpty())
            return Error::refused(LifecycleText::tr("Không có hồ sơ nào của cơ quan \"%1\" đang chờ bàn giao.").arg(*agency));
    }
    QList<Dossier> batch;
    QStringList problems;
    for (const QString &code : wanted) {
        auto d = load(db, code);
        if (!d) {
            if (d.error().kind != Error::Kind::NotFound)
                return d.error();
            problems << d.error().message;
            continue;
        }
        if (d->agencyName != *agency)
            problems << LifecycleText::tr("Hồ sơ %1 thuộc cơ quan \"%2\", không phải \"%3\".").arg(d->code, d->agencyName, *agency);
        else if (d->status != DossierStatus::Received)
            problems << LifecycleText::tr("Hồ sơ %1 đang ở trạng thái \"%2\"; chỉ bàn giao hồ sơ \"%3\" chưa bàn giao.")
                            .arg(d->code, statusName(d->status), statusName(DossierStatus::Received));
        else
            batch.append(std::move(d).value());
    }
    if (!problems.isEmpty())
        return Error::refused(LifecycleText::tr("Không lập được biên bản bàn giao: %n hồ sơ không bàn giao được; không có gì được ghi.",
                                                nullptr, int(problems.size())), problems);

    const QDateTime now = m_clock.nowUtc();
    HandoverRepository handovers(db);
    auto number = handovers.nextNumber(identity.value()->unitId, toLocal(now).date().year());
    if (!number)
        return number.error();
    Handover h;
    h.number = *number;
    h.unitId = identity.value()->unitId;
    h.agency = *agency;
    h.courier = *courier;
    h.receiver = *receiver;
    h.createdAt = now;
    h.createdBy = actor.fullName;
    h.createdByUser = actor.username;
    QList<qint64> ids;
    for (const Dossier &d : batch)
        ids << d.id;
    if (auto s = handovers.insert(h, ids, m_afterHandoverItem); !s)
        return s.error();
    DossierEventLog log(db);
    for (const Dossier &d : batch) {
        const DossierEvent e = makeEvent(lifecycle_event::HandedOver, d, DossierStatus::InProgress, now, actor,
                                         {{u"handover"_s, h.number}, {u"agency"_s, h.agency}, {u"courier"_s, h.courier},
                                          {u"receiver"_s, h.receiver}});
        if (auto s = log.record(d.id, d.status, e); !s)
            return s.error();
    }
    auto created = found(handovers.find(QString::number(h.id)), h.number);
    if (!created)
        return created.error();
    if (auto s = audit(actor, u"handover.create"_s, h.number); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Handover> LifecycleService::confirmHandover(const QString &ref, const QString &signerIn, const Actor &actor)
{
    auto signer = text(signerIn, TextKind::Name, LifecycleText::tr("họ tên người ký nhận tại cơ quan"), true);
    if (!signer)
        return signer.error();
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    HandoverRepository handovers(db);
    auto h = found(handovers.find(ref), ref);
    if (!h)
        return h.error();
    if (h->state() == Handover::State::Cancelled)
        return Error::refused(LifecycleText::tr("Biên bản %1 đã bị hủy ngày %2; không xác nhận được.").arg(h->number, shown(h->cancelledAt)));
    if (h->state() == Handover::State::Confirmed)
        return Error::refused(LifecycleText::tr("Biên bản %1 đã được %2 xác nhận ngày %3.").arg(h->number, h->confirmedBy, shown(h->confirmedAt)));
    auto dossiers = dossiersOf(db, *h);
    if (!dossiers)
        return dossiers.error();
    const QDateTime now = m_clock.nowUtc();
    if (auto s = handovers.markConfirmed(h->id, now, *signer, actor.username); !s)
        return s.error();
    DossierEventLog log(db);
    for (const Dossier &d : dossiers.value()) {
        // The status stays what it is now (the centre may have moved it on meanwhile).
        const DossierEvent e = makeEvent(lifecycle_event::HandoverConfirmed, d, d.status, now, actor,
                                         {{u"handover"_s, h->number}, {u"signed_by"_s, *signer}});
        if (auto s = log.record(d.id, d.status, e); !s)
            return s.error();
    }
    auto confirmed = found(handovers.find(QString::number(h->id)), ref);
    if (!confirmed)
        return confirmed.error();
    if (auto s = audit(actor, u"handover.confirm"_s, h->number); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return confirmed;
}

Result<Handover> LifecycleService::cancelHandover(const QString &ref, const QString &reasonIn, const Actor &actor)
{
    if (auto s = requireRole(actor, Role::Supervisor, LifecycleText::tr("Hủy biên bản bàn giao")); !s)
        return s.error();
    auto reason = text(reasonIn, TextKind::Note, LifecycleText::tr("lý do hủy biên bản"), true);
    if (!reason)
        return reason.error();
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    HandoverRepository handovers(db);
    auto h = found(handovers.find(ref), ref);
    if (!h)
        return h.error();
    if (h->state() == Handover::State::Cancelled)
        return Error::refused(LifecycleText::tr("Biên bản %1 đã bị hủy ngày %2.").arg(h->number, shown(h->cancelledAt)));
    if (h->state() == Handover::State::Confirmed)
        return Error::refused(LifecycleText::tr("Biên bản %1 đã được cơ quan xác nhận ngày %2; không hủy được.").arg(h->number, shown(h->confirmedAt)));
    auto dossiers = dossiersOf(db, *h);
    if (!dossiers)
        return dossiers.error();
    QStringList problems;
    for (const Dossier &d : dossiers.value())
        if (d.status != DossierStatus::InProgress || !isAllowedTransition(d.status, DossierStatus::Received))
            problems << LifecycleText::tr("Hồ sơ %1 đã chuyển sang \"%2\".").arg(d.code, statusName(d.status));
    if (!problems.isEmpty())
        return Error::refused(LifecycleText::tr("Không hủy được biên bản %1: %n hồ sơ không còn ở trạng thái đang xử lý.", nullptr,
                                                int(problems.size())).arg(h->number), problems);
    const QDateTime now = m_clock.nowUtc();
    if (auto s = handovers.markCancelled(h->id, now, actor.fullName, actor.username, *reason); !s)
        return s.error();
    DossierEventLog log(db);
    for (const Dossier &d : dossiers.value()) {
        const DossierEvent e = makeEvent(lifecycle_event::HandoverCancelled, d, DossierStatus::Received, now, actor,
                                         {{u"handover"_s, h->number}, {u"reason"_s, *reason}});
        if (auto s = log.record(d.id, d.status, e); !s)
            return s.error();
    }
    auto cancelled = found(handovers.find(QString::number(h->id)), ref);
    if (!cancelled)
        return cancelled.error();
    if (auto s = audit(actor, u"handover.cancel"_s, h->number); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return cancelled;
}

Result<Handover> LifecycleService::handover(const QString &ref) { return found(HandoverRepository(m_db.sql()).find(ref), ref); }

Result<QList<Handover>> LifecycleService::handoversOf(const QString &code)
{
    auto d = load(m_db.sql(), code);
    if (!d)
        return d.error();
    return HandoverRepository(m_db.sql()).ofDossier(d->id);
}

}  // namespace pc
