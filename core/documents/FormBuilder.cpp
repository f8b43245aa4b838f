#include "FormBuilder.h"

#include "FormWording.h"
#include "QrCode.h"
#include "util/Clock.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
QString orDots(const QString &s) { return s.trimmed().isEmpty() ? u"…………………"_s : s; }
bool thermal(PaperLayout l) { return l == PaperLayout::Thermal80; }
QString templateFor(const QString &base, PaperLayout l) { return thermal(l) ? base + u"-thermal"_s : base; }
// QR size in 96-dpi pixels (QTextDocument scales images to the device).
QString qrPixels(PaperLayout l) { return QString::number(l == PaperLayout::A5 ? 75 : l == PaperLayout::A4 ? 105 : 113); }
QString rollSeparator() { return u"<p align=\"center\">- - - - - - - - - - - - - - - - - - - -</p>"_s; }

QString reprintMark(bool reprint, const QDateTime &printedAtUtc)
{
    if (!reprint)
        return {};
    const QString text = u"BẢN IN LẠI – in ngày %1"_s.arg(toLocal(printedAtUtc).toString(u"dd/MM/yyyy HH:mm"_s));
    return u"<p align=\"center\" style=\"margin:0\"><b>"_s + text.toHtmlEscaped() + u"</b></p>"_s;
}

// The two lines on the left of the header: TÊN CƠ QUAN CHỦ QUẢN above the receiving unit.
QString headerUnitLines(const FormContext &c)
{
    const QString unit = u"<b>"_s + c.counter.unitName.toUpper().toHtmlEscaped() + u"</b>"_s;
    const QString body = c.governingBody.trimmed().toUpper().toHtmlEscaped();
    return body.isEmpty() ? unit : body + u"<br/>"_s + unit;
}

QHash<QString, QString> commonValues(const FormContext &c, PaperLayout layout, bool reprint, const QDate &formDay)
{
    return {{u"header_unit_lines"_s, headerUnitLines(c)},
            {u"unit_name"_s, c.counter.unitName},
            {u"unit_name_upper"_s, c.counter.unitName.toUpper()},
            {u"place_date"_s, FormBuilder::placeDate(c.place, formDay)},
            {u"reprint_mark"_s, reprintMark(reprint, c.printedAtUtc)},
            {u"receiver_name"_s, c.receiverName},
            {u"qr_px"_s, qrPixels(layout)}};
}

QString documentRows(const QList<QPair<QString, QPair<int, int>>> &docs, bool lines)
{
    QStringList lineList;
    QString out;
    int n = 0;
    for (const auto &d : docs) {
        ++n;
        if (lines)
            lineList << u"%1. %2 (%3 bản chính, %4 bản sao)"_s.arg(n).arg(d.first.toHtmlEscaped()).arg(d.second.first).arg(d.second.second);
        else
            out += u"<tr><td align=\"center\">%1</td><td>%2</td><td align=\"center\">%3</td><td align=\"center\">%4</td></tr>"_s
                       .arg(n).arg(d.first.toHtmlEscaped()).arg(d.second.first).arg(d.second.second);
    }
    return lines ? lineList.join(u"<br/>"_s) : out;
}

// "Người nộp thay: …" / "Người đại diện nộp hồ sơ: …" under the applicant, as raw HTML (empty without one).
QString representativeLine(const Applicant &a)
{
    const Representative &r = a.representative;
    if (r.name.isEmpty())
        return {};
    const QString label = a.organisation ? u"Người đại diện nộp hồ sơ"_s : u"Người nộp thay"_s;  // legal wording, Vietnamese
    QString line = u"<p>%1: <b>%2</b>"_s.arg(label, r.name.toHtmlEscaped());
    if (!r.idNumber.isEmpty())
        line += u" &nbsp;&nbsp; Số định danh cá nhân: %1"_s.arg(r.idNumber.toHtmlEscaped());
    return line + u"</p>"_s;
}

