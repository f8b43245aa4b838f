#include "DocumentService.h"
#include "AuditLog.h"

#include "CounterIdentity.h"
#include "OfficeSettings.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/GuidanceRepository.h"
#include "storage/PrintLogRepository.h"
#include "storage/SettingsRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class DocumentText {
    Q_DECLARE_TR_FUNCTIONS(pc::DocumentText)
};
}  // namespace

QString DocumentService::kindKey(FormKind k)
{
    switch (k) {
    case FormKind::Receipt: return u"receipt"_s;
    case FormKind::Supplement: return u"supplement"_s;
    case FormKind::Refusal: return u"refusal"_s;
    case FormKind::Manifest: return u"manifest"_s;
    case FormKind::ControlSheet: return u"control_sheet"_s;
    case FormKind::Apology: return u"apology"_s;
    case FormKind::ReturnSlip: return u"return_slip"_s;
    case FormKind::PostalLabel: return u"postal_label"_s;
    }
    return {};
}

Result<FormContext> DocumentService::context()
{
    auto identity = CounterIdentityStore(m_db.sql()).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(DocumentText::tr("Quầy chưa được thiết lập: chưa in được phiếu."));
    SettingsRepository settings(m_db.sql());
    auto setting = [&](const QString &key) { auto v = settings.get(key); return v && v.value() ? **v : QString(); };
    FormContext c;
    c.counter = **identity;
    c.governingBody = m_office.governingBody();
    c.place = m_office.place();
    c.lookupUrl = setting(u"office.lookup_url"_s);
    c.contact = m_office.guidanceContact();
    c.printedAtUtc = m_clock.nowUtc();
    return c;
}

Result<bool> DocumentService::printedBefore(FormKind kind, const QString &subject)
{
    auto n = PrintLogRepository(m_db.sql()).paperPrints(kindKey(kind), subject);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<PreparedDocument> DocumentService::prepareReceipt(const QString &code, PaperLayout layout)
{
    auto dossier = DossierRepository(m_db.sql()).findByCode(code);
    if (!dossier)
        return dossier.error();
    if (!dossier.value())
        return Error::notFound(DocumentText::tr("Không có hồ sơ mã \"%1\".").arg(code));
    auto c = context();
    if (!c)
        return c.error();
    auto before = printedBefore(FormKind::Receipt, dossier.value()->code);
    if (!before)
        return before.error();
    // The clerk who received the dossier, also on a reprint made by someone else.
    for (const DossierEvent &e : dossier.value()->events)
        if (e.type == u"dossier.registered"_s)
            c.value().receiverName = e.data.value(u"by"_s).toString();
    PreparedDocument doc{FormKind::Receipt, dossier.value()->code, layout, *before, {}};
    doc.content = FormBuilder::receipt(**dossier, *c, layout, doc.reprint);
    return doc;
}

Result<PreparedDocument> DocumentService::prepareGuidance(qint64 id, FormKind kind, PaperLayout layout)
{
    auto record = GuidanceRepository(m_db.sql()).find(id);
    if (!record)
        return record.error();
    const auto expected = kind == FormKind::Refusal ? GuidanceRecord::Kind::Refusal : GuidanceRecord::Kind::Supplement;
    if (!record.value() || record.value()->kind != expected || (kind != FormKind::Supplement && kind != FormKind::Refusal))
        return Error::notFound(kind == FormKind::Refusal ? DocumentText::tr("Không có phiếu từ chối số %1.").arg(id)
                                                         : DocumentText::tr("Không có phiếu yêu cầu bổ sung số %1.").arg(id));
    auto c = context();
    if (!c)
        return c.error();
    const QString subject = record.value()->number();
    auto before = printedBefore(kind, subject);
    if (!before)
        return before.error();
    PreparedDocument doc{kind, subject, layout, *before, {}};
    doc.content = kind == FormKind::Refusal ? FormBuilder::refusal(**record, *c, layout, doc.reprint)
                                            : FormBuilder::supplement(**record, *c, layout, doc.reprint);
    return doc;
}

Status DocumentService::logPrint(const Actor &actor, const PreparedDocument &doc, const QString &target, bool paper)
{
    if (auto s = PrintLogRepository(m_db.sql()).record(kindKey(doc.kind), doc.subject, paperSpec(doc.layout).key, target, doc.reprint, paper,
                                                       m_clock.nowUtc());
        !s)
        return s;
    const QString action = !paper ? u"export.pdf"_s : doc.reprint ? u"reprint"_s : u"print"_s;
    return AuditLog(m_db, m_clock).record(actor, action, doc.subject, kindKey(doc.kind));
}

Status DocumentService::print(const Actor &actor, const PreparedDocument &doc, QPagedPaintDevice &device, const QString &target, bool paper)
{
    if (auto s = DocumentRenderer::render(doc.content, doc.layout, device); !s)
        return s;
    return logPrint(actor, doc, target, paper);
}

Status DocumentService::exportPdf(const Actor &actor, const PreparedDocument &doc, const QString &path)
{
    if (auto s = DocumentRenderer::writePdf(doc.content, doc.layout, path); !s)
        return s;
    return logPrint(actor, doc, u"pdf"_s, false);
}

}  // namespace pc
