#pragma once
// An office's working hours (DESIGN §5): default 07:30–11:30 and 13:30–17:00.
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace pc {

struct WorkPeriod {
    QTime start;
    QTime end;
};

struct WorkingHours {
    QList<WorkPeriod> periods;  // sorted, not overlapping

    static WorkingHours standard();
    // "07:30-11:30,13:30-17:00"; nullopt when malformed, unsorted or overlapping.
    static std::optional<WorkingHours> parse(const QString &spec);
    QString toString() const;
    int minutesPerDay() const;
    QTime opening() const { return periods.first().start; }
    QTime closing() const { return periods.last().end; }
};

}  // namespace pc
