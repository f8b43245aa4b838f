#include "ReportExport.h"

#include "domain/Money.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pc::report {
namespace {
QString day(const QDate &d) { return d.toString(u"dd/MM/yyyy"_s); }
QString period(const QDate &from, const QDate &to) { return from == to ? day(from) : day(from) + u" - "_s + day(to); }

struct LedgerForm {
    QString title;
    QList<LedgerColumn> columns;
};

const LedgerForm &ledgerForm()
{
    static const LedgerForm form = [] {
        LedgerForm f;
        QFile file(u":/templates/ledger.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return f;  // a build without its resources: the tests on the ledger fail loudly
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        f.title = o.value(u"title"_s).toString();
        for (const QJsonValue &c : o.value(u"columns"_s).toArray()) {
            const QJsonObject col = c.toObject();
            f.columns.append({col.value(u"key"_s).toString(), col.value(u"heading"_s).toString(), col.value(u"width"_s).toInt(1)});
        }
        return f;
    }();
    return form;
}
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

QString ledgerTitle() { return ledgerForm().title; }
QList<LedgerColumn> ledgerColumns() { return ledgerForm().columns; }

QString localMoment(const QDateTime &utc) { return utc.isValid() ? toLocal(utc).toString(u"dd/MM/yyyy HH:mm"_s) : QString(); }

QString ledgerCell(const LedgerEntry &e, const QString &key)
{
    if (key == u"number") return e.ledgerNumber > 0 ? n(e.ledgerNumber) : QString();
    if (key == u"code") return e.code;
    if (key == u"procedure") return e.procedureName;
    if (key == u"sets") return n(e.sets);
    if (key == u"applicant") return e.applicantName;
    if (key == u"contact") {
        QStringList parts;
        if (!e.address.isEmpty()) parts << e.address;
        if (!e.phone.isEmpty()) parts << e.phone;
        return parts.join(u"; "_s);
    }
    if (key == u"agency") return e.agency;
    if (key == u"received") return localMoment(e.receivedAt);
    if (key == u"appointment") return e.appointmentAt.isValid() ? localMoment(e.appointmentAt) : u"Theo thông báo của cơ quan giải quyết"_s;
    if (key == u"handed_over") return localMoment(e.handedOverAt);
    if (key == u"result") return localMoment(e.resultAt);
    if (key == u"returned") return localMoment(e.returnedAt);
    if (key == u"returned_to") return e.returnedTo;
    if (key == u"note") {
        QStringList notes;
        if (e.dueAt.isValid() && e.appointmentAt.isValid() && e.dueAt != e.appointmentAt)
            notes << u"Hẹn lại %1"_s.arg(localMoment(e.dueAt));
        if (e.withdrawnAt.isValid())
            notes << u"Rút hồ sơ %1"_s.arg(localMoment(e.withdrawnAt));
        else if (e.returnedAt.isValid() && e.deliveryMethod == u"post")
            notes << u"Trả qua bưu chính công ích"_s;
        else if (e.status != 10 && e.status != 2 && e.status != 4)
            notes << printedStatusName(e.status);
        return notes.join(u"; "_s);
    }
    return {};
}

QString printedStatusName(int code)
{
    // The national status names (DESIGN §8), as printed: Vietnamese in every UI language.
    static const char *const names[] = {"Mới đăng ký", "Được tiếp nhận", "Không được tiếp nhận", "Đang xử lý", "Yêu cầu bổ sung",
                                        "Yêu cầu thực hiện nghĩa vụ tài chính", "Công dân rút hồ sơ", "Dừng xử lý", "Đã xử lý xong",
                                        "Đã trả kết quả"};
    return code >= 1 && code <= 10 ? QString::fromUtf8(names[code - 1]) : QString::number(code);
}

}  // namespace pc::report
