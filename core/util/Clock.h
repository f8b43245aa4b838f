#pragma once
// Time is a seam (DESIGN §2): services ask a Clock, tests pass a fixed one.
#include <QDateTime>
#include <QTimeZone>

namespace pc {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed
// offset is exact for every date the counter handles and needs no tz database (Windows PCs).
inline QTimeZone vietnamTime() { return QTimeZone(7 * 3600); }
inline QDateTime toLocal(const QDateTime &utc) { return utc.toTimeZone(vietnamTime()); }

// ISO 8601 in UTC with a Z, the one format times are stored in.
inline QString toStoredUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
inline QDateTime fromStoredUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

}  // namespace pc
