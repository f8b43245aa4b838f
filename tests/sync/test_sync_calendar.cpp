// The centre sends holiday rule sets (changes-feed kind "holiday_rules") the way it sends
// catalogues and schedules (issue 8 §1): the counter applies a newer version and nothing else.
#include "SyncHarness.h"
#include "sync/Wire.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace pc;
using namespace pc::test;

namespace {
QJsonObject builtInRules()
{
    QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/resources/calendar/holiday-rules.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}
}  // namespace

TEST_CASE("wire: a holiday_rules change decodes and round-trips", "[sync][wire][calendar]")
{
    wire::ChangesPage page;
    page.cursor = QStringLiteral("c");
    wire::Change c;
    c.seq = 7;
    c.kind = wire::Change::Kind::HolidayRules;
    c.at = QDateTime(QDate(2026, 11, 26), QTime(4, 0), QTimeZone::utc());
    c.document = builtInRules();
    page.changes.append(c);
    const QByteArray json = wire::encodeChanges(page);
    CHECK(json.contains("\"kind\":\"holiday_rules\""));
    auto back = wire::decodeChanges(json);
    REQUIRE(back);
    REQUIRE(back->changes.size() == 1);
    CHECK(back->changes.at(0).kind == wire::Change::Kind::HolidayRules);
    CHECK(back->changes.at(0).document == c.document);
}

TEST_CASE("sync: a rule set published at the centre is in force on the counter", "[sync][calendar]")
{
    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    Counter counter;
    const quint16 port = centre.start();
    counter.enrol(centre, port);
    REQUIRE(counter.cli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2028")}).err.startsWith(QStringLiteral("rules: 2026.1\n")));
    // 2031.1: the built-in rules plus a made-up 19/5 from 2028 (Friday 19/05/2028).
    QJsonObject o = builtInRules();
    o.insert(QStringLiteral("version"), QStringLiteral("2031.1"));
    QJsonArray rules = o.value(u"rules").toArray();
    rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("test-19-5")}, {QStringLiteral("kind"), QStringLiteral("solar_fixed")},
                             {QStringLiteral("month"), 5}, {QStringLiteral("day"), 19}, {QStringLiteral("name"), QStringLiteral("Ngày thử")},
                             {QStringLiteral("legal_basis"), QStringLiteral("test")}, {QStringLiteral("effective_from"), QStringLiteral("2028-01-01")},
                             {QStringLiteral("compensation"), QStringLiteral("next_working_day")}});
    o.insert(QStringLiteral("rules"), rules);
    const QString path = dir.filePath(QStringLiteral("rules-2031.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    centre.admin({QStringLiteral("publish-holiday-rules"), path});
    // An older version published afterwards is skipped, not applied.
    o.insert(QStringLiteral("version"), QStringLiteral("2027.1"));
    const QString older = dir.filePath(QStringLiteral("rules-2027.json"));
    QFile g(older);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(QJsonDocument(o).toJson());
    g.close();
    centre.admin({QStringLiteral("publish-holiday-rules"), older});
    const CliRun down = counter.sync();
    REQUIRE(down.exitCode == 0);
    CHECK(down.out.contains(QStringLiteral("changes 1")));
    const CliRun h = counter.cli({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2028")});
    CHECK(h.err.startsWith(QStringLiteral("rules: 2031.1\n")));
    CHECK(h.out.contains(QStringLiteral("2028-05-19\tNgày thử\n")));
    // Thursday 18/05/2028 10:00 + 1 working day: Friday 19/5 is now off → Monday 22/05 10:00.
    CHECK(counter.cli({QStringLiteral("deadline"), QStringLiteral("--received"), QStringLiteral("2028-05-18T10:00"), QStringLiteral("--days"),
                       QStringLiteral("1")}).out == QStringLiteral("2028-05-22T10:00\n"));
}
