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
QByteArray httpDate(const QDateTime &now)
{
    return QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}
}  // namespace

CentreServer::CentreServer(CentreStore &store, Faults faults) : m_store(store), m_faults(faults)
{
    m_server.route(u"/v1/enrol"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return enrol(r); });
    m_server.route(u"/v1/events:batch"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) { return batch(r); });
    m_server.route(u"/v1/changes"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return changes(r); });
    m_server.afterRequest([this](QHttpServerResponse &&resp) {
        resp.addHeader("Date", httpDate(m_store.clock().nowUtc()));  // the counter checks its clock against this
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
    // Guessing a nine-digit code must not be cheap: a few failures per address, then 429.
    const QString client = req.remoteAddress().toString();
    const QDateTime now = m_store.clock().nowUtc();
    QList<QDateTime> &failures = m_enrolFailures[client];
    failures.removeIf([&](const QDateTime &t) { return t.secsTo(now) >= kEnrolWindowSeconds; });
    if (failures.size() >= kEnrolFailuresAllowed) {
        QHttpServerResponse r = error(QHttpServerResponse::StatusCode::TooManyRequests, "too_many_attempts", u"Quá nhiều lần đăng ký sai; hãy thử lại sau"_s);
        r.addHeader("Retry-After", QByteArray::number(std::max<qint64>(1, kEnrolWindowSeconds - failures.first().secsTo(now))));
        return r;
    }
    const QJsonObject o = QJsonDocument::fromJson(req.body()).object();
    const Enrolment e = m_store.enrol(o.value(u"code").toString(), o.value(u"unit_id").toString(), o.value(u"counter").toInt());
    if (e.outcome == Enrolment::Outcome::StorageError) {
        QHttpServerResponse r = error(QHttpServerResponse::StatusCode::ServiceUnavailable, "storage_error", u"Trung tâm không lưu được; hãy thử lại"_s);
        r.addHeader("Retry-After", "5");
        return r;
    }
    if (e.outcome == Enrolment::Outcome::Refused) {
        failures.append(now);
        return error(QHttpServerResponse::StatusCode::Forbidden, "bad_code",
                     e.reason == u"expired" ? u"Mã đăng ký đã hết hạn"_s : u"Mã đăng ký không đúng, đã dùng hoặc không cấp cho đơn vị và quầy này"_s);
    }
    return json(QJsonDocument(QJsonObject{{u"protocol"_s, wire::kProtocol}, {u"device_id"_s, e.deviceId}, {u"token"_s, e.token}})
                    .toJson(QJsonDocument::Compact));
}

QHttpServerResponse CentreServer::storageError(const QString &detail)
{
    qWarning("centre: not stored: %s", qPrintable(detail));
    QHttpServerResponse r = error(QHttpServerResponse::StatusCode::ServiceUnavailable, "storage_error", u"Trung tâm chưa lưu được; hãy gửi lại sau"_s);
    r.addHeader("Retry-After", "1");
    return r;
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
    // What tests read on stderr to see the fault happen and the client react.
    if (m_faults.maxBatchEvents > 0 && batch->events.size() > m_faults.maxBatchEvents) {
        qWarning("centre: 413 for a batch of %d events", int(batch->events.size()));
        return error(QHttpServerResponse::StatusCode::PayloadTooLarge, "too_large", u"Lô quá lớn"_s);
    }
    QString storeError;
    const auto stored = m_store.store(*device, *batch, &storeError);
    if (!stored)  // never "accepted" for what is not durably stored
        return storageError(storeError);
    qWarning("centre: answered a batch of %d events", int(batch->events.size()));
    const QByteArray answer = wire::encodeBatchResult(*stored);
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
    const auto page = m_store.changes(*device, after, limit);
    if (!page)
        return storageError(u"changes"_s);
    return json(wire::encodeChanges(*page));
}

}  // namespace pc::centre
