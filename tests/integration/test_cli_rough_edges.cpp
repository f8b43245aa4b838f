// Issue 9 item 18: the CLI's rough edges, each reproduced through the real executable.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct SetUpCounter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    SetUpCounter()
    {
        REQUIRE(runCli(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"),
                            QStringLiteral("--unit-name"), QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"),
                            QStringLiteral("2")}).exitCode == 0);
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}) const { return runCli(db, args, in); }
};

// Runs the CLI WITHOUT --db, with its per-user data directory redirected into `dataHome`.
CliRun runWithoutDb(const QString &dataHome, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POSTCOUNTER_CLI), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
const QStringList intakeStdin{QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")};
}  // namespace

TEST_CASE("cli rough edges: check cccd and check phone print ok on success", "[cli][rough]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("unused.sqlite"));
    const CliRun cccd = runCli(db, {QStringLiteral("check"), QStringLiteral("cccd"), QStringLiteral("001089012345")});
    CHECK(cccd.exitCode == 0);
    CHECK(cccd.out == QStringLiteral("ok\n"));
    const CliRun phone = runCli(db, {QStringLiteral("check"), QStringLiteral("phone"), QStringLiteral("0912345678")});
    CHECK(phone.exitCode == 0);
    CHECK(phone.out == QStringLiteral("ok\n"));
    const CliRun s10 = runCli(db, {QStringLiteral("check"), QStringLiteral("s10"), QStringLiteral("RR473124829VN")});
    CHECK(s10.out == QStringLiteral("ok\n"));
    // a failure prints nothing on stdout, the reason on stderr
    const CliRun bad = runCli(db, {QStringLiteral("check"), QStringLiteral("phone"), QStringLiteral("12345")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK_FALSE(bad.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(db));  // a check never creates a database
}

TEST_CASE("cli rough edges: list prints Vietnamese status names, --json the codes", "[cli][rough]")
{
    SetUpCounter c;
    REQUIRE(c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00"))).exitCode == 0);
    const CliRun list = c.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    // status 2 is named "Được tiếp nhận" in the national status list (DossierStatus.h)
    CHECK(list.out == QStringLiteral("000.00.16.H56-261125-2001\tĐược tiếp nhận\tNguyễn Văn Đức\t2.000620\n"));
    const QJsonArray rows = QJsonDocument::fromJson(c.run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(u"status").toInt() == 2);
    CHECK(rows.at(0).toObject().value(u"status_key").toString() == QStringLiteral("received"));
}

TEST_CASE("cli rough edges: a back-dated intake records its event at the receipt time", "[cli][rough]")
{
    SetUpCounter c;
    // 09:00 in Việt Nam (UTC+7) is 02:00 UTC on the same day; today is much later than that.
    REQUIRE(c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00"))).exitCode == 0);
    const CliRun show = c.run({QStringLiteral("show"), QStringLiteral("000.00.16.H56-261125-2001"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonArray events = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"events").toArray();
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).toObject().value(u"at").toString() == QStringLiteral("2026-11-25T02:00:00.000Z"));
}

TEST_CASE("cli rough edges: a command without --db that creates a new database says where", "[cli][rough]")
{
    QTemporaryDir home;
    const QString expected = QDir(home.path()).filePath(QStringLiteral("PostCounter/PostCounter/postcounter.sqlite"));
    const CliRun first = runWithoutDb(home.path(), {QStringLiteral("list")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(QFileInfo::exists(expected));
    CHECK(first.err.contains(expected));
    CHECK(first.err.contains(QStringLiteral("Tạo cơ sở dữ liệu mới")));
    // the second time it exists: nothing to say
    const CliRun second = runWithoutDb(home.path(), {QStringLiteral("list")});
    CHECK(second.exitCode == 0);
    CHECK(second.err.isEmpty());
    // a command that needs no database neither creates one nor talks about it
    QTemporaryDir other;
    const CliRun check = runWithoutDb(other.path(), {QStringLiteral("check"), QStringLiteral("phone"), QStringLiteral("0912345678")});
    CHECK(check.err.isEmpty());
    CHECK_FALSE(QFileInfo::exists(QDir(other.path()).filePath(QStringLiteral("PostCounter"))));
}
