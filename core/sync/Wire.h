#pragma once
// The wire format of protocol version 1 (docs/sync-protocol.md), shared by the counter's
// client and the reference centre so both are tested against the same example files.
#include "domain/OutboxEvent.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pc::wire {

constexpr int kProtocol = 1;

// Defined below storage, which keeps them in the outbox (domain/OutboxEvent.h).
using Event = OutboxEvent;

struct Batch {
    QString batchId;      // also the Idempotency-Key header
    QString deviceId;
    QList<Event> events;
    // The counter's audit chain head when the batch left (issue 12): the centre keeps them, so a
    // history rewritten on the counter afterwards no longer matches. 0 = no audit row yet.
    qint64 auditSeq = 0;
    QString auditHash;
};

using EventResult = OutboxEventResult;

struct BatchResult {
    QString batchId;
    QList<EventResult> results;
};

struct Change {
    enum class Kind { Status, Catalogue, HolidaySchedule, HolidayRules };
    qint64 seq = 0;
    Kind kind = Kind::Status;
    QDateTime at;
    QString dossierCode;  // Status
    int status = 0;       // Status: national code 1–10
    QString note;         // Status
    QJsonObject document; // Catalogue, HolidaySchedule, HolidayRules
};

struct ChangesPage {
    QString cursor;       // opaque; send it back to continue
    bool more = false;
    QList<Change> changes;
};

QByteArray encodeBatch(const Batch &b);
Result<Batch> decodeBatch(const QByteArray &json);
QByteArray encodeBatchResult(const BatchResult &r);
// A 200 that is not this shape (a captive portal's login page, a truncated body) is an error.
Result<BatchResult> decodeBatchResult(const QByteArray &json);
QByteArray encodeChanges(const ChangesPage &p);
Result<ChangesPage> decodeChanges(const QByteArray &json);
QByteArray encodeError(const QString &code, const QString &message);
QString outcomeKey(EventResult::Outcome o);
QString changeKindKey(Change::Kind k);

}  // namespace pc::wire
