#pragma once
// The days off a rule set gives a year (Labour Code 2019 art. 111–112 and later amendments,
// as dated data in HolidayRuleSet): the computed default, used for a year until an official
// schedule for it is loaded.
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

struct HolidayRuleSet;
struct HolidaySchedule;

struct DayOff {
    QDate date;
    QString name;  // Vietnamese
    friend bool operator==(const DayOff &, const DayOff &) = default;
};

class HolidayRules {
public:
    // Every holiday of the year, weekend ones included, in date order.
    static QList<DayOff> holidays(const HolidayRuleSet &rules, int year);
    // The non-working weekdays of the year: holidays on weekdays plus one compensatory day per
    // holiday on a Saturday or Sunday, placed as the rule's compensation says.
    static QList<DayOff> daysOff(const HolidayRuleSet &rules, int year);
    // The same with the built-in rule set.
    static QList<DayOff> holidays(int year);
    static QList<DayOff> defaultDaysOff(int year);
    // Why an official schedule would drop a statutory holiday without replacing it (Vietnamese,
    // one line each); empty when it keeps every one.
    static QStringList scheduleProblems(const HolidayRuleSet &rules, const HolidaySchedule &schedule);
};

}  // namespace pc
