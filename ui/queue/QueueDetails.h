#pragma once
// The F3 details panel's text: a registered dossier or a guidance slip as HTML.
#include "domain/Dossier.h"
#include "domain/Guidance.h"
#include "domain/Lifecycle.h"

#include <QCoreApplication>

namespace pc {

class QueueDetails {
    Q_DECLARE_TR_FUNCTIONS(pc::QueueDetails)
public:
    // nowUtc decides the overdue flag; nothing here reads the wall clock.
    // `timeline` (when given) supplies the appointment in force and the events, local steps and
    // the centre's changes in one list; otherwise the dossier's own events are listed.
    static QString dossierHtml(const Dossier &d, const QDateTime &nowUtc, const Timeline *timeline = nullptr);
    // One line of the history: what happened, by whom, with its details.
    static QString eventHtml(const DossierEvent &e);
    static QString guidanceHtml(const GuidanceRecord &g);
};

}  // namespace pc
