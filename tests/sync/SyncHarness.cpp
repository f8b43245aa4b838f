#include "SyncHarness.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUuid>
#include <stdexcept>

namespace pc::test {
namespace {
void openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        throw std::runtime_error("openssl failed: " + args.join(u' ').toStdString() + " " + p.readAllStandardError().toStdString());
}
void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
}
void makeCa(const QString &dir, const QString &name)
{
    openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=PostCounter TEST-ONLY ") + name},
            dir);
}
// A server certificate signed by the CA through `openssl ca`, which can set any validity window.
void makeServer(const QString &dir, const QString &name, const QString &san, const QString &start, const QString &end)
{
    openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
            dir);
    write(dir + u'/' + name + QStringLiteral(".ext"), "subjectAltName=" + san.toUtf8() + "\n");
    openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
             QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-startdate"), start,
             QStringLiteral("-enddate"), end, QStringLiteral("-notext")},
            dir);
}
QString readPortLine(QProcess &p)
{
    for (int i = 0; i < 100 && !p.canReadLine(); ++i)
        p.waitForReadyRead(100);
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    if (!line.startsWith(QStringLiteral("listening ")))
        throw std::runtime_error("did not start: " + line.toStdString() + " " + p.readAllStandardError().toStdString());
    return line.section(u' ', 1);
}
QString binary(const char *name) { return QStringLiteral(POSTCOUNTER_BIN_DIR "/") + QLatin1String(name); }
}  // namespace

const Pki &Pki::get()
{
    static const Pki pki = [] {
        Pki k;
        const QString d = k.dir.path();
        makeCa(d, QStringLiteral("ca"));
        makeCa(d, QStringLiteral("other-ca"));
        QDir(d).mkpath(QStringLiteral("issued"));
        write(d + QStringLiteral("/index.txt"), "");
        write(d + QStringLiteral("/serial"), "1000\n");
        write(d + QStringLiteral("/ca.cnf"),
              "[ca]\ndefault_ca=test\n[test]\ndir=.\ndatabase=index.txt\nserial=serial\nnew_certs_dir=issued\n"
              "certificate=ca.pem\nprivate_key=ca.key\ndefault_md=sha256\npolicy=any\nunique_subject=no\ncopy_extensions=copy\n"
              "[any]\ncommonName=supplied\n");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto stamp = [](const QDateTime &t) { return t.toString(QStringLiteral("yyyyMMddHHmmss'Z'")); };
        makeServer(d, QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), stamp(now.addDays(-1)), stamp(now.addDays(30)));
        makeServer(d, QStringLiteral("wronghost"), QStringLiteral("DNS:centre.wrong.example"), stamp(now.addDays(-1)), stamp(now.addDays(30)));
        makeServer(d, QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), stamp(now.addDays(-30)), stamp(now.addDays(-1)));
        return k;
    }();
    return pki;
}

quint16 Centre::start(const QString &certName, const QStringList &faults, quint16 port)
{
    kill();
    m_process = std::make_unique<QProcess>();
    const Pki &pki = Pki::get();
    m_process->start(binary("tests/centre/postcounter-centre"),
                     QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), QString::fromLatin1(kCentreNow), QStringLiteral("--log"), m_db + QStringLiteral(".log"), QStringLiteral("serve"), QStringLiteral("--cert"), pki.path(certName + QStringLiteral(".pem")),
                                 QStringLiteral("--key"), pki.path(certName + QStringLiteral(".key")), QStringLiteral("--port"), QString::number(port)} + faults);
    m_port = static_cast<quint16>(readPortLine(*m_process).toUInt());
    return m_port;
}

