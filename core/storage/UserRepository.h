#pragma once
// The counter's accounts in SQLite (migration 016). Storage only: the rules (roles, lockout,
// password length) belong to AccountService.
#include "domain/Actor.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pc {

struct UserAccount {
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    QString passwordHash;  // crypto_pwhash_str's string, never the password
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;  // UTC; invalid = not waiting
    QDateTime createdAt;
    QString createdBy;
    Actor actor() const { return Actor{username, fullName, role}; }
};

class UserRepository {
public:
    explicit UserRepository(QSqlDatabase &db) : m_db(db) {}
    Result<int> count();
    Result<std::optional<UserAccount>> find(const QString &username);
    Result<QList<UserAccount>> list();
    Status insert(const UserAccount &u);
    Status setDisabled(const QString &username, bool disabled);
    Status setPasswordHash(const QString &username, const QString &hash);
    Status setFailures(const QString &username, int failedAttempts, const QDateTime &lockedUntil);
    Result<int> activeWithRole(Role role);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
