#pragma once
// Shared by the LifecycleService*.cpp files only: loading the dossier a step acts on, the
// status check, the event every step writes and the checks of the clerk's free text.
#include "domain/Actor.h"
#include "domain/Dossier.h"
#include "domain/TextRules.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QSqlDatabase>

namespace pc::lifecycle_steps {

class LifecycleText {
    Q_DECLARE_TR_FUNCTIONS(pc::LifecycleText)
};

// The dossier of `code` with its events; NotFound in Vietnamese when there is none.
Result<Dossier> load(QSqlDatabase &db, const QString &code);
// Refused, naming the step and both statuses, unless isAllowedTransition(d.status, to).
Status checkTransition(const Dossier &d, DossierStatus to, const QString &stepName);
// A new event of `type` for `d` at `at`, status `to`; data gets "code", "by" and "by_user".
DossierEvent makeEvent(QLatin1String type, const Dossier &d, DossierStatus to, const QDateTime &at, const Actor &actor,
                       QJsonObject data = {});
// `value` cleaned (text::clean); BadInput when it breaks TextRules or, if `required`, is empty.
Result<QString> text(const QString &value, TextKind kind, const QString &label, bool required);
// Local wall-clock "dd/MM/yyyy HH:mm" for messages.
QString shown(const QDateTime &utc);

}  // namespace pc::lifecycle_steps