QString guidanceDocument(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint, const QString &base)
{
    QHash<QString, QString> v = commonValues(c, layout, reprint, toLocal(g.createdAt).date());
    QList<QPair<QString, QPair<int, int>>> items;
    for (const DocumentRequirement &r : g.items)
        items.append({r.name, {r.originals, r.copies}});
    v.insert({{u"record_number"_s, g.number()},
              {u"applicant_name"_s, g.applicant.name},
              {u"applicant_address"_s, orDots(g.applicant.address)},
              {u"applicant_phone"_s, orDots(g.applicant.phone)},
              {u"applicant_email"_s, orDots(g.applicant.email)},
              {u"procedure_name"_s, g.procedureName},
              // a refusal of a request outside the catalogue has no code (legal wording: Vietnamese whatever the UI)
              {u"procedure_code"_s, g.procedureCode.isEmpty() ? u"không thuộc danh mục"_s : g.procedureCode},
              {u"items_rows"_s, documentRows(items, false)},
              {u"items_lines"_s, documentRows(items, true)},
              {u"reason"_s, orDots(g.reason)},
              {u"contact"_s, orDots(g.contact)}});
    return FormBuilder::fill(FormBuilder::templateText(templateFor(base, layout)), v);
}

// Item 3 of form 01: the legal time, with the procedure's cut-off rule when it has one.
QString durationText(const Dossier &d)
{
    if (!d.duration)
        return d.durationText;  // registered before schema version 9: printed as stored
    const QString rule = wording::cutoffRule(*d.duration, d.cutoff);
    return rule.isEmpty() ? wording::duration(*d.duration) : wording::duration(*d.duration) + u"; "_s + rule;
}

// Item 5 of form 01: a firm moment, or no date at all when the law fixes no total time.
QString appointmentHtml(const Dossier &d)
{
    const bool byNotice = (d.duration && !d.duration->isFixed()) || !d.appointmentAt.isValid();
    if (byNotice)
        return (u"chưa ấn định ngày. Hẹn trả kết quả: "_s + wording::byNoticeAppointment()).toHtmlEscaped();
    return u"<b>"_s + wording::moment(toLocal(d.appointmentAt)).toHtmlEscaped() + u"</b>"_s;
}
}  // namespace

QString FormBuilder::templateText(const QString &name)
{
    QFile f(u":/templates/"_s + name + u".html"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString FormBuilder::fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(u"\\{\\{(\\{?)([a-z_]+)\\}?\\}\\}"_s);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    QString source = text;
    source.remove(comment);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        out += source.mid(last, m.capturedStart() - last);
        const QString value = values.value(m.captured(2));
        out += m.captured(1).isEmpty() ? value.toHtmlEscaped() : value;
        last = m.capturedEnd();
    }
    return out + source.mid(last);
}

QString FormBuilder::headerUnitLines(const FormContext &c) { return pc::headerUnitLines(c); }

QString FormBuilder::momentPhrase(const QDateTime &local) { return wording::moment(local); }

QString FormBuilder::placeDate(const QString &place, const QDate &d) { return wording::placeDate(place, d); }

