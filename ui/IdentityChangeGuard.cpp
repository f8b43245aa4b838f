#include "IdentityChangeGuard.h"

#include "services/QueueService.h"

namespace pc {
namespace {
QString range(const CounterIdentity &c)
{
    return QStringLiteral("%1–%2").arg(c.sequenceStart, 4, 10, QLatin1Char('0')).arg(c.sequenceEnd, 4, 10, QLatin1Char('0'));
}
}  // namespace

QString IdentityChangeGuard::warning(QueueService &queue, const std::optional<CounterIdentity> &from, const CounterIdentity &to)
{
    if (!from || from->isSample || CounterIdentity::isSampleUnitId(from->unitId))
        return {};  // first setup, or leaving the sample unit: nothing real was issued yet
    const bool unitChanged = from->unitId != to.unitId;
    const bool counterChanged = from->counterNumber != to.counterNumber;
    if (!unitChanged && !counterChanged)
        return {};
    const auto issued = queue.issuedBy(from->unitId, from->counterNumber);
    QStringList lines;
    lines << tr("Thay đổi này là thao tác của trưởng bưu cục.");
    if (issued)
        lines << tr("Quầy đã cấp %n mã hồ sơ theo %1 – quầy %2. Các mã này giữ nguyên; giấy hẹn đã in vẫn dùng được.", nullptr, *issued)
                     .arg(from->unitId).arg(from->counterNumber);
    else
        lines << issued.error().message;
    if (unitChanged)
        lines << tr("Mã định danh đơn vị đổi từ %1 sang %2: mọi mã hồ sơ mới sẽ bắt đầu bằng %2. Chỉ đổi khi tỉnh đã cấp mã mới.")
                     .arg(from->unitId, to.unitId);
    if (counterChanged)
        lines << tr("Số quầy đổi từ %1 sang %2: dãy số hồ sơ mỗi ngày đổi từ %3 sang %4. Hãy chắc chắn không quầy nào khác của bưu cục "
                    "đang dùng số quầy %2, nếu không hai quầy sẽ cấp trùng mã hồ sơ.")
                     .arg(from->counterNumber).arg(to.counterNumber).arg(range(*from), range(to));
    lines << tr("Vẫn đổi?");
    return lines.join(QStringLiteral("\n\n"));
}

bool IdentityChangeGuard::supervisorApproves(QWidget *parent)
{
    Q_UNUSED(parent);
    return true;  // issue 12: ask for the supervisor's sign-in here
}

}  // namespace pc
