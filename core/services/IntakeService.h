#pragma once
// Registering a dossier (DESIGN §1.1): validate, allocate the code, compute the appointment,
// and write dossier + documents + status event + outbox entry in ONE transaction.
#include "calendar/DeadlineCalculator.h"
#include "catalogue/Catalogue.h"
#include "domain/Actor.h"
#include "domain/Dossier.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace pc {

class Database;

struct Registration {
    Dossier dossier;
    QStringList warnings;  // e.g. an ID number that disagrees with the birth date
    QString earlierSameDay;  // code of a dossier of the same applicant ID and procedure registered the same day
};

// Documents the procedure requires that the draft lacks: the supplement request's list.
struct DocumentCheck {
    QList<DocumentRequirement> missing;
    QList<SubmittedDocument> matched;  // the draft's documents, marked listed/required
    QStringList shortfalls;            // received, but fewer originals/copies than listed
};

class IntakeService {
public:
    using CatalogueSource = std::function<std::shared_ptr<const Catalogue>()>;
    IntakeService(Database &db, const Clock &clock, CatalogueSource catalogue, const DayCalendar &days, WorkingHours hours);

    // `actor`: who received it; its full name goes in the event's `by` and under NGƯỜI TIẾP NHẬN
    // HỒ SƠ on the receipt; the registration is audited in the same transaction.
    Result<Registration> registerDossier(const Actor &actor, const DossierDraft &draft);
    // Length and character problems of the draft's free text (TextRules), empty when none:
    // shared with guidance, which records the same applicant fields.
    static QStringList textProblems(const DossierDraft &d);
    // Would registerDossier refuse this draft? The same checks, nothing written (screens use it
    // to take an error message away as soon as it is resolved).
    Status check(const DossierDraft &draft) const;
    static DocumentCheck checkDocuments(const Procedure &p, const QList<SubmittedDocument> &submitted);
    // The fee line that applies: the chosen one (by FeeVariant::id), or the only one when the
    // procedure has a single fee. Else null, with the reason listing the variants in `problem`.
    static const FeeVariant *chooseFeeVariant(const Procedure &p, const QString &chosenId, QString &problem);
    static QString feeVariantList(const Procedure &p);
    // Duplicate guard: the newest dossier with the draft's applicant ID and procedure received
    // the same local day (the draft's receipt day, or today). None without an ID number.
    Result<std::optional<DossierSummary>> earlierSameDay(const DossierDraft &draft) const;
    // The appointment the receipt will promise (local time), for previews; invalid when the
    // procedure has no fixed time.
    QDateTime appointmentFor(const Procedure &p, const QDateTime &receivedUtc) const;

private:
    Status validate(const DossierDraft &d, const Procedure *p, QStringList &warnings) const;
    Status checkReceivedAt(const DossierDraft &d) const;
    Database &m_db;
    const Clock &m_clock;
    CatalogueSource m_catalogue;
    const DayCalendar &m_days;
    WorkingHours m_hours;
};

}  // namespace pc
