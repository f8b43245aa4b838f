#include "UserRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

namespace pc {
namespace {
const QString kColumns = QStringLiteral("username, full_name, role, password_hash, disabled, failed_attempts, locked_until, created_at, created_by");

UserAccount fromRow(const QSqlQuery &q)
{
    UserAccount u;
    u.username = q.value(0).toString();
    u.fullName = q.value(1).toString();
    u.role = roleFromKey(q.value(2).toString()).value_or(Role::Clerk);
    u.passwordHash = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    u.failedAttempts = q.value(5).toInt();
    const QString locked = q.value(6).toString();
    u.lockedUntil = locked.isEmpty() ? QDateTime() : fromStoredUtc(locked);
    u.createdAt = fromStoredUtc(q.value(7).toString());
    u.createdBy = q.value(8).toString();
    return u;
}
}  // namespace

Result<int> UserRepository::count()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> UserRepository::activeWithRole(Role role)
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"), {roleKey(role)});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<std::optional<UserAccount>> UserRepository::find(const QString &username)
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns), {username});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(fromRow(q.value()));
}

Result<QList<UserAccount>> UserRepository::list()
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns));
    if (!q)
        return q.error();
    QList<UserAccount> out;
    while (q->next())
        out.append(fromRow(q.value()));
    return out;
}

Status UserRepository::insert(const UserAccount &u)
{
    auto q = sql::exec(m_db, QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                       {u.username, u.fullName, roleKey(u.role), u.passwordHash, u.disabled ? 1 : 0, u.failedAttempts,
                        u.lockedUntil.isValid() ? toStoredUtc(u.lockedUntil) : QString(), toStoredUtc(u.createdAt), u.createdBy});
    if (!q)
        return q.error();
    return success();
}

Status UserRepository::setDisabled(const QString &username, bool disabled)
{
    auto q = sql::exec(m_db, QStringLiteral("UPDATE users SET disabled = ? WHERE username = ?"), {disabled ? 1 : 0, username});
    if (!q)
        return q.error();
    return success();
}

Status UserRepository::setPasswordHash(const QString &username, const QString &hash)
{
    auto q = sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = '' WHERE username = ?"),
                       {hash, username});
    if (!q)
        return q.error();
    return success();
}

Status UserRepository::setFailures(const QString &username, int failedAttempts, const QDateTime &lockedUntil)
{
    auto q = sql::exec(m_db, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE username = ?"),
                       {failedAttempts, lockedUntil.isValid() ? toStoredUtc(lockedUntil) : QString(), username});
    if (!q)
        return q.error();
    return success();
}

}  // namespace pc
