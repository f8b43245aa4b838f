// The CLI's option parsing (issue 13, "Inside"): global options once, then each command's own
// options, through QCommandLineParser. A line it cannot read exits 2 with a Vietnamese message
// naming what was wrong, and writes nothing.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("parser.sqlite"));
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        const CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    void setUp() const
    {
        REQUIRE(run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                     QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")})
                    .exitCode == 0);
    }
    // Every file of the counter's folder with its bytes: the database, its journal, the log.
    QMap<QString, QByteArray> files() const
    {
        QMap<QString, QByteArray> all;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            all.insert(name, f.readAll());
        }
        return all;
    }
};

const QString kUnknown = QStringLiteral("Tùy chọn không rõ: ");
}  // namespace

TEST_CASE("cli parser: an unknown global option exits 2, names it in Vietnamese and creates nothing", "[cli][parser]")
{
    Counter c;
    const CliRun r = c.run({QStringLiteral("--colour"), QStringLiteral("list")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(kUnknown + QStringLiteral("--colour")));
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFile::exists(c.db));
}

TEST_CASE("cli parser: an unknown command option exits 2 and names it, before the database is opened", "[cli][parser]")
{
    Counter c;
    const CliRun list = c.run({QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("xanh")});
    CHECK(list.exitCode == 2);
    CHECK(list.err.contains(kUnknown + QStringLiteral("--colour")));
    CHECK(list.err.contains(QStringLiteral("postcounter-cli list --help")));
    // An option of another command is unknown here too, in the "--name=value" spelling as well.
    const CliRun create = c.run({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), QStringLiteral("UBND xã"),
                                 QStringLiteral("--courier"), QStringLiteral("Lê Văn Tâm"), QStringLiteral("--tracking=RR473124829VN")});
    CHECK(create.exitCode == 2);
    CHECK(create.err.contains(kUnknown + QStringLiteral("--tracking")));
    CHECK_FALSE(QFile::exists(c.db));
}

TEST_CASE("cli parser: a missing value or a value given to a flag exits 2", "[cli][parser]")
{
    Counter c;
    const CliRun command = c.run({QStringLiteral("list"), QStringLiteral("--status")});
    CHECK(command.exitCode == 2);
    CHECK(command.err.contains(QStringLiteral("Thiếu giá trị sau tùy chọn --status")));
    const CliRun global = c.run({QStringLiteral("--as")});
    CHECK(global.exitCode == 2);
    CHECK(global.err.contains(QStringLiteral("Thiếu giá trị sau tùy chọn --as")));
    const CliRun flag = c.run({QStringLiteral("list"), QStringLiteral("--json=yes")});
    CHECK(flag.exitCode == 2);
    CHECK(flag.err.contains(QStringLiteral("Tùy chọn --json không nhận giá trị")));
    CHECK_FALSE(QFile::exists(c.db));
}

TEST_CASE("cli parser: --name=value and --name value are read alike", "[cli][parser]")
{
    Counter c;
    // CCCD 001089012345: 001 Hà Nội, century-and-gender digit 0 (man born 1900–1999), year 89.
    const QString id = QStringLiteral("001089012345");
    const CliRun spaced = c.run({QStringLiteral("check"), QStringLiteral("cccd"), id, QStringLiteral("--birth-date"), QStringLiteral("1989-05-02"),
                                 QStringLiteral("--gender"), QStringLiteral("Nam")});
    const CliRun joined = c.run({QStringLiteral("check"), QStringLiteral("cccd"), id, QStringLiteral("--birth-date=1989-05-02"), QStringLiteral("--gender=Nam")});
    CHECK(spaced.exitCode == 0);
    CHECK(joined.exitCode == 0);
    CHECK(joined.out == QStringLiteral("ok\n"));
    CHECK(spaced.out == joined.out);
    // The joined value is really read: a birth year the number contradicts is refused either way.
    CHECK(c.run({QStringLiteral("check"), QStringLiteral("cccd"), id, QStringLiteral("--birth-date=1990-05-02")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("check"), QStringLiteral("cccd"), id, QStringLiteral("--birth-date"), QStringLiteral("1990-05-02")}).exitCode == 2);

    c.setUp();
    REQUIRE(c.run({QStringLiteral("intake"), QStringLiteral("--json=-")}, intakeJson()).exitCode == 0);
    const CliRun byStatus = c.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("received")});
    REQUIRE(byStatus.exitCode == 0);
    CHECK(byStatus.out.contains(QStringLiteral("Nguyễn Văn Đức")));  // the applicant of intakeJson()
    CHECK(c.run({QStringLiteral("list"), QStringLiteral("--status=received")}).out == byStatus.out);
    CHECK(c.run({QStringLiteral("list"), QStringLiteral("--status=returned")}).out.isEmpty());
}

