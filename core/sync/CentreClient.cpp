#include "CentreClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QLocale>
#include <QTimeZone>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class ClientText {
    Q_DECLARE_TR_FUNCTIONS(pc::ClientText)
};

QString describeTls(const QList<QSslError> &errors)
{
    QStringList out;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            out << ClientText::tr("chứng chỉ của trung tâm đã hết hạn");
            break;
        case QSslError::CertificateNotYetValid:
            out << ClientText::tr("chứng chỉ của trung tâm chưa đến ngày hiệu lực (hãy kiểm tra đồng hồ máy tính)");
            break;
        case QSslError::HostNameMismatch:
            out << ClientText::tr("chứng chỉ không mang đúng tên máy chủ của trung tâm");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            out << ClientText::tr("chứng chỉ không do cơ quan chứng thực đã cấu hình cấp");
            break;
        default:
            out << e.errorString();
        }
    }
    out.removeDuplicates();
    return ClientText::tr("Kết nối tới trung tâm không an toàn: %1. Không gửi dữ liệu; hãy báo bộ phận CNTT.").arg(out.join(u"; "));
}
// HTTP-date (RFC 9110 IMF-fixdate): "Sat, 28 Nov 2026 01:40:12 GMT".
QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!t.isValid())
        return QDateTime::fromString(QString::fromLatin1(value).trimmed(), Qt::RFC2822Date);
    t.setTimeZone(QTimeZone::utc());
    return t;
}
}  // namespace

CentreClient::CentreClient(CentreConfig config) : m_config(std::move(config)), m_nam(std::make_unique<QNetworkAccessManager>()) {}
CentreClient::~CentreClient() = default;

QString CentreClient::publicKeyPin(const QSslCertificate &cert)
{
    return QString::fromLatin1(QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256).toHex());
}

struct CentreClient::Pending {
    QNetworkReply *reply = nullptr;
    QList<QSslError> tlsErrors;
    bool pinMismatch = false;
    bool deadlineHit = false;
    QTimer deadline;
    ~Pending()
    {
        if (reply) {
            reply->abort();
            reply->deleteLater();
        }
    }
};

HttpReply CentreClient::post(const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    return wait(start("POST", path, body, headers));
}

HttpReply CentreClient::get(const QString &path, const QHash<QByteArray, QByteArray> &headers) { return wait(start("GET", path, {}, headers)); }

std::shared_ptr<CentreClient::Pending> CentreClient::start(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                           const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request(m_config.baseUrl.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);  // HTTP/1.1 only
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_config.caCertificates);  // only the configured CA, never the system's
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    auto p = std::make_shared<Pending>();
    Pending *raw = p.get();
    QNetworkReply *reply = verb == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, verb, body);
    raw->reply = reply;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [raw](const QList<QSslError> &errors) { raw->tlsErrors = errors; });  // never ignored
    const QString pin = m_config.pinSha256;
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [raw, reply, pin] {
        if (!pin.isEmpty() && publicKeyPin(reply->sslConfiguration().peerCertificate()).compare(pin, Qt::CaseInsensitive) != 0) {
            raw->pinMismatch = true;
            reply->abort();
        }
    });
    raw->deadline.setSingleShot(true);
    QObject::connect(&raw->deadline, &QTimer::timeout, reply, [raw, reply] {
        raw->deadlineHit = true;
        reply->abort();
    });
    raw->deadline.start(m_config.deadlineMs);
    return p;
}

HttpReply CentreClient::wait(const std::shared_ptr<Pending> &p)
{
    QNetworkReply *reply = p->reply;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    p->deadline.stop();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    bool ok = false;
    const int retry = out.headers.value("retry-after").toInt(&ok);
    out.retryAfterSeconds = ok ? retry : -1;
    out.serverDate = parseHttpDate(out.headers.value("date"));
    const QNetworkReply::NetworkError error = reply->error();
    if (p->pinMismatch) {
        out.failure = HttpReply::Failure::PinMismatch;
        out.errorText = ClientText::tr("Khóa công khai của trung tâm không khớp với khóa đã ghim. Không gửi dữ liệu; hãy báo bộ phận CNTT.");
    } else if (!p->tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        out.failure = HttpReply::Failure::Tls;
        out.errorText = describeTls(p->tlsErrors);
    } else if (p->deadlineHit || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        out.failure = HttpReply::Failure::Timeout;
        out.errorText = ClientText::tr("Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).");
    } else if (out.status == 0) {
        out.failure = HttpReply::Failure::Network;
        out.errorText = ClientText::tr("Không kết nối được tới trung tâm: %1").arg(reply->errorString());
    }
    return out;
}

}  // namespace pc
