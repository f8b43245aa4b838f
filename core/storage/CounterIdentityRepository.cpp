#include "CounterIdentityRepository.h"

#include "SettingsRepository.h"
#include "SqlHelpers.h"

#include <QHash>

namespace pc {
namespace {
const QString kUnitId = QStringLiteral("counter.unit_id");
const QString kUnitName = QStringLiteral("counter.unit_name");
const QString kNumber = QStringLiteral("counter.number");
const QString kStart = QStringLiteral("counter.sequence_start");
const QString kEnd = QStringLiteral("counter.sequence_end");
const QString kSample = QStringLiteral("counter.is_sample");
}  // namespace

Result<std::optional<CounterIdentity>> CounterIdentityRepository::load()
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

Status CounterIdentityRepository::store(const CounterIdentity &c)
{
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