TEST_CASE("cli parser: a negative number stays an argument, not an option", "[cli][parser]")
{
    Counter c;
    // QCommandLineParser alone would read "-1" as an option named "1"; the postage rule answers.
    const CliRun postage = c.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("office.postage"), QStringLiteral("-1")});
    CHECK(postage.exitCode == 2);
    CHECK_FALSE(postage.err.contains(kUnknown));
    CHECK(postage.err.contains(QStringLiteral("-1")));
}

TEST_CASE("cli parser: <command> --help lists the command's options in Vietnamese and exits 0", "[cli][parser][help]")
{
    Counter c;
    const CliRun help = c.run({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Cách dùng: postcounter-cli")));
    for (const char *option : {"--agency", "--codes", "--courier", "--receiver", "--help"})
        CHECK(help.out.contains(QLatin1String(option)));
    CHECK_FALSE(help.out.contains(QStringLiteral("--tracking")));  // another command's
    CHECK(c.run({QStringLiteral("help"), QStringLiteral("handover"), QStringLiteral("create")}).out == help.out);
    // A command with subcommands lists them.
    const CliRun group = c.run({QStringLiteral("handover"), QStringLiteral("--help")});
    CHECK(group.exitCode == 0);
    for (const char *sub : {"handover pending", "handover create", "handover confirm", "handover cancel"})
        CHECK(group.out.contains(QLatin1String(sub)));
    // The program's help: the global options and every command, one line each.
    const CliRun all = c.run({QStringLiteral("help")});
    CHECK(all.exitCode == 0);
    for (const char *text : {"--db", "--as", "--verbose", "setup", "intake", "list", "sync enrol", "audit list"})
        CHECK(all.out.contains(QLatin1String(text)));
    CHECK(c.run({QStringLiteral("--help")}).out == all.out);
    CHECK_FALSE(QFile::exists(c.db));  // help opens no database
}

TEST_CASE("cli parser: --version alone prints the version and exits 0, no command at all is a usage error", "[cli][parser]")
{
    Counter c;
    const CliRun version = c.run({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral(POSTCOUNTER_VERSION "\n"));
    const CliRun nothing = c.run({});
    CHECK(nothing.exitCode == 2);
    CHECK(nothing.out.startsWith(QStringLiteral("Cách dùng: postcounter-cli")));
    CHECK_FALSE(QFile::exists(c.db));
}

TEST_CASE("cli parser: an unknown command or subcommand exits 2 and names it", "[cli][parser]")
{
    Counter c;
    const CliRun r = c.run({QStringLiteral("frobnicate"), QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(QStringLiteral("Lệnh không rõ: frobnicate\n")));
    CHECK(c.run({QStringLiteral("help"), QStringLiteral("frobnicate")}).exitCode == 2);
    // An unknown subcommand is named with the ones there are, before its options are judged.
    const CliRun sub = c.run({QStringLiteral("catalogue"), QStringLiteral("bogus"), QStringLiteral("--json")});
    CHECK(sub.exitCode == 2);
    CHECK(sub.err.startsWith(QStringLiteral("Lệnh không rõ: catalogue bogus\n")));
    CHECK(sub.err.contains(QStringLiteral("catalogue show")));
    CHECK_FALSE(QFile::exists(c.db));
}

TEST_CASE("cli parser: a refused parse leaves an existing counter's files byte for byte as they were", "[cli][parser]")
{
    Counter c;
    c.setUp();
    REQUIRE(c.run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode == 0);
    const QMap<QString, QByteArray> before = c.files();
    REQUIRE(before.contains(QStringLiteral("parser.sqlite")));
    const QList<QStringList> refused{
        {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--bogus")},
        {QStringLiteral("intake"), QStringLiteral("--json")},
        {QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--bogus"), QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")},
        {QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), QStringLiteral("UBND xã"), QStringLiteral("--courier")},
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("office.place"), QStringLiteral("Thanh Hóa"), QStringLiteral("--force")},
        {QStringLiteral("purge"), QStringLiteral("--before=2021-01-01"), QStringLiteral("--yes")},
    };
    for (const QStringList &args : refused) {
        INFO(args.join(u' ').toStdString());
        const CliRun r = c.run(args, intakeJson());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
        CHECK(r.out.isEmpty());
    }
    CHECK(c.files() == before);
    const CliRun list = c.run({QStringLiteral("list")});
    CHECK(list.out.count(u'\n') == 1);  // still the one dossier
}
