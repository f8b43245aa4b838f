#include "PurgeService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "util/Log.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pc {
namespace {
class PurgeText {
    Q_DECLARE_TR_FUNCTIONS(pc::PurgeText)
};

// Keys whose value is personal wherever they appear.
const QSet<QString> &personalKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("id_number"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("address"),
        QStringLiteral("birth_date"), QStringLiteral("applicant_name"), QStringLiteral("applicant_id"),
        QStringLiteral("representative_name"), QStringLiteral("representative_id"), QStringLiteral("recipient_name"),
        QStringLiteral("recipient_id"), QStringLiteral("delivery_address"), QStringLiteral("authorisation"),
    };
    return keys;
}
// Objects that describe a person: their "name" is personal too (a document's "name" is not).
const QSet<QString> &personObjects()
{
    static const QSet<QString> keys{QStringLiteral("applicant"), QStringLiteral("representative"), QStringLiteral("recipient"),
                                    QStringLiteral("delivery")};
    return keys;
}

QJsonValue redactValue(const QString &key, const QJsonValue &v, bool inPerson, bool &changed);

QJsonObject redactObject(const QJsonObject &o, bool inPerson, bool &changed)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), redactValue(it.key(), it.value(), inPerson, changed));
    return out;
}

QJsonValue redactValue(const QString &key, const QJsonValue &v, bool inPerson, bool &changed)
{
    if (v.isObject())
        return redactObject(v.toObject(), personObjects().contains(key), changed);
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(redactValue(key, e, false, changed));
        return a;
    }
    const bool personal = personalKeys().contains(key) || (inPerson && key == u"name");
    if (personal && v.isString() && !v.toString().isEmpty() && v.toString() != PurgeService::Marker) {
        changed = true;
        return PurgeService::Marker;
    }
    return v;
}

// Dossiers returned before `beforeUtc`, not purged yet: returned = the newest event into status 10.
const QString kCandidates = QStringLiteral(
    "SELECT d.id, d.code, EXISTS (SELECT 1 FROM dossier_events e JOIN outbox o ON o.event_uuid = e.uuid WHERE e.dossier_id = d.id) "
    "FROM dossiers d WHERE d.status = 10 AND d.purged_at = '' "
    "AND (SELECT max(e.at) FROM dossier_events e WHERE e.dossier_id = d.id AND e.status = 10) < ?");
// The recipient recorded when a result is returned (table dossier_returns, lifecycle's schema),
// when this database has it. Its rows are protected by a trigger that this migration cannot
// amend (the table belongs to another schema step), so the trigger is lifted and put back,
// exactly as stored, inside the purge's own transaction: no other connection ever sees the
// table unprotected, and a failure rolls the trigger back with everything else.
Status purgeReturns(QSqlDatabase &db, const QList<qint64> &ids)
{
    auto has = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('dossier_returns') "
                                              "WHERE name IN ('recipient_name', 'recipient_id', 'authorisation')"));
    if (!has)
        return has.error();
    if (has->toInt() != 3 || ids.isEmpty())
        return success();
    QList<std::pair<QString, QString>> triggers;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossier_returns' "
                                              "AND sql LIKE '%BEFORE UPDATE%'"));
        if (!q)
            return q.error();
        while (q->next())
            triggers.append({q->value(0).toString(), q->value(1).toString()});
    }
    for (const auto &t : triggers)
        if (auto r = sql::exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(t.first)); !r)
            return r.error();
    for (qint64 id : ids)
        if (auto r = sql::exec(db, QStringLiteral("UPDATE dossier_returns SET "
                                                  "recipient_name = CASE recipient_name WHEN '' THEN '' ELSE ? END, "
                                                  "recipient_id = CASE recipient_id WHEN '' THEN '' ELSE ? END, "
                                                  "authorisation = CASE authorisation WHEN '' THEN '' ELSE ? END WHERE dossier_id = ?"),
                               {PurgeService::Marker, PurgeService::Marker, PurgeService::Marker, id}); !r)
            return r.error();
    for (const auto &t : triggers)
        if (auto r = sql::exec(db, t.second); !r)
            return r.error();
    return success();
}
}  // namespace

QJsonObject PurgeService::redactEventData(const QJsonObject &data, bool *changed)
{
    bool c = false;
    QJsonObject out = redactObject(data, false, c);
    if (changed)
        *changed = c;
    return out;
}

int PurgeService::retentionYears()
{
    auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {YearsKey});
    bool ok = false;
    const int years = v && v->isValid() ? v->toString().toInt(&ok) : 0;
    return ok && years >= 1 ? years : DefaultYears;
}

