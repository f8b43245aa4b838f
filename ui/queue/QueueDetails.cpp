#include "QueueDetails.h"

#include "services/QueueService.h"
#include "util/Clock.h"

namespace pc {
namespace {
const QString kDateTime = QStringLiteral("HH:mm dd/MM/yyyy");
QString esc(const QString &s) { return s.toHtmlEscaped(); }
}  // namespace

QString QueueDetails::dossierHtml(const Dossier &x, const QDateTime &nowUtc)
{
    QString html = tr("<h3>%1</h3><p><b>%2</b><br/>%3 · %4</p>").arg(esc(x.code), esc(x.procedureName), esc(x.fieldName), esc(x.agencyName));
    if (QueueService::isOverdue(x.status, x.appointmentAt, nowUtc))
        html += tr("<p style='background:#fde2e1; padding:4px'><b>QUÁ HẠN</b>: đã quá ngày hẹn trả mà cơ quan chưa có kết quả.</p>");
    else if (QueueService::isResultReady(x.status))
        html += tr("<p style='background:#dff3e3; padding:4px'><b>CÓ KẾT QUẢ</b>: chờ trả cho công dân hoặc gửi bưu chính.</p>");
    else if (x.status == DossierStatus::SupplementRequested)
        html += tr("<p><b>Chờ công dân bổ sung</b>: thời hạn giải quyết không tính trong thời gian này.</p>");
    html += tr("<p>Người nộp: <b>%1</b> %2<br/>Điện thoại: %3 · Địa chỉ: %4</p>")
                .arg(esc(x.applicant.name), esc(x.applicant.idNumber), esc(x.applicant.phone), esc(x.applicant.address));
    html += tr("<p>Tiếp nhận: %1<br/>Hẹn trả: <b>%2</b><br/>Trạng thái: %3</p>")
                .arg(toLocal(x.receivedAt).toString(kDateTime), toLocal(x.appointmentAt).toString(kDateTime), statusName(x.status));
    if (x.delivery.method == DeliveryMethod::Post)
        html += tr("<p>Nhận kết quả: <b>qua bưu chính công ích</b><br/>Địa chỉ nhận: %1</p>").arg(esc(x.delivery.address));
    else
        html += tr("<p>Nhận kết quả: <b>tại quầy</b></p>");
    html += tr("<p>Phí: %1 · Lệ phí: %2").arg(x.fee.format(), x.charge.format());
    if (x.postage.dong > 0)
        html += tr(" · Cước bưu chính: %1").arg(x.postage.format());
    html += tr("<br/>Tổng cộng: <b>%1</b></p>").arg((x.fee + x.charge + x.postage).format());
    html += tr("<p><b>Giấy tờ đã nhận</b></p><ol>");
    for (const SubmittedDocument &s : x.documents)
        html += tr("<li>%1 – %2 bản chính, %3 bản sao</li>").arg(esc(s.name)).arg(s.originals).arg(s.copies);
    html += tr("</ol><p><b>Lịch sử</b></p><ul>");
    for (const DossierEvent &e : x.events) {
        html += tr("<li>%1 – %2").arg(toLocal(e.at).toString(kDateTime), statusName(e.status));
        // What the agency wrote with its decision: why a supplement, what the citizen owes…
        const QString note = e.data.value(QStringLiteral("note")).toString().trimmed();
        if (!note.isEmpty())
            html += tr("<br/><i>Ghi chú của cơ quan: %1</i>").arg(esc(note));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString QueueDetails::guidanceHtml(const GuidanceRecord &g)
{
    const bool supplement = g.kind == GuidanceRecord::Kind::Supplement;
    QString html = (supplement ? tr("<h3>Phiếu yêu cầu bổ sung %1</h3>") : tr("<h3>Phiếu từ chối tiếp nhận %1</h3>")).arg(esc(g.number()));
    html += tr("<p><b>%1</b> %2<br/>Lập lúc: %3</p>").arg(esc(g.procedureCode), esc(g.procedureName), toLocal(g.createdAt).toString(kDateTime));
    html += tr("<p>Người được hướng dẫn: <b>%1</b> %2<br/>Điện thoại: %3 · Địa chỉ: %4</p>")
                .arg(esc(g.applicant.name), esc(g.applicant.idNumber), esc(g.applicant.phone), esc(g.applicant.address));
    html += tr("<p>Lý do: %1</p>").arg(esc(g.reason));
    if (!g.items.isEmpty()) {
        html += tr("<p><b>Giấy tờ cần bổ sung</b></p><ol>");
        for (const DocumentRequirement &d : g.items)
            html += tr("<li>%1 – %2 bản chính, %3 bản sao</li>").arg(esc(d.name)).arg(d.originals).arg(d.copies);
        html += QStringLiteral("</ol>");
    }
    if (!g.contact.isEmpty())
        html += tr("<p>Liên hệ: %1</p>").arg(esc(g.contact));
    return html;
}

}  // namespace pc
