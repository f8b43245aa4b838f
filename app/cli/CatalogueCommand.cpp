#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pc::cli {

int runCatalogue(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]"));
    const QString sub = c.args.takeFirst();
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    const Catalogue &cat = *s->catalogue();
    if (sub == u"fields") {
        for (const Field &f : cat.fields()) {
            const Agency *a = cat.agency(f.agencyCode);
            c.out << f.code << '\t' << f.name << '\t' << (a ? a->name : QString()) << '\n';
        }
        return Ok;
    }
    if (sub == u"search") {
        const QString query = c.args.join(QLatin1Char(' ')).trimmed();
        if (query.isEmpty())
            return c.usage(CliText::tr("Cách dùng: catalogue search TỪ KHÓA"));
        for (const SearchHit &h : cat.search(query))
            c.out << h.procedure->code << '\t' << h.procedure->name << '\n';
        return Ok;
    }
    if (sub == u"show") {
        const bool json = c.flag(QStringLiteral("json"));
        if (c.args.size() != 1)
            return c.usage(CliText::tr("Cách dùng: catalogue show MÃ [--json]"));
        const Procedure *p = cat.procedure(c.args.first());
        if (!p)
            return c.fail(Error::notFound(CliText::tr("Không có thủ tục mã \"%1\" trong danh mục.").arg(c.args.first())));
        if (json) {
            c.out << QString::fromUtf8(QJsonDocument(procedureToJson(*p, cat)).toJson(QJsonDocument::Indented));
            return Ok;
        }
        c.out << p->code << '\t' << p->name << '\n'
              << CliText::tr("Lĩnh vực: ") << (cat.field(p->fieldCode) ? cat.field(p->fieldCode)->name : p->fieldCode) << '\n'
              << CliText::tr("Cơ quan giải quyết: ") << (cat.agency(p->agencyCode) ? cat.agency(p->agencyCode)->name : p->agencyCode) << '\n'
              << CliText::tr("Thời hạn: ") << p->duration.describe() << '\n';
        if (!p->hasFeeChoice()) {
            c.out << CliText::tr("Phí: ") << p->fee.format() << CliText::tr("; lệ phí: ") << p->charge.format() << '\n';
        } else {  // the fee depends on who applies: one line per variant
            c.out << CliText::tr("Phí, lệ phí tùy người nộp (chọn bằng \"fee_variant\" khi tiếp nhận):") << '\n';
            for (const FeeVariant &v : p->feeVariants)
                c.out << "  - " << v.id << ": " << v.condition << CliText::tr(" — phí %1, lệ phí %2").arg(v.fee.format(), v.charge.format()) << '\n';
        }
        c.out << CliText::tr("Thành phần hồ sơ:") << '\n';
        for (const DocumentRequirement &r : p->documents)
            c.out << "  - " << r.name << CliText::tr(" (%1 bản chính, %2 bản sao)%3").arg(r.originals).arg(r.copies).arg(r.required ? QString() : CliText::tr(", không bắt buộc")) << '\n';
        return Ok;
    }
    return c.usage(CliText::tr("Lệnh catalogue không rõ: %1").arg(sub));
}

}  // namespace pc::cli
