#pragma once
// Processes for the sync tests: test-only certificates made with openssl, the reference
// centre, the fault proxy and counters driven through postcounter-cli. Everything on 127.0.0.1.
#include "CliRunner.h"
#include "sync/CentreClient.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <memory>

namespace pc::test {

// The reference centre's clock in every test: it stands at this instant (postcounter-centre
// --now), the default of test::FixedClock, and the harness's CLI counters run at it too, so
// the counter's clock check against the centre's Date header agrees on any day the tests run.
inline const char *kCentreNow = "2026-11-25T02:00:00Z";
inline QDateTime centreNow() { return QDateTime::fromString(QString::fromLatin1(kCentreNow), Qt::ISODate); }

// A CA, a server certificate for 127.0.0.1, one for the wrong host, an expired one, and a
// second CA the counter does not trust. Made once per test run; never committed.
struct Pki {
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
    static const Pki &get();
};

class Centre {
public:
    explicit Centre(const QString &dbPath) : m_db(dbPath) {}
    ~Centre() { kill(); }
    // Starts serving; port 0 picks a free one. Returns the port.
    quint16 start(const QString &certName = QStringLiteral("server"), const QStringList &faults = {}, quint16 port = 0);
    void kill();  // SIGKILL, as a crash or power cut
    QString admin(const QStringList &args) const;
    // A one-time enrolment code for one unit and counter (the unit the test Counter uses by default).
    QString issueCode(const QString &unit = QStringLiteral("000.00.16.H56"), int counter = 1, const QString &ttlHours = {}) const;
    QSet<QString> eventIds() const;
    quint16 port() const { return m_port; }
    QString log() const;  // the centre's warnings so far (413s, batches answered), from its --log file

private:
    QString m_db;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// postcounter-badcentre: a centre that misbehaves in one chosen way (see tests/centre/badcentre.cpp).
class BadCentre {
public:
    ~BadCentre() { stop(); }
    quint16 start(const QString &mode, const QStringList &options = {});
    void stop();
    quint16 port() const { return m_port; }

private:
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

class Proxy {
public:
    ~Proxy() { stop(); }
    quint16 start(quint16 target, const QStringList &options);
    QString stop();  // returns the byte counts line
    quint16 port() const { return m_port; }
    qint64 carriedUp();  // bytes towards the centre so far

private:
    qint64 m_up = 0;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("counter.sqlite"));
    explicit Counter(const QString &unit = QStringLiteral("000.00.16.H56"));
    struct Existing {};
    Counter(const QString &existingDb, Existing) : db(existingDb) {}  // a counter set up elsewhere
    CliRun cli(const QStringList &args, const QByteArray &in = {}) const { return runCliAt(db, args, in, QString::fromLatin1(kCentreNow)); }
    void registerDossiers(int n) const;
    void enrol(const Centre &centre, quint16 port, const QString &ca = QStringLiteral("ca.pem"), const QString &pin = {}) const;
    QString unit;
    CliRun sync(int maxAttempts = 3) const;
    // Points the enrolled counter at another port (a fault proxy in front of the centre);
    // throws unless exactly the one setting was rewritten.
    void retarget(quint16 port) const;
    // Runs one SQL statement on the counter's database; throws when it fails. Returns rows changed.
    int exec(const QString &sql, const QVariantList &binds = {}) const;
    // Runs sync --once until it answers 0 or the tries run out; returns the tries used (-1 = never).
    int syncUntilDone(int tries, int maxAttempts = 2) const;
    QString setting(const QString &key) const;
    // Makes the event of the n-th oldest registration bigger by `bytes` of incompressible text
    // (the intake's own field limits do not apply here: this plays an event already queued).
    void inflateEvent(int n, int bytes) const;
    int pending() const;
    int quarantined() const;
    QSet<QString> eventIds() const;  // the counter-made events that must reach the centre
};

// One exchange with the asynchronous client, waited for here (test code, never the sync
// thread); fails with a Timeout reply when nothing came within the deadline.
HttpReply exchange(CentreClient &client, const HttpRequest &request, int waitMs = 30000);
HttpReply post(CentreClient &client, const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers);
HttpReply get(CentreClient &client, const QString &path, const QHash<QByteArray, QByteArray> &headers);

}  // namespace pc::test
