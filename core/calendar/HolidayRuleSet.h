#pragma once
// The public holidays as dated data (resources/calendar/holiday-rules.json): which days the
// law makes holidays, from when, on what legal basis, and how a holiday on a weekend is
// compensated. A new holiday or a changed rule is a new rule-set version, not a release.
// Format: docs/calendar.md §2.
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <memory>

namespace pc {

struct HolidayRule {
    enum class Kind {
        SolarFixed,   // a day of the Gregorian calendar (1/1, 30/4, …)
        LunarFixed,   // a day of the lunar calendar (10/3 Âm lịch)
        TetBlock,     // the last day of the lunar year and the first days of the new one
        AdjacentDay,  // one day next to a solar anchor (2/9), chosen by the anchor's weekday
    };
    enum class Compensation {
        NextWorkingDay,  // Labour Code art. 111(3): the working day after the holiday block
        TetPractice,     // Saturday → working day before the Tết block, Sunday → after it
    };
    QString id;
    Kind kind = Kind::SolarFixed;
    int month = 0;  // SolarFixed, LunarFixed; the anchor of AdjacentDay
    int day = 0;
    int tetDays = 5;  // TetBlock: the eve plus days 1..tetDays-1
    // AdjacentDay: -1 (the day before) or +1 (the day after), indexed by the anchor's weekday
    // (0 = Monday … 6 = Sunday).
    std::array<int, 7> adjacentByWeekday{};
    QDate effectiveFrom;
    QDate effectiveTo;  // invalid: open-ended
    QString legalBasis;
    QString name;       // Vietnamese, as printed in the list of days off
    QString shortName;  // what a compensatory day is named after (defaults to name)
    Compensation compensation = Compensation::NextWorkingDay;

    bool inForceOn(const QDate &d) const { return d >= effectiveFrom && (!effectiveTo.isValid() || d <= effectiveTo); }
};

struct HolidayRuleSet {
    QString version;  // "2026.1": year of issue and a sequence number
    QString source;
    QList<HolidayRule> rules;
    QByteArray document;  // the JSON as received, stored unchanged

    static Result<HolidayRuleSet> fromJson(const QByteArray &json);
    // The rule set shipped with the application (resources/calendar/holiday-rules.json).
    static std::shared_ptr<const HolidayRuleSet> builtIn();
    // Orders versions "YYYY.N" numerically; negative when a is older than b.
    static int compareVersions(const QString &a, const QString &b);
};

}  // namespace pc
