#include "Wire.h"

#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pc::wire {
namespace {
class WireText {
    Q_DECLARE_TR_FUNCTIONS(pc::WireText)
};

Result<QJsonObject> object(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(WireText::tr("Trung tâm trả về %1 không phải JSON hợp lệ.").arg(what));
    const QJsonObject o = doc.object();
    if (o.value(u"protocol").toInt() != kProtocol)
        return Error::badInput(WireText::tr("Trung tâm dùng phiên bản giao thức khác (%1, cần %2).").arg(o.value(u"protocol").toInt()).arg(kProtocol));
    return o;
}
QString stamp(const QDateTime &t) { return toStoredUtc(t); }
}  // namespace

QString outcomeKey(EventResult::Outcome o)
{
    switch (o) {
    case EventResult::Outcome::Accepted: return u"accepted"_s;
    case EventResult::Outcome::Duplicate: return u"duplicate"_s;
    case EventResult::Outcome::Rejected: return u"rejected"_s;
    }
    return {};
}

QString changeKindKey(Change::Kind k)
{
    switch (k) {
    case Change::Kind::Status: return u"status"_s;
    case Change::Kind::Catalogue: return u"catalogue"_s;
    case Change::Kind::HolidaySchedule: return u"holiday_schedule"_s;
    case Change::Kind::HolidayRules: return u"holiday_rules"_s;
    }
    return {};
}

QByteArray encodeBatch(const Batch &b)
{
    QJsonArray events;
    for (const Event &e : b.events)
        events.append(QJsonObject{{u"id"_s, e.id}, {u"type"_s, e.type}, {u"dossier_code"_s, e.dossierCode}, {u"at"_s, stamp(e.at)}, {u"data"_s, e.data}});
    QJsonObject o{{u"protocol"_s, kProtocol}, {u"batch_id"_s, b.batchId}, {u"device_id"_s, b.deviceId}, {u"events"_s, events}};
    if (b.auditSeq > 0)
        o.insert(u"audit_head"_s, QJsonObject{{u"seq"_s, b.auditSeq}, {u"hash"_s, b.auditHash}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Batch> decodeBatch(const QByteArray &json)
{
    auto o = object(json, WireText::tr("lô sự kiện"));
    if (!o)
        return o.error();
    Batch b;
    b.batchId = o->value(u"batch_id").toString();
    b.deviceId = o->value(u"device_id").toString();
    const QJsonObject head = o->value(u"audit_head").toObject();
    b.auditSeq = head.value(u"seq").toInteger();
    b.auditHash = head.value(u"hash").toString();
    if (b.batchId.isEmpty() || !o->value(u"events").isArray())
        return Error::badInput(WireText::tr("Lô sự kiện thiếu batch_id hoặc events."));
    for (const QJsonValue &v : o->value(u"events").toArray()) {
        const QJsonObject e = v.toObject();
        b.events.append({e.value(u"id").toString(), e.value(u"type").toString(), e.value(u"dossier_code").toString(),
                         fromStoredUtc(e.value(u"at").toString()), e.value(u"data").toObject()});
    }
    return b;
}

QByteArray encodeBatchResult(const BatchResult &r)
{
    QJsonArray results;
    for (const EventResult &e : r.results) {
        QJsonObject o{{u"id"_s, e.id}, {u"result"_s, outcomeKey(e.outcome)}};
        if (!e.reason.isEmpty())
            o.insert(u"reason"_s, e.reason);
        results.append(o);
    }
    return QJsonDocument(QJsonObject{{u"protocol"_s, kProtocol}, {u"batch_id"_s, r.batchId}, {u"results"_s, results}}).toJson(QJsonDocument::Compact);
}

Result<BatchResult> decodeBatchResult(const QByteArray &json)
{
    auto o = object(json, WireText::tr("kết quả lô"));
    if (!o)
        return o.error();
    if (!o->value(u"results").isArray())
        return Error::badInput(WireText::tr("Trả lời của trung tâm thiếu danh sách kết quả."));
    BatchResult r;
    r.batchId = o->value(u"batch_id").toString();
    for (const QJsonValue &v : o->value(u"results").toArray()) {
        const QJsonObject e = v.toObject();
        const QString result = e.value(u"result").toString();
        EventResult er{e.value(u"id").toString(), EventResult::Outcome::Accepted, e.value(u"reason").toString()};
        if (result == u"duplicate")
            er.outcome = EventResult::Outcome::Duplicate;
        else if (result == u"rejected")
            er.outcome = EventResult::Outcome::Rejected;
        else if (result != u"accepted")
            return Error::badInput(WireText::tr("Kết quả không rõ cho sự kiện %1: \"%2\".").arg(er.id, result));
        if (er.id.isEmpty())
            return Error::badInput(WireText::tr("Trả lời của trung tâm có kết quả không mang mã sự kiện."));
        r.results.append(er);
    }
    return r;
}

QByteArray encodeChanges(const ChangesPage &p)
{
    QJsonArray changes;
    for (const Change &c : p.changes) {
        QJsonObject o{{u"seq"_s, c.seq}, {u"kind"_s, changeKindKey(c.kind)}, {u"at"_s, stamp(c.at)}};
        if (c.kind == Change::Kind::Status) {
            o.insert(u"dossier_code"_s, c.dossierCode);
            o.insert(u"status"_s, c.status);
            if (!c.note.isEmpty())
                o.insert(u"note"_s, c.note);
        } else {
            o.insert(u"document"_s, c.document);
        }
        changes.append(o);
    }
    return QJsonDocument(QJsonObject{{u"protocol"_s, kProtocol}, {u"cursor"_s, p.cursor}, {u"more"_s, p.more}, {u"changes"_s, changes}})
        .toJson(QJsonDocument::Compact);
}

Result<ChangesPage> decodeChanges(const QByteArray &json)
{
    auto o = object(json, WireText::tr("danh sách thay đổi"));
    if (!o)
        return o.error();
    if (!o->value(u"changes").isArray() || !o->value(u"cursor").isString())
        return Error::badInput(WireText::tr("Danh sách thay đổi thiếu cursor hoặc changes."));
    ChangesPage p;
    p.cursor = o->value(u"cursor").toString();
    p.more = o->value(u"more").toBool();
    for (const QJsonValue &v : o->value(u"changes").toArray()) {
        const QJsonObject c = v.toObject();
        Change ch;
        ch.seq = c.value(u"seq").toInteger();
        ch.at = fromStoredUtc(c.value(u"at").toString());
        const QString kind = c.value(u"kind").toString();
        if (kind == u"status") {
            ch.kind = Change::Kind::Status;
            ch.dossierCode = c.value(u"dossier_code").toString();
            ch.status = c.value(u"status").toInt();
            ch.note = c.value(u"note").toString();
            // An unknown status or dossier is not the page's fault: the counter quarantines that
            // one change and applies the rest (SyncService::applyChange).
        } else if (kind == u"catalogue" || kind == u"holiday_schedule" || kind == u"holiday_rules") {
            ch.kind = kind == u"catalogue" ? Change::Kind::Catalogue : kind == u"holiday_rules" ? Change::Kind::HolidayRules : Change::Kind::HolidaySchedule;
            ch.document = c.value(u"document").toObject();
        } else {
            continue;  // a kind this version does not know: skipped, newer centres stay compatible
        }
        p.changes.append(ch);
    }
    return p;
}

QByteArray encodeError(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{u"protocol"_s, kProtocol}, {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace pc::wire
