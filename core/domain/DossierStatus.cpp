#include "DossierStatus.h"

#include <QCoreApplication>
#include <array>

namespace pc {
namespace {
struct StatusInfo {
    DossierStatus status;
    const char *key;
    const char *name;
};
// QT_TRANSLATE_NOOP keeps the names in the .ts files; statusName() translates at run time.
constexpr std::array<StatusInfo, 10> kStatuses{{
    {DossierStatus::NewlyRegistered, "new", QT_TRANSLATE_NOOP("DossierStatus", "Mới đăng ký")},
    {DossierStatus::Received, "received", QT_TRANSLATE_NOOP("DossierStatus", "Được tiếp nhận")},
    {DossierStatus::NotReceived, "not_received", QT_TRANSLATE_NOOP("DossierStatus", "Không được tiếp nhận")},
    {DossierStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("DossierStatus", "Đang xử lý")},
    {DossierStatus::SupplementRequested, "supplement_requested", QT_TRANSLATE_NOOP("DossierStatus", "Yêu cầu bổ sung")},
    {DossierStatus::FinancialObligation, "financial_obligation", QT_TRANSLATE_NOOP("DossierStatus", "Yêu cầu thực hiện nghĩa vụ tài chính")},
    {DossierStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("DossierStatus", "Công dân rút hồ sơ")},
    {DossierStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("DossierStatus", "Dừng xử lý")},
    {DossierStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("DossierStatus", "Đã xử lý xong")},
    {DossierStatus::Returned, "returned", QT_TRANSLATE_NOOP("DossierStatus", "Đã trả kết quả")},
}};
const StatusInfo &info(DossierStatus s) { return kStatuses[static_cast<size_t>(static_cast<int>(s) - 1)]; }
}  // namespace

QString statusName(DossierStatus s) { return QCoreApplication::translate("DossierStatus", info(s).name); }
QString statusKey(DossierStatus s) { return QString::fromLatin1(info(s).key); }

std::optional<DossierStatus> statusFromCode(int code)
{
    if (code < 1 || code > 10)
        return std::nullopt;
    return static_cast<DossierStatus>(code);
}

std::optional<DossierStatus> statusFromKey(const QString &keyOrCode)
{
    bool isNumber = false;
    const int code = keyOrCode.toInt(&isNumber);
    if (isNumber)
        return statusFromCode(code);
    for (const auto &i : kStatuses)
        if (keyOrCode.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.status;
    return std::nullopt;
}

bool isAllowedTransition(DossierStatus from, DossierStatus to)
{
    using S = DossierStatus;
    if (from == to)
        return false;
    switch (from) {
    case S::NewlyRegistered:
        return to == S::Received || to == S::NotReceived || to == S::Withdrawn;
    case S::InProgress:
        // 4 -> 2 (issue 11 §1): a handover batch cancelled before the agency confirmed it puts
        // its dossiers back at the counter, registered and waiting for a new handover.
        if (to == S::Received)
            return true;
        [[fallthrough]];
    case S::Received:
    case S::SupplementRequested:
    case S::FinancialObligation:
        return to != S::NewlyRegistered && to != S::Received && to != S::Returned;
    case S::Resolved:
        return to == S::Returned;
    case S::Returned:
        // 10 -> 9 (issue 11 §4): the post could not deliver the result sent by post; it waits
        // at the counter again ("chờ trả"). LifecycleService only allows it after a dispatch.
        return to == S::Resolved;
    case S::NotReceived:
    case S::Withdrawn:
    case S::Stopped:
        return false;  // final
    }
    return false;
}

}  // namespace pc
