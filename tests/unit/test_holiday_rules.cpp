// Holiday rules as dated data (issue 8 §1), official schedules validated (issue 10 item 14),
// a schedule that cannot be read is an error (issue 8 §6) and years outside 1900–2199 are
// refused (issue 10 item 11). Expected dates come from the law and the announced schedules as
// summarised in shared/reference/law-2026.md §4, worked out by hand in the comments.
#include "TestSupport.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/HolidayRuleSet.h"
#include "calendar/HolidayRules.h"
#include "calendar/LunarCalendar.h"
#include "services/CalendarService.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using pc::test::local;

namespace {
QList<QDate> dates(const QList<DayOff> &days)
{
    QList<QDate> out;
    for (const DayOff &d : days)
        out.append(d.date);
    return out;
}
QByteArray resource(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
QByteArray builtInRulesJson() { return resource(QStringLiteral(":/calendar/holiday-rules.json")); }
QJsonObject builtInRulesObject() { return QJsonDocument::fromJson(builtInRulesJson()).object(); }
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
const QDate d(int y, int m, int day) { return QDate(y, m, day); }
}  // namespace

TEST_CASE("the built-in rule set is valid and dated", "[calendar][rules]")
{
    auto rules = HolidayRuleSet::fromJson(builtInRulesJson());
    REQUIRE(rules);
    CHECK(rules->version == QStringLiteral("2026.1"));
    CHECK(rules->source.contains(QStringLiteral("28/2026/QH16")));
    bool culture = false;
    for (const HolidayRule &r : rules->rules) {
        CHECK_FALSE(r.legalBasis.isEmpty());
        if (r.id == u"ngay-van-hoa-viet-nam") {
            culture = true;
            CHECK(r.kind == HolidayRule::Kind::SolarFixed);
            CHECK(r.effectiveFrom == d(2026, 7, 1));  // NQ 28/2026/QH16 in force 01/07/2026
            CHECK(r.legalBasis.contains(QStringLiteral("28/2026/QH16")));
        }
    }
    CHECK(culture);
    CHECK(HolidayRuleSet::builtIn()->version == rules->version);
}

TEST_CASE("a malformed rule set is refused with JSON paths", "[calendar][rules][validation]")
{
    CHECK_FALSE(HolidayRuleSet::fromJson("not json"));
    CHECK_FALSE(HolidayRuleSet::fromJson("{}"));
    QJsonObject o = builtInRulesObject();
    QJsonArray rules = o.value(u"rules").toArray();
    QJsonObject first = rules.at(0).toObject();
    first.insert(QStringLiteral("kind"), QStringLiteral("moon_phase"));
    rules[0] = first;
    QJsonObject second = rules.at(1).toObject();
    second.remove(QStringLiteral("effective_from"));
    second.insert(QStringLiteral("efective_to"), QStringLiteral("2020-01-01"));  // a typo
    rules[1] = second;
    QJsonObject adjacent;
    for (const QJsonValue &v : rules)
        if (v.toObject().value(u"kind").toString() == u"adjacent_day")
            adjacent = v.toObject();
    QJsonObject table = adjacent.value(u"adjacent_by_weekday").toObject();
    table.insert(QStringLiteral("wednesday"), QStringLiteral("third"));
    adjacent.insert(QStringLiteral("adjacent_by_weekday"), table);
    adjacent.insert(QStringLiteral("id"), QStringLiteral("tet-duong-lich"));  // duplicate id
    rules.append(adjacent);
    o.insert(QStringLiteral("rules"), rules);
    o.insert(QStringLiteral("version"), QStringLiteral("next"));
    auto r = HolidayRuleSet::fromJson(compact(o));
    REQUIRE_FALSE(r);
    const QString all = r.error().details.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("$.version:")));
    CHECK(all.contains(QStringLiteral("$.rules[0].kind:")));
    CHECK(all.contains(QStringLiteral("$.rules[1].effective_from:")));
    CHECK(all.contains(QStringLiteral("$.rules[1].efective_to:")));
    CHECK(all.contains(QStringLiteral(".adjacent_by_weekday.wednesday:")));
    CHECK(all.contains(QStringLiteral(".id: \"tet-duong-lich\" bị lặp")));
    CHECK(r.error().details.size() == 6);
}

