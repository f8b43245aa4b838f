#include "DueWindow.h"

#include "services/CounterServices.h"
#include "services/QueueService.h"
#include "util/Clock.h"

namespace pc {

DueWindow DueWindow::at(CounterServices &services)
{
    DueWindow w;
    w.nowUtc = services.clock().nowUtc();
    const QDate today = toLocal(w.nowUtc).date();
    w.endOfTodayUtc = QDateTime(today.addDays(1), QTime(0, 0), vietnamTime()).toUTC();
    w.dueSoonBeforeUtc = services.calendar().due(toLocal(w.nowUtc), {Duration::Kind::WorkingDays, 2}).toUTC();
    return w;
}

DueMark dueMark(DossierStatus status, const QDateTime &appointmentUtc, const DueWindow &w)
{
    if (!appointmentUtc.isValid())
        return DueMark::None;
    if (QueueService::isOverdue(status, appointmentUtc, w.nowUtc))
        return DueMark::Overdue;
    if (!QueueService::isAgencyClockRunning(status))
        return DueMark::None;
    if (appointmentUtc < w.endOfTodayUtc)
        return DueMark::DueToday;
    if (w.dueSoonBeforeUtc.isValid() && appointmentUtc < w.dueSoonBeforeUtc)
        return DueMark::DueSoon;
    return DueMark::None;
}

void restrictToDueToday(DossierFilter &f, const DueWindow &w) { QueueService::restrictToDueBefore(f, w.nowUtc, w.endOfTodayUtc); }

void restrictToDueSoon(DossierFilter &f, const DueWindow &w)
{
    QueueService::restrictToDueBefore(f, w.nowUtc, w.dueSoonBeforeUtc.isValid() ? w.dueSoonBeforeUtc : w.endOfTodayUtc);
}

void restrictToOverdue(DossierFilter &f, const DueWindow &w) { QueueService::restrictToOverdue(f, w.nowUtc); }

Result<TrackingCounts> TrackingText::count(QueueService &queue, const DueWindow &w)
{
    TrackingCounts c;
    const std::pair<int *, void (*)(DossierFilter &, const DueWindow &)> sets[] = {
        {&c.overdue, &restrictToOverdue}, {&c.dueToday, &restrictToDueToday}, {&c.dueSoon, &restrictToDueSoon}};
    for (const auto &[into, restrict] : sets) {
        DossierFilter f;
        restrict(f, w);
        auto n = queue.count(f);
        if (!n)
            return n.error();
        *into = *n;
    }
    return c;
}

QString TrackingText::statusLine(const TrackingCounts &c)
{
    return tr("Quá hạn: %1 · Đến hạn hôm nay: %2 · Trong 2 ngày làm việc: %3").arg(c.overdue).arg(c.dueToday).arg(c.dueSoon);
}

}  // namespace pc
