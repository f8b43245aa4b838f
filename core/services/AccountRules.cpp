#include "AccountRules.h"

#include <QCoreApplication>

namespace pc::access {
namespace {
class AccessText {
    Q_DECLARE_TR_FUNCTIONS(pc::AccessText)
};
}  // namespace

Status changeCounterIdentity(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Đổi thông tin quầy")); }
Status enrolWithCentre(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Đăng ký quầy với trung tâm")); }
Status changeOfficeSettings(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Sửa thông tin đơn vị in trên phiếu")); }
Status handleQuarantine(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Xử lý sự kiện đồng bộ bị từ chối")); }
Status manageUsers(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Quản lý tài khoản")); }
Status viewAudit(const Actor &a) { return requireRole(a, Role::Supervisor, AccessText::tr("Xem nhật ký kiểm tra")); }
Status restoreBackup(const Actor &a) { return requireRole(a, Role::Admin, AccessText::tr("Khôi phục dữ liệu từ bản sao lưu")); }

Status createAccount(const Actor &a, Role r)
{
    if (r == Role::Clerk)
        return requireRole(a, Role::Supervisor, AccessText::tr("Tạo tài khoản giao dịch viên"));
    return requireRole(a, Role::Admin, AccessText::tr("Tạo tài khoản %1").arg(roleName(r)));
}

Status changeAccount(const Actor &a, Role target)
{
    if (target == Role::Clerk)
        return requireRole(a, Role::Supervisor, AccessText::tr("Sửa tài khoản giao dịch viên"));
    return requireRole(a, Role::Admin, AccessText::tr("Sửa tài khoản %1").arg(roleName(target)));
}

}  // namespace pc::access
