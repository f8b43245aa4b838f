#pragma once
// Tracking at a glance (issue 11 §2): which dossiers are late, due today or due within the next
// two working days. The bounds are computed once per refresh from the counter's clock and the
// calendar in force (CalendarService: the one calendar), then used for the row marks and, as
// QueueService filters on indexed columns, for the status bar's counts.
#include "domain/DossierStatus.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pc {

class CounterServices;
class QueueService;
struct DossierFilter;

struct DueWindow {
    QDateTime nowUtc;
    QDateTime endOfTodayUtc;     // local midnight after today
    QDateTime dueSoonBeforeUtc;  // now + 2 working days on the calendar in force

    static DueWindow at(CounterServices &services);
};

enum class DueMark { None, Overdue, DueToday, DueSoon };

// None for a dossier whose agency clock is not running (supplement, decided, returned,
// withdrawn, stopped) or that has no fixed appointment.
DueMark dueMark(DossierStatus status, const QDateTime &appointmentUtc, const DueWindow &w);

// The same three sets as filters, so a count and the list behind it always agree.
void restrictToDueToday(DossierFilter &f, const DueWindow &w);
void restrictToDueSoon(DossierFilter &f, const DueWindow &w);
void restrictToOverdue(DossierFilter &f, const DueWindow &w);

struct TrackingCounts {
    int overdue = 0;
    int dueToday = 0;
    int dueSoon = 0;  // within 2 working days, today's included (as the "Sắp đến hạn" filter)
};

class TrackingText {
    Q_DECLARE_TR_FUNCTIONS(pc::TrackingText)
public:
    static Result<TrackingCounts> count(QueueService &queue, const DueWindow &w);
    // "Quá hạn: 1 · Đến hạn hôm nay: 2 · Trong 2 ngày làm việc: 3": words, not colour alone.
    static QString statusLine(const TrackingCounts &c);
};

}  // namespace pc
