#include "AuditRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

namespace pc {
namespace {
const QString kColumns = QStringLiteral("seq, at, username, action, object, details, prev_hash, hash");

AuditEntry fromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromStoredUtc(q.value(1).toString());
    e.username = q.value(2).toString();
    e.action = q.value(3).toString();
    e.object = q.value(4).toString();
    e.details = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}
}  // namespace

Result<AuditEntry> AuditRepository::last()
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(kColumns));
    if (!q)
        return q.error();
    if (!q->next())
        return AuditEntry{};
    return fromRow(q.value());
}

Status AuditRepository::insert(const AuditEntry &e)
{
    auto q = sql::exec(m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                       {e.seq, toStoredUtc(e.at), e.username, e.action, e.object, e.details, e.prevHash, e.hash});
    if (!q)
        return q.error();
    return success();
}

Status AuditRepository::forEach(const std::function<bool(const AuditEntry &)> &visit)
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    if (!q)
        return q.error();
    while (q->next())
        if (!visit(fromRow(q.value())))
            break;
    return success();
}

Result<QList<AuditEntry>> AuditRepository::list(const AuditFilter &f)
{
    QStringList where;
    QVariantList binds;
    if (!f.username.isEmpty()) {
        where << QStringLiteral("username = ?");
        binds << f.username;
    }
    if (!f.action.isEmpty()) {
        where << QStringLiteral("(action = ? OR action LIKE ? ESCAPE '\\')");
        QString prefix = f.action;
        prefix.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        binds << f.action << prefix + QStringLiteral(".%");
    }
    // Stored times are ISO 8601 UTC strings of one format, so they compare as text.
    if (f.fromUtc.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << toStoredUtc(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        where << QStringLiteral("at < ?");
        binds << toStoredUtc(f.toUtc);
    }
    binds << f.limit;
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY seq LIMIT ?")
                                 .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                       binds);
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(fromRow(q.value()));
    return out;
}

}  // namespace pc
