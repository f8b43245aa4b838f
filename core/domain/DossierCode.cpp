#include "DossierCode.h"

#include <QRegularExpression>

namespace pc {

QString DossierCode::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(unitId, day.toString(QStringLiteral("yyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<DossierCode> DossierCode::parse(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(.+)-(\\d{6})-(\\d{4})$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch() || !isValidUnitId(m.captured(1)))
        return std::nullopt;
    const QDate d = QDate::fromString(QStringLiteral("20") + m.captured(2), QStringLiteral("yyyyMMdd"));
    if (!d.isValid())
        return std::nullopt;
    return DossierCode{m.captured(1), d, m.captured(3).toInt()};
}

bool isValidUnitId(const QString &unitId)
{
    // Dot-separated groups of letters and digits (Decision 20/2020/QĐ-TTg style
    // e-identifiers); no dashes, since the dash separates the parts of a dossier code.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{1,6}(\\.[A-Za-z0-9]{1,6}){1,5}$"));
    return re.match(unitId).hasMatch();
}

}  // namespace pc
