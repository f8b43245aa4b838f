#include "DraftService.h"

#include "DossierJson.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"

#include <QJsonDocument>

namespace pc {

Status DraftService::save(const DossierDraft &draft, const QString &slot)
{
    const QString json = QString::fromUtf8(QJsonDocument(draftToJson(draft)).toJson(QJsonDocument::Compact));
    return DraftRepository(m_db.sql()).put(slot, json, m_clock.nowUtc());
}

Result<std::optional<SavedDraft>> DraftService::load(const QString &slot)
{
    auto stored = DraftRepository(m_db.sql()).get(slot);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<SavedDraft>();
    // A draft is whatever the clerk had typed, valid or not: read it leniently.
    auto draft = draftFromJson(stored.value()->payload.toUtf8(), DraftReading::Lenient);
    if (!draft)
        return std::optional<SavedDraft>();
    return std::optional<SavedDraft>(SavedDraft{draft.value(), stored.value()->updatedAt});
}

Status DraftService::discard(const QString &slot) { return DraftRepository(m_db.sql()).remove(slot); }

}  // namespace pc
