#pragma once
// Keeps the dossier being typed at the counter in the database, so that a crash, a power cut
// or a closed window never loses it: the screen saves the draft as the clerk types, clears it
// once the dossier is registered (or deliberately discarded), and the next start asks
// whether to restore what is left.
#include "domain/Dossier.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <optional>

namespace pc {

class Database;

struct SavedDraft {
    DossierDraft draft;
    QDateTime savedAt;  // UTC
};

class DraftService {
public:
    DraftService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    static constexpr const char *IntakeSlot = "intake";

    Status save(const DossierDraft &draft, const QString &slot = QLatin1String(IntakeSlot));
    // Nothing stored (or an unreadable leftover) = nullopt.
    Result<std::optional<SavedDraft>> load(const QString &slot = QLatin1String(IntakeSlot));
    Status discard(const QString &slot = QLatin1String(IntakeSlot));

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
