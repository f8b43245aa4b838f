// The CLI contract of the calendar, deadline and identifier commands, exactly as written.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct Cli {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("rules.sqlite"));
    CliRun operator()(const QStringList &args, const QByteArray &in = {}) const
    {
        CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
};
QStringList words(const char *s) { return QString::fromUtf8(s).split(u' '); }
}  // namespace

TEST_CASE("cli: lunar and solar conversion", "[cli][calendar]")
{
    Cli cli;
    CHECK(cli(words("calendar lunar 2026-02-17")).out == QStringLiteral("2026-01-01\n"));
    CHECK(cli(words("calendar lunar 2023-03-22")).out == QStringLiteral("2023-02-01 leap\n"));
    CHECK(cli(words("calendar lunar 2025-01-28")).out == QStringLiteral("2024-12-29\n"));
    CHECK(cli(words("calendar solar 2023-02-01 --leap")).out == QStringLiteral("2023-03-22\n"));
    CHECK(cli(words("calendar solar 2023-02-01")).out == QStringLiteral("2023-02-20\n"));
    CHECK(cli(words("calendar solar 2024-03-10")).out == QStringLiteral("2024-04-18\n"));
    for (const char *bad : {"calendar lunar 2026-02-30", "calendar lunar yesterday", "calendar lunar 1850-01-01",
                            "calendar solar 2024-06-01 --leap", "calendar solar 2024-12-30", "calendar solar x-y-z"}) {
        INFO(bad);
        const CliRun r = cli(words(bad));
        CHECK(r.exitCode == 2);
        CHECK(!r.err.isEmpty());
    }
}

TEST_CASE("cli: holidays, import and working Saturdays", "[cli][calendar]")
{
    // Since issue 8 the official schedules 2024–2026 are built in, so 2025 and 2026 no longer
    // come from the rules; 2027 (not yet announced) does.
    Cli cli;
    const CliRun h = cli(words("calendar holidays 2026"));
    REQUIRE(h.exitCode == 0);
    CHECK(h.err.startsWith(QStringLiteral("official: ")));
    CHECK(h.err.section(u'\n', 0, 0).contains(QStringLiteral("9441/TB-BNV")));
    CHECK(h.out.startsWith(QStringLiteral("2026-01-01\tTết Dương lịch\n2026-01-02\t")));
    const CliRun rules = cli(words("calendar holidays 2027"));
    REQUIRE(rules.exitCode == 0);
    CHECK(rules.err.startsWith(QStringLiteral("rules: 2026.1\n")));
    CHECK(rules.out.contains(QStringLiteral("2027-05-03\tNghỉ bù Ngày Quốc tế Lao động\n")));  // Saturday 1/5/2027
    const QString before = cli(words("calendar holidays 2025")).out;
    CHECK(before.contains(QStringLiteral("2025-01-27\t")));
    CHECK_FALSE(before.contains(QStringLiteral("2025-02-03\t")));
    const CliRun imp = cli({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral(POSTCOUNTER_SOURCE_DIR "/docs/examples/holiday-schedule-2025.json")});
    REQUIRE(imp.exitCode == 0);
    const CliRun after = cli(words("calendar holidays 2025"));
    CHECK(after.out == before);
    CHECK(after.err.contains(QStringLiteral("Bộ Lao động")));
    CHECK(cli(words("calendar working-saturdays 2025")).out == QStringLiteral("2025-04-26\n"));
    CHECK(cli(words("calendar working-saturdays 2026")).out == QStringLiteral("2026-01-10\n2026-08-22\n"));
    CHECK(cli(words("calendar working-saturdays 2027")).out.isEmpty());
    CHECK(cli(words("calendar import /nonexistent.json")).exitCode == 2);
    CHECK(cli(words("calendar holidays 20x5")).exitCode == 2);
}

