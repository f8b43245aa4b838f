#include "DraftRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

namespace pc {

Status DraftRepository::put(const QString &slot, const QString &payload, const QDateTime &atUtc)
{
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO intake_drafts (slot, payload, updated_at) VALUES (?, ?, ?) "
                                            "ON CONFLICT (slot) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at"),
                       {slot, payload, toStoredUtc(atUtc)});
    if (!r)
        return r.error();
    return success();
}

Result<std::optional<StoredDraft>> DraftRepository::get(const QString &slot)
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT payload, updated_at FROM intake_drafts WHERE slot = ?"), {slot});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredDraft>();
    return std::optional<StoredDraft>(StoredDraft{q->value(0).toString(), fromStoredUtc(q->value(1).toString())});
}

Status DraftRepository::remove(const QString &slot)
{
    auto r = sql::exec(m_db, QStringLiteral("DELETE FROM intake_drafts WHERE slot = ?"), {slot});
    if (!r)
        return r.error();
    return success();
}

}  // namespace pc
