#include "CentreStore.h"

#include "CentreTransitions.h"

#include "util/Clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pc::centre {
namespace {
// One statement, checked: false (and the error) when SQLite did not do it.
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}, QSqlQuery *out = nullptr, QString *error = nullptr)
{
    QSqlQuery q(db);
    bool ok = q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    ok = ok && q.exec();
    if (!ok && error)
        *error = q.lastError().text();
    if (!ok)
        qWarning("centre: SQL failed: %s (%s)", qPrintable(q.lastError().text()), qPrintable(sql.left(60)));
    if (out)
        *out = std::move(q);
    return ok;
}
void rollback(QSqlDatabase &db) { run(db, u"ROLLBACK"_s); }
// The store holds personal data and device tokens: owner only (SQLite gives -wal and -shm the
// database file's mode, so creating the file 0600 first covers them too).
void ownerOnly(const QString &path)
{
    const QFile::Permissions rw = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString &p : {path, path + u"-wal"_s, path + u"-shm"_s}) {
        if (!QFile::exists(p)) {
            if (p != path)
                continue;
            QFile create(p);
            if (create.open(QIODevice::WriteOnly))
                create.close();
        }
        QFile::setPermissions(p, rw);
    }
}
QString newToken() { return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128); }
}  // namespace

QString CentreStore::unitOfCode(const QString &dossierCode)
{
    static const QRegularExpression shape(u"^(.+)-(\\d{6})-(\\d{4})$"_s);
    const auto m = shape.match(dossierCode);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool CentreStore::open(const QString &path, QString *error, int busyTimeoutMs)
{
    if (path != u":memory:")
        ownerOnly(path);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"centre-"_s + QUuid::createUuid().toString(QUuid::Id128));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const QString &s : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                             u"CREATE TABLE IF NOT EXISTS enrol_codes (code TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0, "
                              "unit_id TEXT NOT NULL, counter INTEGER NOT NULL, expires_at TEXT NOT NULL)"_s,
                             u"CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, token TEXT UNIQUE NOT NULL, unit_id TEXT NOT NULL, counter INTEGER NOT NULL)"_s,
                             u"CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, type TEXT NOT NULL, "
                              "dossier_code TEXT NOT NULL, at TEXT NOT NULL, data TEXT NOT NULL, received_at TEXT NOT NULL)"_s,
                             u"CREATE INDEX IF NOT EXISTS events_by_dossier ON events (dossier_code)"_s,
                             u"CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, unit_id TEXT, counter INTEGER, body TEXT NOT NULL)"_s,
                             u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s,
                             // Each dossier's status as the centre knows it: from the counter's
                             // events (CentreTransitions) and the centre's own decisions.
                             u"CREATE TABLE IF NOT EXISTS dossier_status (code TEXT PRIMARY KEY, status INTEGER NOT NULL, at TEXT NOT NULL)"_s,
                             // Each counter's audit chain heads as sent (issue 12): the first hash
                             // received for a seq is kept, so a later rewrite shows as a mismatch.
                             u"CREATE TABLE IF NOT EXISTS audit_heads (device_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL, "
                             "mismatch INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (device_id, seq))"_s}) {
        if (!run(m_db, s, {}, nullptr, error))
            return false;
    }
    if (path != u":memory:")
        ownerOnly(path);
    return true;
}

std::optional<QString> CentreStore::issueCode(const QString &unitId, int counter, qint64 ttlSeconds)
{
    const QString code = QString::number(QRandomGenerator::system()->bounded(100000000, 999999999));
    const QDateTime expires = m_clock.nowUtc().addSecs(ttlSeconds);
    if (!run(m_db, u"INSERT INTO enrol_codes (code, unit_id, counter, expires_at) VALUES (?,?,?,?)"_s, {code, unitId, counter, toStoredUtc(expires)}))
        return std::nullopt;
    return code;
}

Enrolment CentreStore::enrol(const QString &code, const QString &unitId, int counter)
{
    Enrolment out;
    if (!run(m_db, u"BEGIN IMMEDIATE"_s, {}, nullptr, &out.reason)) {
        out.outcome = Enrolment::Outcome::StorageError;
        return out;
    }
    QSqlQuery q;
    if (!run(m_db, u"SELECT unit_id, counter, expires_at, used FROM enrol_codes WHERE code = ?"_s, {code}, &q, &out.reason)) {
        rollback(m_db);
        out.outcome = Enrolment::Outcome::StorageError;
        return out;
    }
    // The code proves the unit and counter: the request's claim must match it exactly.
    const bool known = q.next();
    const bool matches = known && q.value(0).toString() == unitId && q.value(1).toInt() == counter;
    const bool fresh = known && m_clock.nowUtc() < fromStoredUtc(q.value(2).toString());
    const bool unused = known && q.value(3).toInt() == 0;
    q.finish();
    if (!matches || !fresh || !unused) {
        rollback(m_db);
        out.reason = !known || !matches ? u"unknown"_s : !unused ? u"used"_s : u"expired"_s;
        return out;
    }
    out.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.token = newToken();
    QSqlQuery used;
    if (!run(m_db, u"UPDATE enrol_codes SET used = 1 WHERE code = ? AND used = 0"_s, {code}, &used, &out.reason) || used.numRowsAffected() != 1 ||
        !run(m_db, u"INSERT INTO devices (id, token, unit_id, counter) VALUES (?,?,?,?)"_s, {out.deviceId, out.token, unitId, counter}, nullptr,
             &out.reason) ||
        !run(m_db, u"COMMIT"_s, {}, nullptr, &out.reason)) {
        rollback(m_db);
        out.outcome = Enrolment::Outcome::StorageError;
        return out;
    }
    out.outcome = Enrolment::Outcome::Enrolled;
    return out;
}

