#include "AuditRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

namespace pc {
namespace {
const QString kColumns = QStringLiteral("seq, at, username, action, object, details, prev_hash, hash");

template <typename Row> AuditEntry fromRow(const Row &value)
{
    AuditEntry e;
    e.seq = value(0).toLongLong();
    e.at = fromStoredUtc(value(1).toString());
    e.username = value(2).toString();
    e.action = value(3).toString();
    e.object = value(4).toString();
    e.details = value(5).toString();
    e.prevHash = value(6).toString();
    e.hash = value(7).toString();
    return e;
}
AuditEntry fromRow(const QSqlQuery &q) { return fromRow([&q](int i) { return q.value(i); }); }
}  // namespace

// last() and insert() run inside every registration and lifecycle step: kept statements
// (issue 13: preparing them again was a tenth of a registration's CPU).
Result<AuditEntry> AuditRepository::last()
{
    static const QString statement = QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(kColumns);
    auto row = sql::cachedRow(m_db, statement);
    if (!row)
        return row.error();
    if (row->isEmpty())
        return AuditEntry{};
    const QVariantList &v = row.value();
    return fromRow([&v](int i) { return v.value(i); });
}

Status AuditRepository::insert(const AuditEntry &e)
{
    static const QString statement = QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns);
    auto r = sql::cachedWrite(m_db, statement, {e.seq, toStoredUtc(e.at), e.username, e.action, e.object, e.details, e.prevHash, e.hash});
    if (!r)
        return r.error();
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
