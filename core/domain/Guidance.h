#pragma once
// Guidance given at the counter without registering a dossier (DESIGN §1.1): a supplement
// request (what is missing) or a refusal (why not acceptable).
#include "Dossier.h"
#include "catalogue/Procedure.h"

namespace pc {

struct GuidanceRecord {
    enum class Kind { Supplement, Refusal };
    qint64 id = 0;
    Kind kind = Kind::Supplement;
    QString unitId;
    QString procedureCode;
    QString procedureName;
    Applicant applicant;
    QList<DocumentRequirement> items;  // supplement: what to bring
    QString reason;
    QString contact;                   // who to ask (name, phone)
    QDateTime createdAt;               // UTC
    // Printed number: HD-<id> for supplements, TC-<id> for refusals.
    QString number() const;
};

}  // namespace pc
