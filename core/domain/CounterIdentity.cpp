#include "CounterIdentity.h"

#include "domain/DossierCode.h"
#include "domain/TextRules.h"
#include "util/TextFold.h"

#include <QCoreApplication>

namespace pc {
namespace {
class CounterIdentityText {
    Q_DECLARE_TR_FUNCTIONS(pc::CounterIdentityText)
};
}  // namespace

CounterIdentity CounterIdentity::withDefaultRange(QString unitId, QString unitName, int counterNumber)
{
    CounterIdentity c;
    c.unitId = unitId.trimmed();
    c.unitName = text::clean(unitName);
    c.counterNumber = counterNumber;
    c.sequenceStart = counterNumber * 1000 + 1;
    c.sequenceEnd = counterNumber * 1000 + 999;
    if (counterNumber == 0)
        c.sequenceStart = 1;
    return c;
}

namespace {
const QString kSampleUnitId = QStringLiteral("000.00.00.H99");
}

bool CounterIdentity::isSampleUnitId(const QString &unitId) { return unitId.trimmed() == kSampleUnitId; }

Status CounterIdentity::requireRealUnit() const
{
    if (isSample || isSampleUnitId(unitId))
        return Error::refused(CounterIdentityText::tr("Quầy vẫn đang dùng ĐƠN VỊ MẪU (%1): chưa tiếp nhận được. Hãy vào Tệp › Thiết lập quầy "
                                                      "và nhập mã định danh, tên đơn vị thật do tỉnh cấp.").arg(unitId));
    return success();
}

CounterIdentity CounterIdentity::sample()
{
    CounterIdentity c = withDefaultRange(kSampleUnitId,
                                         CounterIdentityText::tr("ĐƠN VỊ MẪU – Bưu cục thử nghiệm (thay bằng đơn vị thật)"), 1);
    c.isSample = true;
    return c;
}

Status CounterIdentity::validate() const
{
    if (!isValidUnitId(unitId))
        return Error::badInput(CounterIdentityText::tr("Mã định danh đơn vị tiếp nhận không hợp lệ: \"%1\" (ví dụ đúng: 000.00.16.H56).").arg(TextRules::excerpt(unitId)));
    if (QString r = TextRules::check(unitName, TextKind::Name, CounterIdentityText::tr("Tên đơn vị tiếp nhận")); !r.isEmpty())
        return Error::badInput(r);
    if (text::clean(unitName).isEmpty())
        return Error::badInput(CounterIdentityText::tr("Chưa nhập tên đơn vị tiếp nhận."));
    if (counterNumber < 0 || counterNumber > 9)
        return Error::badInput(CounterIdentityText::tr("Số quầy phải từ 0 đến 9 (mỗi quầy dùng một dãy 1.000 số hồ sơ mỗi ngày)."));
    if (sequenceStart < 1 || sequenceEnd > 9999 || sequenceStart > sequenceEnd)
        return Error::badInput(CounterIdentityText::tr("Dãy số hồ sơ của quầy không hợp lệ (%1–%2).").arg(sequenceStart).arg(sequenceEnd));
    return success();
}

}  // namespace pc
