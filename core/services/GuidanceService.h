#pragma once
// Guidance without registration: a supplement request lists what the applicant must bring;
// a refusal says why the dossier cannot be accepted. Both are kept as records, not dossiers.
#include "catalogue/Catalogue.h"
#include "domain/Actor.h"
#include "domain/Guidance.h"
#include "storage/GuidanceRepository.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace pc {

class Database;

class GuidanceService {
public:
    using CatalogueSource = std::function<std::shared_ptr<const Catalogue>()>;
    GuidanceService(Database &db, const Clock &clock, CatalogueSource catalogue) : m_db(db), m_clock(clock), m_catalogue(std::move(catalogue)) {}

    // The missing documents are computed from the procedure's checklist; extra items may be added.
    // `actor`: the clerk giving the guidance (audited with the slip's number).
    Result<GuidanceRecord> recordSupplement(const Actor &actor, const DossierDraft &draft, const QString &reason, const QString &contact,
                                            const QList<DocumentRequirement> &extraItems = {});
    // `request`: what the citizen asked for, in words, when it is no procedure of the catalogue
    // (the commonest refusal: a request the post office does not receive). Used only when the
    // draft names no procedure.
    Result<GuidanceRecord> recordRefusal(const Actor &actor, const DossierDraft &draft, const QString &reason, const QString &request = {});
    Result<std::optional<GuidanceRecord>> find(qint64 id);
    // "HD-3/2026", "TC-1/2027" or a number printed before schema 11 ("HD-12").
    Result<std::optional<GuidanceRecord>> findByNumber(const QString &number);
    Result<QList<GuidanceRecord>> list(const GuidanceFilter &f);

private:
    Status store(const Actor &actor, GuidanceRecord &r);
    Result<GuidanceRecord> base(const DossierDraft &draft, GuidanceRecord::Kind kind, const QString &request = {});
    Database &m_db;
    const Clock &m_clock;
    CatalogueSource m_catalogue;
};

}  // namespace pc
