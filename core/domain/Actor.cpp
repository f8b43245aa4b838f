#include "Actor.h"

#include <QCoreApplication>

namespace pc {
namespace {
class ActorText {
    Q_DECLARE_TR_FUNCTIONS(pc::ActorText)
};
}  // namespace

QString roleKey(Role r)
{
    switch (r) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("clerk");
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Clerk: return ActorText::tr("Giao dịch viên");
    case Role::Supervisor: return ActorText::tr("Trưởng bưu cục");
    case Role::Admin: return ActorText::tr("Quản trị hệ thống");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Admin})
        if (key.compare(roleKey(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Actor Actor::system() { return Actor{QStringLiteral("system"), QStringLiteral("Hệ thống"), Role::Admin}; }

Status requireRole(const Actor &actor, Role needed, const QString &actionName)
{
    if (actor.isAtLeast(needed))
        return success();
    return Error::refused(ActorText::tr("%1 cần quyền %2; tài khoản %3 là %4.")
                              .arg(actionName, roleName(needed), actor.username, roleName(actor.role)));
}

}  // namespace pc
