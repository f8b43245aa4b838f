#pragma once
// Changing who the counter is (unit e-identifier, counter number) after codes were issued is a
// supervisor's decision: the codes already printed keep the old identity, and two counters with
// the same number would print the same codes. This says what the change means before it is made.
#include "services/AccountService.h"
#include "services/CounterIdentity.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace pc {

class QueueService;

class IdentityChangeGuard {
    Q_DECLARE_TR_FUNCTIONS(pc::IdentityChangeGuard)
public:
    // Empty when nothing that matters changes (first setup, leaving the sample unit, a new
    // unit name); otherwise the warning to confirm, in Vietnamese.
    static QString warning(QueueService &queue, const std::optional<CounterIdentity> &from, const CounterIdentity &to);
    // Who approves changing the counter's identity: the signed-in person when a supervisor or
    // admin; while no account exists (first start) the person at the keyboard; otherwise a
    // supervisor signs in on the spot (checked, lockout and audit by AccountService). Nothing
    // when cancelled or refused. The service checks the role again (access::changeCounterIdentity).
    static std::optional<Actor> supervisorApproves(QWidget *parent, AccountService accounts, const Actor &current);
};

}  // namespace pc
