#include "CodeScan.h"

#include "domain/DossierCode.h"

#include <QRegularExpression>

namespace pc {

QString dossierCodeFromScan(const QString &typed)
{
    const QString text = typed.trimmed().toUpper();
    if (const auto whole = DossierCode::parse(text))
        return whole->toString();
    // {unit e-identifier}-{yyMMdd}-{NNNN} anywhere in the text, e.g. inside a look-up URL.
    static const QRegularExpression embedded(QStringLiteral("([A-Z0-9.]+-\\d{6}-\\d{4})(?!\\d)"));
    auto it = embedded.globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(1);
        if (const auto code = DossierCode::parse(candidate))
            return code->toString();
    }
    return {};
}

}  // namespace pc
