#include "AccountService.h"

#include "AccountPassword.h"
#include "AccountRules.h"
#include "AuditLog.h"
#include "util/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QRegularExpression>

namespace pc {

Status AccountService::checkUsername(const QString &username)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!valid.match(username).hasMatch())
        return Error::badInput(tr("Tên đăng nhập \"%1\" không hợp lệ: 2–32 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc "
                                  "gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ lan.nt).").arg(username));
    if (username == u"system" || username == u"counter")
        return Error::badInput(tr("Tên đăng nhập \"%1\" được chương trình dùng riêng; hãy chọn tên khác.").arg(username));
    return success();
}

Status AccountService::checkPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return Error::badInput(tr("Mật khẩu phải có ít nhất %n ký tự.", nullptr, kMinPasswordLength));
    if (password.size() > 256)
        return Error::badInput(tr("Mật khẩu dài quá 256 ký tự."));
    return success();
}

Result<bool> AccountService::hasAccounts()
{
    auto n = UserRepository(m_db.sql()).count();
    if (!n)
        return n.error();
    return *n > 0;
}

Result<UserAccount> AccountService::existing(const QString &username)
{
    auto u = UserRepository(m_db.sql()).find(username.trimmed());
    if (!u)
        return u.error();
    if (!u.value())
        return Error::notFound(tr("Không có tài khoản %1.").arg(username.trimmed()));
    return **u;
}

Status AccountService::insert(const Actor &by, const NewAccount &a)
{
    if (auto s = checkUsername(a.username); !s)
        return s;
    const QString name = text::clean(a.fullName);
    if (name.isEmpty() || name.size() > 100)
        return Error::badInput(tr("Họ tên người dùng phải có từ 1 đến 100 ký tự."));
    if (auto s = checkPassword(a.password); !s)
        return s;
    auto hash = password::hash(a.password);  // slow on purpose: outside the write lock
    if (!hash)
        return hash.error();
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    UserRepository users(m_db.sql());
    auto clash = users.find(a.username);
    if (!clash)
        return clash.error();
    if (clash.value())
        return Error::refused(tr("Đã có tài khoản %1.").arg(a.username));
    UserAccount u{a.username, name, a.role, *hash, false, 0, QDateTime(), m_clock.nowUtc(), by.username};
    if (auto s = users.insert(u); !s)
        return s;
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(by, QStringLiteral("user.create"), a.username, roleKey(a.role)); !s)
        return s;
    return tx.commit();
}

Result<Actor> AccountService::createFirstAdmin(const QString &username, const QString &fullName, const QString &password)
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        return Error::refused(tr("Đã có tài khoản quản trị; tài khoản mới do quản trị hoặc trưởng bưu cục tạo."));
    const NewAccount a{username.trimmed(), fullName, Role::Admin, password};
    // Nobody is signed in yet: the first admin creates itself.
    const Actor self{a.username, text::clean(fullName), Role::Admin};
    if (auto s = insert(self, a); !s)
        return s.error();
    return self;
}

Status AccountService::create(const Actor &by, const NewAccount &account)
{
    if (auto s = access::createAccount(by, account.role); !s)
        return s;
    NewAccount a = account;
    a.username = a.username.trimmed();
    return insert(by, a);
}

Status AccountService::setDisabled(const Actor &by, const QString &username, bool disabled)
{
    auto u = existing(username);
    if (!u)
        return u.error();
    if (auto s = access::changeAccount(by, u->role); !s)
        return s;
    if (disabled && u->username.compare(by.username, Qt::CaseInsensitive) == 0)
        return Error::refused(tr("Không thể tự khóa tài khoản đang dùng (%1).").arg(u->username));
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    UserRepository users(m_db.sql());
    if (disabled && u->role == Role::Admin && !u->disabled) {
        auto admins = users.activeWithRole(Role::Admin);
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return Error::refused(tr("%1 là tài khoản quản trị cuối cùng còn dùng được; hãy tạo tài khoản quản trị khác trước.").arg(u->username));
    }
    if (auto s = users.setDisabled(u->username, disabled); !s)
        return s;
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(by, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                                            u->username);
        !s)
        return s;
    return tx.commit();
}

