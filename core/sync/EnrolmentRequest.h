#pragma once
// One enrolment with the centre, asynchronous. Nothing is stored until the centre accepted:
// then the address, CA file, pin, token and device id are stored together in one transaction.
// A refused enrolment (bad code, http:// address, unreadable CA, TLS failure, redirect) leaves
// the previous configuration and token exactly as they were.
#include "CentreClient.h"
#include "SyncParts.h"
#include "domain/Actor.h"
#include "util/Result.h"

#include <QObject>
#include <memory>

namespace pc {

class EnrolmentRequest : public QObject {
    Q_OBJECT
public:
    explicit EnrolmentRequest(SyncParts parts, QObject *parent = nullptr);
    ~EnrolmentRequest() override;
    // false: refused before any exchange (result() says why; finished is not emitted).
    // A supervisor's action (access::enrolWithCentre); an accepted enrolment is audited.
    bool start(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code);
    void abort();
    const Status &result() const { return m_result; }

signals:
    void finished(const pc::Status &result);

private:
    void answered(const HttpReply &r);
    SyncParts m_parts;
    std::unique_ptr<CentreClient> m_client;
    QUrl m_url;
    QString m_caFile, m_pin;
    Status m_result;
    Actor m_actor;
};

}  // namespace pc
