#pragma once
// An official yearly schedule of days off and swapped working Saturdays, as the government
// announces it; imported from a JSON file or pushed by the centre. Overrides the default
// rules for its year (DESIGN §5).
#include "HolidayRules.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pc {

struct HolidaySchedule {
    int year = 0;
    QString source;                // e.g. the announcement's number and date
    QList<DayOff> daysOff;         // weekdays off (holidays, compensatory and swapped days)
    QList<QDate> workingSaturdays; // weekend days worked in exchange

    // {"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2025,
    //  "source": "…", "days_off": [{"date": "2025-01-27", "name": "…"}],
    //  "working_saturdays": ["2025-04-26"]}
    static Result<HolidaySchedule> fromJson(const QByteArray &json);
    QByteArray toJson() const;
};

}  // namespace pc