Status PurgeService::setRetentionYears(const Actor &actor, int years)
{
    if (auto s = requireRole(actor, Role::Supervisor, PurgeText::tr("đặt thời hạn lưu trữ dữ liệu cá nhân")); !s)
        return s;
    if (years < 1 || years > 100)
        return Error::badInput(PurgeText::tr("Thời hạn lưu trữ phải từ 1 đến 100 năm."));
    auto r = sql::exec(m_db.sql(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {YearsKey, QString::number(years)});
    if (!r)
        return r.error();
    return AuditLog(m_db, m_clock).record(actor, QStringLiteral("retention.config"), QString(), QStringLiteral("years=%1").arg(years));
}

QDate PurgeService::latestAllowedBefore() { return toLocal(m_clock.nowUtc()).date().addYears(-retentionYears()); }

Result<PurgeCounts> PurgeService::purge(const Actor &actor, const QDate &before, bool dryRun)
{
    if (auto s = requireRole(actor, Role::Supervisor, PurgeText::tr("xóa dữ liệu cá nhân hết thời hạn lưu trữ")); !s)
        return s.error();
    if (!before.isValid())
        return Error::badInput(PurgeText::tr("Ngày không hợp lệ; dùng dạng YYYY-MM-DD."));
    const QDate latest = latestAllowedBefore();
    if (before > latest)
        return Error::refused(PurgeText::tr("Chỉ được xóa dữ liệu cá nhân của hồ sơ đã trả quá %n năm (thời hạn lưu trữ): "
                                            "ngày phải từ %1 trở về trước.", nullptr, retentionYears())
                                  .arg(latest.toString(QStringLiteral("dd/MM/yyyy"))));
    const QString beforeUtc = toStoredUtc(QDateTime(before, QTime(0, 0), vietnamTime()));
    QSqlDatabase &db = m_db.sql();
    sql::Transaction tx(db);  // a dry run rolls back: it never writes
    if (!tx.begun())
        return tx.begun().error();
    PurgeCounts counts;
    QList<qint64> ids;
    QStringList codes;
    {
        auto q = sql::exec(db, kCandidates, {beforeUtc});
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(2).toBool())
                ++counts.waitingForSync;  // the centre has not got it all yet: purge it next time
            else {
                ids << q->value(0).toLongLong();
                codes << q->value(1).toString();
            }
        }
    }
    counts.dossiers = int(ids.size());
    auto guidance = sql::scalar(db, QStringLiteral("SELECT count(*) FROM guidance_records WHERE purged_at = '' AND created_at < ?"), {beforeUtc});
    auto drafts = sql::scalar(db, QStringLiteral("SELECT count(*) FROM intake_drafts WHERE updated_at < ?"), {beforeUtc});
    if (!guidance)
        return guidance.error();
    if (!drafts)
        return drafts.error();
    counts.guidance = guidance->toInt();
    counts.drafts = drafts->toInt();
    for (qint64 id : ids) {
        auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM dossier_events WHERE dossier_id = ?"), {id});
        if (!n)
            return n.error();
        counts.events += n->toInt();
    }
    if (dryRun)
        return counts;  // the transaction rolls back

    const QString now = toStoredUtc(m_clock.nowUtc());
    if (auto r = sql::exec(db, QStringLiteral("INSERT INTO purge_in_progress (id) VALUES (1)")); !r)
        return r.error();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i);
        // Only non-empty fields get the marker; the search key keeps only the folded code, so
        // the index no longer finds the person.
        QStringList sets{QStringLiteral("applicant_name = ?"), QStringLiteral("birth_date = ''"), QStringLiteral("gender = ''"),
                         QStringLiteral("note = ''"), QStringLiteral("search_key = ?"), QStringLiteral("purged_at = ?")};
        QVariantList binds{Marker, text::fold(codes.at(i)), now};
        for (const char *column : {"applicant_id", "phone", "email", "address", "delivery_address", "representative_name", "representative_id"}) {
            sets << QStringLiteral("%1 = CASE %1 WHEN '' THEN '' ELSE ? END").arg(QLatin1String(column));
            binds << Marker;
        }
        binds << id;
        if (auto r = sql::exec(db, QStringLiteral("UPDATE dossiers SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), binds); !r)
            return r.error();
        auto events = sql::exec(db, QStringLiteral("SELECT id, data FROM dossier_events WHERE dossier_id = ?"), {id});
        if (!events)
            return events.error();
        QList<std::pair<qint64, QString>> updates;
        while (events->next()) {
            bool changed = false;
            const QJsonObject data = redactEventData(QJsonDocument::fromJson(events->value(1).toString().toUtf8()).object(), &changed);
            if (changed)
                updates.append({events->value(0).toLongLong(), QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        }
        for (const auto &[eventId, data] : updates)
            if (auto u = sql::exec(db, QStringLiteral("UPDATE dossier_events SET data = ? WHERE id = ?"), {data, eventId}); !u)
                return u.error();
    }
    if (auto s = purgeReturns(db, ids); !s)
        return s.error();
    if (auto r = sql::exec(db, QStringLiteral("UPDATE guidance_records SET applicant_name = ?, applicant = '{}', purged_at = ? "
                                              "WHERE purged_at = '' AND created_at < ?"), {Marker, now, beforeUtc}); !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM intake_drafts WHERE updated_at < ?"), {beforeUtc}); !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("INSERT INTO purges (before_date, dossiers, events, guidance, by_user, by_name, at) VALUES (?,?,?,?,?,?,?)"),
                           {before.toString(Qt::ISODate), counts.dossiers, counts.events, counts.guidance, actor.username, actor.fullName, now}); !r)
        return r.error();
    if (auto s = AuditLog(m_db, m_clock).recordInTransaction(actor, QStringLiteral("retention.purge"), before.toString(Qt::ISODate),
                                                             QStringLiteral("dossiers=%1 events=%2 guidance=%3 drafts=%4")
                                                                 .arg(counts.dossiers).arg(counts.events).arg(counts.guidance).arg(counts.drafts));
        !s)
        return s.error();
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM purge_in_progress")); !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStorage, "purge before %s by %s: %d dossiers, %d events, %d guidance records, %d drafts; %d waiting for sync",
           qUtf8Printable(before.toString(Qt::ISODate)), qUtf8Printable(actor.username), counts.dossiers, counts.events, counts.guidance,
           counts.drafts, counts.waitingForSync);
    return counts;
}

}  // namespace pc
