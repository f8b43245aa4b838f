#include "LifecycleSteps.h"

#include "storage/DossierRepository.h"
#include "util/Clock.h"
#include "util/TextFold.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace pc::lifecycle_steps {

Result<Dossier> load(QSqlDatabase &db, const QString &code)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return Error::badInput(LifecycleText::tr("Hãy nhập mã hồ sơ."));
    auto found = DossierRepository(db).findByCode(wanted);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(LifecycleText::tr("Không có hồ sơ mã \"%1\".").arg(TextRules::excerpt(wanted)));
    return std::move(*found.value());
}

Status checkTransition(const Dossier &d, DossierStatus to, const QString &stepName)
{
    if (isAllowedTransition(d.status, to))
        return success();
    return Error::refused(LifecycleText::tr("Không thể %1 hồ sơ %2: hồ sơ đang ở trạng thái \"%3\", không chuyển được sang \"%4\".")
                              .arg(stepName, d.code, statusName(d.status), statusName(to)));
}

DossierEvent makeEvent(QLatin1String type, const Dossier &d, DossierStatus to, const QDateTime &at, const Actor &actor, QJsonObject data)
{
    data.insert(u"code"_s, d.code);
    data.insert(u"by"_s, actor.fullName);
    data.insert(u"by_user"_s, actor.username);
    return DossierEvent{QUuid::createUuid().toString(QUuid::WithoutBraces), QString(type), to, at.toUTC(), data};
}

Result<QString> text(const QString &value, TextKind kind, const QString &label, bool required)
{
    if (const QString bad = TextRules::check(value, kind, label); !bad.isEmpty())
        return Error::badInput(bad);
    const QString cleaned = text::clean(value);
    if (required && cleaned.isEmpty())
        return Error::badInput(LifecycleText::tr("Hãy nhập %1.").arg(label));
    return cleaned;
}

QString shown(const QDateTime &utc)
{
    return utc.isValid() ? toLocal(utc).toString(u"dd/MM/yyyy HH:mm"_s) : LifecycleText::tr("(không có)");
}

}  // namespace pc::lifecycle_steps
