#pragma once
// Who does an action. Every service action that changes something takes an Actor: the window
// passes the logged-in clerk, the CLI the user named with --as (or "cli:<OS user>" as a clerk).
// Events carry the actor's full name as `by`; the audit trail records the username.
#include "util/Result.h"

#include <QString>
#include <optional>

namespace pc {

// Ordered: a supervisor may do what a clerk may, an admin what a supervisor may.
enum class Role : int {
    Clerk = 1,       // giao dịch viên
    Supervisor = 2,  // trưởng bưu cục
    Admin = 3,       // quản trị (CNTT tỉnh)
};

QString roleKey(Role r);   // "clerk" | "supervisor" | "admin" (storage, CLI)
QString roleName(Role r);  // Vietnamese, translated in the UI
std::optional<Role> roleFromKey(const QString &key);

struct Actor {
    QString username;  // "lan.nt", or "cli:root" for an unnamed CLI user
    QString fullName;  // printed under NGƯỜI TIẾP NHẬN HỒ SƠ and put in events' `by`
    Role role = Role::Clerk;

    bool isAtLeast(Role needed) const { return static_cast<int>(role) >= static_cast<int>(needed); }
    // Changes applied from the centre's feed and start-up work: no person acted.
    static Actor system();
};

// Error::refused with a Vietnamese reason naming the action and the role it needs when `actor`
// lacks `needed`; success otherwise. Services call it first, so a hidden button is never the
// only guard.
Status requireRole(const Actor &actor, Role needed, const QString &actionName);

}  // namespace pc