DocumentContent FormBuilder::receipt(const Dossier &d, const FormContext &c, PaperLayout layout, bool reprint)
{
    // The date line is the day of receipt (Vietnam time), not the day this copy is printed.
    QHash<QString, QString> v = commonValues(c, layout, reprint, toLocal(d.receivedAt).date());
    QList<QPair<QString, QPair<int, int>>> docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append({s.name, {s.originals, s.copies}});
    const QString collect = d.delivery.method == DeliveryMethod::Post
                                ? u"qua dịch vụ bưu chính công ích, gửi tới: %1"_s.arg(d.delivery.address)
                                : u"Bộ phận tiếp nhận và trả kết quả – %1"_s.arg(c.counter.unitName);
    QString fees = (d.fee.dong == 0 && d.charge.dong == 0) ? u"không thu"_s
                                                           : u"phí %1; lệ phí %2"_s.arg(d.fee.format(), d.charge.format());
    if (!d.feeCondition.isEmpty())  // the fee line chosen at intake (Vietnamese catalogue data)
        fees += QStringLiteral(" (%1)").arg(d.feeCondition);
    if (d.postage.dong > 0)
        fees += u"; cước bưu chính %1"_s.arg(d.postage.format());
    v.insert({{u"code"_s, d.code},
              {u"applicant_name"_s, d.applicant.name},
              {u"applicant_address"_s, orDots(d.applicant.address)},
              {u"applicant_phone"_s, orDots(d.applicant.phone)},
              {u"applicant_email"_s, orDots(d.applicant.email)},
              // Who signs as "người nộp hồ sơ": the representative when there is one; an organisation never signs itself.
              {u"submitter_name"_s, !d.applicant.representative.name.isEmpty() ? d.applicant.representative.name
                                    : d.applicant.organisation ? QString() : d.applicant.name},
              {u"representative_line"_s, representativeLine(d.applicant)},
              {u"procedure_name"_s, d.procedureName},
              {u"procedure_code"_s, d.procedureCode},
              {u"documents_rows"_s, documentRows(docs, false)},
              {u"documents_lines"_s, documentRows(docs, true)},
              {u"sets"_s, QString::number(d.sets)},
              {u"duration_text"_s, durationText(d)},
              {u"received_phrase"_s, momentPhrase(toLocal(d.receivedAt))},
              {u"appointment_html"_s, appointmentHtml(d)},
              {u"collect_at"_s, collect},
              {u"fee_text"_s, fees},
              {u"ledger_book"_s, QString::number(toLocal(d.receivedAt).date().year())},
              {u"ledger_entry"_s, QString::number(d.ledgerEntry)},
              {u"qr_caption"_s, d.code}});
    DocumentContent out;
    out.title = u"Giấy tiếp nhận hồ sơ %1"_s.arg(d.code);
    out.runningHead = u"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ – Mã hồ sơ: %1"_s.arg(d.code);
    out.images.insert(u"qr"_s, qrCodeImage(d.code));
    QString lookup;
    if (!c.lookupUrl.trimmed().isEmpty()) {
        const QString url = QString(c.lookupUrl).replace(u"{code}"_s, d.code);
        out.images.insert(u"lookup"_s, qrCodeImage(url));
        lookup = u"<p align=\"center\"><img src=\"lookup\" width=\"%1\" height=\"%1\"/><br/><span style=\"font-size:small\">%2</span></p>"_s
                     .arg(qrPixels(layout), (u"Tra cứu kết quả: "_s + url).toHtmlEscaped());
    }
    const QString base = templateText(templateFor(u"receipt"_s, layout));
    QStringList copies;
    for (const QString &label : {u"Liên 1: giao người nộp hồ sơ"_s, u"Liên 2: lưu tại bộ phận tiếp nhận"_s}) {
        v.insert(u"copy_label"_s, label);
        copies << fill(base, v) + lookup;
    }
    // A roll is one strip, cut between the copies; on sheets each copy starts a new page.
    out.html = copies.join(thermal(layout) ? rollSeparator() : DocumentContent::copyBreak());
    return out;
}

DocumentContent FormBuilder::supplement(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint)
{
    DocumentContent out;
    out.html = guidanceDocument(g, c, layout, reprint, u"supplement"_s);
    out.title = u"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ %1"_s.arg(g.number());
    out.runningHead = u"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ – Số: %1"_s.arg(g.number());
    return out;
}

DocumentContent FormBuilder::refusal(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint)
{
    DocumentContent out;
    out.html = guidanceDocument(g, c, layout, reprint, u"refusal"_s);
    out.title = u"Phiếu từ chối tiếp nhận giải quyết hồ sơ %1"_s.arg(g.number());
    out.runningHead = u"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ – Số: %1"_s.arg(g.number());
    return out;
}

}  // namespace pc
