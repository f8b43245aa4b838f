#pragma once
// The counter's accounts (issue 12): first-start admin, creating and disabling accounts by
// role, signing in with a lockout after repeated failures. Every change and every sign-in
// (failed or not) is in the audit trail. Time comes from the Clock (tests advance a fake one).
#include "domain/Actor.h"
#include "storage/UserRepository.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pc {

class Database;

struct NewAccount {
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    QString password;
};

class AccountService {
    Q_DECLARE_TR_FUNCTIONS(pc::AccountService)
public:
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxFailures = 5;   // failures in a row before the account waits
    static constexpr int kLockSeconds = 60;  // how long it waits

    AccountService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<bool> hasAccounts();
    // First start: the admin account, allowed only while no account exists.
    Result<Actor> createFirstAdmin(const QString &username, const QString &fullName, const QString &password);
    Status create(const Actor &by, const NewAccount &account);
    Status setDisabled(const Actor &by, const QString &username, bool disabled);
    Status setPassword(const Actor &by, const QString &username, const QString &password);
    Result<QList<UserAccount>> list(const Actor &by);
    // The password's check with the lockout; audited as login / login.failed.
    Result<Actor> signIn(const QString &username, const QString &password);
    // An enabled account by name, no password (the CLI's --as: the OS user is trusted).
    Result<Actor> resolve(const QString &username);

    static Status checkUsername(const QString &username);
    static Status checkPassword(const QString &password);

private:
    Result<UserAccount> existing(const QString &username);
    Status insert(const Actor &by, const NewAccount &account);
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
