#include "LifecycleForms.h"

#include "Barcode.h"
#include "FormWording.h"
#include "QrCode.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {

TransferResult transferResultOf(const QDateTime &atUtc, const QDateTime &dueUtc)
{
    if (!atUtc.isValid() || !dueUtc.isValid())
        return TransferResult::None;
    if (atUtc > dueUtc)
        return TransferResult::Late;
    return toLocal(atUtc).date() < toLocal(dueUtc).date() ? TransferResult::Early : TransferResult::OnTime;
}

}  // namespace pc

namespace pc::lifecycleforms {
namespace {
QString orDots(const QString &s) { return s.trimmed().isEmpty() ? u"…………………"_s : s.trimmed(); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }

// The header every form shares: governing body and unit, and the date line of the form's own day.
QHash<QString, QString> headerValues(const FormContext &c, const QDateTime &formMomentUtc)
{
    return {{u"header_unit_lines"_s, FormBuilder::headerUnitLines(c)},
            {u"unit_name"_s, c.counter.unitName},
            {u"place_date"_s, wording::placeDate(c.place, toLocal(formMomentUtc).date())}};
}

// A firm moment, or the by-notice wording when the law fixes no date.
QString appointmentPhrase(const QDateTime &utc)
{
    return utc.isValid() ? wording::moment(toLocal(utc)) : wording::byNoticeAppointment();
}

QString shortAppointment(const QDateTime &utc)
{
    return utc.isValid() ? toLocal(utc).toString(u"dd/MM/yyyy HH:mm"_s) : u"theo thông báo"_s;
}

QString manifestRows(const QList<ManifestRow> &rows)
{
    QString out;
    int n = 0;
    for (const ManifestRow &r : rows)
        out += u"<tr><td align=\"center\">%1</td><td style=\"white-space:nowrap\">%2</td><td>%3</td><td>%4</td><td align=\"center\">%5</td><td align=\"center\">%6</td><td>%7</td></tr>"_s
                   .arg(++n)
                   .arg(esc(r.code), esc(r.procedureName), esc(r.applicantName))
                   .arg(r.sets)
                   .arg(esc(shortAppointment(r.appointmentAt)), esc(r.note));
    return out;
}

// The signature pair of one transfer, nested in the time column as the circular's form has it.
QString signaturePair(const ControlTransfer &t)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
           "<td width=\"50%\" align=\"center\"><b>Người giao</b><br/><br/><br/>%1</td>"
           "<td width=\"50%\" align=\"center\"><b>Người nhận</b><br/><br/><br/>%2</td></tr></table>"_s
        .arg(esc(t.giverName), esc(t.receiverName));
}

QString transferRows(const ControlSheetData &d)
{
    QString out;
    QList<ControlTransfer> all = d.transfers;
    for (int i = 0; i < d.blankRows; ++i)
        all.append(ControlTransfer{});
    for (const ControlTransfer &t : all) {
        const QString when = t.atUtc.isValid() ? wording::moment(toLocal(t.atUtc)) : wording::blankMoment();
        out += u"<tr><td valign=\"top\">1. Giao: %1<br/><br/>2. Nhận: %2</td><td valign=\"top\" align=\"center\">%3%4</td>"
               "<td valign=\"middle\" align=\"center\">%5</td><td valign=\"top\">%6</td></tr>"_s
                   .arg(esc(t.giverUnit), esc(t.receiverUnit), esc(when), signaturePair(t),
                        esc(wording::transferResult(t.result)), esc(t.note));
    }
    return out;
}

QString resultRows(const QList<ResultDocument> &docs)
{
    QString out;
    int n = 0;
    for (const ResultDocument &doc : docs)
        out += u"<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td></tr>"_s.arg(++n).arg(esc(doc.name)).arg(doc.count);
    return out;
}

// QR size in 96-dpi pixels, as on the A4 receipt.
const QString qrPx = u"105"_s;
}  // namespace

DocumentContent manifest(const ManifestData &d, const FormContext &c)
{
    QHash<QString, QString> v = headerValues(c, d.createdAtUtc);
    int sets = 0;
    for (const ManifestRow &r : d.rows)
        sets += r.sets;
    v.insert({{u"number"_s, orDots(d.number)},
              {u"handover_phrase"_s, wording::moment(toLocal(d.createdAtUtc))},
              {u"agency_name"_s, orDots(d.agencyName)},
              {u"giver_name"_s, orDots(d.giverName)},
              {u"courier_name"_s, orDots(d.courierName)},
              {u"receiver_name"_s, orDots(d.receiverName)},
              {u"giver_sign_name"_s, d.giverName},
              {u"receiver_sign_name"_s, d.receiverName},
              {u"rows"_s, manifestRows(d.rows)},
              {u"dossier_count"_s, QString::number(d.rows.size())},
              {u"sets_total"_s, QString::number(sets)}});
    DocumentContent out;
    out.html = FormBuilder::fill(FormBuilder::templateText(u"handover-manifest"_s), v);
    out.title = u"Biên bản bàn giao hồ sơ %1"_s.arg(d.number);
    out.runningHead = u"BIÊN BẢN BÀN GIAO HỒ SƠ – Số: %1"_s.arg(d.number);
    return out;
}

