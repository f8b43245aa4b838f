#pragma once
// HTTPS exchanges with the provincial centre: TLS verified against the configured CA only
// (optional public-key pin), HTTP/2 off, redirects refused, a transfer timeout and an overall
// deadline so that a trickling link cannot hang an exchange. Asynchronous: send() returns at
// once and the callback runs later on the caller's thread, from its event loop; nothing here
// waits, so the sync thread stays responsive to a stop, an enrolment or a new registration.
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace pc {

struct CentreConfig {
    QUrl baseUrl;                   // https://centre.example.vn/
    QList<QSslCertificate> caCertificates;
    QString pinSha256;              // hex SHA-256 of the server's public key; empty = no pin
    int transferTimeoutMs = 15000;  // no byte for this long: give up
    int deadlineMs = 60000;         // the whole exchange, unless the request sets its own
};

struct HttpRequest {
    QByteArray verb = "GET";
    QString path;                   // relative to the base URL
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    int deadlineMs = 0;             // > 0: this exchange's own deadline (a big event on a slow link)
};

struct HttpReply {
    enum class Failure { None, Network, Timeout, Tls, PinMismatch, Redirect };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QString errorText;                      // for the clerk, Vietnamese only
    int retryAfterSeconds = -1;
    QDateTime serverDate;                   // from the Date header
    // The exchange completed at the transport level (an HTTP answer came, whatever its
    // status): not that the centre accepted anything; check `status` for that.
    bool transportOk() const { return failure == Failure::None; }
};

// Vietnamese for an HTTP status the centre answered with (the centre's own text goes to the log).
QString httpStatusText(int status);

class CentreClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpReply &)>;
    explicit CentreClient(CentreConfig config, QObject *parent = nullptr);
    ~CentreClient() override;
    // Starts an exchange; `done` runs once when it ends, unless it was aborted first.
    quint64 send(const HttpRequest &request, Callback done);
    void abort(quint64 id);  // no callback for it
    void abortAll();
    int inFlight() const { return static_cast<int>(m_pending.size()); }
    const CentreConfig &config() const { return m_config; }
    // Hex SHA-256 of a certificate's public key (what pinning compares).
    static QString publicKeyPin(const QSslCertificate &cert);

private:
    struct Pending;
    void complete(quint64 id);
    CentreConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextId = 1;
};

}  // namespace pc
