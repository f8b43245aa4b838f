// The backup and purge commands of postcounter-cli (issue 12): exit codes 0 / 2, Vietnamese
// on stderr, nothing written on refusal; an encrypted backup round trip through stdin.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct Cli {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("counter.sqlite"));
    Cli()
    {
        REQUIRE(run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                     QStringLiteral("Bưu điện thử"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 0);
        REQUIRE(run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode == 0);
        // Accounts (helper "accounts"): once there are any, a command without --as is a clerk's.
        // The first account may be made without --as (first start); the others by that admin.
        for (const auto &[user, role] : {std::pair{"quantri", "admin"}, std::pair{"truong", "supervisor"}, std::pair{"lan", "clerk"}}) {
            QStringList args{QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user), QStringLiteral("--role"), QString::fromLatin1(role),
                             QStringLiteral("--name"), QStringLiteral("Người thử")};
            if (qstrcmp(user, "quantri") != 0)
                args = QStringList{QStringLiteral("--as"), QStringLiteral("quantri")} + args;
            const CliRun r = run(args, "mat-khau-dai-2026\n");
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
        }
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        const CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    QStringList files(const QString &sub = {}) const { return QDir(dir.filePath(sub)).entryList(QDir::Files | QDir::Hidden, QDir::Name); }
};
}  // namespace

TEST_CASE("cli backup: create prints the file, verify says ok, status shows the time", "[backup][cli]")
{
    Cli c;
    const CliRun made = c.run({QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(made.exitCode == 0);
    // kFakeNow is 27/11/2026 09:00 in Vietnam.
    CHECK(made.out.trimmed() == c.dir.filePath(QStringLiteral("backups/postcounter-2026-11-27-090000.sqlite")));
    const CliRun verified = c.run({QStringLiteral("backup"), QStringLiteral("verify"), made.out.trimmed()});
    REQUIRE(verified.exitCode == 0);
    CHECK(verified.out.startsWith(QStringLiteral("ok\nschema ")));
    CHECK(verified.out.contains(QStringLiteral("dossiers 1\n")));
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("status")}).out.contains(QStringLiteral("last_backup 2026-11-27T09:00:00+07:00")));
}

TEST_CASE("cli backup: encrypted round trip, the passphrase from stdin", "[backup][cli]")
{
    Cli c;
    const CliRun made = c.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--encrypt"), QStringLiteral("--to"), c.dir.path()},
                              "mat-khau-bao-mat\n");
    REQUIRE(made.exitCode == 0);
    const QString file = made.out.trimmed();
    CHECK(file.endsWith(QStringLiteral(".pcbak")));
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("verify"), file}, "mat-khau-bao-mat\n").exitCode == 0);
    const CliRun wrong = c.run({QStringLiteral("backup"), QStringLiteral("verify"), file}, "sai-mat-khau\n");
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("sai mật khẩu")));
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--encrypt")}).exitCode == 2);  // no passphrase
}

TEST_CASE("cli backup: a missing folder, a broken file, a clerk restoring or purging: exit 2, nothing written", "[backup][cli]")
{
    Cli c;
    const QStringList before = c.files();
    const CliRun missing = c.run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), c.dir.filePath(QStringLiteral("usb"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("Không thấy thư mục sao lưu")));
    CHECK_FALSE(QDir(c.dir.filePath(QStringLiteral("usb"))).exists());

    QFile junk(c.dir.filePath(QStringLiteral("junk.sqlite")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    CHECK(c.run({QStringLiteral("backup"), QStringLiteral("verify"), junk.fileName()}).exitCode == 2);

    const CliRun made = c.run({QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(made.exitCode == 0);
    // Without --as an admin, the CLI acts as a clerk: refused at the service.
    const CliRun restore = c.run({QStringLiteral("backup"), QStringLiteral("restore"), made.out.trimmed()});
    CHECK(restore.exitCode == 2);
    CHECK(restore.err.contains(QStringLiteral("Quản trị")));
    const CliRun purge = c.run({QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("2020-01-01")});
    CHECK(purge.exitCode == 2);
    CHECK(purge.err.contains(QStringLiteral("Trưởng bưu cục")));
    CHECK(c.run({QStringLiteral("purge"), QStringLiteral("--before"), QStringLiteral("31/12/2020")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("purge")}).exitCode == 2);
    QStringList after = c.files();
    after.removeAll(QStringLiteral("junk.sqlite"));
    CHECK(after == before);  // no replaced database, no temp file
    CHECK(c.run({QStringLiteral("list")}).out.count(u'\n') == 1);
}

TEST_CASE("cli backup: an admin restores with --as, a supervisor purges with --as", "[backup][cli][restore]")
{
    Cli c;
    const CliRun made = c.run({QStringLiteral("backup"), QStringLiteral("create")});
    REQUIRE(made.exitCode == 0);
    REQUIRE(c.run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode == 0);
    CHECK(c.run({QStringLiteral("--as"), QStringLiteral("truong"), QStringLiteral("backup"), QStringLiteral("restore"), made.out.trimmed()}).exitCode == 2);
    const CliRun restored = c.run({QStringLiteral("--as"), QStringLiteral("quantri"), QStringLiteral("backup"), QStringLiteral("restore"), made.out.trimmed()});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("Cơ sở dữ liệu cũ được giữ tại")));
    CHECK(c.run({QStringLiteral("list")}).out.count(u'\n') == 1);  // the second dossier came after the backup
    const CliRun audit = c.run({QStringLiteral("--as"), QStringLiteral("quantri"), QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("backup.restore")});
    CHECK(audit.out.contains(QStringLiteral("quantri")));
    CHECK(c.run({QStringLiteral("--as"), QStringLiteral("quantri"), QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    // kFakeNow 27/11/2026: with 5 years' retention the date is at most 27/11/2021.
    const CliRun dry = c.run({QStringLiteral("--as"), QStringLiteral("truong"), QStringLiteral("purge"), QStringLiteral("--before"),
                              QStringLiteral("2021-11-27"), QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.startsWith(QStringLiteral("would_purge\ndossiers 0\n")));
    CHECK(c.run({QStringLiteral("--as"), QStringLiteral("truong"), QStringLiteral("purge"), QStringLiteral("--before"),
                 QStringLiteral("2021-11-28")}).exitCode == 2);
}
