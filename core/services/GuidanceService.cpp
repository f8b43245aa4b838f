#include "GuidanceService.h"

#include "CounterIdentity.h"
#include "IntakeService.h"
#include "storage/Database.h"
#include "storage/GuidanceRepository.h"
#include "util/TextFold.h"

#include <QCoreApplication>

namespace pc {
namespace {
class GuidanceText {
    Q_DECLARE_TR_FUNCTIONS(pc::GuidanceText)
};
}  // namespace

Result<GuidanceRecord> GuidanceService::base(const DossierDraft &draft, GuidanceRecord::Kind kind, const QString &request)
{
    auto catalogue = m_catalogue();
    const Procedure *p = catalogue ? catalogue->procedure(draft.procedureCode) : nullptr;
    const bool freeRequest = kind == GuidanceRecord::Kind::Refusal && draft.procedureCode.trimmed().isEmpty();
    if (freeRequest && text::clean(request).isEmpty())
        return Error::badInput(GuidanceText::tr("Chưa chọn thủ tục: ghi nội dung công dân yêu cầu để in trên phiếu từ chối."));
    if (!p && !freeRequest)
        return Error::badInput(GuidanceText::tr("Không có thủ tục mã \"%1\" trong danh mục.").arg(draft.procedureCode));
    if (text::clean(draft.applicant.name).isEmpty())
        return Error::badInput(GuidanceText::tr("Chưa nhập họ tên người được hướng dẫn."));
    auto identity = CounterIdentityStore(m_db.sql()).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(GuidanceText::tr("Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy)."));
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

Result<GuidanceRecord> GuidanceService::recordSupplement(const DossierDraft &draft, const QString &reason, const QString &contact,
                                                         const QList<DocumentRequirement> &extraItems)
{
    auto r = base(draft, GuidanceRecord::Kind::Supplement);
    if (!r)
        return r;
    const Procedure *p = m_catalogue()->procedure(draft.procedureCode);
    r.value().items = IntakeService::checkDocuments(*p, draft.documents).missing + extraItems;
    if (r->items.isEmpty())
        return Error::refused(GuidanceText::tr("Hồ sơ đã đủ giấy tờ bắt buộc: không cần phiếu yêu cầu bổ sung."));
    r.value().reason = text::clean(reason).isEmpty() ? GuidanceText::tr("Hồ sơ chưa đủ thành phần theo quy định của thủ tục.") : text::clean(reason);
    r.value().contact = text::clean(contact);
    if (auto s = GuidanceRepository(m_db.sql()).insert(r.value()); !s)
        return s.error();
    return r;
}

Result<GuidanceRecord> GuidanceService::recordRefusal(const DossierDraft &draft, const QString &reason, const QString &request)
{
    if (text::clean(reason).isEmpty())
        return Error::badInput(GuidanceText::tr("Phải ghi rõ lý do từ chối tiếp nhận."));
    auto r = base(draft, GuidanceRecord::Kind::Refusal, request);
    if (!r)
        return r;
    r.value().reason = text::clean(reason);
    if (auto s = GuidanceRepository(m_db.sql()).insert(r.value()); !s)
        return s.error();
    return r;
}

Result<std::optional<GuidanceRecord>> GuidanceService::find(qint64 id) { return GuidanceRepository(m_db.sql()).find(id); }

}  // namespace pc
