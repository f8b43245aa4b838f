// Tracking, withdrawal and the timeline; handover and return are in LifecycleHandover.cpp and
// LifecycleReturns.cpp.
#include "LifecycleService.h"
#include "AuditLog.h"

#include "LifecycleSteps.h"
#include "storage/Database.h"
#include "storage/DossierEventLog.h"
#include "storage/DossierRepository.h"
#include "storage/ReturnRepository.h"
#include "storage/SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {
using namespace lifecycle_steps;

namespace {
// The agency still holds the dossier: a later date can be promised for it.
bool agencyHolds(DossierStatus s)
{
    return s == DossierStatus::Received || s == DossierStatus::InProgress || s == DossierStatus::SupplementRequested
        || s == DossierStatus::FinancialObligation;
}
}  // namespace

Result<DossierEvent> LifecycleService::reschedule(const QString &code, const QDateTime &newAppointmentUtc, const QString &reasonIn,
                                                  const Actor &actor)
{
    auto reason = text(reasonIn, TextKind::Note, LifecycleText::tr("lý do hẹn lại"), true);
    if (!reason)
        return reason.error();
    if (!newAppointmentUtc.isValid())
        return Error::badInput(LifecycleText::tr("Ngày hẹn trả mới không hợp lệ."));
    const QDateTime now = m_clock.nowUtc();
    if (newAppointmentUtc <= now)
        return Error::badInput(LifecycleText::tr("Ngày hẹn trả mới (%1) phải sau thời điểm hiện tại (%2).")
                                   .arg(shown(newAppointmentUtc), shown(now)));
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    if (!agencyHolds(d->status))
        return Error::refused(LifecycleText::tr("Không thể hẹn lại hồ sơ %1: hồ sơ đang ở trạng thái \"%2\"; chỉ hẹn lại khi cơ quan "
                                                "còn đang giải quyết.").arg(d->code, statusName(d->status)));
    if (d->dueAt.isValid() && newAppointmentUtc <= d->dueAt)
        return Error::badInput(LifecycleText::tr("Ngày hẹn trả mới (%1) phải sau ngày hẹn hiện tại (%2).")
                                   .arg(shown(newAppointmentUtc), shown(d->dueAt)));
    const QDateTime until = newAppointmentUtc.toUTC();
    DossierEvent e = makeEvent(lifecycle_event::Rescheduled, *d, d->status, now, actor,
                               {{u"from"_s, d->dueAt.isValid() ? toStoredUtc(d->dueAt) : QString()},
                                {u"until"_s, toStoredUtc(until)},
                                {u"reason"_s, *reason}});
    return commitStep(tx, *d, e, actor, u"dossier.reschedule"_s, [&] {
        return DossierRepository(db).setDueAt(d->id, until);
    });
}

Result<DossierEvent> LifecycleService::withdraw(const QString &code, const QString &reasonIn, const Actor &actor)
{
    auto reason = text(reasonIn, TextKind::Note, LifecycleText::tr("lý do rút hồ sơ (theo đơn của người nộp)"), true);
    if (!reason)
        return reason.error();
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto d = load(db, code);
    if (!d)
        return d.error();
    if (auto s = checkTransition(*d, DossierStatus::Withdrawn, LifecycleText::tr("rút")); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    DossierEvent e = makeEvent(lifecycle_event::Withdrawn, *d, DossierStatus::Withdrawn, now, actor, {{u"reason"_s, *reason}});
    return commitStep(tx, *d, e, actor, u"dossier.withdraw"_s, [&] {
        return ReturnRepository(db).insertWithdrawal(d->id, *reason, now, actor.fullName, actor.username, e.uuid);
    });
}

Result<Timeline> LifecycleService::timeline(const QString &code)
{
    auto d = load(m_db.sql(), code);
    if (!d)
        return d.error();
    return Timeline{d->code, d->status, d->appointmentAt, d->dueAt, d->events};
}

Result<std::optional<ReturnRecord>> LifecycleService::latestReturn(const QString &code)
{
    auto d = load(m_db.sql(), code);
    if (!d)
        return d.error();
    return ReturnRepository(m_db.sql()).latest(d->id);
}

Result<DossierEvent> LifecycleService::commitStep(sql::Transaction &tx, const Dossier &d, const DossierEvent &e, const Actor &actor,
                                                  const QString &action, const std::function<Status()> &alsoWrite)
{
    QSqlDatabase &db = m_db.sql();
    if (auto s = DossierEventLog(db).record(d.id, d.status, e); !s)
        return s.error();
    if (alsoWrite)
        if (auto s = alsoWrite(); !s)
            return s.error();
    if (auto s = audit(actor, action, d.code); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Status LifecycleService::audit(const Actor &actor, const QString &action, const QString &object)
{
    return AuditLog(m_db, m_clock).recordInTransaction(actor, action, object);
}

}  // namespace pc
