// DocumentService: the forms after the receipt (issue 11), filled from the lifecycle's records.
// The renderers (documents/LifecycleForms) take plain data; this file is the only place that
// reads the database for them.
#include "DocumentService.h"

#include "LifecycleService.h"
#include "documents/LifecycleForms.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class LifecycleDocumentText {
    Q_DECLARE_TR_FUNCTIONS(pc::LifecycleDocumentText)
};

QString str(const QJsonObject &data, const char *key) { return data.value(QLatin1String(key)).toString().trimmed(); }

// The handovers' transfers (the office to the agency), then each result back (the agency to
// the office), oldest first: the control sheet's rows.
QList<ControlTransfer> transfersOf(const Dossier &d, const QList<Handover> &handovers, const QString &unitName)
{
    struct Dated {
        QDateTime at;
        ControlTransfer row;
    };
    QList<Dated> rows;
    for (const Handover &h : handovers) {
        if (h.state() == Handover::State::Cancelled)
            continue;
        // The courier hands the dossiers over at the agency; the agency's signer when the batch
        // was confirmed without a named receiver.
        const QString receiver = h.receiver.isEmpty() ? h.confirmedBy : h.receiver;
        rows.append({h.createdAt, {unitName, h.courier, h.agency, receiver, h.createdAt, TransferResult::None, h.number}});
    }
    for (const DossierEvent &e : d.events) {
        if (e.type != lifecycle_event::ResultReceived)
            continue;
        rows.append({e.at, {d.agencyName, str(e.data, "from"), unitName, str(e.data, "by"), e.at, transferResultOf(e.at, d.dueAt),
                            str(e.data, "note")}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Dated &a, const Dated &b) { return a.at < b.at; });
    QList<ControlTransfer> out;
    for (const Dated &r : rows)
        out << r.row;
    return out;
}
}  // namespace

Result<PreparedDocument> DocumentService::prepared(FormKind kind, const QString &subject, PaperLayout layout, DocumentContent content)
{
    auto before = printedBefore(kind, subject);
    if (!before)
        return before.error();
    return PreparedDocument{kind, subject, layout, *before, std::move(content)};
}

Result<PreparedDocument> DocumentService::prepareManifest(const QString &number)
{
    auto h = LifecycleService(m_db, m_clock).handover(number);
    if (!h)
        return h.error();
    if (h->state() == Handover::State::Cancelled)
        return Error::refused(LifecycleDocumentText::tr("Biên bản bàn giao %1 đã bị hủy (%2): không in.").arg(h->number, h->cancelReason));
    auto c = context();
    if (!c)
        return c.error();
    ManifestData m{h->number, h->createdAt, h->agency, h->createdBy, h->courier, h->receiver, {}};
    for (const HandoverItem &i : h->items)
        m.rows << ManifestRow{i.code, i.procedureName, i.applicantName, i.sets, i.dueAt, i.note};
    return prepared(FormKind::Manifest, h->number, PaperLayout::A4, lifecycleforms::manifest(m, *c));
}

Result<PreparedDocument> DocumentService::prepareControlSheet(const QString &code)
{
    auto d = DossierRepository(m_db.sql()).findByCode(code.trimmed());
    if (!d)
        return d.error();
    if (!d.value())
        return Error::notFound(LifecycleDocumentText::tr("Không có hồ sơ mã \"%1\".").arg(code.trimmed()));
    const Dossier &dossier = **d;
    auto handovers = LifecycleService(m_db, m_clock).handoversOf(dossier.code);
    if (!handovers)
        return handovers.error();
    auto c = context();
    if (!c)
        return c.error();
    ControlSheetData s;
    s.code = dossier.code;
    s.applicantName = dossier.applicant.name;
    s.applicantAddress = dossier.applicant.address;
    s.applicantPhone = dossier.applicant.phone;
    s.procedureName = dossier.procedureName;
    s.procedureCode = dossier.procedureCode;
    s.agencyName = dossier.agencyName;
    s.receivedAtUtc = dossier.receivedAt;
    s.appointmentAtUtc = dossier.dueAt.isValid() ? dossier.dueAt : dossier.appointmentAt;
    s.transfers = transfersOf(dossier, *handovers, c->counter.unitName);
    s.blankRows = qMax(2, 4 - int(s.transfers.size()));  // the sheet travels on; rows to fill by hand
    return prepared(FormKind::ControlSheet, dossier.code, PaperLayout::A4, lifecycleforms::controlSheet(s, *c));
}

