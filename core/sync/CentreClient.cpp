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

HttpReply CentreClient::post(const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    return exchange("POST", path, body, headers);
}

HttpReply CentreClient::get(const QString &path, const QHash<QByteArray, QByteArray> &headers) { return exchange("GET", path, {}, headers); }

HttpReply CentreClient::exchange(const QByteArray &verb, const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    HttpReply out;
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

    QNetworkReply *reply = verb == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, verb, body);
    QList<QSslError> tlsErrors;
    bool pinMismatch = false, deadlineHit = false;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) { tlsErrors = errors; });  // never ignored
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&] {
        if (!m_config.pinSha256.isEmpty() &&
            publicKeyPin(reply->sslConfiguration().peerCertificate()).compare(m_config.pinSha256, Qt::CaseInsensitive) != 0) {
            pinMismatch = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] { deadlineHit = true; reply->abort(); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_config.deadlineMs);
    loop.exec();

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
    if (pinMismatch) {
        out.failure = HttpReply::Failure::PinMismatch;
        out.errorText = ClientText::tr("Khóa công khai của trung tâm không khớp với khóa đã ghim. Không gửi dữ liệu; hãy báo bộ phận CNTT.");
    } else if (!tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        out.failure = HttpReply::Failure::Tls;
        out.errorText = describeTls(tlsErrors);
    } else if (deadlineHit || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        out.failure = HttpReply::Failure::Timeout;
        out.errorText = ClientText::tr("Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).");
    } else if (out.status == 0) {
        out.failure = HttpReply::Failure::Network;
        out.errorText = ClientText::tr("Không kết nối được tới trung tâm: %1").arg(reply->errorString());
    }
    reply->deleteLater();
    return out;
}

}  // namespace pc
