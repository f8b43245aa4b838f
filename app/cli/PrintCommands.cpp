#include "Cli.h"
#include "services/DossierJson.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pc::cli {

int runPrint(Context &c)
{
    const auto layoutKey = takeOption(c.args, QStringLiteral("--layout"));
    const auto pdf = takeOption(c.args, QStringLiteral("--pdf"));
    if (c.args.size() != 2 || !pdf)
        return c.usage(CliText::tr("Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf"));
    const auto layout = paperLayoutFromKey(layoutKey.value_or(QStringLiteral("a4")));
    if (!layout)
        return c.fail(Error::badInput(CliText::tr("Khổ giấy không rõ: %1 (a4, a5, thermal80).").arg(*layoutKey)));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    const QString kind = c.args.at(0), subject = c.args.at(1);
    Result<PreparedDocument> doc = Error::badInput(CliText::tr("Loại phiếu không rõ: %1 (receipt, supplement, refusal).").arg(kind));
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
    const auto file = takeOption(c.args, QStringLiteral("--json"));
    const auto reason = takeOption(c.args, QStringLiteral("--reason"));
    const auto contact = takeOption(c.args, QStringLiteral("--contact"));
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
