#pragma once
// Words printed on the legal forms. Forms are Vietnamese documents whatever the clerk's UI
// language (issue 8 §6): nothing here goes through tr(), and the dossier stores data (kind,
// number, cut-off time) that these functions put into words at print time.
#include "catalogue/Procedure.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace pc {
enum class TransferResult;  // documents/LifecycleForms.h
}

namespace pc::wording {

// "10 ngày làm việc", "2 giờ làm việc", "15 ngày", "theo thông báo của cơ quan giải quyết"
QString duration(const Duration &d);
// The procedure's cut-off rule as the receipt states it, e.g. for a same-day procedure with a
// 15:00 cut-off (Decree 23/2015/NĐ-CP art. 7 style wording): "hồ sơ tiếp nhận sau 15 giờ 00 phút
// được giải quyết trong ngày làm việc tiếp theo". Empty when there is no cut-off.
QString cutoffRule(const Duration &d, const QTime &cutoff);
// "09 giờ 00 phút, ngày 07 tháng 12 năm 2026" (local time as given)
QString moment(const QDateTime &local);
// "ngày 28 tháng 11 năm 2026"
QString dayMonthYear(const QDate &d);
// "Thanh Hóa, ngày 28 tháng 11 năm 2026" or "Ngày 28 tháng 11 năm 2026"
QString placeDate(const QString &place, const QDate &d);
// The appointment line of a procedure without a legal total time.
QString byNoticeAppointment();
// "…… giờ …… phút, ngày …… tháng …… năm ……": a moment left blank for a handwritten time.
QString blankMoment();
// The control sheet's result column (Phiếu kiểm soát: "Trước hạn/đúng hạn/quá hạn"); empty for None.
QString transferResult(TransferResult r);

}  // namespace pc::wording
