#pragma once
// The catalogue's value types (DESIGN §6). Agencies, levels, fields and wording are data.
#include "domain/Money.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace pc {

struct Agency {
    QString code;
    QString name;
    QString level;  // "tinh" | "xa"
};

struct Field {
    QString code;
    QString name;
    QString agencyCode;  // the agency that usually decides this field's procedures
};

struct DocumentRequirement {
    QString name;
    int originals = 0;
    int copies = 0;
    bool required = true;
};

struct Duration {
    // ByNotice: the law fixes no total time (e.g. the source says "theo thông báo"); there is
    // no appointment date, only "theo thông báo của cơ quan giải quyết", and never overdue.
    enum class Kind { WorkingDays, WorkingHours, CalendarDays, ByNotice };
    Kind kind = Kind::WorkingDays;
    int value = 0;
    bool isFixed() const { return kind != Kind::ByNotice; }
    QString describe() const;  // "5 ngày làm việc", "4 giờ làm việc", "15 ngày"
};

struct Procedure {
    QString code;
    QString name;
    QString fieldCode;
    QString agencyCode;
    QString level;
    Duration duration;
    QTime cutoff;  // invalid = none
    Money fee;     // phí
    Money charge;  // lệ phí
    QList<DocumentRequirement> documents;
    QStringList delivery;  // "counter", "post"
    QString note;
    QString source;
    QString confidence;     // A/B/C, as in the research notes
    QStringList unverified; // which values were filled in without a source
    bool codeIsLocal = false;
};

}  // namespace pc
