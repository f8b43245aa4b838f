#include "ReportService.h"

#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(pc::ReportText)
};
}  // namespace

Status ReportService::checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return Error::badInput(ReportText::tr("Ngày không hợp lệ: dùng dạng YYYY-MM-DD."));
    if (from > to)
        return Error::badInput(ReportText::tr("Ngày bắt đầu %1 sau ngày kết thúc %2.")
                                   .arg(from.toString(u"dd/MM/yyyy"_s), to.toString(u"dd/MM/yyyy"_s)));
    if (from.daysTo(to) + 1 > kMaxDays)
        return Error::badInput(ReportText::tr("Khoảng thời gian dài quá %1 ngày: hãy chia thành từng năm.").arg(kMaxDays));
    return success();
}

UtcRange ReportService::utcRange(const QDate &from, const QDate &to)
{
    return {QDateTime(from, QTime(0, 0), vietnamTime()).toUTC(), QDateTime(to.addDays(1), QTime(0, 0), vietnamTime()).toUTC()};
}

Result<DayReport> ReportService::day(const QDate &from, const QDate &to)
{
    if (auto ok = checkPeriod(from, to); !ok)
        return ok.error();
    ReportQueries q(m_db.sql());
    const UtcRange range = utcRange(from, to);
    DayReport r;
    r.from = from;
    r.to = to;
    auto byField = q.receivedByField(range);
    if (!byField)
        return byField.error();
    r.byField = byField.value();
    auto atReturn = q.feesAtReturnByField(range);
    if (!atReturn)
        return atReturn.error();
    for (const FieldCount &extra : atReturn.value()) {
        auto it = std::find_if(r.byField.begin(), r.byField.end(), [&](const FieldCount &f) { return f.field == extra.field; });
        if (it == r.byField.end()) {
            r.byField.append(extra);
        } else {
            it->paying += extra.paying;
            it->feeDong += extra.feeDong;
        }
    }
    std::sort(r.byField.begin(), r.byField.end(), [](const FieldCount &a, const FieldCount &b) { return a.field < b.field; });
    for (const FieldCount &f : r.byField) {
        r.received += f.received;
        r.feesTotalDong += f.feeDong;
    }
    auto byStatus = q.receivedByStatus(range);
    if (!byStatus)
        return byStatus.error();
    r.byStatus = byStatus.value();
    auto handed = q.handedOver(range);
    if (!handed)
        return handed.error();
    r.handedOver = handed.value();
    auto returned = q.dossiersWithEvent({u"dossier.returned"_s, u"dossier.dispatched"_s}, range);
    if (!returned)
        return returned.error();
    r.returned = returned.value();
    // A period that is not over yet is judged as of now, not as of its end.
    const QDateTime now = m_clock.nowUtc();
    auto overdue = q.overdueAt(now < range.to ? now : range.to);
    if (!overdue)
        return overdue.error();
    r.overdue = overdue.value();
    auto guidance = q.guidanceByKind(range);
    if (!guidance)
        return guidance.error();
    r.supplement = guidance->value(u"supplement"_s);
    r.refusal = guidance->value(u"refusal"_s);
    auto pending = OutboxRepository(m_db.sql()).pending();
    if (!pending)
        return pending.error();
    r.pendingSync = pending.value();

    r.chartFrom = QDate(from.year(), from.month(), 1);
    r.chartTo = QDate(to.year(), to.month(), to.daysInMonth());
    const UtcRange months = utcRange(r.chartFrom, r.chartTo);
    auto chart = q.receivedByField(months);
    if (!chart)
        return chart.error();
    r.chartByField = chart.value();
    auto onTime = q.onTimeByAgency(months);
    if (!onTime)
        return onTime.error();
    r.onTimeByAgency = onTime.value();
    return r;
}

Result<QList<LedgerEntry>> ReportService::ledger(const QDate &from, const QDate &to)
{
    if (auto ok = checkPeriod(from, to); !ok)
        return ok.error();
    return ReportQueries(m_db.sql()).ledger(utcRange(from, to));
}

}  // namespace pc
