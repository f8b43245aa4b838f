#pragma once
// The F3 details panel's text: a registered dossier or a guidance slip as HTML.
#include "domain/Dossier.h"
#include "domain/Guidance.h"

#include <QCoreApplication>

namespace pc {

class QueueDetails {
    Q_DECLARE_TR_FUNCTIONS(pc::QueueDetails)
public:
    // nowUtc decides the overdue flag; nothing here reads the wall clock.
    static QString dossierHtml(const Dossier &d, const QDateTime &nowUtc);
    static QString guidanceHtml(const GuidanceRecord &g);
};

}  // namespace pc