TEST_CASE("2 September's adjacent day follows the weekday table of issue 8", "[calendar][rules]")
{
    // Mon→3/9 (2024), Tue→1/9 (2025), Wed→1/9 (2026, 2037), Thu→3/9 (2027), Fri→1/9 (2022),
    // Sat→1/9 + compensatory Monday 4/9 (2023), Sun→3/9 + compensatory Tuesday 4/9 (2029).
    const auto septemberOff = [](int y) {
        QList<QDate> out;
        for (const QDate &x : dates(HolidayRules::defaultDaysOff(y)))
            if (x.month() == 9)
                out.append(x);
        return out;
    };
    CHECK(septemberOff(2024) == QList<QDate>{d(2024, 9, 2), d(2024, 9, 3)});
    CHECK(septemberOff(2025) == QList<QDate>{d(2025, 9, 1), d(2025, 9, 2)});
    CHECK(septemberOff(2026) == QList<QDate>{d(2026, 9, 1), d(2026, 9, 2)});
    CHECK(septemberOff(2037) == QList<QDate>{d(2037, 9, 1), d(2037, 9, 2)});
    CHECK(septemberOff(2027) == QList<QDate>{d(2027, 9, 2), d(2027, 9, 3)});
    CHECK(septemberOff(2022) == QList<QDate>{d(2022, 9, 1), d(2022, 9, 2)});
    CHECK(septemberOff(2023) == QList<QDate>{d(2023, 9, 1), d(2023, 9, 4)});
    CHECK(septemberOff(2029) == QList<QDate>{d(2029, 9, 3), d(2029, 9, 4)});
    // Before the Labour Code 2019 (in force 01/01/2021) 2/9 was a single day: 2019 is a Monday.
    CHECK(septemberOff(2019) == QList<QDate>{d(2019, 9, 2)});
}

TEST_CASE("24/11 Ngày Văn hóa Việt Nam is a day off from 2026, compensated on weekends", "[calendar][rules]")
{
    CHECK(dates(HolidayRules::defaultDaysOff(2026)).contains(d(2026, 11, 24)));   // Tuesday
    CHECK(dates(HolidayRules::defaultDaysOff(2027)).contains(d(2027, 11, 24)));   // Wednesday
    CHECK_FALSE(dates(HolidayRules::defaultDaysOff(2025)).contains(d(2025, 11, 24)));  // before 01/07/2026
    // Saturday 24/11/2029 → Monday 26/11; Sunday 24/11/2030 → Monday 25/11 (art. 111(3)).
    CHECK(dates(HolidayRules::defaultDaysOff(2029)).contains(d(2029, 11, 26)));
    CHECK(dates(HolidayRules::defaultDaysOff(2030)).contains(d(2030, 11, 25)));
}

