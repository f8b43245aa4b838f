#include "QueueDetails.h"

#include "services/QueueService.h"
#include "util/Clock.h"

namespace pc {
namespace {
const QString kDateTime = QStringLiteral("HH:mm dd/MM/yyyy");
QString esc(const QString &s) { return s.toHtmlEscaped(); }

// The newest event that put the dossier in `status`: the centre's note or amount travel on it.
const DossierEvent *latestWithStatus(const Dossier &x, DossierStatus status)
{
    for (auto it = x.events.crbegin(); it != x.events.crend(); ++it)
        if (it->status == status)
            return &*it;
    return nullptr;
}

// An amount in whole đồng, as the centre may send it with a financial obligation (6).
std::optional<Money> amountOf(const QJsonObject &data)
{
    for (const char *key : {"amount_dong", "amount"}) {
        const QJsonValue v = data.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() > 0)
            return Money{static_cast<qint64>(v.toDouble())};
    }
    return std::nullopt;
}
}  // namespace

QString QueueDetails::dossierHtml(const Dossier &x, const QDateTime &nowUtc, const Timeline *timeline)
{
    // The appointment in force: a reschedule replaces the receipt's for tracking.
    const QDateTime dueAt = timeline && timeline->dueAt.isValid() ? timeline->dueAt : x.appointmentAt;
    QString html = tr("<h3>%1</h3><p><b>%2</b><br/>%3 · %4</p>").arg(esc(x.code), esc(x.procedureName), esc(x.fieldName), esc(x.agencyName));
    if (QueueService::isOverdue(x.status, dueAt, nowUtc))
        html += tr("<p style='background:#fde2e1; padding:4px'><b>QUÁ HẠN</b>: đã quá ngày hẹn trả mà cơ quan chưa có kết quả.</p>");
    else if (QueueService::isResultReady(x.status))
        html += tr("<p style='background:#dff3e3; padding:4px'><b>CÓ KẾT QUẢ</b>: chờ trả cho công dân hoặc gửi bưu chính.</p>");
    else if (x.status == DossierStatus::SupplementRequested)
        html += tr("<p style='background:#eceff1; padding:4px'><b>DỪNG TÍNH HẠN – chờ công dân bổ sung</b>: thời hạn giải quyết "
                   "không tính trong thời gian này.</p>");
    if (x.status == DossierStatus::FinancialObligation) {
        const DossierEvent *e = latestWithStatus(x, DossierStatus::FinancialObligation);
        const std::optional<Money> amount = e ? amountOf(e->data) : std::nullopt;
        html += amount ? tr("<p style='background:#fff3cd; padding:4px'><b>Nghĩa vụ tài chính</b>: công dân cần nộp <b>%1</b>.</p>")
                             .arg(amount->format())
                       : tr("<p style='background:#fff3cd; padding:4px'><b>Nghĩa vụ tài chính</b>: trung tâm chưa gửi số tiền.</p>");
    }
    if (x.status == DossierStatus::Stopped) {
        const DossierEvent *e = latestWithStatus(x, DossierStatus::Stopped);
        const QString reason = e ? e->data.value(QStringLiteral("note")).toString().trimmed() : QString();
        html += tr("<p style='background:#eceff1; padding:4px'><b>DỪNG XỬ LÝ</b>: %1<br/>Hồ sơ không còn trong các danh sách theo dõi.</p>")
                    .arg(reason.isEmpty() ? tr("trung tâm không ghi lý do.") : esc(reason));
    }
    html += tr("<p>Người nộp: <b>%1</b> %2<br/>Điện thoại: %3 · Địa chỉ: %4</p>")
                .arg(esc(x.applicant.name), esc(x.applicant.idNumber), esc(x.applicant.phone), esc(x.applicant.address));
    const QString promised = x.appointmentAt.isValid() ? toLocal(x.appointmentAt).toString(kDateTime) : tr("theo thông báo");
    if (dueAt != x.appointmentAt && dueAt.isValid())
        html += tr("<p>Tiếp nhận: %1<br/>Hẹn trả: <b>%2</b> (hẹn lại; giấy tiếp nhận hẹn %3)<br/>Trạng thái: %4</p>")
                    .arg(toLocal(x.receivedAt).toString(kDateTime), toLocal(dueAt).toString(kDateTime), promised, statusName(x.status));
    else
        html += tr("<p>Tiếp nhận: %1<br/>Hẹn trả: <b>%2</b><br/>Trạng thái: %3</p>")
                    .arg(toLocal(x.receivedAt).toString(kDateTime), promised, statusName(x.status));
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
    html += tr("</ol><p><b>Lịch sử</b> (tại quầy và từ trung tâm)</p><ul>");
    for (const DossierEvent &e : timeline ? timeline->events : x.events)
        html += QStringLiteral("<li>") + eventHtml(e) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

QString QueueDetails::eventHtml(const DossierEvent &e)
{
    auto text = [&e](const char *key) { return esc(e.data.value(QLatin1String(key)).toVariant().toString().trimmed()); };
    auto moment = [&e](const char *key) {
        const QDateTime t = fromStoredUtc(e.data.value(QLatin1String(key)).toString());
        return t.isValid() ? toLocal(t).toString(kDateTime) : tr("theo thông báo");
    };
    QString what;
    const QString &type = e.type;
    if (type == QLatin1String("dossier.registered"))
        what = tr("Tiếp nhận hồ sơ");
    else if (type == QLatin1String("centre.status"))
        what = tr("Trung tâm cập nhật");
    else if (type == QLatin1String("dossier.handed_over"))
        what = tr("Bàn giao cho %1 (biên bản %2), người vận chuyển: %3").arg(text("agency"), text("handover"), text("courier"));
    else if (type == QLatin1String("dossier.handover_confirmed"))
        what = tr("Cơ quan ký nhận biên bản %1: %2").arg(text("handover"), text("signed_by"));
    else if (type == QLatin1String("dossier.handover_cancelled"))
        what = tr("Hủy biên bản %1, lý do: %2").arg(text("handover"), text("reason"));
    else if (type == QLatin1String("dossier.rescheduled"))
        what = tr("Hẹn lại ngày trả: %1 → <b>%2</b>, lý do: %3").arg(moment("from"), moment("until"), text("reason"));
    else if (type == QLatin1String("dossier.result_received"))
        what = tr("Nhận kết quả từ cơ quan: %1 (%2 bản), người giao: %3")
                   .arg(text("what").isEmpty() ? tr("kết quả giải quyết hồ sơ") : text("what"), text("count"), text("from"));
    else if (type == QLatin1String("dossier.returned"))
        what = text("authorisation").isEmpty()
                   ? tr("Trả kết quả tại quầy cho %1 (%2)").arg(text("recipient_name"), text("recipient_id"))
                   : tr("Trả kết quả tại quầy cho người được ủy quyền %1 (%2), giấy ủy quyền: %3")
                         .arg(text("recipient_name"), text("recipient_id"), text("authorisation"));
    else if (type == QLatin1String("dossier.dispatched"))
        what = tr("Gửi kết quả qua bưu chính, số hiệu %1").arg(text("tracking"));
    else if (type == QLatin1String("dossier.delivery_failed"))
        what = tr("Bưu chính không giao được (%1), lý do: %2; kết quả chờ trả lại").arg(text("tracking"), text("reason"));
    else if (type == QLatin1String("dossier.withdrawn"))
        what = tr("Công dân rút hồ sơ, lý do: %1").arg(text("reason"));
    else
        what = esc(type);
    QString html = tr("%1 – %2 · <i>%3</i>").arg(toLocal(e.at).toString(kDateTime), what, statusName(e.status));
    if (!text("by").isEmpty())
        html += tr(" · người thực hiện: %1").arg(text("by"));
    // What the agency wrote with its decision: why a supplement, what the citizen owes…
    const QString note = e.data.value(QStringLiteral("note")).toString().trimmed();
    if (!note.isEmpty())
        html += (type == QLatin1String("centre.status") ? tr("<br/><i>Ghi chú của cơ quan: %1</i>") : tr("<br/><i>Ghi chú: %1</i>")).arg(esc(note));
    if (const std::optional<Money> amount = amountOf(e.data))
        html += tr("<br/>Số tiền phải nộp: %1").arg(amount->format());
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
