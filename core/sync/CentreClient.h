#pragma once
// One HTTPS exchange with the provincial centre: TLS verified against the configured CA only
// (optional public-key pin), HTTP/2 off, a transfer timeout and an overall deadline so that a
// trickling link cannot hang it. Synchronous: it runs its own event loop, on the sync thread
// or in the CLI, never on the UI thread.
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace pc {

struct CentreConfig {
    QUrl baseUrl;                   // https://centre.example.vn/
    QList<QSslCertificate> caCertificates;
    QString pinSha256;              // hex SHA-256 of the server's public key; empty = no pin
    int transferTimeoutMs = 15000;  // no byte for this long: give up
    int deadlineMs = 60000;         // the whole exchange
};

struct HttpReply {
    enum class Failure { None, Network, Timeout, Tls, PinMismatch };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QString errorText;                      // for the clerk, Vietnamese
    int retryAfterSeconds = -1;
    QDateTime serverDate;                   // from the Date header
    bool ok() const { return failure == Failure::None; }
};

class CentreClient {
public:
    struct Pending;  // an exchange in flight
    explicit CentreClient(CentreConfig config);
    ~CentreClient();
    HttpReply post(const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers);
    HttpReply get(const QString &path, const QHash<QByteArray, QByteArray> &headers);
    // Starts an exchange without waiting, so that the next batch can travel while the centre
    // answers the previous one; wait() collects it.
    std::shared_ptr<Pending> start(const QByteArray &verb, const QString &path, const QByteArray &body,
                                   const QHash<QByteArray, QByteArray> &headers);
    HttpReply wait(const std::shared_ptr<Pending> &pending);
    // Hex SHA-256 of a certificate's public key (what pinning compares).
    static QString publicKeyPin(const QSslCertificate &cert);

private:
    CentreConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

}  // namespace pc
