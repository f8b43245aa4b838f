#include "FormWording.h"

#include "LifecycleForms.h"

using namespace Qt::StringLiterals;

namespace pc::wording {
namespace {
QString twoDigits(int n) { return QString::number(n).rightJustified(2, u'0'); }
}  // namespace

QString duration(const Duration &d)
{
    switch (d.kind) {
    case Duration::Kind::WorkingDays: return u"%1 ngày làm việc"_s.arg(d.value);
    case Duration::Kind::WorkingHours: return u"%1 giờ làm việc"_s.arg(d.value);
    case Duration::Kind::CalendarDays: return d.isSameDay() ? u"trong ngày"_s : u"%1 ngày"_s.arg(d.value);
    case Duration::Kind::ByNotice: return byNoticeAppointment();
    }
    return {};
}

QString cutoffRule(const Duration &d, const QTime &cutoff)
{
    if (!cutoff.isValid() || !d.isFixed())
        return {};
    const QString at = u"%1 giờ %2 phút"_s.arg(twoDigits(cutoff.hour()), twoDigits(cutoff.minute()));
    // A period shorter than a working day is a same-day promise: after the cut-off it is kept
    // on the next working day; longer periods start counting on the next working day.
    const bool sameDay = d.isSameDay() || (d.kind == Duration::Kind::WorkingHours && d.value < 8);
    return sameDay ? u"hồ sơ tiếp nhận sau %1 được giải quyết trong ngày làm việc tiếp theo"_s.arg(at)
                   : u"hồ sơ tiếp nhận sau %1 được tính từ ngày làm việc tiếp theo"_s.arg(at);
}

QString moment(const QDateTime &local)
{
    return u"%1 giờ %2 phút, %3"_s.arg(twoDigits(local.time().hour()), twoDigits(local.time().minute()), dayMonthYear(local.date()));
}

QString dayMonthYear(const QDate &d)
{
    return u"ngày %1 tháng %2 năm %3"_s.arg(twoDigits(d.day()), twoDigits(d.month())).arg(d.year());
}

QString placeDate(const QString &place, const QDate &d)
{
    const QString date = dayMonthYear(d);
    if (place.trimmed().isEmpty())
        return u"N"_s + date.mid(1);
    return place.trimmed() + u", "_s + date;
}

QString byNoticeAppointment() { return u"theo thông báo của cơ quan giải quyết"_s; }

QString blankMoment() { return u"…… giờ …… phút, ngày …… tháng …… năm ……"_s; }

QString transferResult(TransferResult r)
{
    switch (r) {
    case TransferResult::None: return {};
    case TransferResult::Early: return u"Trước hạn"_s;
    case TransferResult::OnTime: return u"Đúng hạn"_s;
    case TransferResult::Late: return u"Quá hạn"_s;
    }
    return {};
}

}  // namespace pc::wording
