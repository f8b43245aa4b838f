#pragma once
// An event waiting in the outbox and the centre's verdict on it. They are the wire's Event and
// EventResult (sync/Wire.h aliases them), defined here, below storage, because the outbox
// repository stores and settles them: storage must not reach up into sync/ for its own rows.
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pc {

struct OutboxEvent {
    QString id;           // counter-made UUID
    QString type;         // "dossier.registered", …
    QString dossierCode;
    QDateTime at;         // UTC
    QJsonObject data;
};

struct OutboxEventResult {
    enum class Outcome { Accepted, Duplicate, Rejected };
    QString id;
    Outcome outcome = Outcome::Accepted;
    QString reason;       // for Rejected
};

}  // namespace pc
