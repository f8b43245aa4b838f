#include "CentreClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "pc.sync")

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
        qCWarning(lcSync) << "TLS:" << e.errorString();
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
        case QSslError::CertificateRevoked:
            out << ClientText::tr("chứng chỉ của trung tâm đã bị thu hồi");
            break;
        default:
            out << ClientText::tr("chứng chỉ của trung tâm không hợp lệ");
        }
    }
    if (out.isEmpty())
        out << ClientText::tr("không bắt tay TLS được với trung tâm");
    out.removeDuplicates();
    return ClientText::tr("Kết nối tới trung tâm không an toàn: %1. Không gửi dữ liệu; hãy báo bộ phận CNTT.").arg(out.join(u"; "));
}

// The clerk reads Vietnamese only; Qt's English text goes to the log.
QString describeNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return ClientText::tr("trung tâm từ chối kết nối (máy chủ không chạy hoặc sai cổng)");
    case QNetworkReply::RemoteHostClosedError:
        return ClientText::tr("trung tâm đóng kết nối giữa chừng");
    case QNetworkReply::HostNotFoundError:
        return ClientText::tr("không tìm thấy máy chủ trung tâm (kiểm tra địa chỉ hoặc mạng)");
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return ClientText::tr("mạng của quầy đang mất kết nối");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return ClientText::tr("máy chủ proxy của mạng không cho đi qua");
    default:
        return ClientText::tr("lỗi mạng khi liên hệ trung tâm");
    }
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

QString httpStatusText(int status)
{
    QString what;
    switch (status) {
    case 400: what = ClientText::tr("trung tâm cho rằng yêu cầu không hợp lệ"); break;
    case 401:
    case 403: what = ClientText::tr("trung tâm không chấp nhận quầy này"); break;
    case 404: what = ClientText::tr("trung tâm không có địa chỉ này (kiểm tra địa chỉ đã đăng ký)"); break;
    case 408: what = ClientText::tr("trung tâm hết thời gian chờ yêu cầu"); break;
    case 413: what = ClientText::tr("dữ liệu gửi quá lớn"); break;
    case 429: what = ClientText::tr("trung tâm đang quá tải, cần chờ"); break;
    case 500: what = ClientText::tr("trung tâm gặp lỗi nội bộ"); break;
    case 502:
    case 503:
    case 504: what = ClientText::tr("trung tâm tạm thời không phục vụ"); break;
    default: what = ClientText::tr("trả lời không mong đợi");
    }
    return ClientText::tr("Trung tâm trả lời lỗi %1: %2.").arg(status).arg(what);
}

struct CentreClient::Pending {
    QNetworkReply *reply = nullptr;
    QList<QSslError> tlsErrors;
    bool pinMismatch = false;
    bool deadlineHit = false;
    QTimer deadline;
    Callback done;
    ~Pending()
    {
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }
};

CentreClient::CentreClient(CentreConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(std::make_unique<QNetworkAccessManager>())
{
}

CentreClient::~CentreClient() { abortAll(); }

QString CentreClient::publicKeyPin(const QSslCertificate &cert)
{
    return QString::fromLatin1(QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256).toHex());
}

quint64 CentreClient::send(const HttpRequest &r, Callback done)
{
    QNetworkRequest request(m_config.baseUrl.resolved(QUrl(r.path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);  // HTTP/1.1 only
    // A 3xx is answered to the caller as a refusal: the token never follows it to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_config.caCertificates);  // only the configured CA, never the system's
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());

    const quint64 id = m_nextId++;
    auto p = std::make_unique<Pending>();
    Pending *raw = p.get();
    raw->done = std::move(done);
    QNetworkReply *reply = r.verb == "GET" ? m_nam->get(request) : m_nam->sendCustomRequest(request, r.verb, r.body);
    raw->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [raw](const QList<QSslError> &errors) { raw->tlsErrors = errors; });  // never ignored
    const QString pin = m_config.pinSha256;
    connect(reply, &QNetworkReply::encrypted, this, [raw, reply, pin] {
        if (!pin.isEmpty() && publicKeyPin(reply->sslConfiguration().peerCertificate()).compare(pin, Qt::CaseInsensitive) != 0) {
            raw->pinMismatch = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { complete(id); });
    raw->deadline.setSingleShot(true);
    connect(&raw->deadline, &QTimer::timeout, this, [raw, reply] {
        raw->deadlineHit = true;
        reply->abort();
    });
    raw->deadline.start(r.deadlineMs > 0 ? r.deadlineMs : m_config.deadlineMs);
    m_pending.emplace(id, std::move(p));
    return id;
}

void CentreClient::abort(quint64 id) { m_pending.erase(id); }

void CentreClient::abortAll() { m_pending.clear(); }

void CentreClient::complete(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> p = std::move(it->second);
    m_pending.erase(it);
    p->deadline.stop();
    QNetworkReply *reply = p->reply;
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
    } else if (out.status >= 300 && out.status < 400) {
        qCWarning(lcSync) << "refused a redirect" << out.status << "to" << out.headers.value("location");
        out.failure = HttpReply::Failure::Redirect;
        out.errorText = ClientText::tr("Địa chỉ trung tâm chuyển hướng sang nơi khác (%1); quầy không đi theo và không gửi dữ liệu. "
                                       "Có thể mạng đòi đăng nhập, hoặc địa chỉ đã đăng ký không còn đúng.")
                            .arg(out.status);
    } else if (out.status == 0) {
        out.failure = HttpReply::Failure::Network;
        out.errorText = ClientText::tr("Không kết nối được tới trung tâm: %1.").arg(describeNetworkError(error));
    }
    if (!out.transportOk() || out.status >= 400)
        qCWarning(lcSync) << "exchange failed:" << static_cast<int>(out.failure) << "status" << out.status << reply->errorString()
                          << out.body.left(300);
    Callback done = std::move(p->done);
    p.reset();  // the reply is released before the caller reacts (it may start the next exchange)
    if (done)
        done(out);
}

}  // namespace pc
