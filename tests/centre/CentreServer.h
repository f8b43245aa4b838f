#pragma once
// The reference provincial centre's HTTP side (protocol v1, docs/sync-protocol.md), with the
// fault switches tests use to play a bad day at the centre.
#include "CentreStore.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServer>

namespace pc::centre {

struct Faults {
    double failRate = 0;        // fraction of requests answered 503 + Retry-After
    int retryAfterSeconds = 1;
    bool captivePortal = false; // a 200 HTML login page instead of the answer
    bool malformedJson = false; // a 200 with a truncated JSON body
    int maxBatchEvents = 0;     // > 0: larger batches get 413
};

// Failed enrolment attempts allowed per client address in a window, before 429.
constexpr int kEnrolFailuresAllowed = 5;
constexpr qint64 kEnrolWindowSeconds = 15 * 60;

class CentreServer {
public:
    CentreServer(CentreStore &store, Faults faults);
    quint16 listen(quint16 port, const QString &cert, const QString &key, QString *error);

private:
    QHttpServerResponse enrol(const QHttpServerRequest &req);
    QHttpServerResponse batch(const QHttpServerRequest &req);
    QHttpServerResponse changes(const QHttpServerRequest &req);
    std::optional<QHttpServerResponse> fault();
    QHttpServerResponse storageError(const QString &detail);
    std::optional<Device> authenticate(const QHttpServerRequest &req);
    CentreStore &m_store;
    Faults m_faults;
    QHash<QString, QList<QDateTime>> m_enrolFailures;  // by client address
    QHttpServer m_server;
};

}  // namespace pc::centre