Status AccountService::setPassword(const Actor &by, const QString &username, const QString &newPassword)
{
    auto u = existing(username);
    if (!u)
        return u.error();
    const bool own = u->username.compare(by.username, Qt::CaseInsensitive) == 0;
    if (!own)
        if (auto s = access::changeAccount(by, u->role); !s)
            return s;
    if (auto s = checkPassword(newPassword); !s)
        return s;
    auto hash = password::hash(newPassword);
    if (!hash)
        return hash.error();
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = UserRepository(m_db.sql()).setPasswordHash(u->username, *hash); !s)
        return s;
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(by, QStringLiteral("user.password"), u->username); !s)
        return s;
    return tx.commit();
}

Result<QList<UserAccount>> AccountService::list(const Actor &by)
{
    if (auto s = access::manageUsers(by); !s)
        return s.error();
    return UserRepository(m_db.sql()).list();
}

Result<Actor> AccountService::signIn(const QString &username, const QString &password)
{
    const QString name = username.trimmed().left(64);
    const QString wrong = tr("Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra bàn phím (Caps Lock, bộ gõ tiếng Việt) rồi nhập lại.");
    AuditLog audit(m_db, m_clock);
    UserRepository users(m_db.sql());
    auto found = users.find(name);
    if (!found)
        return found.error();
    if (!found.value()) {
        // What was typed is not recorded: it may be a password typed into the wrong field.
        const Actor unknown{QStringLiteral("?"), QString(), Role::Clerk};
        if (auto s = audit.record(unknown, QStringLiteral("login.failed"), QString(), QStringLiteral("unknown user")); !s)
            return s.error();
        return Error::refused(wrong);
    }
    const UserAccount u = **found;
    const QDateTime now = m_clock.nowUtc();
    if (u.lockedUntil.isValid() && now < u.lockedUntil) {
        const qint64 wait = std::max<qint64>(1, now.secsTo(u.lockedUntil));
        return Error::refused(tr("Đã nhập sai mật khẩu %1 lần liên tiếp. Hãy chờ %n giây rồi thử lại.", nullptr, int(wait)).arg(u.failedAttempts));
    }
    // Hashing takes a moment on purpose, even for a disabled account (same time either way).
    const bool ok = password::matches(u.passwordHash, password);
    if (u.disabled) {
        if (auto s = audit.record(u.actor(), QStringLiteral("login.failed"), u.username, QStringLiteral("disabled")); !s)
            return s.error();
        return Error::refused(tr("Tài khoản %1 đã bị khóa. Hãy liên hệ trưởng bưu cục.").arg(u.username));
    }
    if (!ok) {
        const int failures = u.failedAttempts + 1;
        // From the fifth failure in a row, each further failure waits again: guessing stays slow.
        const QDateTime lockedUntil = failures >= kMaxFailures ? now.addSecs(kLockSeconds) : QDateTime();
        sql::Transaction tx(m_db.sql());
        if (!tx.begun())
            return tx.begun().error();
        if (auto s = users.setFailures(u.username, failures, lockedUntil); !s)
            return s.error();
        if (auto s = audit.recordInTransaction(u.actor(), QStringLiteral("login.failed"), u.username,
                                               QStringLiteral("attempt %1").arg(failures));
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        if (lockedUntil.isValid())
            return Error::refused(wrong + u' ' + tr("Đã sai %1 lần liên tiếp: hãy chờ %n giây rồi thử lại.", nullptr, kLockSeconds).arg(failures));
        return Error::refused(wrong + u' ' + tr("Còn %n lần thử trước khi phải chờ.", nullptr, kMaxFailures - failures));
    }
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    if (u.failedAttempts != 0 || u.lockedUntil.isValid())
        if (auto s = users.setFailures(u.username, 0, QDateTime()); !s)
            return s.error();
    if (auto s = audit.recordInTransaction(u.actor(), QStringLiteral("login"), u.username); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u.actor();
}

Result<Actor> AccountService::resolve(const QString &username)
{
    auto u = existing(username);
    if (!u)
        return Error::refused(u.error().message);
    if (u->disabled)
        return Error::refused(tr("Tài khoản %1 đã bị khóa.").arg(u->username));
    return u->actor();
}

}  // namespace pc