std::optional<Device> CentreStore::deviceForToken(const QString &token)
{
    QSqlQuery q;
    if (!run(m_db, u"SELECT id, unit_id, counter FROM devices WHERE token = ?"_s, {token}, &q) || !q.next())
        return std::nullopt;
    return Device{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
}

std::optional<wire::BatchResult> CentreStore::store(const Device &device, const wire::Batch &batch, QString *error)
{
    wire::BatchResult out{batch.batchId, {}};
    // IMMEDIATE: the write lock is taken before anything is read, so "already stored" below
    // means stored by a request that committed before this one.
    if (!run(m_db, u"BEGIN IMMEDIATE"_s, {}, nullptr, error))
        return std::nullopt;
    auto fail = [&]() -> std::optional<wire::BatchResult> {
        rollback(m_db);
        return std::nullopt;
    };
    QHash<QString, wire::EventResult::Outcome> answeredHere;  // an id twice in one batch gets one answer
    for (const wire::Event &e : batch.events) {
        wire::EventResult r{e.id, wire::EventResult::Outcome::Accepted, {}};
        if (e.id.isEmpty())
            continue;  // nothing to answer about
        if (answeredHere.contains(e.id)) {
            r.outcome = answeredHere.value(e.id);
            out.results.append(r);
            continue;
        }
        bool lookupFailed = false;
        const auto owner = ownerOf(e.dossierCode, &lookupFailed);
        if (lookupFailed)
            return fail();
        if (unitOfCode(e.dossierCode) != device.unitId) {
            r.outcome = wire::EventResult::Outcome::Rejected;
            r.reason = u"Mã hồ sơ %1 không thuộc đơn vị %2 của thiết bị"_s.arg(e.dossierCode, device.unitId);
        } else if (owner && owner->second != device.counter) {
            r.outcome = wire::EventResult::Outcome::Rejected;
            r.reason = u"Hồ sơ %1 do quầy %2 tiếp nhận, không phải quầy %3"_s.arg(e.dossierCode).arg(owner->second).arg(device.counter);
        } else if (!e.type.startsWith(u"dossier.") || !e.at.isValid()) {
            r.outcome = wire::EventResult::Outcome::Rejected;
            r.reason = u"Sự kiện không hợp lệ (loại \"%1\")"_s.arg(e.type);
        } else {
            QSqlQuery seen;
            if (!run(m_db, u"SELECT count(*) FROM events WHERE id = ?"_s, {e.id}, &seen, error) || !seen.next())
                return fail();
            const bool stored = seen.value(0).toInt() > 0;
            seen.finish();
            // The same rules as the counter, checked only for an event not stored before (a
            // resent event is a duplicate whatever happened to the dossier since).
            if (!stored) {
                bool statusFailed = false;
                const auto current = statusOf(e.dossierCode, &statusFailed);
                if (statusFailed)
                    return fail();
                if (const QString refusal = refusalOf(e, current); !refusal.isEmpty()) {
                    r.outcome = wire::EventResult::Outcome::Rejected;
                    r.reason = refusal;
                    answeredHere.insert(e.id, r.outcome);
                    out.results.append(r);
                    continue;
                }
                // A registration starts the status; a second one (another id) never resets it.
                if (const auto to = statusAfter(e.type); to && current != to && (!current || e.type != u"dossier.registered"))
                    if (!setStatus(e.dossierCode, static_cast<int>(*to), e.at, error))
                        return fail();
            }
            QSqlQuery q;
            if (!run(m_db, u"INSERT OR IGNORE INTO events (id, device_id, type, dossier_code, at, data, received_at) VALUES (?,?,?,?,?,?,?)"_s,
                     {e.id, device.id, e.type, e.dossierCode, toStoredUtc(e.at), QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)),
                      toStoredUtc(m_clock.nowUtc())},
                     &q, error))
                return fail();
            if (q.numRowsAffected() == 0)
                r.outcome = wire::EventResult::Outcome::Duplicate;  // unique id: stored once, ever, by an earlier request
        }
        answeredHere.insert(e.id, r.outcome);
        out.results.append(r);
    }
    if (batch.auditSeq > 0) {
        QSqlQuery q;
        if (!run(m_db, u"INSERT OR IGNORE INTO audit_heads (device_id, seq, hash) VALUES (?,?,?)"_s, {device.id, batch.auditSeq, batch.auditHash},
                 &q, error))
            return fail();
        if (q.numRowsAffected() == 0) {
            if (!run(m_db, u"UPDATE audit_heads SET mismatch = 1 WHERE device_id = ? AND seq = ? AND hash <> ?"_s,
                     {device.id, batch.auditSeq, batch.auditHash}, &q, error))
                return fail();
            if (q.numRowsAffected() > 0)
                qWarning("centre: the audit chain of device %s changed at row %lld", qUtf8Printable(device.id), batch.auditSeq);
        }
    }
    if (!run(m_db, u"COMMIT"_s, {}, nullptr, error))
        return fail();
    return out;
}