Result<PreparedDocument> DocumentService::prepareApology(const QString &code)
{
    auto d = DossierRepository(m_db.sql()).findByCode(code.trimmed());
    if (!d)
        return d.error();
    if (!d.value())
        return Error::notFound(LifecycleDocumentText::tr("Không có hồ sơ mã \"%1\".").arg(code.trimmed()));
    const Dossier &dossier = **d;
    const DossierEvent *latest = nullptr;
    for (const DossierEvent &e : dossier.events)
        if (e.type == lifecycle_event::Rescheduled && (!latest || e.at >= latest->at))
            latest = &e;
    if (!latest)
        return Error::refused(LifecycleDocumentText::tr("Hồ sơ %1 chưa được hẹn lại ngày trả kết quả: chưa có văn bản xin lỗi để in.").arg(dossier.code));
    auto c = context();
    if (!c)
        return c.error();
    ApologyData a;
    a.issuedAtUtc = latest->at;  // a reprint keeps the day the new appointment was made
    a.applicantName = dossier.applicant.name;
    a.code = dossier.code;
    a.procedureName = dossier.procedureName;
    a.agencyName = dossier.agencyName;
    a.receivedAtUtc = dossier.receivedAt;
    const QDateTime from = fromStoredUtc(str(latest->data, "from"));
    a.oldAppointmentAtUtc = from.isValid() ? from : dossier.appointmentAt;
    a.newAppointmentAtUtc = fromStoredUtc(str(latest->data, "until"));
    a.reason = str(latest->data, "reason");
    return prepared(FormKind::Apology, dossier.code, PaperLayout::A4, lifecycleforms::apology(a, *c));
}

Result<PreparedDocument> DocumentService::prepareReturnSlip(const QString &code)
{
    auto d = DossierRepository(m_db.sql()).findByCode(code.trimmed());
    if (!d)
        return d.error();
    if (!d.value())
        return Error::notFound(LifecycleDocumentText::tr("Không có hồ sơ mã \"%1\".").arg(code.trimmed()));
    const Dossier &dossier = **d;
    auto back = LifecycleService(m_db, m_clock).latestReturn(dossier.code);
    if (!back)
        return back.error();
    if (!back.value() || back.value()->method != DeliveryMethod::Counter)
        return Error::refused(LifecycleDocumentText::tr("Hồ sơ %1 chưa được trả kết quả tại quầy: chưa có phiếu trả kết quả để in.").arg(dossier.code));
    const ReturnRecord &r = **back;
    auto c = context();
    if (!c)
        return c.error();
    ReturnSlipData s;
    s.code = dossier.code;
    s.applicantName = dossier.applicant.name;
    s.procedureName = dossier.procedureName;
    s.receivedAtUtc = dossier.receivedAt;
    s.appointmentAtUtc = dossier.dueAt.isValid() ? dossier.dueAt : dossier.appointmentAt;
    s.returnedAtUtc = r.returnedAt;
    for (const DossierEvent &e : dossier.events)
        if (e.type == lifecycle_event::ResultReceived)
            s.documents << ResultDocument{str(e.data, "what").isEmpty() ? u"Kết quả giải quyết hồ sơ"_s : str(e.data, "what"),
                                          qMax(1, e.data.value(QLatin1String("count")).toInt(1))};
    if (s.documents.isEmpty())  // the centre reported the result; nothing was recorded at the office
        s.documents << ResultDocument{u"Kết quả giải quyết hồ sơ"_s, 1};
    s.recipientName = r.recipientName;
    s.recipientId = r.recipientId;
    s.authorisation = r.authorisation;
    s.feesCollected = r.feeCollected;
    s.clerkName = r.by;
    return prepared(FormKind::ReturnSlip, dossier.code, PaperLayout::A4, lifecycleforms::returnSlip(s, *c));
}

Result<PreparedDocument> DocumentService::prepareLabel(const QString &code)
{
    auto d = DossierRepository(m_db.sql()).findByCode(code.trimmed());
    if (!d)
        return d.error();
    if (!d.value())
        return Error::notFound(LifecycleDocumentText::tr("Không có hồ sơ mã \"%1\".").arg(code.trimmed()));
    const Dossier &dossier = **d;
    if (dossier.delivery.method != DeliveryMethod::Post)
        return Error::refused(LifecycleDocumentText::tr("Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính: không có nhãn gửi.").arg(dossier.code));
    auto back = LifecycleService(m_db, m_clock).latestReturn(dossier.code);
    if (!back)
        return back.error();
    if (!back.value() || back.value()->method != DeliveryMethod::Post || back.value()->tracking.isEmpty())
        return Error::refused(LifecycleDocumentText::tr("Hồ sơ %1 chưa có số hiệu bưu gửi: ghi số hiệu (dispatch) trước khi in nhãn.").arg(dossier.code));
    auto c = context();
    if (!c)
        return c.error();
    LabelData l;
    l.senderName = c->counter.unitName;
    l.senderAddress = c->place;
    l.recipientName = dossier.applicant.name;
    l.recipientPhone = dossier.applicant.phone;
    l.recipientAddress = dossier.delivery.address;
    l.trackingNumber = back.value()->tracking;
    l.dossierCode = dossier.code;
    return prepared(FormKind::PostalLabel, dossier.code, PaperLayout::Label100x150, lifecycleforms::label(l));
}

}  // namespace pc
