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
Result<DossierDraft> draftFromJson(const QByteArray &json);
QJsonObject dossierToJson(const Dossier &d);
QJsonObject procedureToJson(const Procedure &p, const Catalogue &c);
// ISO 8601 with or without an offset; no offset = Asia/Ho_Chi_Minh wall-clock time.
QDateTime parseLocalOrOffsetTime(const QString &s);

}  // namespace pc
