#include "DocumentService.h"

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
    if (!record.value() || record.value()->kind != expected || kind == FormKind::Receipt)
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

Status DocumentService::logPrint(const PreparedDocument &doc, const QString &target, bool paper)
{
    return PrintLogRepository(m_db.sql()).record(kindKey(doc.kind), doc.subject, paperSpec(doc.layout).key, target, doc.reprint, paper,
                                                 m_clock.nowUtc());
}

Status DocumentService::print(const PreparedDocument &doc, QPagedPaintDevice &device, const QString &target, bool paper)
{
    if (auto s = DocumentRenderer::render(doc.content, doc.layout, device); !s)
        return s;
    return logPrint(doc, target, paper);
}

Status DocumentService::exportPdf(const PreparedDocument &doc, const QString &path)
{
    if (auto s = DocumentRenderer::writePdf(doc.content, doc.layout, path); !s)
        return s;
    return logPrint(doc, u"pdf"_s, false);
}

}  // namespace pc
