#include "CentreServer.h"

#include "HttpServerAdapter.h"
#include "sync/Gzip.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pc::centre {
namespace {
QHttpServerResponse json(const QByteArray &body, QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse("application/json", body, status);
}
QHttpServerResponse error(QHttpServerResponse::StatusCode status, const char *code, const QString &message)
{
    return json(wire::encodeError(QString::fromLatin1(code), message), status);
}
QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}
}  // namespace

CentreServer::CentreServer(CentreStore &store, Faults faults) : m_store(store), m_faults(faults)
{
    m_server.route(u"/v1/enrol"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return enrol(r); });
    m_server.route(u"/v1/events:batch"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return batch(r); });
    m_server.route(u"/v1/changes"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return changes(r); });
    m_server.afterRequest([](QHttpServerResponse &&resp) {
        resp.addHeader("Date", httpDate());  // the counter checks its clock against this
        return std::move(resp);
    });
}

quint16 CentreServer::listen(quint16 port, const QString &cert, const QString &key, QString *error)
{
    return listenTls(m_server, QHostAddress::LocalHost, port, cert, key, error);  // 127.0.0.1 only
}

std::optional<QHttpServerResponse> CentreServer::fault()
{
    if (m_faults.failRate > 0 && QRandomGenerator::global()->generateDouble() < m_faults.failRate) {
        QHttpServerResponse r = error(QHttpServerResponse::StatusCode::ServiceUnavailable, "busy", u"Trung tâm đang quá tải"_s);
        r.addHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
        return r;
    }
    if (m_faults.captivePortal)
        return QHttpServerResponse("text/html", "<html><body><form>Đăng nhập Wi-Fi</form></body></html>");
    if (m_faults.malformedJson)
        return json("{\"protocol\": 1, \"results\": [{\"id\": ");
    return std::nullopt;
}

std::optional<Device> CentreServer::authenticate(const QHttpServerRequest &req)
{
    const QByteArray auth = req.value("Authorization");
    if (!auth.startsWith("Bearer "))
        return std::nullopt;
    return m_store.deviceForToken(QString::fromLatin1(auth.mid(7)));
}

QHttpServerResponse CentreServer::enrol(const QHttpServerRequest &req)
{
    const QJsonObject o = QJsonDocument::fromJson(req.body()).object();
    const auto device = m_store.enrol(o.value(u"code").toString(), o.value(u"unit_id").toString(), o.value(u"counter").toInt());
    if (!device)
        return error(QHttpServerResponse::StatusCode::Forbidden, "bad_code", u"Mã đăng ký không đúng hoặc đã dùng"_s);
    return json(QJsonDocument(QJsonObject{{u"protocol"_s, wire::kProtocol}, {u"device_id"_s, device->first}, {u"token"_s, device->second}})
                    .toJson(QJsonDocument::Compact));
}

QHttpServerResponse CentreServer::batch(const QHttpServerRequest &req)
{
    if (auto f = fault())
        return std::move(*f);
    const auto device = authenticate(req);
    if (!device)
        return error(QHttpServerResponse::StatusCode::Unauthorized, "bad_token", u"Mã thiết bị không hợp lệ"_s);
    QByteArray body = req.body();
    if (req.value("Content-Encoding") == "gzip") {
        const auto inflated = gzip::decompress(body);
        if (!inflated)
            return error(QHttpServerResponse::StatusCode::BadRequest, "bad_gzip", u"Nội dung gzip hỏng"_s);
        body = *inflated;
    }
    auto batch = wire::decodeBatch(body);
    if (!batch)
        return error(QHttpServerResponse::StatusCode::BadRequest, "bad_batch", batch.error().message);
    if (m_faults.maxBatchEvents > 0 && batch->events.size() > m_faults.maxBatchEvents)
        return error(QHttpServerResponse::StatusCode::PayloadTooLarge, "too_large", u"Lô quá lớn"_s);
    const QByteArray answer = wire::encodeBatchResult(m_store.store(*device, *batch));
    if (req.value("Accept-Encoding").contains("gzip")) {  // the answer is mostly ids: worth compressing on a slow link
        QHttpServerResponse r("application/json", gzip::compress(answer));
        r.addHeader("Content-Encoding", "gzip");
        return r;
    }
    return json(answer);
}

QHttpServerResponse CentreServer::changes(const QHttpServerRequest &req)
{
    if (auto f = fault())
        return std::move(*f);
    const auto device = authenticate(req);
    if (!device)
        return error(QHttpServerResponse::StatusCode::Unauthorized, "bad_token", u"Mã thiết bị không hợp lệ"_s);
    const QUrlQuery q(req.url());
    const QString cursor = q.queryItemValue(u"cursor"_s);
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const QList<QByteArray> parts = QByteArray::fromBase64(cursor.toLatin1()).split(':');
        bool ok = parts.size() == 3 && parts[0] == "v1";
        bool seqOk = false;
        after = ok ? parts[2].toLongLong(&seqOk) : 0;
        if (!ok || !seqOk || parts[1].toLongLong() != m_store.epoch())
            return error(QHttpServerResponse::StatusCode::Gone, "cursor_expired", u"Con trỏ đã hết hạn: đồng bộ lại từ đầu"_s);
    }
    const int limit = std::clamp(q.queryItemValue(u"limit"_s).toInt(), 1, 500);
    return json(wire::encodeChanges(m_store.changes(*device, after, limit)));
}

}  // namespace pc::centre
