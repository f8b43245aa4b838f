#pragma once
// The reference centre's own SQLite store: enrolment codes, devices, events (unique on the
// counter-made id: storing is idempotent) and the changes feed.
#include "sync/Wire.h"

#include <QSqlDatabase>
#include <optional>

namespace pc::centre {

struct Device {
    QString id;
    QString unitId;
};

class CentreStore {
public:
    bool open(const QString &path, QString *error);
    QString issueCode();
    std::optional<QPair<QString, QString>> enrol(const QString &code, const QString &unitId, int counter);  // device id, token
    std::optional<Device> deviceForToken(const QString &token);
    // Stores what is new, answers per event.
    wire::BatchResult store(const Device &device, const wire::Batch &batch);
    wire::ChangesPage changes(const Device &device, qint64 afterSeq, int limit);
    // Cursors carry the epoch they were issued in; expiring cursors starts a new epoch, and a
    // cursor from an older one is answered 410 (the counter resyncs from the start).
    qint64 epoch();
    void expireCursors();
    qint64 publish(const wire::Change &change, const QString &unitId);
    int eventCount();
    QStringList eventIds();
    QSqlDatabase &db() { return m_db; }

private:
    QSqlDatabase m_db;
};

}  // namespace pc::centre
