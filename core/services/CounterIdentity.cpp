#include "CounterIdentity.h"

#include "domain/DossierCode.h"
#include "domain/TextRules.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlHelpers.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QHash>

namespace pc {
namespace {
class CounterIdentityText {
    Q_DECLARE_TR_FUNCTIONS(pc::CounterIdentityText)
};
const QString kUnitId = QStringLiteral("counter.unit_id");
const QString kUnitName = QStringLiteral("counter.unit_name");
const QString kNumber = QStringLiteral("counter.number");
const QString kStart = QStringLiteral("counter.sequence_start");
const QString kEnd = QStringLiteral("counter.sequence_end");
const QString kSample = QStringLiteral("counter.is_sample");
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

Result<std::optional<CounterIdentity>> CounterIdentityStore::load()
{
    // One kept statement: this runs on every registration, and reading the rows each time
    // (rather than caching the identity) sees a change by another process (the CLI's setup) at once.
    auto rows = sql::cachedRows(m_db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'counter.%'"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> v;
    for (const QVariantList &row : rows.value())
        v.insert(row.value(0).toString(), row.value(1).toString());
    if (!v.contains(kUnitId))
        return std::optional<CounterIdentity>();
    CounterIdentity c;
    c.unitId = v.value(kUnitId);
    c.unitName = v.value(kUnitName);
    c.counterNumber = v.value(kNumber).toInt();
    c.sequenceStart = v.value(kStart).toInt();
    c.sequenceEnd = v.value(kEnd).toInt();
    c.isSample = v.value(kSample) == u"1";
    return std::optional<CounterIdentity>(c);
}

Status CounterIdentityStore::save(const CounterIdentity &c)
{
    if (auto v = c.validate(); !v)
        return v;
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = saveInTransaction(c); !r)
        return r;
    return tx.commit();
}

Status CounterIdentityStore::saveInTransaction(const CounterIdentity &c)
{
    if (auto v = c.validate(); !v)
        return v;
    SettingsRepository s(m_db);
    for (const auto &[k, v] : {std::pair{kUnitId, c.unitId}, {kUnitName, c.unitName}, {kNumber, QString::number(c.counterNumber)},
                               {kStart, QString::number(c.sequenceStart)}, {kEnd, QString::number(c.sequenceEnd)},
                               {kSample, c.isSample ? QStringLiteral("1") : QStringLiteral("0")}}) {
        if (auto r = s.set(k, v); !r)
            return r;
    }
    return success();
}

}  // namespace pc
