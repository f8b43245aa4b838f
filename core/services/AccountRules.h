#pragma once
// Who may do what (issue 12), in one place: each guarded service action calls its rule first,
// so a hidden button is never the only guard. Refused carries the Vietnamese reason the clerk
// sees ("… cần quyền Trưởng bưu cục; tài khoản lan.nt là Giao dịch viên.").
#include "domain/Actor.h"
#include "util/Result.h"

namespace pc::access {

Status changeCounterIdentity(const Actor &a);   // supervisor
Status enrolWithCentre(const Actor &a);         // supervisor
Status changeOfficeSettings(const Actor &a);    // supervisor
Status handleQuarantine(const Actor &a);        // supervisor
Status manageUsers(const Actor &a);             // supervisor (clerks' accounts)
Status createAccount(const Actor &a, Role r);   // supervisor for a clerk, admin for anyone else
Status changeAccount(const Actor &a, Role target);  // disable, enable, new password: same as creating
Status viewAudit(const Actor &a);               // supervisor
Status restoreBackup(const Actor &a);           // admin (helper "backup" calls it)

}  // namespace pc::access
