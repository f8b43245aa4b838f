#include "Money.h"

namespace pc {

QString Money::format() const
{
    QString digits = QString::number(dong < 0 ? -dong : dong);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    if (dong < 0)
        digits.prepend(QLatin1Char('-'));
    return digits + QStringLiteral(" đ");
}

}  // namespace pc
