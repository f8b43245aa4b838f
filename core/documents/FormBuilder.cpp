#include "FormBuilder.h"

#include "QrCode.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class FormText {
    Q_DECLARE_TR_FUNCTIONS(pc::FormText)
};

QString orDots(const QString &s) { return s.trimmed().isEmpty() ? u"…………………"_s : s; }
bool thermal(PaperLayout l) { return l == PaperLayout::Thermal80; }
QString templateFor(const QString &base, PaperLayout l) { return thermal(l) ? base + u"-thermal"_s : base; }
// QR size in 96-dpi pixels (QTextDocument scales images to the device).
QString qrPixels(PaperLayout l) { return QString::number(l == PaperLayout::A5 ? 83 : 113); }
QString pageBreak(PaperLayout l)
{
    return thermal(l) ? u"<p align=\"center\">- - - - - - - - - - - - - - - - - - - -</p>"_s
                      : u"<p style=\"page-break-before: always; margin: 0\"></p>"_s;
}
QString reprintMark(bool reprint, const QDateTime &printedAtUtc)
{
    if (!reprint)
        return {};
    return u"<p align=\"center\"><b>"_s +
           FormText::tr("BẢN IN LẠI – in ngày %1").arg(toLocal(printedAtUtc).toString(u"dd/MM/yyyy HH:mm"_s)).toHtmlEscaped() +
           u"</b></p>"_s;
}

QHash<QString, QString> commonValues(const FormContext &c, PaperLayout layout, bool reprint)
{
    return {{u"unit_name"_s, c.counter.unitName},
            {u"unit_name_upper"_s, c.counter.unitName.toUpper()},
            {u"place_date"_s, FormBuilder::placeDate(c.place, toLocal(c.printedAtUtc).date())},
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
            lineList << FormText::tr("%1. %2 (%3 bản chính, %4 bản sao)").arg(n).arg(d.first.toHtmlEscaped()).arg(d.second.first).arg(d.second.second);
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
    QHash<QString, QString> v = commonValues(c, layout, reprint);
    QList<QPair<QString, QPair<int, int>>> items;
    for (const DocumentRequirement &r : g.items)
        items.append({r.name, {r.originals, r.copies}});
    v.insert({{u"record_number"_s, g.number()},
              {u"applicant_name"_s, g.applicant.name},
              {u"applicant_address"_s, orDots(g.applicant.address)},
              {u"applicant_phone"_s, orDots(g.applicant.phone)},
              {u"procedure_name"_s, g.procedureName},
              // a refusal of a request outside the catalogue has no code (legal wording: Vietnamese whatever the UI)
              {u"procedure_code"_s, g.procedureCode.isEmpty() ? u"không thuộc danh mục"_s : g.procedureCode},
              {u"items_rows"_s, documentRows(items, false)},
              {u"items_lines"_s, documentRows(items, true)},
              {u"reason"_s, orDots(g.reason)},
              {u"contact"_s, orDots(g.contact)}});
    return FormBuilder::fill(FormBuilder::templateText(templateFor(base, layout)), v);
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

QString FormBuilder::momentPhrase(const QDateTime &local)
{
    return FormText::tr("%1 giờ %2 phút, ngày %3 tháng %4 năm %5")
        .arg(local.time().hour(), 2, 10, QLatin1Char('0'))
        .arg(local.time().minute(), 2, 10, QLatin1Char('0'))
        .arg(local.date().day(), 2, 10, QLatin1Char('0'))
        .arg(local.date().month(), 2, 10, QLatin1Char('0'))
        .arg(local.date().year());
}

QString FormBuilder::placeDate(const QString &place, const QDate &d)
{
    const QString date = FormText::tr("ngày %1 tháng %2 năm %3").arg(d.day(), 2, 10, QLatin1Char('0')).arg(d.month(), 2, 10, QLatin1Char('0')).arg(d.year());
    if (place.trimmed().isEmpty())
        return date.left(1).toUpper() + date.mid(1);
    return place.trimmed() + u", "_s + date;
}

DocumentContent FormBuilder::receipt(const Dossier &d, const FormContext &c, PaperLayout layout, bool reprint)
{
    QHash<QString, QString> v = commonValues(c, layout, reprint);
    QList<QPair<QString, QPair<int, int>>> docs;
    for (const SubmittedDocument &s : d.documents)
        docs.append({s.name, {s.originals, s.copies}});
    const QString collect = d.delivery.method == DeliveryMethod::Post
                                ? FormText::tr("qua dịch vụ bưu chính công ích, gửi tới: %1").arg(d.delivery.address)
                                : FormText::tr("Bộ phận tiếp nhận và trả kết quả – %1").arg(c.counter.unitName);
    QString fees = (d.fee.dong == 0 && d.charge.dong == 0)
                       ? FormText::tr("không thu")
                       : FormText::tr("phí %1; lệ phí %2").arg(d.fee.format(), d.charge.format());
    if (!d.feeCondition.isEmpty())  // the fee line chosen at intake (Vietnamese catalogue data)
        fees += QStringLiteral(" (%1)").arg(d.feeCondition);
    if (d.postage.dong > 0)
        fees += FormText::tr("; cước bưu chính %1").arg(d.postage.format());
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
              {u"duration_text"_s, d.durationText},
              {u"received_phrase"_s, momentPhrase(toLocal(d.receivedAt))},
              {u"appointment_phrase"_s, momentPhrase(toLocal(d.appointmentAt))},
              {u"collect_at"_s, collect},
              {u"fee_text"_s, fees},
              {u"ledger_book"_s, QString::number(toLocal(d.receivedAt).date().year())},
              {u"ledger_entry"_s, QString::number(d.ledgerEntry)},
              {u"qr_caption"_s, d.code}});
    DocumentContent out;
    out.title = FormText::tr("Giấy tiếp nhận hồ sơ %1").arg(d.code);
    out.images.insert(u"qr"_s, qrCodeImage(d.code));
    QString lookup;
    if (!c.lookupUrl.trimmed().isEmpty()) {
        const QString url = QString(c.lookupUrl).replace(u"{code}"_s, d.code);
        out.images.insert(u"lookup"_s, qrCodeImage(url));
        lookup = u"<p align=\"center\"><img src=\"lookup\" width=\"%1\" height=\"%1\"/><br/><span style=\"font-size:small\">%2</span></p>"_s
                     .arg(qrPixels(layout), FormText::tr("Tra cứu kết quả: %1").arg(url).toHtmlEscaped());
    }
    const QString base = templateText(templateFor(u"receipt"_s, layout));
    QStringList copies;
    for (const QString &label : {FormText::tr("Liên 1: giao người nộp hồ sơ"), FormText::tr("Liên 2: lưu tại bộ phận tiếp nhận")}) {
        v.insert(u"copy_label"_s, label);
        copies << fill(base, v) + lookup;
    }
    out.html = copies.join(pageBreak(layout));
    return out;
}

DocumentContent FormBuilder::supplement(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint)
{
    return {guidanceDocument(g, c, layout, reprint, u"supplement"_s), {}, FormText::tr("Phiếu yêu cầu bổ sung %1").arg(g.number())};
}

DocumentContent FormBuilder::refusal(const GuidanceRecord &g, const FormContext &c, PaperLayout layout, bool reprint)
{
    return {guidanceDocument(g, c, layout, reprint, u"refusal"_s), {}, FormText::tr("Phiếu từ chối %1").arg(g.number())};
}

}  // namespace pc
