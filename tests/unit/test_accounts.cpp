// Accounts (issue 12): Argon2id hashes, the lockout on an advancing fake clock, and the roles
// checked by the services themselves (not only by hidden buttons).
#include "TestSupport.h"

#include "services/AccountRules.h"
#include "services/AccountService.h"
#include "services/CounterServices.h"
#include "sync/SyncService.h"

#include <catch2/catch.hpp>

using namespace pc;

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-8");

struct Office {
    test::TempCounter t;
    Actor admin, supervisor, clerk;
    Office()
    {
        auto a = t.services->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Lê Quốc Bảo"), kPassword);
        REQUIRE(a);
        admin = a.value();
        REQUIRE(t.services->accounts().create(admin, {QStringLiteral("hung.tv"), QStringLiteral("Trần Văn Hùng"), Role::Supervisor, kPassword}));
        REQUIRE(t.services->accounts().create(admin, {QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk, kPassword}));
        supervisor = t.services->accounts().resolve(QStringLiteral("hung.tv")).value();
        clerk = t.services->accounts().resolve(QStringLiteral("lan.nt")).value();
    }
    QString setting(const QString &key) { return t.services->office().get(key).value(); }
};
}  // namespace

TEST_CASE("passwords are stored as Argon2id hashes, never in clear", "[accounts]")
{
    Office o;
    const QString stored = o.t.scalarText(QStringLiteral("SELECT password_hash FROM users WHERE username = 'lan.nt'"));
    // libsodium's crypto_pwhash_str format for Argon2id (RFC 9106), interactive limits: m=65536 KiB, t=2.
    CHECK(stored.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK_FALSE(stored.contains(kPassword));
    // The same password gives another hash: each has its own salt.
    CHECK(stored != o.t.scalarText(QStringLiteral("SELECT password_hash FROM users WHERE username = 'hung.tv'")));
    auto who = o.t.services->accounts().signIn(QStringLiteral("lan.nt"), kPassword);
    REQUIRE(who);
    CHECK(who->fullName == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(who->role == Role::Clerk);
}

TEST_CASE("account rules: minimum password length, username form, one first admin", "[accounts]")
{
    Office o;
    AccountService accounts = o.t.services->accounts();
    auto shortPassword = accounts.create(o.admin, {QStringLiteral("minh.lv"), QStringLiteral("Lê Văn Minh"), Role::Clerk, QStringLiteral("1234567")});
    REQUIRE_FALSE(shortPassword);
    CHECK(shortPassword.error().message == QStringLiteral("Mật khẩu phải có ít nhất 8 ký tự."));
    CHECK_FALSE(accounts.create(o.admin, {QStringLiteral("Minh LV"), QStringLiteral("Lê Văn Minh"), Role::Clerk, kPassword}));
    CHECK_FALSE(accounts.create(o.admin, {QStringLiteral("lan.nt"), QStringLiteral("Người khác"), Role::Clerk, kPassword}));  // taken
    CHECK_FALSE(accounts.createFirstAdmin(QStringLiteral("admin2"), QStringLiteral("Ai đó"), kPassword));
    CHECK(o.t.scalarInt(QStringLiteral("SELECT count(*) FROM users")) == 3);
}

TEST_CASE("a wrong password is refused in Vietnamese, and the fifth failure in a row makes the account wait 60 s", "[accounts][lockout]")
{
    Office o;
    AccountService accounts = o.t.services->accounts();
    for (int i = 1; i <= 4; ++i) {
        auto r = accounts.signIn(QStringLiteral("lan.nt"), QStringLiteral("sai-mat-khau"));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.startsWith(QStringLiteral("Sai tên đăng nhập hoặc mật khẩu.")));
        CHECK(r.error().message.contains(QStringLiteral("Còn %1 lần thử").arg(5 - i)));
        o.t.clock.now = o.t.clock.now.addSecs(5);
    }
    auto fifth = accounts.signIn(QStringLiteral("lan.nt"), QStringLiteral("sai-mat-khau"));
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().message.contains(QStringLiteral("hãy chờ 60 giây")));
    const QDateTime lockedAt = o.t.clock.now;

    // Even the right password waits until the 60 s have passed (the clock is advanced, not slept).
    o.t.clock.now = lockedAt.addSecs(59);
    auto early = accounts.signIn(QStringLiteral("lan.nt"), kPassword);
    REQUIRE_FALSE(early);
    CHECK(early.error().message == QStringLiteral("Đã nhập sai mật khẩu 5 lần liên tiếp. Hãy chờ 1 giây rồi thử lại."));
    o.t.clock.now = lockedAt.addSecs(60);
    REQUIRE(accounts.signIn(QStringLiteral("lan.nt"), kPassword));
    CHECK(o.t.scalarInt(QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'lan.nt'")) == 0);
    // Another account was never affected.
    CHECK(o.t.scalarInt(QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'hung.tv'")) == 0);
    // Every attempt is in the audit trail: 5 failures and 1 sign-in (the refused early try checks no password).
    CHECK(o.t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND username = 'lan.nt'")) == 5);
    CHECK(o.t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND username = 'lan.nt'")) == 1);
}

TEST_CASE("after the wait, another failure waits again", "[accounts][lockout]")
{
    Office o;
    AccountService accounts = o.t.services->accounts();
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(accounts.signIn(QStringLiteral("lan.nt"), QStringLiteral("sai-mat-khau")));
    o.t.clock.now = o.t.clock.now.addSecs(61);
    auto sixth = accounts.signIn(QStringLiteral("lan.nt"), QStringLiteral("van-sai-nua"));
    REQUIRE_FALSE(sixth);
    CHECK(sixth.error().message.contains(QStringLiteral("hãy chờ 60 giây")));
    o.t.clock.now = o.t.clock.now.addSecs(30);
    CHECK_FALSE(accounts.signIn(QStringLiteral("lan.nt"), kPassword));
}

TEST_CASE("a disabled account cannot sign in nor be named with --as", "[accounts]")
{
    Office o;
    AccountService accounts = o.t.services->accounts();
    REQUIRE(accounts.setDisabled(o.supervisor, QStringLiteral("lan.nt"), true));
    auto r = accounts.signIn(QStringLiteral("lan.nt"), kPassword);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == QStringLiteral("Tài khoản lan.nt đã bị khóa. Hãy liên hệ trưởng bưu cục."));
    CHECK_FALSE(accounts.resolve(QStringLiteral("lan.nt")));
    CHECK_FALSE(accounts.resolve(QStringLiteral("nobody")));
    // The last admin cannot be disabled (nobody could create supervisors any more), nor oneself.
    CHECK_FALSE(accounts.setDisabled(o.admin, QStringLiteral("admin"), true));
    REQUIRE(accounts.setDisabled(o.supervisor, QStringLiteral("lan.nt"), false));
    CHECK(accounts.signIn(QStringLiteral("lan.nt"), kPassword));
}

TEST_CASE("roles are checked by the services: a clerk is refused every guarded action and nothing is written", "[accounts][roles]")
{
    Office o;
    CounterServices &s = *o.t.services;
    const QString refusedBecause = QStringLiteral("cần quyền Trưởng bưu cục; tài khoản lan.nt là Giao dịch viên.");

    auto office = s.office().set(o.clerk, OfficeSettings::Place, QStringLiteral("Thanh Hóa"));
    REQUIRE_FALSE(office);
    CHECK(office.error().kind == Error::Kind::Refused);
    CHECK(office.error().message == QStringLiteral("Sửa thông tin đơn vị in trên phiếu ") + refusedBecause);
    CHECK(o.setting(OfficeSettings::Place).isEmpty());

    const CounterIdentity moved = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 3);
    auto identity = s.changeIdentity(o.clerk, moved);
    REQUIRE_FALSE(identity);
    CHECK(identity.error().message.endsWith(refusedBecause));
    CHECK(s.identity().load().value()->counterNumber == 2);

    // Refused before any exchange with a centre (no centre runs here).
    auto enrol = SyncService(s.syncParts()).enrol(o.clerk, QUrl(QStringLiteral("https://127.0.0.1:1/")), QStringLiteral("/nonexistent/ca.pem"), {}, QStringLiteral("123456"));
    REQUIRE_FALSE(enrol);
    CHECK(enrol.error().message == QStringLiteral("Đăng ký quầy với trung tâm ") + refusedBecause);
    auto quarantine = SyncService(s.syncParts()).quarantined(o.clerk);
    REQUIRE_FALSE(quarantine);
    CHECK(quarantine.error().message.endsWith(refusedBecause));

    auto create = s.accounts().create(o.clerk, {QStringLiteral("minh.lv"), QStringLiteral("Lê Văn Minh"), Role::Clerk, kPassword});
    REQUIRE_FALSE(create);
    CHECK(create.error().message.endsWith(refusedBecause));
    CHECK_FALSE(s.accounts().list(o.clerk));
    CHECK_FALSE(s.accounts().setDisabled(o.clerk, QStringLiteral("hung.tv"), true));
    CHECK_FALSE(s.accounts().setPassword(o.clerk, QStringLiteral("hung.tv"), QStringLiteral("mat-khau-moi")));
    CHECK_FALSE(access::viewAudit(o.clerk));
    CHECK_FALSE(access::restoreBackup(o.clerk));
    CHECK(o.t.scalarInt(QStringLiteral("SELECT count(*) FROM users")) == 3);
    CHECK(o.t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('settings.change', 'identity.change', 'user.create', "
                                       "'user.disable', 'user.password') AND username = 'lan.nt'")) == 0);
    // A clerk may change their own password.
    CHECK(s.accounts().setPassword(o.clerk, QStringLiteral("lan.nt"), QStringLiteral("mat-khau-moi")));
}

TEST_CASE("roles: a supervisor manages clerks and the office, only an admin creates supervisors or restores", "[accounts][roles]")
{
    Office o;
    CounterServices &s = *o.t.services;
    CHECK(s.office().set(o.supervisor, OfficeSettings::Place, QStringLiteral("Thanh Hóa")));
    CHECK(o.setting(OfficeSettings::Place) == QStringLiteral("Thanh Hóa"));
    CHECK(s.changeIdentity(o.supervisor, CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 3)));
    CHECK(s.identity().load().value()->counterNumber == 3);
    CHECK(SyncService(s.syncParts()).quarantined(o.supervisor));
    CHECK(s.accounts().create(o.supervisor, {QStringLiteral("minh.lv"), QStringLiteral("Lê Văn Minh"), Role::Clerk, kPassword}));
    auto sup = s.accounts().create(o.supervisor, {QStringLiteral("tuan.pa"), QStringLiteral("Phạm Anh Tuấn"), Role::Supervisor, kPassword});
    REQUIRE_FALSE(sup);
    CHECK(sup.error().message == QStringLiteral("Tạo tài khoản Trưởng bưu cục cần quyền Quản trị hệ thống; tài khoản hung.tv là Trưởng bưu cục."));
    CHECK_FALSE(s.accounts().setDisabled(o.supervisor, QStringLiteral("admin"), true));
    CHECK_FALSE(access::restoreBackup(o.supervisor));
    CHECK(access::restoreBackup(o.admin));
    CHECK(s.accounts().create(o.admin, {QStringLiteral("tuan.pa"), QStringLiteral("Phạm Anh Tuấn"), Role::Supervisor, kPassword}));
    CHECK(s.accounts().list(o.supervisor).value().size() == 5);
}

TEST_CASE("the receiving clerk is in the event's by/by_user and under NGƯỜI TIẾP NHẬN HỒ SƠ, also on a reprint by someone else", "[accounts][attribution]")
{
    Office o;
    auto r = o.t.services->intake().registerDossier(o.clerk, test::completeDraft());
    REQUIRE(r);
    const DossierEvent &e = r->dossier.events.first();
    CHECK(e.data.value(QStringLiteral("by")).toString() == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(e.data.value(QStringLiteral("by_user")).toString() == QStringLiteral("lan.nt"));
    auto doc = o.t.services->documents().prepareReceipt(r->dossier.code, PaperLayout::A4);
    REQUIRE(doc);
    CHECK(doc->content.html.contains(QStringLiteral("Nguyễn Thị Lan")));
}
