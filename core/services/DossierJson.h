#pragma once
// The JSON shapes of the CLI contract: an intake request in, a dossier out.
#include "domain/Dossier.h"
#include "util/Result.h"

#include <QJsonObject>

namespace pc {

class Catalogue;
struct Procedure;

// {"procedure", "applicant": {...}, "documents": [...], "sets", "delivery": {...},
//  "received_at" (ISO 8601; without an offset it is local Vietnam time), "note"}
// Lenient: a half-typed draft (DraftService) — missing procedure or names are not errors.
enum class DraftReading { Strict, Lenient };
Result<DossierDraft> draftFromJson(const QByteArray &json, DraftReading reading = DraftReading::Strict);
// The same shape back, for keeping a draft; "applicant.representative" only when present.
QJsonObject draftToJson(const DossierDraft &d);
QJsonObject dossierToJson(const Dossier &d);
QJsonObject procedureToJson(const Procedure &p, const Catalogue &c);
// ISO 8601 with or without an offset; no offset = Asia/Ho_Chi_Minh wall-clock time.
QDateTime parseLocalOrOffsetTime(const QString &s);

}  // namespace pc
