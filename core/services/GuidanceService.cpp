#include "GuidanceService.h"
#include "AuditLog.h"

#include "CounterIdentity.h"
#include "IntakeService.h"
#include "domain/TextRules.h"
#include "storage/Database.h"
#include "storage/GuidanceRepository.h"
#include "storage/SqlHelpers.h"
#include "util/TextFold.h"

#include <QCoreApplication>

namespace pc {
namespace {
class GuidanceText {
    Q_DECLARE_TR_FUNCTIONS(pc::GuidanceText)
};

// Reasons and contact lines are printed on the form: the same limits as notes (TextRules).
QString checkReasonAndContact(const QString &reason, const QString &contact)
{
    if (QString r = TextRules::check(reason, TextKind::Note, GuidanceText::tr("Lý do")); !r.isEmpty())
        return r;
    return TextRules::check(contact, TextKind::Note, GuidanceText::tr("Thông tin liên hệ"));
}
}  // namespace

Result<GuidanceRecord> GuidanceService::base(const DossierDraft &draft, GuidanceRecord::Kind kind, const QString &request)
{
    auto catalogue = m_catalogue();
    const Procedure *p = catalogue ? catalogue->procedure(draft.procedureCode) : nullptr;
    const bool freeRequest = kind == GuidanceRecord::Kind::Refusal && draft.procedureCode.trimmed().isEmpty();
    if (freeRequest && text::clean(request).isEmpty())
        return Error::badInput(GuidanceText::tr("Chưa chọn thủ tục: ghi nội dung công dân yêu cầu để in trên phiếu từ chối."));
    if (!p && !freeRequest)
        return Error::badInput(GuidanceText::tr("Không có thủ tục mã \"%1\" trong danh mục.").arg(TextRules::excerpt(draft.procedureCode)));
    if (freeRequest)
        if (QString bad = TextRules::check(request, TextKind::Note, GuidanceText::tr("Nội dung yêu cầu")); !bad.isEmpty())
            return Error::badInput(bad);
    if (const QStringList problems = IntakeService::textProblems(draft); !problems.isEmpty())
        return Error::badInput(problems.size() == 1 ? problems.first() : GuidanceText::tr("Thông tin người được hướng dẫn có lỗi cần sửa."), problems);
    if (text::clean(draft.applicant.name).isEmpty())
        return Error::badInput(GuidanceText::tr("Chưa nhập họ tên người được hướng dẫn."));
    auto identity = CounterIdentityStore(m_db.sql()).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(GuidanceText::tr("Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy)."));
    if (auto real = identity.value()->requireRealUnit(); !real)
        return real.error();  // a slip printed under the sample unit would be worthless
    GuidanceRecord r;
    r.kind = kind;
    r.unitId = identity.value()->unitId;
    r.procedureCode = p ? p->code : QString();
    r.procedureName = p ? p->name : text::clean(request);
    r.applicant = draft.applicant;
    for (QString *s : {&r.applicant.name, &r.applicant.address, &r.applicant.email, &r.applicant.phone})
        *s = text::clean(*s);
    r.createdAt = m_clock.nowUtc();
    return r;
}

Result<GuidanceRecord> GuidanceService::recordSupplement(const Actor &actor, const DossierDraft &draft, const QString &reason, const QString &contact,
                                                         const QList<DocumentRequirement> &extraItems)
{
    if (QString bad = checkReasonAndContact(reason, contact); !bad.isEmpty())
        return Error::badInput(bad);
    auto r = base(draft, GuidanceRecord::Kind::Supplement);
    if (!r)
        return r;
    const Procedure *p = m_catalogue()->procedure(draft.procedureCode);
    r.value().items = IntakeService::checkDocuments(*p, draft.documents).missing + extraItems;
    if (r->items.isEmpty())
        return Error::refused(GuidanceText::tr("Hồ sơ đã đủ giấy tờ bắt buộc: không cần phiếu yêu cầu bổ sung."));
    r.value().reason = text::clean(reason).isEmpty() ? GuidanceText::tr("Hồ sơ chưa đủ thành phần theo quy định của thủ tục.") : text::clean(reason);
    r.value().contact = text::clean(contact);
    if (auto s = store(actor, r.value()); !s)
        return s.error();
    return r;
}

Result<GuidanceRecord> GuidanceService::recordRefusal(const Actor &actor, const DossierDraft &draft, const QString &reason, const QString &request)
{
    if (QString bad = checkReasonAndContact(reason, {}); !bad.isEmpty())
        return Error::badInput(bad);
    if (text::clean(reason).isEmpty())
        return Error::badInput(GuidanceText::tr("Phải ghi rõ lý do từ chối tiếp nhận."));
    auto r = base(draft, GuidanceRecord::Kind::Refusal, request);
    if (!r)
        return r;
    r.value().reason = text::clean(reason);
    if (auto s = store(actor, r.value()); !s)
        return s.error();
    return r;
}

Status GuidanceService::store(const Actor &actor, GuidanceRecord &r)
{
    // The number and the record together: a failed insert gives its number back.
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun();
    if (auto s = GuidanceRepository(m_db.sql()).insert(r); !s)
        return s;
    // The slip's number and procedure only: the applicant's name stays out of the audit trail.
    const QString action = r.kind == GuidanceRecord::Kind::Refusal ? QStringLiteral("guidance.refusal") : QStringLiteral("guidance.supplement");
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(actor, action, r.number(), r.procedureCode); !s)
        return s;
    return tx.commit();
}

Result<std::optional<GuidanceRecord>> GuidanceService::find(qint64 id) { return GuidanceRepository(m_db.sql()).find(id); }

Result<std::optional<GuidanceRecord>> GuidanceService::findByNumber(const QString &number)
{
    return GuidanceRepository(m_db.sql()).findByNumber(number);
}

Result<QList<GuidanceRecord>> GuidanceService::list(const GuidanceFilter &f) { return GuidanceRepository(m_db.sql()).list(f); }

}  // namespace pc