DocumentContent controlSheet(const ControlSheetData &d, const FormContext &c)
{
    QHash<QString, QString> v = headerValues(c, d.receivedAtUtc);
    v.insert({{u"code"_s, d.code},
              {u"qr_px"_s, qrPx},
              {u"applicant_name"_s, d.applicantName},
              {u"applicant_address"_s, orDots(d.applicantAddress)},
              {u"applicant_phone"_s, orDots(d.applicantPhone)},
              {u"procedure_name"_s, d.procedureName},
              {u"procedure_code"_s, d.procedureCode},
              {u"received_phrase"_s, wording::moment(toLocal(d.receivedAtUtc))},
              {u"appointment_phrase"_s, appointmentPhrase(d.appointmentAtUtc)},
              {u"agency_name"_s, orDots(d.agencyName)},
              {u"coordinating_agencies"_s, orDots(d.coordinatingAgencies)},
              {u"transfer_rows"_s, transferRows(d)}});
    DocumentContent out;
    out.html = FormBuilder::fill(FormBuilder::templateText(u"control-sheet"_s), v);
    out.images.insert(u"qr"_s, qrCodeImage(d.code));
    out.title = u"Phiếu kiểm soát quá trình giải quyết hồ sơ %1"_s.arg(d.code);
    out.runningHead = u"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ – Mã hồ sơ: %1"_s.arg(d.code);
    return out;
}

DocumentContent apology(const ApologyData &d, const FormContext &c)
{
    QHash<QString, QString> v = headerValues(c, d.issuedAtUtc);
    v.insert({{u"number"_s, orDots(d.number)},
              {u"applicant_name"_s, d.applicantName},
              {u"code"_s, d.code},
              {u"procedure_name"_s, d.procedureName},
              {u"agency_name"_s, orDots(d.agencyName)},
              {u"received_date"_s, toLocal(d.receivedAtUtc).toString(u"dd/MM/yyyy"_s)},
              {u"old_appointment"_s, appointmentPhrase(d.oldAppointmentAtUtc)},
              {u"new_appointment"_s, wording::moment(toLocal(d.newAppointmentAtUtc))},
              {u"reason"_s, orDots(d.reason)},
              {u"signer_name"_s, d.signerName}});
    DocumentContent out;
    out.html = FormBuilder::fill(FormBuilder::templateText(u"apology"_s), v);
    out.title = u"Văn bản xin lỗi và hẹn lại ngày trả kết quả %1"_s.arg(d.code);
    out.runningHead = u"VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ – Mã hồ sơ: %1"_s.arg(d.code);
    return out;
}

DocumentContent returnSlip(const ReturnSlipData &d, const FormContext &c)
{
    QHash<QString, QString> v = headerValues(c, d.returnedAtUtc);
    QString authorisation;
    if (!d.authorisation.trimmed().isEmpty())
        authorisation = u"<p style=\"margin:2px 0\">Nhận thay người nộp hồ sơ theo giấy ủy quyền: %1</p>"_s.arg(esc(d.authorisation.trimmed()));
    v.insert({{u"code"_s, d.code},
              {u"applicant_name"_s, d.applicantName},
              {u"procedure_name"_s, d.procedureName},
              {u"received_phrase"_s, wording::moment(toLocal(d.receivedAtUtc))},
              {u"appointment_phrase"_s, appointmentPhrase(d.appointmentAtUtc)},
              {u"returned_phrase"_s, wording::moment(toLocal(d.returnedAtUtc))},
              {u"documents_rows"_s, resultRows(d.documents)},
              {u"recipient_name"_s, d.recipientName},
              {u"recipient_id"_s, orDots(d.recipientId)},
              {u"authorisation_line"_s, authorisation},
              {u"fees_text"_s, d.feesCollected.dong > 0 ? d.feesCollected.format() : u"không"_s},
              {u"clerk_name"_s, d.clerkName}});
    const QString base = FormBuilder::templateText(u"return-slip"_s);
    QStringList copies;
    for (const QString &copy : {u"Liên 1: giao người nhận kết quả"_s, u"Liên 2: lưu tại bộ phận tiếp nhận và trả kết quả"_s}) {
        v.insert(u"copy_label"_s, copy);
        copies << FormBuilder::fill(base, v);
    }
    DocumentContent out;
    out.html = copies.join(DocumentContent::copyBreak());
    out.title = u"Phiếu trả kết quả %1"_s.arg(d.code);
    out.runningHead = u"PHIẾU TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – Mã hồ sơ: %1"_s.arg(d.code);
    return out;
}

DocumentContent label(const LabelData &d)
{
    const QString number = d.trackingNumber.trimmed().toUpper();
    const QImage bars = code128Image(number);
    // About 0.5 mm a module (the label is 90 mm wide inside its margins), 15 mm high; in 96-dpi
    // pixels, as QTextDocument sizes images.
    const int barcodePx = qMin(330, qMax(1, bars.width()) * 2);
    const QHash<QString, QString> v{{u"sender_name"_s, d.senderName},
                                    {u"sender_address"_s, orDots(d.senderAddress)},
                                    {u"sender_phone"_s, orDots(d.senderPhone)},
                                    {u"barcode_px"_s, QString::number(barcodePx)},
                                    {u"barcode_height_px"_s, u"57"_s},
                                    {u"tracking_number"_s, number},
                                    {u"recipient_name"_s, d.recipientName},
                                    {u"recipient_address"_s, orDots(d.recipientAddress)},
                                    {u"recipient_phone"_s, orDots(d.recipientPhone)},
                                    {u"dossier_code"_s, d.dossierCode}};
    DocumentContent out;
    out.html = FormBuilder::fill(FormBuilder::templateText(u"postal-label"_s), v);
    out.images.insert(u"barcode"_s, bars);
    out.title = u"Nhãn bưu gửi %1"_s.arg(number);
    return out;
}

}  // namespace pc::lifecycleforms
