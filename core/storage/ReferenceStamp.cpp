#include "ReferenceStamp.h"

#include "SqlHelpers.h"

namespace pc {
namespace {
// Calendar data lives in these tables when the schema has them: official schedules today,
// dated holiday rule sets when that migration is applied. A table the schema lacks is skipped.
const char *const kCalendarTables[] = {"holiday_schedules", "holiday_rule_sets", "holiday_rules"};
}  // namespace

Result<qint64> ReferenceStamp::dataVersion()
{
    auto v = sql::scalar(m_db, QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<int> ReferenceStamp::newestCatalogueVersion()
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT max(version) FROM catalogue_versions"));
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Result<QString> ReferenceStamp::calendarFingerprint()
{
    QStringList parts;
    for (const char *table : kCalendarTables) {
        const QString name = QString::fromLatin1(table);
        auto exists = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {name});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            continue;
        // the name comes from the list above, never from input
        auto q = sql::exec(m_db, QStringLiteral("SELECT count(*), coalesce(max(rowid), 0) FROM %1").arg(name));
        if (!q)
            return q.error();
        if (q->next())
            parts << QStringLiteral("%1:%2:%3").arg(name, q->value(0).toString(), q->value(1).toString());
    }
    return parts.join(u';');
}

}  // namespace pc