TEST_CASE("the built-in official schedules are the announced ones", "[calendar][schedule]")
{
    const auto load = [](int y) {
        auto s = HolidaySchedule::fromJson(resource(QStringLiteral(":/calendar/schedules/%1.json").arg(y)));
        REQUIRE(s);
        CHECK_FALSE(s->source.isEmpty());
        CHECK(HolidayRules::scheduleProblems(*HolidayRuleSet::builtIn(), s.value()).isEmpty());
        return s.value();
    };
    // 2024: Tết 08–14/02; 29/4 off with Saturday 04/5 worked; 2–3/9.
    const HolidaySchedule s2024 = load(2024);
    CHECK(dates(s2024.daysOff) == QList<QDate>{d(2024, 1, 1), d(2024, 2, 8), d(2024, 2, 9), d(2024, 2, 12), d(2024, 2, 13), d(2024, 2, 14),
                                               d(2024, 4, 18), d(2024, 4, 29), d(2024, 4, 30), d(2024, 5, 1), d(2024, 9, 2), d(2024, 9, 3)});
    CHECK(s2024.workingSaturdays == QList<QDate>{d(2024, 5, 4)});
    // 2025: Tết 25/01–02/02 (weekdays 27–31/01); 2/5 off with Saturday 26/4 worked; 1–2/9.
    const HolidaySchedule s2025 = load(2025);
    CHECK(dates(s2025.daysOff) == QList<QDate>{d(2025, 1, 1), d(2025, 1, 27), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30), d(2025, 1, 31),
                                               d(2025, 4, 7), d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2), d(2025, 9, 1), d(2025, 9, 2)});
    CHECK(s2025.workingSaturdays == QList<QDate>{d(2025, 4, 26)});
    // 2026 (Thông báo 9441/TB-BNV): 2/1 off with Saturday 10/1 worked; Tết 14–22/02; 27/4 for
    // Sunday 26/4; 30/4, 1/5; 31/8 off with Saturday 22/8 worked; 1/9, 2/9; 24/11.
    const HolidaySchedule s2026 = load(2026);
    CHECK(s2026.source.contains(QStringLiteral("9441/TB-BNV")));
    CHECK(dates(s2026.daysOff) == QList<QDate>{d(2026, 1, 1), d(2026, 1, 2), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19),
                                               d(2026, 2, 20), d(2026, 4, 27), d(2026, 4, 30), d(2026, 5, 1), d(2026, 8, 31), d(2026, 9, 1),
                                               d(2026, 9, 2), d(2026, 11, 24)});
    CHECK(s2026.workingSaturdays == QList<QDate>{d(2026, 1, 10), d(2026, 8, 22)});
}

TEST_CASE("a counter starts with the built-in rules and schedules", "[calendar][schedule][storage]")
{
    test::TempCounter t;
    CalendarService &cal = t.services->calendar();
    CHECK(cal.rulesVersion() == QStringLiteral("2026.1"));
    for (int y : {2024, 2025, 2026})
        CHECK(cal.usesOfficialSchedule(y));
    CHECK_FALSE(cal.usesOfficialSchedule(2027));
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_schedules WHERE origin = 'built-in'")) == 3);
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_rule_sets")) == 1);
    // Opening again adds nothing.
    auto again = CounterServices::open(t.dbPath(), t.clock);
    REQUIRE(again);
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_schedules")) == 3);
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_rule_sets")) == 1);
    // Saturday 22/08/2026 is a working day, Monday 31/08 is not: Friday 21/08 10:00 + 1 working
    // day = Saturday 22/08 10:00; Friday 28/08 10:00 + 1 = Thursday 03/09 10:00 (31/8, 1/9, 2/9 off).
    const Duration oneDay{Duration::Kind::WorkingDays, 1};
    CHECK(cal.due(local(2026, 8, 21, 10, 0), oneDay) == local(2026, 8, 22, 10, 0));
    CHECK(cal.due(local(2026, 8, 28, 10, 0), oneDay) == local(2026, 9, 3, 10, 0));
    // Monday 23/11/2026 10:00 + 1 = Wednesday 25/11 10:00 (24/11 off).
    CHECK(cal.due(local(2026, 11, 23, 10, 0), oneDay) == local(2026, 11, 25, 10, 0));
}

