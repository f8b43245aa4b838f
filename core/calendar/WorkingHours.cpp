#include "WorkingHours.h"

#include <QStringList>

namespace pc {

WorkingHours WorkingHours::standard()
{
    return {{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}}};
}

std::optional<WorkingHours> WorkingHours::parse(const QString &spec)
{
    WorkingHours h;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        if (ends.size() != 2)
            return std::nullopt;
        const QTime a = QTime::fromString(ends[0].trimmed(), QStringLiteral("HH:mm"));
        const QTime b = QTime::fromString(ends[1].trimmed(), QStringLiteral("HH:mm"));
        if (!a.isValid() || !b.isValid() || a >= b)
            return std::nullopt;
        if (!h.periods.isEmpty() && h.periods.last().end > a)
            return std::nullopt;
        h.periods.append({a, b});
    }
    if (h.periods.isEmpty())
        return std::nullopt;
    return h;
}

QString WorkingHours::toString() const
{
    QStringList parts;
    for (const WorkPeriod &p : periods)
        parts << p.start.toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + p.end.toString(QStringLiteral("HH:mm"));
    return parts.join(QLatin1Char(','));
}

int WorkingHours::minutesPerDay() const
{
    int m = 0;
    for (const WorkPeriod &p : periods)
        m += p.start.secsTo(p.end) / 60;
    return m;
}

}  // namespace pc