void Centre::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString Centre::admin(const QStringList &args) const
{
    QProcess p;
    p.start(binary("tests/centre/postcounter-centre"), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), QString::fromLatin1(kCentreNow)} + args);
    if (!p.waitForFinished(30000)) {  // a hung admin command must fail the test, not read as empty output
        p.kill();
        p.waitForFinished(5000);
        throw std::runtime_error("postcounter-centre " + args.join(u' ').toStdString() + " did not finish within 30 s");
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString Centre::issueCode(const QString &unit, int counter, const QString &ttlHours) const
{
    QStringList args{QStringLiteral("issue-code"), QStringLiteral("--unit"), unit, QStringLiteral("--counter"), QString::number(counter)};
    if (!ttlHours.isEmpty())
        args << QStringLiteral("--ttl-hours") << ttlHours;
    const QString code = admin(args);
    if (code.isEmpty())
        throw std::runtime_error("issue-code failed");
    return code;
}

quint16 BadCentre::start(const QString &mode, const QStringList &options)
{
    stop();
    m_process = std::make_unique<QProcess>();
    const Pki &pki = Pki::get();
    m_process->start(binary("tests/centre/postcounter-badcentre"),
                     QStringList{QStringLiteral("--cert"), pki.path(QStringLiteral("server.pem")), QStringLiteral("--key"), pki.path(QStringLiteral("server.key")),
                                 QStringLiteral("--mode"), mode} + options);
    m_port = static_cast<quint16>(readPortLine(*m_process).toUInt());
    return m_port;
}

void BadCentre::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QSet<QString> Centre::eventIds() const
{
    const QStringList ids = admin({QStringLiteral("list-events")}).split(u'\n', Qt::SkipEmptyParts);
    return QSet<QString>(ids.begin(), ids.end());
}

QString Centre::log() const
{
    QFile f(m_db + QStringLiteral(".log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

qint64 Proxy::carriedUp()
{
    if (!m_process)
        return m_up;
    // QProcess reads its pipes only when asked: wait briefly for what the proxy wrote.
    m_process->setReadChannel(QProcess::StandardError);
    m_process->waitForReadyRead(20);
    const QList<QByteArray> lines = m_process->readAllStandardError().split('\n');
    m_process->setReadChannel(QProcess::StandardOutput);
    for (const QByteArray &l : lines)
        if (l.startsWith("carried up "))
            m_up = l.mid(11).trimmed().toLongLong();
    return m_up;
}

quint16 Proxy::start(quint16 target, const QStringList &options)
{
    stop();
    m_up = 0;
    m_process = std::make_unique<QProcess>();
    m_process->start(binary("tests/centre/postcounter-faultproxy"), QStringList{QStringLiteral("--target"), QString::number(target)} + options);
    m_port = static_cast<quint16>(readPortLine(*m_process).toUInt());
    return m_port;
}

QString Proxy::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return {};
    m_process->terminate();  // SIGTERM: it prints the byte counts
    m_process->waitForFinished(5000);
    return QString::fromUtf8(m_process->readAllStandardOutput()).trimmed();
}

Counter::Counter(const QString &unitId) : unit(unitId)
{
    const CliRun r = cli({QStringLiteral("setup"), QStringLiteral("--unit-id"), unit, QStringLiteral("--unit-name"), QStringLiteral("Bưu điện thử"),
                          QStringLiteral("--counter"), QStringLiteral("1")});
    if (r.exitCode != 0)
        throw std::runtime_error(r.err.toStdString());
}

void Counter::registerDossiers(int n) const
{
    for (int i = 0; i < n; ++i)
        if (cli({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode != 0)
            throw std::runtime_error("intake failed");
}

void Counter::enrol(const Centre &centre, quint16 port, const QString &ca, const QString &pin) const
{
    QStringList args{QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1/").arg(port),
                     QStringLiteral("--code"), centre.issueCode(unit), QStringLiteral("--ca"), Pki::get().path(ca)};
    if (!pin.isEmpty())
        args << QStringLiteral("--pin") << pin;
    const CliRun r = cli(args);
    if (r.exitCode != 0)
        throw std::runtime_error("enrol failed: " + r.err.toStdString());
}

void Counter::retarget(quint16 port) const
{
    // If this write silently failed, the fault tests after it would run without their fault.
    if (exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = 'sync.url'"), {QStringLiteral("https://127.0.0.1:%1/").arg(port)}) != 1)
        throw std::runtime_error("retarget: the counter has no sync.url to rewrite");
}

int Counter::exec(const QString &sql, const QVariantList &binds) const
{
    const QString name = QUuid::createUuid().toString();
    int changed = -1;
    QString error;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec())
                changed = q.numRowsAffected();
            else
                error = q.lastError().text();
        } else {
            error = c.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (changed < 0)
        throw std::runtime_error("counter SQL failed: " + error.toStdString());
    return changed;
}

CliRun Counter::sync(int maxAttempts) const
{
    return cli({QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-attempts"), QString::number(maxAttempts)});
}

int Counter::syncUntilDone(int tries, int maxAttempts) const
{
    for (int i = 1; i <= tries; ++i)
        if (sync(maxAttempts).exitCode == 0)
            return i;
    return -1;
}

namespace {
int count(const QString &db, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    int n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(sql, c);
        if (q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}
}  // namespace

QString Counter::setting(const QString &key) const
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next())
            value = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void Counter::inflateEvent(int n, int bytes) const
{
    QByteArray noise(bytes * 3 / 4 + 3, Qt::Uninitialized);
    for (char &ch : noise)
        ch = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const QString filler = QString::fromLatin1(noise.toBase64().left(bytes));
    // Events are append-only (a trigger): lifted for this one rewrite, as a test's privilege.
    exec(QStringLiteral("DROP TRIGGER dossier_events_no_update"));
    const int changed = exec(QStringLiteral("UPDATE dossier_events SET data = json_set(data, '$.filler', ?) WHERE uuid = "
                                            "(SELECT event_uuid FROM outbox ORDER BY id LIMIT 1 OFFSET ?)"),
                             {filler, n});
    exec(QStringLiteral("CREATE TRIGGER dossier_events_no_update BEFORE UPDATE ON dossier_events "
                        "BEGIN SELECT RAISE(ABORT, 'dossier events are append-only'); END"));
    if (changed != 1)
        throw std::runtime_error("inflateEvent: no such queued event");
}

int Counter::pending() const { return count(db, QStringLiteral("SELECT count(*) FROM outbox")); }
int Counter::quarantined() const { return count(db, QStringLiteral("SELECT count(*) FROM quarantined_events")); }

QSet<QString> Counter::eventIds() const
{
    const QString name = QUuid::createUuid().toString();
    QSet<QString> out;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        c.open();
        QSqlQuery q(QStringLiteral("SELECT uuid FROM dossier_events WHERE type LIKE 'dossier.%'"), c);
        while (q.next())
            out.insert(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

HttpReply exchange(CentreClient &client, const HttpRequest &request, int waitMs)
{
    std::optional<HttpReply> answer;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const quint64 id = client.send(request, [&](const HttpReply &r) {
        answer = r;
        loop.quit();
    });
    deadline.start(waitMs);
    loop.exec();
    if (!answer) {
        client.abort(id);
        HttpReply timedOut;
        timedOut.failure = HttpReply::Failure::Timeout;
        return timedOut;
    }
    return *answer;
}

HttpReply post(CentreClient &client, const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    return exchange(client, {"POST", path, body, headers, 0});
}

HttpReply get(CentreClient &client, const QString &path, const QHash<QByteArray, QByteArray> &headers)
{
    return exchange(client, {"GET", path, {}, headers, 0});
}

}  // namespace pc::test
