// postcounter-badcentre: a centre that misbehaves on purpose, to prove that the counter's real
// client ends every run and settles only what it was answered about, whatever the centre does.
//   postcounter-badcentre --cert C --key K --mode MODE [--port P] [--max-body BYTES]
// Modes:
//   empty-results  every batch answered 200 {"results": []}
//   foreign-ids    every batch answered 200 with results about ids that were not in it
//   endless-more   batches accepted; the changes feed always says "more": true
//   too-large      batches whose JSON exceeds --max-body bytes answered 413, others accepted
//   redirect       every request answered 307 to another host
//   trickle        every answer's headers, then one body byte every 200 ms, forever
// Enrolment always succeeds (except under redirect). Raw HTTP/1.1 over TLS (QSslServer), so
// that it can send what a well-behaved server library would not. Prints "listening PORT".
#include "sync/Gzip.h"
#include "sync/Wire.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Request {
    QByteArray method, path, body;
    QHash<QByteArray, QByteArray> headers;  // lower-case names
};

QString g_mode;
qint64 g_maxBody = 0;
qint64 g_pages = 0;

QByteArray response(int status, const QByteArray &reason, const QByteArray &body, const QList<QByteArray> &extra = {})
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &h : extra)
        r += h + "\r\n";
    return r + "\r\n" + body;
}
QByteArray ok(const QJsonObject &o) { return response(200, "OK", QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QByteArray answer(const Request &req, QSslSocket *socket)
{
    if (g_mode == u"redirect")
        return response(307, "Temporary Redirect", {}, {"Location: https://centre.elsewhere.example/v1/events:batch"});
    if (g_mode == u"trickle") {
        // Headers promise a body that comes one byte at a time: only the client's own deadline ends this.
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("{"); });
        timer->start(200);
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
    }
    if (req.path.startsWith("/v1/enrol"))
        return ok({{u"protocol"_s, pc::wire::kProtocol}, {u"device_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"token"_s, u"bad-centre-token"_s}});
    if (req.path.startsWith("/v1/changes")) {
        const bool more = g_mode == u"endless-more";
        return ok({{u"protocol"_s, pc::wire::kProtocol}, {u"cursor"_s, u"page-%1"_s.arg(++g_pages)}, {u"more"_s, more}, {u"changes"_s, QJsonArray()}});
    }
    QByteArray body = req.body;
    if (req.headers.value("content-encoding") == "gzip")
        body = pc::gzip::decompress(body).value_or(QByteArray());
    const auto batch = pc::wire::decodeBatch(body);
    if (!batch)
        return response(400, "Bad Request", pc::wire::encodeError(u"bad_batch"_s, batch.error().message));
    if (g_mode == u"too-large" && g_maxBody > 0 && body.size() > g_maxBody)
        return response(413, "Payload Too Large", pc::wire::encodeError(u"too_large"_s, u"Lô quá lớn"_s));
    pc::wire::BatchResult result{batch->batchId, {}};
    if (g_mode == u"foreign-ids") {
        for (int i = 0; i < batch->events.size(); ++i)
            result.results.append({QUuid::createUuid().toString(QUuid::WithoutBraces), pc::wire::EventResult::Outcome::Accepted, {}});
    } else if (g_mode != u"empty-results") {
        for (const pc::wire::Event &e : batch->events)
            result.results.append({e.id, pc::wire::EventResult::Outcome::Accepted, {}});
    }
    return response(200, "OK", pc::wire::encodeBatchResult(result));
}

// Parses as many complete requests as the buffer holds.
void serve(QSslSocket *socket, QByteArray &buffer)
{
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request req;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = req.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        req.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        socket->write(answer(req, socket));
    }
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback = {}) {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    const QString cert = option(u"--cert"_s), key = option(u"--key"_s);
    g_mode = option(u"--mode"_s);
    g_maxBody = option(u"--max-body"_s, u"0"_s).toLongLong();
    const quint16 port = static_cast<quint16>(option(u"--port"_s, u"0"_s).toUInt());
    const QStringList modes{u"empty-results"_s, u"foreign-ids"_s, u"endless-more"_s, u"too-large"_s, u"redirect"_s, u"trickle"_s};
    QFile keyFile(key);
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(cert);
    if (!modes.contains(g_mode) || chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "usage: postcounter-badcentre --cert C --key K --mode " << modes.join(u'|') << " [--port P] [--max-body BYTES]\n";
        return 2;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            auto *socket = static_cast<QSslSocket *>(s);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QSslSocket::readyRead, socket, [socket, buffer] {
                buffer->append(socket->readAll());
                serve(socket, *buffer);
            });
            QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr) << "cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "listening " << server.serverPort() << Qt::endl;
    return app.exec();
}
