#include "Cli.h"
#include "services/DossierJson.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pc::cli {

namespace {
// The forms after the receipt (issue 11): each has its own paper (A4, the label 100×150 mm).
int runPrintLifecycle(Context &c, const QString &kind, const QString &subject, const QString &pdf)
{
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    DocumentService &docs = s->documents();
    const Result<PreparedDocument> doc = kind == u"manifest"        ? docs.prepareManifest(subject)
                                         : kind == u"control-sheet" ? docs.prepareControlSheet(subject)
                                         : kind == u"apology"       ? docs.prepareApology(subject)
                                         : kind == u"return-slip"   ? docs.prepareReturnSlip(subject)
                                                                    : docs.prepareLabel(subject);
    if (!doc)
        return c.fail(doc.error());
    if (auto r = docs.exportPdf(c.actor(), doc.value(), pdf); !r)
        return c.fail(r.error());
    c.out << CliText::tr("Đã lưu PDF: %1").arg(QFileInfo(pdf).absoluteFilePath()) << '\n';
    return Ok;
}
}  // namespace

int runPrint(Context &c)
{
    if (!c.args.isEmpty() && (c.args.first() == u"day-report" || c.args.first() == u"ledger"))
        return runPrintReport(c);  // the close of the day: ReportCommands.cpp
    const auto layoutKey = c.option(QStringLiteral("layout"));
    const auto pdf = c.option(QStringLiteral("pdf"));
    if (c.args.size() != 2 || !pdf)
        return c.usage(CliText::tr("Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf\n"
                                   "           print manifest SỐ_BIÊN_BẢN|control-sheet MÃ_HỒ_SƠ|apology MÃ_HỒ_SƠ|return-slip MÃ_HỒ_SƠ|label MÃ_HỒ_SƠ --pdf TỆP.pdf"));
    const QString kind = c.args.at(0), subject = c.args.at(1);
    static const QStringList lifecycleKinds{QStringLiteral("manifest"), QStringLiteral("control-sheet"), QStringLiteral("apology"),
                                            QStringLiteral("return-slip"), QStringLiteral("label")};
    if (lifecycleKinds.contains(kind)) {
        if (layoutKey)
            return c.fail(Error::badInput(CliText::tr("Phiếu %1 có khổ giấy cố định: bỏ --layout.").arg(kind)));
        return runPrintLifecycle(c, kind, subject, *pdf);
    }
    const auto layout = paperLayoutFromKey(layoutKey.value_or(QStringLiteral("a4")));
    if (!layout)
        return c.fail(Error::badInput(CliText::tr("Khổ giấy không rõ: %1 (a4, a5, thermal80).").arg(*layoutKey)));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    Result<PreparedDocument> doc = Error::badInput(
        CliText::tr("Loại phiếu không rõ: %1 (receipt, supplement, refusal, manifest, control-sheet, apology, return-slip, label).").arg(kind));
    if (kind == u"receipt") {
        doc = s->documents().prepareReceipt(subject, *layout);
    } else if (kind == u"supplement" || kind == u"refusal") {
        auto found = s->guidance().findByNumber(subject);  // HD-3/2026, or a pre-schema-11 HD-12
        if (!found)
            return c.fail(found.error());
        bool ok = found.value().has_value();
        qint64 id = ok ? found.value()->id : 0;
        if (!ok) {  // the record's row number, as the first versions printed it
            QString number = subject;
            number.remove(QRegularExpression(QStringLiteral("^(HD|TC)-"), QRegularExpression::CaseInsensitiveOption));
            id = number.toLongLong(&ok);
        }
        if (!ok)
            return c.fail(Error::badInput(CliText::tr("Số phiếu không hợp lệ: %1").arg(subject)));
        doc = s->documents().prepareGuidance(id, kind == u"refusal" ? FormKind::Refusal : FormKind::Supplement, *layout);
    }
    if (!doc)
        return c.fail(doc.error());
    if (auto r = s->documents().exportPdf(c.actor(), doc.value(), *pdf); !r)
        return c.fail(r.error());
    // Where it went, since a relative path is easy to lose; a render is not a paper print.
    c.out << CliText::tr("Đã lưu PDF: %1").arg(QFileInfo(*pdf).absoluteFilePath()) << '\n';
    return Ok;
}

int runGuidance(Context &c)
{
    const auto file = c.option(QStringLiteral("json"));
    const auto reason = c.option(QStringLiteral("reason"));
    const auto contact = c.option(QStringLiteral("contact"));
    if (c.args.size() != 1 || !file || (c.args.first() != u"supplement" && c.args.first() != u"refusal"))
        return c.usage(CliText::tr("Cách dùng: guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO"));
    auto draft = c.readDraft(*file);
    if (!draft)
        return c.fail(draft.error());
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto r = c.args.first() == u"supplement"
                 ? s->guidance().recordSupplement(c.actor(), draft.value(), reason.value_or(QString()),
                                                  contact.value_or(s->office().guidanceContact()))
                 : s->guidance().recordRefusal(c.actor(), draft.value(), reason.value_or(QString()));
    if (!r)
        return c.fail(r.error());
    c.out << r->number() << '\n';
    return Ok;
}

}  // namespace pc::cli
