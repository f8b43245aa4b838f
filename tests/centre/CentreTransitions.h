#pragma once
// The reference centre applies the same status rules as the counter (core/domain/DossierStatus,
// isAllowedTransition) to the events it receives: each event type of the dossier's life moves
// the dossier to a known status (docs/sync-protocol.md, "Event types"), and an event that would
// make an impossible move is answered `rejected` with the reason.
#include "domain/DossierStatus.h"
#include "sync/Wire.h"

#include <optional>

namespace pc::centre {

// The status a dossier has after an event of `type`; nullopt for types that change no status
// (dossier.handover_confirmed, dossier.rescheduled) and for types the centre does not know.
std::optional<DossierStatus> statusAfter(const QString &type);
// Whether the type is one of the dossier's life (registered and issue 11's steps).
bool isLifecycleType(const QString &type);
// Empty when `e` may be applied to the dossier as the centre knows it (`current`: nullopt when
// the centre has no event of it yet), else the reason, in Vietnamese, for the `rejected` answer.
QString refusalOf(const wire::Event &e, std::optional<DossierStatus> current);

}  // namespace pc::centre