TEST_CASE("official schedules that would drop statutory holidays are refused", "[calendar][schedule][validation]")
{
    test::TempCounter t;
    CalendarService &cal = t.services->calendar();
    const auto before = cal.daysOff(2026);
    REQUIRE(before);
    // Issue 10 item 14: {"year": 2026} used to wipe 2026's holidays.
    auto bare = cal.importSchedule(R"({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2026, "source": "x"})");
    REQUIRE_FALSE(bare);
    CHECK(bare.error().details.join(u' ').contains(QStringLiteral("days_off")));
    // A 2026 schedule without 1/5 (a Friday) and with a day of 2027.
    QJsonObject o = QJsonDocument::fromJson(resource(QStringLiteral(":/calendar/schedules/2026.json"))).object();
    QJsonArray off;
    for (const QJsonValue &v : o.value(u"days_off").toArray())
        if (v.toObject().value(u"date").toString() != u"2026-05-01")
            off.append(v);
    o.insert(QStringLiteral("days_off"), off);
    auto dropped = cal.importSchedule(compact(o));
    REQUIRE_FALSE(dropped);
    const QString reasons = dropped.error().details.join(u'\n');
    CHECK(reasons.contains(QStringLiteral("01/05/2026")));
    CHECK(reasons.contains(QStringLiteral("bỏ 1 ngày")));
    off.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-01-04")}, {QStringLiteral("name"), QStringLiteral("x")}});
    o.insert(QStringLiteral("days_off"), off);
    auto outside = cal.importSchedule(compact(o));
    REQUIRE_FALSE(outside);
    CHECK(outside.error().details.join(u' ').contains(QStringLiteral("2027-01-04")));
    // Nothing was written: 1/5 is still off and the deadline does not fall on it.
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_schedules WHERE year = 2026")) == 1);
    CHECK(cal.daysOff(2026).value() == before.value());
    CHECK(cal.due(local(2026, 4, 29, 10, 0), {Duration::Kind::WorkingDays, 1}) == local(2026, 5, 4, 10, 0));
    // Replacing the 2/9 neighbour by another adjacent day is the Prime Minister's choice: accepted.
    QJsonObject swapped = QJsonDocument::fromJson(resource(QStringLiteral(":/calendar/schedules/2026.json"))).object();
    QJsonArray offSwapped;
    for (const QJsonValue &v : swapped.value(u"days_off").toArray())
        offSwapped.append(v.toObject().value(u"date").toString() == u"2026-09-01"
                              ? QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-09-03")}, {QStringLiteral("name"), QStringLiteral("Quốc khánh (ngày liền kề 2/9)")}}
                              : v.toObject());
    swapped.insert(QStringLiteral("days_off"), offSwapped);
    swapped.insert(QStringLiteral("source"), QStringLiteral("test: neighbour moved to 3/9"));
    REQUIRE(cal.importSchedule(compact(swapped)));
    CHECK(cal.scheduleSource(2026) == QStringLiteral("test: neighbour moved to 3/9"));
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_schedules WHERE year = 2026")) == 2);  // every version kept
}

TEST_CASE("a new rule set is data: imported, kept per version, newest in force", "[calendar][rules][storage]")
{
    test::TempCounter t;
    CalendarService &cal = t.services->calendar();
    // A made-up 2031.1 that adds 19/5 as a holiday from 2028 (Saturday 19/5/2029 → Monday 21/5).
    QJsonObject o = builtInRulesObject();
    QJsonArray rules = o.value(u"rules").toArray();
    rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("test-19-5")}, {QStringLiteral("kind"), QStringLiteral("solar_fixed")},
                             {QStringLiteral("month"), 5}, {QStringLiteral("day"), 19}, {QStringLiteral("name"), QStringLiteral("Ngày thử")},
                             {QStringLiteral("legal_basis"), QStringLiteral("test")}, {QStringLiteral("effective_from"), QStringLiteral("2028-01-01")},
                             {QStringLiteral("compensation"), QStringLiteral("next_working_day")}});
    o.insert(QStringLiteral("rules"), rules);
    o.insert(QStringLiteral("version"), QStringLiteral("2031.1"));
    CHECK_FALSE(dates(cal.daysOff(2029).value()).contains(d(2029, 5, 21)));
    auto imported = cal.importRuleSet(compact(o));
    REQUIRE(imported);
    CHECK(cal.rulesVersion() == QStringLiteral("2031.1"));
    CHECK(dates(cal.daysOff(2029).value()).contains(d(2029, 5, 21)));
    CHECK_FALSE(dates(cal.daysOff(2027).value()).contains(d(2027, 5, 19)));  // not yet in force
    // The same version again, or an older one, is refused; nothing changes.
    CHECK(cal.importRuleSet(compact(o)).error().kind == Error::Kind::Refused);
    o.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
    CHECK_FALSE(cal.importRuleSet(compact(o)));
    CHECK(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_rule_sets")) == 2);
    // Reopened, the stored newest version is in force (the built-in 2026.1 does not come back).
    auto reopened = CounterServices::open(t.dbPath(), t.clock);
    REQUIRE(reopened);
    CHECK(reopened.value()->calendar().rulesVersion() == QStringLiteral("2031.1"));
}

