#pragma once
// Public holidays of the Labour Code 2019, art. 112, and the compensatory days of art. 111:
// the computed default, used for a year until an official schedule for it is loaded.
#include <QDate>
#include <QList>
#include <QString>

namespace pc {

struct DayOff {
    QDate date;
    QString name;  // Vietnamese
    friend bool operator==(const DayOff &, const DayOff &) = default;
};

class HolidayRules {
public:
    // Every holiday of the year, weekend ones included, in date order.
    static QList<DayOff> holidays(int year);
    // The non-working weekdays of the year: holidays on weekdays plus one compensatory day per
    // holiday on a Saturday or Sunday, placed on the first working days after its block.
    static QList<DayOff> defaultDaysOff(int year);
};

}  // namespace pc
