// The calendar commands of issue 8 and issue 10 (items 11, 14) as an operator runs them.
// Expected dates: shared/reference/law-2026.md §4 and the worked examples in the comments.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct Cli {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("calendar.sqlite"));
    CliRun operator()(const QStringList &args) const { return runCli(db, args); }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
};
QStringList words(const char *s) { return QString::fromUtf8(s).split(u' '); }
QByteArray sourceFile(const char *relative)
{
    QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/") + QString::fromUtf8(relative));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("cli: issue 8 done-when dates", "[cli][calendar][deadline]")
{
    Cli cli;
    const CliRun h = cli(words("calendar holidays 2026"));
    REQUIRE(h.exitCode == 0);
    for (const char *day : {"2026-08-31\t", "2026-09-01\t", "2026-11-24\t"})
        CHECK(h.out.contains(QString::fromUtf8(day)));
    CHECK_FALSE(h.out.contains(QStringLiteral("2026-09-03")));
    CHECK(h.err.startsWith(QStringLiteral("official: ")));
    // Tuesday 23/11/2027 10:00 + 1 working day: Wednesday 24/11/2027 is Ngày Văn hóa Việt Nam → Thursday 10:00.
    CHECK(cli(words("deadline --received 2027-11-23T10:00 --days 1")).out == QStringLiteral("2027-11-25T10:00\n"));
    // Monday 22/11/2027 07:30 is at opening: Monday is not counted; Tuesday 07:30 + 450 min = Tuesday 17:00.
    CHECK(cli(words("deadline --received 2027-11-22T07:30 --days 1")).out == QStringLiteral("2027-11-23T17:00\n"));
    // Monday 10:00 + 1 = Tuesday 10:00.
    CHECK(cli(words("deadline --received 2027-11-22T10:00 --days 1")).out == QStringLiteral("2027-11-23T10:00\n"));
}

TEST_CASE("cli: import-rules loads a newer rule set and refuses bad ones", "[cli][calendar][rules]")
{
    Cli cli;
    CHECK(cli(words("calendar rules")).out.startsWith(QStringLiteral("2026.1\n")));
    QJsonObject o = QJsonDocument::fromJson(sourceFile("resources/calendar/holiday-rules.json")).object();
    o.insert(QStringLiteral("version"), QStringLiteral("2030.1"));
    QJsonArray rules = o.value(u"rules").toArray();
    rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("test-day")}, {QStringLiteral("kind"), QStringLiteral("solar_fixed")},
                             {QStringLiteral("month"), 10}, {QStringLiteral("day"), 14}, {QStringLiteral("name"), QStringLiteral("Ngày thử")},
                             {QStringLiteral("legal_basis"), QStringLiteral("test")}, {QStringLiteral("effective_from"), QStringLiteral("2027-01-01")},
                             {QStringLiteral("compensation"), QStringLiteral("next_working_day")}});
    o.insert(QStringLiteral("rules"), rules);
    const QString file = cli.write(QStringLiteral("rules.json"), QJsonDocument(o).toJson());
    const CliRun imp = cli({QStringLiteral("calendar"), QStringLiteral("import-rules"), file});
    REQUIRE(imp.exitCode == 0);
    CHECK(imp.out.contains(QStringLiteral("2030.1")));
    const CliRun h = cli(words("calendar holidays 2027"));
    CHECK(h.err.startsWith(QStringLiteral("rules: 2030.1\n")));
    CHECK(h.out.contains(QStringLiteral("2027-10-14\tNgày thử\n")));  // a Thursday
    // The same version again: refused, exit 2.
    CHECK(cli({QStringLiteral("calendar"), QStringLiteral("import-rules"), file}).exitCode == 2);
    // A malformed rule: exit 2 with the JSON path, nothing stored.
    o.insert(QStringLiteral("version"), QStringLiteral("2031.1"));
    rules[0] = QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}};
    o.insert(QStringLiteral("rules"), rules);
    const CliRun bad = cli({QStringLiteral("calendar"), QStringLiteral("import-rules"), cli.write(QStringLiteral("bad.json"), QJsonDocument(o).toJson())});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("$.rules[0].kind")));
    CHECK(cli(words("calendar rules")).out.startsWith(QStringLiteral("2030.1\n")));
}

TEST_CASE("cli: a schedule without days_off is refused and 1/5 stays off", "[cli][calendar][schedule]")
{
    Cli cli;
    const QString before = cli(words("calendar holidays 2026")).out;
    const QString file = cli.write(QStringLiteral("bare.json"), R"({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2026, "source": "x"})");
    const CliRun r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("days_off")));
    CHECK(cli(words("calendar holidays 2026")).out == before);
    // Wednesday 29/04/2026 10:00 + 1: 30/4 and 1/5 are off → Monday 04/05 10:00, never 1/5.
    CHECK(cli(words("deadline --received 2026-04-29T10:00 --days 1")).out == QStringLiteral("2026-05-04T10:00\n"));
}

TEST_CASE("cli: a damaged official schedule is an error, not the rules", "[cli][calendar][failure]")
{
    Cli cli;
    REQUIRE(cli(words("calendar holidays 2026")).exitCode == 0);  // creates the database
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(cli.db);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE holiday_schedules SET origin = 'import', document = '{broken' WHERE year = 2026")));
        REQUIRE(q.numRowsAffected() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const CliRun h = cli(words("calendar holidays 2026"));
    CHECK(h.exitCode != 0);
    CHECK(h.out.isEmpty());
    CHECK(h.err.contains(QStringLiteral("Không đọc được lịch nghỉ chính thức năm 2026")));
    const CliRun d = cli(words("deadline --received 2026-11-23T10:00 --days 1"));
    CHECK(d.exitCode != 0);
    CHECK(d.out.isEmpty());
    CHECK(cli(words("deadline --received 2027-11-23T10:00 --days 1")).out == QStringLiteral("2027-11-25T10:00\n"));
}

TEST_CASE("cli: years outside 1900-2199 exit 2 at once", "[cli][calendar][limits]")
{
    Cli cli;
    QElapsedTimer timer;
    timer.start();
    for (const char *args : {"calendar holidays 1899", "calendar holidays 2200", "calendar working-saturdays 0",
                             "deadline --received 0001-01-01T08:00 --days 1", "deadline --received 1000-06-01T08:00 --days 1",
                             "deadline --received 2199-12-31T10:00 --calendar-days 10", "calendar lunar 2200-01-01",
                             "calendar solar 1899-01-01"}) {
        INFO(args);
        CHECK(cli(words(args)).exitCode == 2);
    }
    CHECK(timer.elapsed() < 20000);  // each used to take minutes for year 1
    CHECK(cli(words("calendar holidays 2199")).exitCode == 0);
    CHECK(cli(words("calendar lunar 2150-01-01")).exitCode == 0);
}
