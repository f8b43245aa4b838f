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
    QString storedNumber;              // HD-n/yyyy or TC-n/yyyy, given when recorded
    // Printed number: HD-n/yyyy for supplements, TC-n/yyyy for refusals, each counted from 1
    // every year; records made before schema 11 keep HD-<id> / TC-<id>.
    QString number() const;
};

}  // namespace pc
