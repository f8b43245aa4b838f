// The CLI and accounts (issue 12): --as USERNAME, `user add|list|disable`, supervisor actions
// refused without --as of a supervisor, and `audit verify` finding what plain sqlite3 changed.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
const QString kUnitSetup[] = {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                              QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")};

struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("accounts.sqlite"));
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    CliRun as(const QString &user, QStringList args, const QByteArray &in = {}) const
    {
        args.prepend(user);
        args.prepend(QStringLiteral("--as"));
        return run(args, in);
    }
    void setUp() const { REQUIRE(run(QStringList(std::begin(kUnitSetup), std::end(kUnitSetup))).exitCode == 0); }
    CliRun intake() const { return run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()); }
    // Plain sqlite3, as someone with the file would: outside PostCounter entirely.
    void sqlite(const QString &script) const
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, script});
        REQUIRE(p.waitForFinished(30000));
        INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
        REQUIRE(p.exitCode() == 0);
    }
};

QStringList add(const QString &user, const QString &role, const QString &name)
{
    return {QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--name"), name};
}
}  // namespace

TEST_CASE("cli --as: the first start needs no account; then supervisor actions need --as of a supervisor", "[cli][accounts]")
{
    Counter c;
    c.setUp();  // no account yet: the OS user sets the counter up
    REQUIRE(c.run(add(QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("Lê Quốc Bảo")), "quan-tri-vien-1\n").exitCode == 0);

    // From now on an unnamed CLI user is a clerk.
    const CliRun anonymous = c.run(add(QStringLiteral("hung.tv"), QStringLiteral("supervisor"), QStringLiteral("Trần Văn Hùng")), "truong-buu-cuc\n");
    CHECK(anonymous.exitCode == 2);
    CHECK(anonymous.err.contains(QStringLiteral("cần quyền Quản trị hệ thống")));
    REQUIRE(c.as(QStringLiteral("admin"), add(QStringLiteral("hung.tv"), QStringLiteral("supervisor"), QStringLiteral("Trần Văn Hùng")), "truong-buu-cuc\n")
                .exitCode == 0);
    REQUIRE(c.as(QStringLiteral("hung.tv"), add(QStringLiteral("lan.nt"), QStringLiteral("clerk"), QStringLiteral("Nguyễn Thị Lan")), "giao-dich-vien\n")
                .exitCode == 0);
    const CliRun tooShort = c.as(QStringLiteral("hung.tv"), add(QStringLiteral("minh.lv"), QStringLiteral("clerk"), QStringLiteral("Lê Văn Minh")), "1234567\n");
    CHECK(tooShort.exitCode == 2);
    CHECK(tooShort.err.contains(QStringLiteral("Mật khẩu phải có ít nhất 8 ký tự.")));

    const QStringList setPlace{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("office.place"), QStringLiteral("Thanh Hóa")};
    const QStringList getPlace{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("office.place")};
    CHECK(c.run(setPlace).exitCode == 2);
    const CliRun clerk = c.as(QStringLiteral("lan.nt"), setPlace);
    CHECK(clerk.exitCode == 2);
    CHECK(clerk.err.contains(QStringLiteral("cần quyền Trưởng bưu cục; tài khoản lan.nt là Giao dịch viên")));
    CHECK(c.run(getPlace).out.trimmed().isEmpty());  // nothing written
    CHECK(c.as(QStringLiteral("hung.tv"), setPlace).exitCode == 0);
    CHECK(c.run(getPlace).out.trimmed() == QStringLiteral("Thanh Hóa"));
    // Changing the counter's identity once accounts exist: a supervisor's too.
    CHECK(c.run(QStringList(std::begin(kUnitSetup), std::end(kUnitSetup))).exitCode == 2);

    const CliRun ghost = c.as(QStringLiteral("ghost"), getPlace);
    CHECK(ghost.exitCode == 2);
    CHECK(ghost.err.contains(QStringLiteral("Không có tài khoản ghost")));

    // Clerk actions need no --as; they are attributed to cli:<OS user>.
    CHECK(c.intake().exitCode == 0);
    CHECK(c.as(QStringLiteral("lan.nt"), {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode == 0);

    const CliRun list = c.as(QStringLiteral("hung.tv"), {QStringLiteral("user"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out == QStringLiteral("admin\tLê Quốc Bảo\tadmin\tactive\nhung.tv\tTrần Văn Hùng\tsupervisor\tactive\n"
                                     "lan.nt\tNguyễn Thị Lan\tclerk\tactive\n"));
    CHECK(c.as(QStringLiteral("lan.nt"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode == 2);
    CHECK(c.as(QStringLiteral("hung.tv"), {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lan.nt")}).exitCode == 0);
    const CliRun disabled = c.as(QStringLiteral("lan.nt"), getPlace);
    CHECK(disabled.exitCode == 2);
    CHECK(disabled.err.contains(QStringLiteral("Tài khoản lan.nt đã bị khóa")));

    // Who did what: the trail names each account (and the OS user for unnamed runs).
    const CliRun trail = c.as(QStringLiteral("hung.tv"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("dossier")});
    REQUIRE(trail.exitCode == 0);
    const QStringList lines = trail.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].section(u'\t', 2, 2).startsWith(QStringLiteral("cli:")));
    CHECK(lines[1].section(u'\t', 2, 3) == QStringLiteral("lan.nt\tdossier.register"));
    CHECK(lines[1].section(u'\t', 1, 1) == QStringLiteral("27/11/2026 09:00:00"));  // POSTCOUNTER_FAKE_NOW, local time
    CHECK(c.run({QStringLiteral("audit"), QStringLiteral("list")}).exitCode == 2);  // the trail is for supervisors
    const CliRun verify = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.exitCode == 0);
    // setup, 3 × user.create, settings.change, 2 × dossier.register, user.disable
    CHECK(verify.out.trimmed() == QStringLiteral("Nhật ký kiểm tra nguyên vẹn: 8 dòng."));
}

TEST_CASE("cli audit verify exits 2 naming the first broken row after sqlite3 changed, deleted or inserted a row", "[cli][audit]")
{
    const QString dropTriggers = QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ");
    const auto prepared = [](Counter &c) {
        c.setUp();
        for (int i = 0; i < 4; ++i)
            REQUIRE(c.intake().exitCode == 0);
        const CliRun ok = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        REQUIRE(ok.exitCode == 0);
        REQUIRE(ok.out.trimmed() == QStringLiteral("Nhật ký kiểm tra nguyên vẹn: 5 dòng."));
    };
    SECTION("changed")
    {
        Counter c;
        prepared(c);
        c.sqlite(dropTriggers + QStringLiteral("UPDATE audit_log SET object = '000.00.16.H56-261127-2099' WHERE seq = 3;"));
        const CliRun r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed() == QStringLiteral("Nhật ký kiểm tra bị can thiệp: dòng 3 nội dung đã bị sửa sau khi ghi."));
    }
    SECTION("deleted")
    {
        Counter c;
        prepared(c);
        c.sqlite(dropTriggers + QStringLiteral("DELETE FROM audit_log WHERE seq = 2;"));
        const CliRun r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("dòng 3 thiếu dòng 2")));
    }
    SECTION("inserted out of order")
    {
        Counter c;
        prepared(c);
        // Row 4 moved to the end as row 6 and a copy of row 2 put in its place: every row's own
        // hash is still right, but the links are not.
        c.sqlite(dropTriggers + QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = 4; "
                                               "INSERT INTO audit_log SELECT 4, at, username, action, object, details, prev_hash, hash "
                                               "FROM audit_log WHERE seq = 2;"));
        const CliRun r = c.run({QStringLiteral("audit"), QStringLiteral("verify")});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("dòng 4")));
    }
    SECTION("the append-only triggers refuse plain SQL while they are there")
    {
        Counter c;
        prepared(c);
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {c.db, QStringLiteral("DELETE FROM audit_log WHERE seq = 2;")});
        REQUIRE(p.waitForFinished(30000));
        CHECK(p.exitCode() != 0);
        CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("append-only")));
        CHECK(c.run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    }
}