TEST_CASE("cli: deadline", "[cli][deadline]")
{
    Cli cli;
    CHECK(cli(words("deadline --received 2026-11-27T16:30 --days 1")).out == QStringLiteral("2026-11-30T16:30\n"));
    CHECK(cli(words("deadline --received 2026-11-24T15:10 --hours 2 --cutoff 15:00")).out == QStringLiteral("2026-11-25T09:30\n"));
    CHECK(cli(words("deadline --received 2026-02-06T10:00 --calendar-days 12")).out == QStringLiteral("2026-02-23T17:00\n"));
    CHECK(cli(words("deadline --received 2026-02-13T10:00 --days 1")).out == QStringLiteral("2026-02-23T10:00\n"));
    CHECK(cli(words("deadline --received 2026-02-13T10:00")).exitCode == 2);
    CHECK(cli(words("deadline --received 2026-02-13T10:00 --days 1 --hours 2")).exitCode == 2);
    CHECK(cli(words("deadline --received tomorrow --days 1")).exitCode == 2);
    CHECK(cli(words("deadline --received 2026-02-13T10:00 --days x")).exitCode == 2);
    CHECK(cli(words("deadline --received 2026-02-13T10:00 --days 1 --cutoff 25:00")).exitCode == 2);
}

TEST_CASE("cli: identifier checks", "[cli][identifiers]")
{
    Cli cli;
    CHECK(cli(words("check cccd 001089012345")).exitCode == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("cccd"), QStringLiteral("001089012345"), QStringLiteral("--birth-date"),
               QStringLiteral("1989-05-02"), QStringLiteral("--gender"), QStringLiteral("Nam")}).exitCode == 0);
    const CliRun wrongGender = cli({QStringLiteral("check"), QStringLiteral("cccd"), QStringLiteral("001089012345"),
                                    QStringLiteral("--gender"), QStringLiteral("Nữ")});
    CHECK(wrongGender.exitCode == 2);
    CHECK(wrongGender.err.contains(QStringLiteral("giới tính")));
    CHECK(cli(words("check cccd 001089012345 --birth-date 1990-01-01")).exitCode == 2);
    CHECK(cli(words("check cccd 12345")).exitCode == 2);
    CHECK(cli(words("check s10 RR473124829VN")).exitCode == 0);
    CHECK(cli(words("check s10 RR473124828VN")).exitCode == 2);
    CHECK(cli(words("check phone 0912345678")).exitCode == 0);
    CHECK(cli(words("check phone +84912345678")).exitCode == 0);
    CHECK(cli(words("check phone 12345")).exitCode == 2);
}

TEST_CASE("cli: parse cccd-qr", "[cli][qr]")
{
    Cli cli;
    const CliRun r = cli({QStringLiteral("parse"), QStringLiteral("cccd-qr"),
                          QStringLiteral("001089012345|123456789|Nguyễn Văn Đức|02051989|Nam|Thôn Đông, Yên Định|15082021\n")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(u"id_number").toString() == QStringLiteral("001089012345"));
    CHECK(o.value(u"old_id_number").toString() == QStringLiteral("123456789"));
    CHECK(o.value(u"name").toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(o.value(u"birth_date").toString() == QStringLiteral("1989-05-02"));
    CHECK(o.value(u"gender").toString() == QStringLiteral("Nam"));
    CHECK(o.value(u"address").toString() == QStringLiteral("Thôn Đông, Yên Định"));
    CHECK(o.value(u"issue_date").toString() == QStringLiteral("2021-08-15"));
    CHECK(cli({QStringLiteral("parse"), QStringLiteral("cccd-qr"), QStringLiteral("not a qr")}).exitCode == 2);
}

TEST_CASE("cli: intake rejects a bad identifier and warns on a mismatch", "[cli][intake][identifiers]")
{
    Cli cli;
    REQUIRE(cli({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                 QStringLiteral("X"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 0);
    const QStringList intake{QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")};
    const CliRun bad = cli(intake, QByteArray(intakeJson()).replace("001089012345", "003089012345"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("003")));
    const CliRun badPhone = cli(intake, QByteArray(intakeJson()).replace("0912345678", "0912"));
    CHECK(badPhone.exitCode == 2);
    const CliRun mismatch = cli(intake, QByteArray(intakeJson()).replace("1989-05-02", "1990-05-02"));
    CHECK(mismatch.exitCode == 0);
    CHECK(mismatch.err.contains(QStringLiteral("Cảnh báo")));
}
