#pragma once
// The catalogue's value types (DESIGN §6). Agencies, levels, fields and wording are data.
#include "util/Money.h"

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
    // Same day, or the next working day when received after the cutoff (e.g. Decree 23/2015
    // for copies from the original register): calendar days 0, counted as art. 148 does.
    bool isSameDay() const { return kind == Kind::CalendarDays && value == 0; }
    QString describe() const;  // "5 ngày làm việc", "4 giờ làm việc", "15 ngày", "trong ngày"
};

// One fee line of a procedure whose phí / lệ phí depend on who applies or where (e.g. retail
// liquor licence: enterprise or household business, city or other area). A procedure without
// fee_variants in the catalogue has exactly one, built from its "fees".
struct FeeVariant {
    QString id;             // stable key within the procedure, e.g. "ho-kd-khac"
    QString condition;      // Vietnamese label printed on the receipt, e.g. "Hộ kinh doanh, cá nhân – khu vực khác"
    QString applicantKind;  // "" | "citizen" | "household" | "organisation" | "enterprise"
    QString area;           // "" | "city" | "other"
    Money fee;              // phí
    Money charge;           // lệ phí
    QString source;
};

struct Procedure {
    QString code;
    QString name;
    QString fieldCode;
    QString agencyCode;
    QString level;
    Duration duration;
    QTime cutoff;  // invalid = none
    Money fee;     // phí (of the only variant; 0 when there are several)
    Money charge;  // lệ phí
    QList<FeeVariant> feeVariants;  // never empty after parsing; one = no choice to make
    QList<DocumentRequirement> documents;
    QStringList delivery;  // "counter", "post"
    QString note;
    QString source;
    QString confidence;     // A/B/C, as in the research notes
    QStringList unverified; // which values were filled in without a source
    bool codeIsLocal = false;

    bool hasFeeChoice() const { return feeVariants.size() > 1; }
    const FeeVariant *feeVariant(const QString &id) const
    {
        for (const FeeVariant &v : feeVariants)
            if (v.id == id)
                return &v;
        return nullptr;
    }
};

}  // namespace pc