TEST_CASE("a schedule that cannot be read is an error, not a fall-back to the rules", "[calendar][schedule][failure]")
{
    test::TempCounter t;
    // The fault: 2026's newest schedule is an import whose stored text is damaged.
    REQUIRE(sql::exec(t.services->database().sql(),
                      QStringLiteral("UPDATE holiday_schedules SET origin = 'import', document = '{broken' WHERE year = 2026")));
    REQUIRE(t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM holiday_schedules WHERE year = 2026 AND document = '{broken'")) == 1);
    auto reopened = CounterServices::open(t.dbPath(), t.clock);
    REQUIRE(reopened);
    CalendarService &cal = reopened.value()->calendar();
    auto days = cal.daysOff(2026);
    REQUIRE_FALSE(days);
    CHECK(days.error().message.contains(QStringLiteral("2026")));
    CHECK_FALSE(cal.yearSource(2026));
    CHECK_FALSE(cal.checkedDue(local(2026, 11, 23, 10, 0), {Duration::Kind::WorkingDays, 1}));
    // Other years still work.
    CHECK(cal.checkedDue(local(2025, 11, 24, 10, 0), {Duration::Kind::WorkingDays, 1}));
    // Intake refuses rather than print a date from the rules.
    REQUIRE(reopened.value()->identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2)));
    DossierDraft draft = test::completeDraft();
    draft.receivedAt = local(2026, 11, 23, 10, 0);
    t.clock.setLocal(QDate(2026, 11, 23), QTime(10, 5));
    auto r = reopened.value()->intake().registerDossier(test::clerk(), draft);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("lịch nghỉ")));
    // and the preview promises no date rather than one from the rules
    const Procedure *p = reopened.value()->catalogue()->procedure(QStringLiteral("2.000620"));
    REQUIRE(p);
    CHECK_FALSE(reopened.value()->intake().appointmentFor(*p, local(2026, 11, 23, 10, 0).toUTC()).isValid());
    CHECK(reopened.value()->intake().appointmentFor(*p, local(2025, 11, 24, 10, 0).toUTC()).isValid());
    // Not cached as a fall-back: once repaired (a good import), the year works at once.
    REQUIRE(cal.importSchedule(resource(QStringLiteral(":/calendar/schedules/2026.json"))));
    CHECK(cal.daysOff(2026));
}

TEST_CASE("calendar functions refuse years outside 1900-2199 quickly", "[calendar][limits]")
{
    QDeadlineTimer deadline(2000);
    CHECK(LunarCalendar::fromSolar(d(1, 1, 1)).year == 0);
    CHECK(LunarCalendar::fromSolar(d(2200, 1, 1)).year == 0);
    CHECK_FALSE(LunarCalendar::toSolar(1899, 1, 1));
    CHECK_FALSE(LunarCalendar::toSolar(2200, 1, 1));
    CHECK(LunarCalendar::toSolar(2199, 1, 1));
    CHECK(HolidayRules::defaultDaysOff(1000).isEmpty());
    CHECK(HolidayRules::holidays(2200).isEmpty());
    test::TempCounter t;
    CalendarService &cal = t.services->calendar();
    for (int y : {1, 1000, 1899, 2200, 100000}) {
        INFO("year " << y);
        CHECK(cal.daysOff(y).error().kind == Error::Kind::BadInput);
        CHECK_FALSE(cal.workingSaturdays(y));
        CHECK_FALSE(cal.yearSource(y));
    }
    auto r = cal.importSchedule(R"({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 1000, "source": "x", "days_off": []})");
    REQUIRE_FALSE(r);
    CHECK(r.error().details.join(u' ').contains(QStringLiteral("2199")));
    CHECK_FALSE(deadline.hasExpired());
}
