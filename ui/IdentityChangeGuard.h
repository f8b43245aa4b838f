#pragma once
// Changing who the counter is (unit e-identifier, counter number) after codes were issued is a
// supervisor's decision: the codes already printed keep the old identity, and two counters with
// the same number would print the same codes. This says what the change means before it is made.
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
    // Whether the person at the keyboard may change the counter's identity. Roles do not exist
    // yet (issue 12): until they do, every clerk is allowed, and the warning is the safeguard.
    // Issue 12 fills this one function with the supervisor's sign-in.
    static bool supervisorApproves(QWidget *parent);
};

}  // namespace pc
