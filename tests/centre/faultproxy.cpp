// postcounter-faultproxy: a TCP proxy on 127.0.0.1 that plays a poor rural link between the
// counter and the centre: it cuts connections at a chosen or random byte in either direction,
// and throttles to a bandwidth with a latency. TLS passes through it untouched.
//   postcounter-faultproxy --target PORT [--port P] [--cut-up N] [--cut-down N]
//       [--random-cut MAX] [--cut-probability P] [--kbps K] [--latency-ms L] [--seed S] [--progress]
// Prints "listening PORT"; on exit prints the bytes carried each way. On stderr, "carried up N"
// as the bytes towards the centre go through.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <deque>

namespace {
struct Options {
    quint16 target = 0;
    qint64 cutUp = -1, cutDown = -1;  // fixed cut points; -1 = none
    qint64 randomCutMax = 0;          // > 0: each connection is cut at a random byte below this …
    double cutProbability = 1.0;      // … with this probability, in a random direction
    double kbps = 0;                  // 0 = unlimited
    int latencyMs = 0;
    bool reportProgress = false;  // --progress: "carried up N" on stderr
};

qint64 g_up = 0, g_down = 0;
// One link, whatever the number of connections: each direction's bandwidth is shared.
QElapsedTimer g_clock;
double g_upFreeAt = 0, g_downFreeAt = 0;

// One direction of one connection: bytes wait until their time has come (latency plus the
// serialisation time at the bandwidth), then go out; the link dies at the cut byte.
class Pipe : public QObject {
public:
    Pipe(QTcpSocket *from, QTcpSocket *to, const Options &o, qint64 cutAt, qint64 *counter, double *linkFreeAt)
        : m_from(from), m_to(to), m_o(o), m_cutAt(cutAt), m_counter(counter), m_linkFreeAt(linkFreeAt)
    {
        connect(from, &QTcpSocket::readyRead, this, &Pipe::read);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Pipe::flush);
    }
    bool idle() const { return m_queue.empty(); }

private:
    void read()
    {
        const QByteArray data = m_from->readAll();
        double &free = *m_linkFreeAt;
        const double now = double(g_clock.elapsed());
        const double serialise = m_o.kbps > 0 ? double(data.size()) * 8.0 / m_o.kbps : 0;  // ms
        free = std::max(free, now) + serialise;
        m_queue.push_back({free + m_o.latencyMs, data});
        schedule();
    }
    void schedule()
    {
        if (m_queue.empty() || m_timer.isActive())
            return;
        m_timer.start(std::max(0, int(m_queue.front().first - double(g_clock.elapsed()))));
    }
    void flush()
    {
        while (!m_queue.empty() && m_queue.front().first <= double(g_clock.elapsed()) + 1) {
            QByteArray data = m_queue.front().second;
            m_queue.pop_front();
            if (m_cutAt >= 0 && m_sent + data.size() >= m_cutAt) {
                data.truncate(m_cutAt - m_sent);
                if (m_to && m_to->state() == QAbstractSocket::ConnectedState)
                    m_to->write(data);
                *m_counter += data.size();
                m_to->flush();
                m_from->abort();  // the link dies here
                m_to->abort();
                return;
            }
            if (m_to && m_to->state() == QAbstractSocket::ConnectedState)
                m_to->write(data);
            m_sent += data.size();
            *m_counter += data.size();
            if (m_o.reportProgress && m_counter == &g_up)  // tests wait on this to know a transfer is under way
                QTextStream(stderr) << "carried up " << g_up << Qt::endl;
        }
        schedule();
    }
    QPointer<QTcpSocket> m_from, m_to;
    Options m_o;
    qint64 m_cutAt;
    qint64 *m_counter;
    qint64 m_sent = 0;
    double *m_linkFreeAt;
    QTimer m_timer;
    std::deque<std::pair<double, QByteArray>> m_queue;
};

QString option(QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

void report(int)
{
    QTextStream(stdout) << "bytes up " << g_up << " down " << g_down << Qt::endl;
    std::_Exit(0);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Options o;
    o.target = static_cast<quint16>(option(args, QStringLiteral("--target")).toUInt());
    o.cutUp = option(args, QStringLiteral("--cut-up"), QStringLiteral("-1")).toLongLong();
    o.cutDown = option(args, QStringLiteral("--cut-down"), QStringLiteral("-1")).toLongLong();
    o.randomCutMax = option(args, QStringLiteral("--random-cut"), QStringLiteral("0")).toLongLong();
    o.cutProbability = option(args, QStringLiteral("--cut-probability"), QStringLiteral("1")).toDouble();
    o.kbps = option(args, QStringLiteral("--kbps"), QStringLiteral("0")).toDouble();
    o.latencyMs = option(args, QStringLiteral("--latency-ms"), QStringLiteral("0")).toInt();
    o.reportProgress = args.removeAll(QStringLiteral("--progress")) > 0;
    const quint16 port = static_cast<quint16>(option(args, QStringLiteral("--port"), QStringLiteral("0")).toUInt());
    QRandomGenerator rng(option(args, QStringLiteral("--seed"), QString::number(QRandomGenerator::global()->generate())).toUInt());
    g_clock.start();
    std::signal(SIGTERM, report);
    std::signal(SIGINT, report);

    QTcpServer server;
    if (!o.target || !server.listen(QHostAddress::LocalHost, port)) {
        QTextStream(stderr) << "usage: postcounter-faultproxy --target PORT [options]\n";
        return 2;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            qint64 cutUp = o.cutUp, cutDown = o.cutDown;
            if (o.randomCutMax > 0 && rng.generateDouble() < o.cutProbability) {
                const qint64 at = rng.bounded(o.randomCutMax);
                (rng.bounded(2) ? cutUp : cutDown) = at;
            }
            new Pipe(client, upstream, o, cutUp, &g_up, &g_upFreeAt);
            new Pipe(upstream, client, o, cutDown, &g_down, &g_downFreeAt);
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] { upstream->disconnectFromHost(); client->deleteLater(); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, o.target);
        }
    });
    QTextStream(stdout) << "listening " << server.serverPort() << Qt::endl;
    return app.exec();
}
