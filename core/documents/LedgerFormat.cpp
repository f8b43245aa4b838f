#include "LedgerFormat.h"

#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pc::report {
namespace {
QString n(qint64 v) { return QString::number(v); }

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