QStringList CentreStore::auditHeads()
{
    QStringList out;
    QSqlQuery q;
    if (run(m_db, u"SELECT device_id, seq, hash, mismatch FROM audit_heads ORDER BY device_id, seq"_s, {}, &q))
        while (q.next())
            out << u"%1\t%2\t%3\t%4"_s.arg(q.value(0).toString()).arg(q.value(1).toLongLong()).arg(q.value(2).toString()).arg(q.value(3).toInt());
    return out;
}

std::optional<std::pair<QString, int>> CentreStore::ownerOf(const QString &dossierCode, bool *failed)
{
    QSqlQuery q;
    if (!run(m_db, u"SELECT d.unit_id, d.counter FROM events e JOIN devices d ON d.id = e.device_id WHERE e.dossier_code = ? LIMIT 1"_s, {dossierCode},
             &q)) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return std::pair{q.value(0).toString(), q.value(1).toInt()};
}

std::optional<wire::ChangesPage> CentreStore::changes(const Device &device, qint64 afterSeq, int limit)
{
    wire::ChangesPage page;
    QSqlQuery q;
    // Exactly this unit, and this counter or every counter of it: never a prefix match.
    if (!run(m_db, u"SELECT seq, body FROM changes WHERE seq > ? AND (unit_id IS NULL OR (unit_id = ? AND (counter IS NULL OR counter = ?))) "
                    "ORDER BY seq LIMIT ?"_s,
             {afterSeq, device.unitId, device.counter, limit + 1}, &q))
        return std::nullopt;
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
        if (!run(m_db, u"SELECT coalesce(max(seq), 0) FROM changes"_s, {}, &m) || !m.next())
            return std::nullopt;
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

bool CentreStore::expireCursors() { return run(m_db, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('epoch', ?)"_s, {epoch() + 1}); }

qint64 CentreStore::publish(const wire::Change &c, const QString &unitId, int counter)
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
    if (!run(m_db, u"INSERT INTO changes (unit_id, counter, body) VALUES (?, ?, ?)"_s,
             {unitId.isEmpty() ? QVariant() : QVariant(unitId), counter >= 0 ? QVariant(counter) : QVariant(),
              QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))},
             &q))
        return -1;
    return q.lastInsertId().toLongLong();
}

qint64 CentreStore::publishStatus(const QString &dossierCode, int status, const QString &note, const QDateTime &at)
{
    wire::Change c;
    c.kind = wire::Change::Kind::Status;
    c.dossierCode = dossierCode;
    c.status = status;
    c.at = at;
    c.note = note;
    // The centre's own decision: its view of the dossier follows, unchecked (tests play a
    // centre that sends what a counter must refuse).
    if (const auto owner = ownerOf(dossierCode)) {
        if (!setStatus(dossierCode, status, at, nullptr))
            return -1;
        return publish(c, owner->first, owner->second);
    }
    const QString unit = unitOfCode(dossierCode);
    return publish(c, unit.isEmpty() ? dossierCode : unit, -1);
}

std::optional<DossierStatus> CentreStore::statusOf(const QString &dossierCode, bool *failed)
{
    QSqlQuery q;
    if (!run(m_db, u"SELECT status FROM dossier_status WHERE code = ?"_s, {dossierCode}, &q)) {
        if (failed)
            *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return statusFromCode(q.value(0).toInt());
}

bool CentreStore::setStatus(const QString &dossierCode, int status, const QDateTime &at, QString *error)
{
    return run(m_db, u"INSERT INTO dossier_status (code, status, at) VALUES (?,?,?) "
                     "ON CONFLICT (code) DO UPDATE SET status = excluded.status, at = excluded.at"_s,
               {dossierCode, status, toStoredUtc(at)}, nullptr, error);
}

QList<QPair<QString, QString>> CentreStore::timeline(const QString &dossierCode)
{
    QSqlQuery q;
    run(m_db, u"SELECT id, type FROM events WHERE dossier_code = ? ORDER BY at, rowid"_s, {dossierCode}, &q);
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
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
