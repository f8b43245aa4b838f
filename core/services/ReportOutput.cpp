#include "ReportOutput.h"
#include "AuditLog.h"

#include "services/CounterIdentity.h"
#include "services/OfficeSettings.h"
#include "services/ReportExport.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>

namespace pc {
namespace {
class ReportOutputText {
    Q_DECLARE_TR_FUNCTIONS(pc::ReportOutputText)
};
}  // namespace

Result<ReportHeader> ReportOutput::header(const QString &preparedBy)
{
    auto identity = CounterIdentityStore(m_db.sql()).load();
    if (!identity)
        return identity.error();
    if (!identity.value())
        return Error::refused(ReportOutputText::tr("Quầy chưa được thiết lập: chưa lập được báo cáo."));
    OfficeSettings office(m_db, m_clock);
    return ReportHeader{office.governingBody(), identity.value()->unitName, office.place(), toLocal(m_clock.nowUtc()).date(), preparedBy};
}

Result<ReportContent> ReportOutput::dayDocument(const QDate &from, const QDate &to, const QString &preparedBy)
{
    auto r = m_reports.day(from, to);
    if (!r)
        return r.error();
    auto h = header(preparedBy);
    if (!h)
        return h.error();
    return ReportDocuments::dayReport(r.value(), h.value());
}

Result<ReportContent> ReportOutput::ledgerDocument(const QDate &from, const QDate &to)
{
    auto rows = m_reports.ledger(from, to);
    if (!rows)
        return rows.error();
    auto h = header();
    if (!h)
        return h.error();
    return ReportDocuments::ledger(rows.value(), from, to, h.value());
}

Status ReportOutput::exported(const Actor &actor, const QString &what, const QDate &from, const QDate &to, Status written)
{
    if (!written)
        return written;
    return AuditLog(m_db, m_clock).record(actor, QStringLiteral("export"), what,
                                          from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate));
}

Status ReportOutput::dayPdf(const Actor &actor, const QDate &from, const QDate &to, const QString &path)
{
    auto doc = dayDocument(from, to, actor.fullName);
    if (!doc)
        return doc.error();
    return exported(actor, QStringLiteral("day-report.pdf"), from, to, ReportRenderer::writePdf(doc.value(), path));
}

Status ReportOutput::ledgerPdf(const Actor &actor, const QDate &from, const QDate &to, const QString &path)
{
    auto doc = ledgerDocument(from, to);
    if (!doc)
        return doc.error();
    return exported(actor, QStringLiteral("ledger.pdf"), from, to, ReportRenderer::writePdf(doc.value(), path));
}

Status ReportOutput::dayCsv(const Actor &actor, const QDate &from, const QDate &to, const QString &path)
{
    auto r = m_reports.day(from, to);
    if (!r)
        return r.error();
    auto h = header();
    if (!h)
        return h.error();
    return exported(actor, QStringLiteral("day-report.csv"), from, to,
                    writePrivateFile(path, report::dayCsv(r.value(), h->unitName), ReportOutputText::tr("tệp CSV")));
}

Status ReportOutput::ledgerCsv(const Actor &actor, const QDate &from, const QDate &to, const QString &path)
{
    auto rows = m_reports.ledger(from, to);
    if (!rows)
        return rows.error();
    auto h = header();
    if (!h)
        return h.error();
    return exported(actor, QStringLiteral("ledger.csv"), from, to,
                    writePrivateFile(path, report::ledgerCsv(rows.value(), from, to, h->unitName), ReportOutputText::tr("tệp CSV")));
}

}  // namespace pc
