#include "ReferenceStamp.h"

#include "SqlHelpers.h"

namespace pc {
namespace {
// Calendar data lives in these tables when the schema has them: official schedules today,
// dated holiday rule sets when that migration is applied. A table the schema lacks is skipped.
const char *const kCalendarTables[] = {"holiday_schedules", "holiday_rule_sets", "holiday_rules"};
}  // namespace

// Every registration checks these first (CounterServices::catalogueInForce), so they are kept
// statements (sql::cachedScalar/cachedRow): preparing them again cost ~10 % of a registration.
Result<qint64> ReferenceStamp::dataVersion()
{
    auto v = sql::cachedScalar(m_db, QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<int> ReferenceStamp::newestCatalogueVersion()
{
    auto v = sql::cachedScalar(m_db, QStringLiteral("SELECT max(version) FROM catalogue_versions"));
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Result<QString> ReferenceStamp::calendarFingerprint()
{
    QStringList parts;
    for (const char *table : kCalendarTables) {
        const QString name = QString::fromLatin1(table);
        auto exists = sql::cachedScalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {name});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            continue;
        // the name comes from the list above, never from input
        auto row = sql::cachedRow(m_db, QStringLiteral("SELECT count(*), coalesce(max(rowid), 0) FROM %1").arg(name));
        if (!row)
            return row.error();
        if (row->size() == 2)
            parts << QStringLiteral("%1:%2:%3").arg(name, row->at(0).toString(), row->at(1).toString());
    }
    return parts.join(u';');
}

}  // namespace pc
