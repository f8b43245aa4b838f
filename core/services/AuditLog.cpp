#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pc {

QString AuditLog::genesisHash() { return QString(64, u'0'); }

// Canonical content: a compact JSON array, so no field can spill into the next (a newline or a
// separator inside `details` is escaped). The previous hash comes first, then the row.
QString AuditLog::hashOf(const QString &prevHash, const AuditEntry &e)
{
    const QJsonArray content{QString::number(e.seq), toStoredUtc(e.at), e.username, e.action, e.object, e.details};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::recordInTransaction(const Actor &actor, const QString &action, const QString &object, const QString &details)
{
    AuditRepository repo(m_db.sql());
    auto last = repo.last();
    if (!last)
        return last.error();
    AuditEntry e;
    e.seq = last->seq + 1;
    e.at = m_clock.nowUtc().toUTC();
    e.username = actor.username;
    e.action = action;
    e.object = object;
    e.details = details;
    e.prevHash = last->seq == 0 ? genesisHash() : last->hash;
    e.hash = hashOf(e.prevHash, e);
    return repo.insert(e);
}

Status AuditLog::record(const Actor &actor, const QString &action, const QString &object, const QString &details)
{
    // BEGIN IMMEDIATE: the window, the sync thread and a CLI append to one chain; the write lock
    // taken before reading the last row keeps two of them from linking to the same predecessor.
    sql::Transaction tx(m_db.sql());
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = recordInTransaction(actor, action, object, details); !s)
        return s;
    return tx.commit();
}

Result<AuditVerification> AuditLog::verify()
{
    AuditVerification v;
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    auto walked = AuditRepository(m_db.sql()).forEach([&](const AuditEntry &e) {
        ++v.rows;
        QString problem;
        if (e.seq != expectedSeq)
            problem = e.seq > expectedSeq ? tr("thiếu dòng %1 (đã bị xóa?)").arg(expectedSeq)
                                          : tr("số thứ tự %1 không tiếp theo dòng trước").arg(e.seq);
        else if (e.prevHash != prev)
            problem = tr("không nối tiếp dòng trước (bị chèn, xóa hoặc sửa dòng trước)");
        else if (hashOf(e.prevHash, e) != e.hash)
            problem = tr("nội dung đã bị sửa sau khi ghi");
        if (!problem.isEmpty()) {
            v.intact = false;
            v.firstBrokenSeq = e.seq;
            v.reason = problem;
            return false;
        }
        prev = e.hash;
        ++expectedSeq;
        return true;
    });
    if (!walked)
        return walked.error();
    return v;
}

Result<AuditHead> AuditLog::head()
{
    auto last = AuditRepository(m_db.sql()).last();
    if (!last)
        return last.error();
    return AuditHead{last->seq, last->hash};
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter &f) { return AuditRepository(m_db.sql()).list(f); }

QByteArray AuditLog::toCsv(const QList<AuditEntry> &rows)
{
    const auto field = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
            s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
        // A cell starting with = + - @ is a formula to a spreadsheet: kept as text.
        if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
            s.prepend(u'\'');
        return s;
    };
    QString out = QStringLiteral("\uFEFF") + tr("STT,Thời điểm,Người dùng,Thao tác,Đối tượng,Chi tiết,Mã băm") + QStringLiteral("\r\n");
    for (const AuditEntry &e : rows)
        out += QStringList{QString::number(e.seq), toLocal(e.at).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")), field(e.username),
                           field(e.action), field(e.object), field(e.details), e.hash}
                   .join(u',') +
               QStringLiteral("\r\n");
    return out.toUtf8();
}

}  // namespace pc
