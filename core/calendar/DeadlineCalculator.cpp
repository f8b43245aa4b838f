#include "DeadlineCalculator.h"

#include "CalendarYears.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace pc {
namespace {
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(pc::DeadlineText)
};
}  // namespace

Status DayCalendar::availability(int, int) const { return success(); }

QDate DayCalendar::nextWorkingDay(const QDate &after) const
{
    // Each day is asked once: a calendar shared with another thread may change between two
    // questions, and a second answer about the same day must not undo the first.
    QDate d = after.addDays(1);
    for (int guard = 0; guard < 366 && calendar::dateSupported(d); ++guard, d = d.addDays(1))
        if (isWorkingDay(d))
            return d;
    return {};
}

namespace {
QDateTime at(const QDate &d, const QTime &t, const QDateTime &like) { return QDateTime(d, t, like.timeZone()); }
}  // namespace

QDateTime DeadlineCalculator::nextWorkingStart(const QDateTime &t) const
{
    if (m_days.isWorkingDay(t.date())) {
        for (const WorkPeriod &p : m_hours.periods) {
            if (t.time() < p.start)
                return at(t.date(), p.start, t);
            if (t.time() < p.end)
                return t;  // inside a period
        }
    }
    return at(m_days.nextWorkingDay(t.date()), m_hours.opening(), t);
}

QDateTime DeadlineCalculator::countingStart(const QDateTime &received, const QTime &cutoff) const
{
    const QDateTime t = received.addMSecs(-(received.time().msec()));
    if (cutoff.isValid() && m_days.isWorkingDay(t.date()) && t.time() > cutoff)
        return at(m_days.nextWorkingDay(t.date()), m_hours.opening(), t);
    return nextWorkingStart(t);
}

QDateTime DeadlineCalculator::dayCountingStart(const QDateTime &received, const QTime &cutoff) const
{
    // Civil Code art. 147(2): a period in days starts the day after the day of receipt, so the
    // day of receipt is never a whole counted day. A receipt at or before opening (07:30 sharp
    // is "at opening") or on a day off counts from the next working day's opening; inside
    // working hours, from the moment (production practice: Monday 10:00 + 1 day = Tuesday 10:00).
    const QDateTime t = received.addMSecs(-(received.time().msec()));
    if (m_days.isWorkingDay(t.date()) && t.time() <= m_hours.opening())
        return at(m_days.nextWorkingDay(t.date()), m_hours.opening(), t);
    return countingStart(t, cutoff);
}

QDateTime DeadlineCalculator::addWorkingMinutes(QDateTime t, qint64 minutes) const
{
    // t is inside working time. Walk period by period; the due moment is the earliest moment
    // the last minute has elapsed, so a deadline ending exactly at 17:00 is 17:00 that day.
    qint64 remainingSecs = minutes * 60;
    for (int guard = 0; guard < 100000 && calendar::dateSupported(t.date()); ++guard) {
        for (const WorkPeriod &p : m_hours.periods) {
            if (t.time() >= p.end)
                continue;
            const QTime from = std::max(t.time(), p.start);
            const qint64 available = from.secsTo(p.end);
            if (remainingSecs <= available)
                return at(t.date(), from.addSecs(static_cast<int>(remainingSecs)), t);
            remainingSecs -= available;
        }
        t = at(m_days.nextWorkingDay(t.date()), m_hours.opening(), t);
    }
    return {};
}

QDateTime DeadlineCalculator::due(const QDateTime &received, const Duration &duration, const QTime &cutoff) const
{
    if (!calendar::dateSupported(received.date()))
        return {};  // refused before any computation
    switch (duration.kind) {
    case Duration::Kind::WorkingDays:
        return addWorkingMinutes(dayCountingStart(received, cutoff), qint64(duration.value) * m_hours.minutesPerDay());
    case Duration::Kind::WorkingHours:
        return addWorkingMinutes(countingStart(received, cutoff), qint64(duration.value) * 60);
    case Duration::Kind::CalendarDays: {
        // Civil Code 2015 art. 148: the period ends at the end of the N-th day after the receipt
        // day; a last day off moves the end to the close of the next working day.
        QDate receiptDay = received.date();
        if (cutoff.isValid() && m_days.isWorkingDay(receiptDay) && received.time() > cutoff)
            receiptDay = m_days.nextWorkingDay(receiptDay);
        QDate last = receiptDay.addDays(duration.value);
        if (calendar::dateSupported(last) && !m_days.isWorkingDay(last))
            last = m_days.nextWorkingDay(last);
        if (!calendar::dateSupported(last))
            return {};
        return at(last, m_hours.closing(), received);
    }
    case Duration::Kind::ByNotice:
        return {};  // no legal total: no appointment date
    }
    return {};
}

}  // namespace pc

namespace pc {

Result<QDateTime> DeadlineCalculator::checkedDue(const QDateTime &received, const Duration &duration, const QTime &cutoff) const
{
    if (!calendar::dateSupported(received.date()))
        return Error::badInput(DeadlineText::tr("Năm tiếp nhận phải từ %1 đến %2.").arg(calendar::kFirstYear).arg(calendar::kLastYear));
    const QDateTime result = due(received, duration, cutoff);
    if (duration.kind != Duration::Kind::ByNotice && !result.isValid())
        return Error::badInput(DeadlineText::tr("Hạn trả kết quả vượt quá năm %1, không tính được.").arg(calendar::kLastYear));
    const int lastYear = result.isValid() ? result.date().year() : received.date().year();
    if (auto known = m_days.availability(received.date().year(), lastYear); !known)
        return known.error();
    return result;
}

}  // namespace pc
