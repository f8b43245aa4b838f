#include "ReportExport.h"

#include "util/Money.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pc::report {
namespace {
QString day(const QDate &d) { return d.toString(u"dd/MM/yyyy"_s); }
QString period(const QDate &from, const QDate &to) { return from == to ? day(from) : day(from) + u" - "_s + day(to); }
}  // namespace

QJsonObject dayJson(const DayReport &r)
{
    QJsonObject byField, feesByField, byStatus;
    for (const FieldCount &f : r.byField) {
        if (f.received > 0)  // a field may appear only for fees collected at a return
            byField.insert(f.field, f.received);
        if (f.feeDong > 0)
            feesByField.insert(f.field, f.feeDong);
    }
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
        byStatus.insert(QString::number(it.key()), it.value());
    return {{u"date"_s, r.from.toString(Qt::ISODate)},
            {u"received"_s, r.received},
            {u"handed_over"_s, r.handedOver},
            {u"returned"_s, r.returned},
            {u"overdue"_s, r.overdue},
            {u"by_field"_s, byField},
            {u"by_status"_s, byStatus},
            {u"fees"_s, QJsonObject{{u"total_dong"_s, r.feesTotalDong}, {u"by_field"_s, feesByField}}},
            {u"guidance"_s, QJsonObject{{u"supplement"_s, r.supplement}, {u"refusal"_s, r.refusal}}},
            {u"pending_sync"_s, r.pendingSync}};
}

QByteArray csvRecord(const QStringList &fields)
{
    QStringList out;
    for (QString f : fields) {
        if (!f.isEmpty() && (f.front() == u'=' || f.front() == u'+' || f.front() == u'-' || f.front() == u'@'))
            f.prepend(u'\'');
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            f = u'"' + QString(f).replace(u"\""_s, u"\"\""_s) + u'"';
        out << f;
    }
    return out.join(u',').toUtf8();
}

namespace {
class CsvWriter {
public:
    CsvWriter() : m_bytes(kUtf8Bom) {}
    void row(const QStringList &fields) { m_bytes += csvRecord(fields) + "\r\n"; }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
QString n(qint64 v) { return QString::number(v); }
}  // namespace

QByteArray dayCsv(const DayReport &r, const QString &unitName)
{
    CsvWriter w;
    w.row({u"BÁO CÁO TIẾP NHẬN VÀ TRẢ KẾT QUẢ"_s, period(r.from, r.to)});
    w.row({u"Đơn vị"_s, unitName});
    w.row({});
    w.row({u"Chỉ tiêu"_s, u"Số lượng"_s});
    w.row({u"Hồ sơ tiếp nhận"_s, n(r.received)});
    w.row({u"Hồ sơ đã bàn giao cho cơ quan giải quyết"_s, n(r.handedOver)});
    w.row({u"Hồ sơ đã trả kết quả"_s, n(r.returned)});
    w.row({u"Hồ sơ quá hạn"_s, n(r.overdue)});
    w.row({u"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"_s, n(r.supplement)});
    w.row({u"Phiếu từ chối tiếp nhận"_s, n(r.refusal)});
    w.row({u"Sự kiện chờ đồng bộ"_s, n(r.pendingSync)});
    w.row({u"Tổng phí, lệ phí đã thu (đồng)"_s, n(r.feesTotalDong)});
    w.row({});
    w.row({u"Lĩnh vực"_s, u"Hồ sơ tiếp nhận"_s, u"Số hồ sơ thu phí, lệ phí"_s, u"Phí, lệ phí đã thu (đồng)"_s});
    for (const FieldCount &f : r.byField)
        w.row({f.field, n(f.received), n(f.paying), n(f.feeDong)});
    w.row({});
    w.row({u"Mã trạng thái"_s, u"Trạng thái"_s, u"Số hồ sơ"_s});
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
        w.row({n(it.key()), printedStatusName(it.key()), n(it.value())});
    w.row({});
    w.row({u"Cơ quan giải quyết"_s, u"Hồ sơ có kết quả"_s, u"Đúng hạn"_s, u"Từ ngày"_s, u"Đến ngày"_s});
    for (const AgencyCount &a : r.onTimeByAgency)
        w.row({a.agency, n(a.resolved), n(a.onTime), day(r.chartFrom), day(r.chartTo)});
    return w.bytes();
}

QByteArray ledgerCsv(const QList<LedgerEntry> &rows, const QDate &from, const QDate &to, const QString &unitName)
{
    CsvWriter w;
    w.row({ledgerTitle(), period(from, to), unitName});
    QStringList headings, keys;
    for (const LedgerColumn &c : ledgerColumns()) {
        headings << c.heading;
        keys << c.key;
    }
    w.row(headings);
    for (const LedgerEntry &e : rows) {
        QStringList cells;
        for (const QString &k : keys)
            cells << ledgerCell(e, k);
        w.row(cells);
    }
    return w.bytes();
}

}  // namespace pc::report
