#include "CentreStore.h"

#include "util/Clock.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pc::centre {
namespace {
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}, QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    const bool ok = q.exec();
    if (out)
        *out = std::move(q);
    return ok;
}
}  // namespace

bool CentreStore::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"centre"_s);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const QString &s : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                             u"CREATE TABLE IF NOT EXISTS enrol_codes (code TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0)"_s,
                             u"CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, token TEXT UNIQUE NOT NULL, unit_id TEXT NOT NULL, counter INTEGER)"_s,
                             u"CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, type TEXT NOT NULL, "
                              "dossier_code TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL, received_at TEXT NOT NULL)"_s,
                             u"CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, unit_id TEXT, body TEXT NOT NULL)"_s,
                             u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s}) {
        if (!run(m_db, s)) {
            *error = m_db.lastError().text();
            return false;
        }
    }
    return true;
}

QString CentreStore::issueCode()
{
    const QString code = QString::number(QRandomGenerator::global()->bounded(100000000, 999999999));
    run(m_db, u"INSERT INTO enrol_codes (code) VALUES (?)"_s, {code});
    return code;
}

std::optional<QPair<QString, QString>> CentreStore::enrol(const QString &code, const QString &unitId, int counter)
{
    QSqlQuery q;
    run(m_db, u"UPDATE enrol_codes SET used = 1 WHERE code = ? AND used = 0"_s, {code}, &q);
    if (q.numRowsAffected() != 1)
        return std::nullopt;  // unknown or already used: one-time codes
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    run(m_db, u"INSERT INTO devices (id, token, unit_id, counter) VALUES (?,?,?,?)"_s, {device, token, unitId, counter});
    return QPair<QString, QString>{device, token};
}

std::optional<Device> CentreStore::deviceForToken(const QString &token)
{
    QSqlQuery q;
    run(m_db, u"SELECT id, unit_id FROM devices WHERE token = ?"_s, {token}, &q);
    if (!q.next())
        return std::nullopt;
    return Device{q.value(0).toString(), q.value(1).toString()};
}

wire::BatchResult CentreStore::store(const Device &device, const wire::Batch &batch)
{
    wire::BatchResult out{batch.batchId, {}};
    run(m_db, u"BEGIN IMMEDIATE"_s);
    for (const wire::Event &e : batch.events) {
        wire::EventResult r{e.id, wire::EventResult::Outcome::Accepted, {}};
        if (e.id.isEmpty())
            continue;  // nothing to answer about
        if (!e.dossierCode.startsWith(device.unitId + u'-')) {
            r.outcome = wire::EventResult::Outcome::Rejected;
            r.reason = u"Mã hồ sơ %1 không thuộc đơn vị %2 của thiết bị"_s.arg(e.dossierCode, device.unitId);
        } else if (!e.type.startsWith(u"dossier.") || !e.at.isValid()) {
            r.outcome = wire::EventResult::Outcome::Rejected;
            r.reason = u"Sự kiện không hợp lệ (loại \"%1\")"_s.arg(e.type);
        } else {
            QSqlQuery q;
            run(m_db, u"INSERT OR IGNORE INTO events (id, device_id, type, dossier_code, at, data, received_at) VALUES (?,?,?,?,?,?,?)"_s,
                {e.id, device.id, e.type, e.dossierCode, toStoredUtc(e.at), QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)),
                 toStoredUtc(QDateTime::currentDateTimeUtc())},
                &q);
            if (q.numRowsAffected() == 0)
                r.outcome = wire::EventResult::Outcome::Duplicate;  // unique id: stored once, ever
        }
        out.results.append(r);
    }
    run(m_db, u"COMMIT"_s);
    return out;
}

wire::ChangesPage CentreStore::changes(const Device &device, qint64 afterSeq, int limit)
{
    wire::ChangesPage page;
    QSqlQuery q;
    run(m_db, u"SELECT seq, body FROM changes WHERE seq > ? AND (unit_id IS NULL OR unit_id = ?) ORDER BY seq LIMIT ?"_s,
        {afterSeq, device.unitId, limit + 1}, &q);
    qint64 last = afterSeq;
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        wire::Change c;
        c.seq = q.value(0).toLongLong();
        c.at = fromStoredUtc(o.value(u"at").toString());
        const QString kind = o.value(u"kind").toString();
        c.kind = kind == u"status" ? wire::Change::Kind::Status : kind == u"catalogue" ? wire::Change::Kind::Catalogue
               : kind == u"holiday_rules" ? wire::Change::Kind::HolidayRules : wire::Change::Kind::HolidaySchedule;
        c.dossierCode = o.value(u"dossier_code").toString();
        c.status = o.value(u"status").toInt();
        c.note = o.value(u"note").toString();
        c.document = o.value(u"document").toObject();
        page.changes.append(c);
        last = c.seq;
    }
    if (!page.more) {  // past the last row this device may see: remember the global end
        QSqlQuery m;
        run(m_db, u"SELECT coalesce(max(seq), 0) FROM changes"_s, {}, &m);
        if (m.next())
            last = std::max(last, m.value(0).toLongLong());
    }
    page.cursor = QString::fromLatin1(QByteArray("v1:" + QByteArray::number(epoch()) + ':' + QByteArray::number(last)).toBase64());
    return page;
}

qint64 CentreStore::epoch()
{
    QSqlQuery q;
    run(m_db, u"SELECT value FROM meta WHERE key = 'epoch'"_s, {}, &q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void CentreStore::expireCursors() { run(m_db, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('epoch', ?)"_s, {epoch() + 1}); }

qint64 CentreStore::publish(const wire::Change &c, const QString &unitId)
{
    QJsonObject o{{u"kind"_s, wire::changeKindKey(c.kind)}, {u"at"_s, toStoredUtc(c.at)}};
    if (c.kind == wire::Change::Kind::Status) {
        o.insert(u"dossier_code"_s, c.dossierCode);
        o.insert(u"status"_s, c.status);
        o.insert(u"note"_s, c.note);
    } else {
        o.insert(u"document"_s, c.document);
    }
    QSqlQuery q;
    run(m_db, u"INSERT INTO changes (unit_id, body) VALUES (?, ?)"_s,
        {unitId.isEmpty() ? QVariant() : QVariant(unitId), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}, &q);
    return q.lastInsertId().toLongLong();
}

int CentreStore::eventCount()
{
    QSqlQuery q;
    run(m_db, u"SELECT count(*) FROM events"_s, {}, &q);
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList CentreStore::eventIds()
{
    QSqlQuery q;
    run(m_db, u"SELECT id FROM events ORDER BY id"_s, {}, &q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

}  // namespace pc::centre
