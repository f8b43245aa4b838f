#include "CentreTransitions.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pc::centre {
namespace {
using S = DossierStatus;
// Issue 11's event types and the status each leads to (the same table as LifecycleService).
constexpr std::array<std::pair<const char16_t *, std::optional<S>>, 10> kTypes{{
    {u"dossier.registered", S::Received},
    {u"dossier.handed_over", S::InProgress},
    {u"dossier.handover_confirmed", std::nullopt},
    {u"dossier.handover_cancelled", S::Received},
    {u"dossier.rescheduled", std::nullopt},
    {u"dossier.result_received", S::Resolved},
    {u"dossier.returned", S::Returned},
    {u"dossier.dispatched", S::Returned},
    {u"dossier.delivery_failed", S::Resolved},
    {u"dossier.withdrawn", S::Withdrawn},
}};
}  // namespace

std::optional<DossierStatus> statusAfter(const QString &type)
{
    for (const auto &[name, status] : kTypes)
        if (type == QStringView(name))
            return status;
    return std::nullopt;
}

bool isLifecycleType(const QString &type)
{
    for (const auto &entry : kTypes)
        if (type == QStringView(entry.first))
            return true;
    return false;
}

QString refusalOf(const wire::Event &e, std::optional<DossierStatus> current)
{
    if (!isLifecycleType(e.type) || e.type == u"dossier.registered")
        return {};  // a registration starts the dossier; other types are stored as they come
    if (!current)
        return u"Trung tâm chưa có hồ sơ %1 (chưa nhận sự kiện đăng ký); không áp dụng được %2"_s.arg(e.dossierCode, e.type);
    const std::optional<DossierStatus> to = statusAfter(e.type);
    if (!to || *to == *current)
        return {};  // no status change (a result the centre already knew of, a confirmation, a new date)
    if (isAllowedTransition(*current, *to))
        return {};
    return u"Không thể chuyển hồ sơ %1 từ \"%2\" sang \"%3\" (sự kiện %4)"_s.arg(e.dossierCode, statusName(*current), statusName(*to), e.type);
}

}  // namespace pc::centre
