// Sync with the reference centre over real TLS on 127.0.0.1: end to end, and under faults —
// cuts at random bytes both ways, 5xx storms, the client killed mid-batch, the centre killed
// and restarted, a throttled rural link. After each: the centre holds exactly the counter's
// events, no duplicates, nothing lost, the outbox is empty.
#include "SyncHarness.h"
#include "sync/CentreClient.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

namespace {
struct Setup {
    QTemporaryDir dir;
    Centre centre{dir.filePath(QStringLiteral("centre.sqlite"))};
    Counter counter;
    quint16 port = 0;
    explicit Setup(const QStringList &faults = {}) { port = centre.start(QStringLiteral("server"), faults); }
    void exactlyOnce() const
    {
        const QSet<QString> sent = counter.eventIds(), stored = centre.eventIds();
        CHECK(counter.pending() == 0);
        CHECK(stored.size() == sent.size());
        CHECK(stored == sent);
        CHECK(centre.admin({QStringLiteral("count-events")}).toInt() == sent.size());  // unique ids: no duplicate rows
    }
};
}  // namespace

TEST_CASE("sync: offline registrations reach the centre once, centre decisions come back", "[sync][e2e]")
{
    Setup s;
    s.counter.enrol(s.centre, s.port);
    s.centre.kill();                      // the link goes down
    s.counter.registerDossiers(20);
    const CliRun down = s.counter.sync(2);
    CHECK(down.exitCode == 3);
    CHECK(down.err.contains(QStringLiteral("Không kết nối được")));
    CHECK(s.counter.pending() == 20);
    s.centre.start(QStringLiteral("server"), {}, s.port);  // back up
    const CliRun up = s.counter.sync();
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("accepted 20")));
    s.exactlyOnce();
    const CliRun status = s.counter.cli({QStringLiteral("sync"), QStringLiteral("status")});
    CHECK(status.out.startsWith(QStringLiteral("pending 0\nquarantined 0\nlast_success 20")));

    // statuses published at the centre appear on the counter
    const QString code = s.counter.cli({QStringLiteral("list")}).out.section(u'\t', 0, 0);
    s.centre.admin({QStringLiteral("publish-status"), code, QStringLiteral("4"), QStringLiteral("--note"), QStringLiteral("Đã chuyển Phòng Kinh tế")});
    s.centre.admin({QStringLiteral("publish-status"), QStringLiteral("000.99.99.H99-261125-0001"), QStringLiteral("9")});  // another unit's
    REQUIRE(s.counter.sync().exitCode == 0);
    CHECK(s.counter.cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("in_progress")}).out.startsWith(code));
    // status events from the centre are not sent back
    CHECK(s.counter.pending() == 0);
    // a catalogue version and an official holiday schedule come down too
    QFile cat(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/resources/catalogue/default-catalogue.json"));
    REQUIRE(cat.open(QIODevice::ReadOnly));
    // one version above the built-in catalogue, whatever that is now
    QJsonObject catalogue = QJsonDocument::fromJson(cat.readAll()).object();
    catalogue[QStringLiteral("version")] = catalogue.value(QStringLiteral("version")).toInt() + 1;
    const QByteArray v2 = QJsonDocument(catalogue).toJson();
    const QString v2Path = s.dir.filePath(QStringLiteral("catalogue-v2.json"));
    QFile out(v2Path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(v2);
    out.close();
    s.centre.admin({QStringLiteral("publish-catalogue"), v2Path});
    // 2025 ships built in: the centre sends the same days under its own source, a new version
    QFile example(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/docs/examples/holiday-schedule-2025.json"));
    REQUIRE(example.open(QIODevice::ReadOnly));
    QJsonObject schedule = QJsonDocument::fromJson(example.readAll()).object();
    schedule[QStringLiteral("source")] = schedule.value(QStringLiteral("source")).toString() + QStringLiteral(" (trung tâm gửi)");
    const QString schedulePath = s.dir.filePath(QStringLiteral("schedule-2025.json"));
    QFile scheduleOut(schedulePath);
    REQUIRE(scheduleOut.open(QIODevice::WriteOnly));
    scheduleOut.write(QJsonDocument(schedule).toJson());
    scheduleOut.close();
    s.centre.admin({QStringLiteral("publish-schedule"), schedulePath});
    const CliRun down2 = s.counter.sync();
    REQUIRE(down2.exitCode == 0);
    CHECK(down2.out.contains(QStringLiteral("changes 2")));
    CHECK(s.counter.cli({QStringLiteral("calendar"), QStringLiteral("working-saturdays"), QStringLiteral("2025")}).out == QStringLiteral("2025-04-26\n"));
    // a full resync after the centre forgets cursors changes nothing twice
    s.centre.admin({QStringLiteral("expire-cursors")});
    const CliRun again = s.counter.sync();
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("changes 0")));
}

TEST_CASE("sync faults: connections cut at random bytes in both directions", "[sync][faults]")
{
    Setup s;
    s.counter.enrol(s.centre, s.port);
    for (int round = 0; round < 6; ++round) {
        s.counter.registerDossiers(8);
        Proxy proxy;
        const quint16 p = proxy.start(s.port, {QStringLiteral("--random-cut"), QStringLiteral("6000"), QStringLiteral("--cut-probability"),
                                               QStringLiteral("0.6"), QStringLiteral("--seed"), QString::number(1000 + round)});
        s.counter.retarget(p);  // through the proxy
        INFO("round " << round);
        REQUIRE(s.counter.syncUntilDone(60) > 0);
    }
    s.exactlyOnce();
}

TEST_CASE("sync faults: 5xx storms with Retry-After", "[sync][faults]")
{
    Setup s({QStringLiteral("--fail-rate"), QStringLiteral("0.6"), QStringLiteral("--retry-after"), QStringLiteral("0")});
    s.counter.enrol(s.centre, s.port);
    s.counter.registerDossiers(30);
    REQUIRE(s.counter.syncUntilDone(40, 4) > 0);
    s.exactlyOnce();
}

TEST_CASE("sync faults: the client killed with SIGKILL during a batch", "[sync][faults]")
{
    Setup s;
    s.counter.enrol(s.centre, s.port);
    s.counter.registerDossiers(120);
    Proxy slow;  // slow enough that a batch is still in flight when the kill comes
    const quint16 p = slow.start(s.port, {QStringLiteral("--kbps"), QStringLiteral("32"), QStringLiteral("--latency-ms"), QStringLiteral("80")});
    s.counter.retarget(p);
    auto *rng = QRandomGenerator::global();
    int killed = 0;
    for (int i = 0; i < 10 && s.counter.pending() > 0; ++i) {
        QProcess p2;
        p2.start(QStringLiteral(POSTCOUNTER_CLI), {QStringLiteral("--db"), s.counter.db, QStringLiteral("sync"), QStringLiteral("--once")});
        REQUIRE(p2.waitForStarted());
        if (!p2.waitForFinished(150 + rng->bounded(700))) {
            p2.kill();
            p2.waitForFinished(5000);
            ++killed;
        }
    }
    INFO("killed " << killed);
    CHECK(killed > 0);
    REQUIRE(s.counter.syncUntilDone(20) > 0);
    s.exactlyOnce();
}

TEST_CASE("sync faults: the centre killed and restarted mid-drain", "[sync][faults]")
{
    Setup s;
    s.counter.enrol(s.centre, s.port);
    s.counter.registerDossiers(80);
    Proxy slow;
    // 16 kbit/s: the whole drain (~6 KB of TLS and gzip) takes seconds, so the kill lands in it
    const quint16 p = slow.start(s.port, {QStringLiteral("--kbps"), QStringLiteral("16"), QStringLiteral("--latency-ms"), QStringLiteral("300"),
                                          QStringLiteral("--progress")});
    s.counter.retarget(p);
    QProcess drain;
    drain.start(QStringLiteral(POSTCOUNTER_CLI), {QStringLiteral("--db"), s.counter.db, QStringLiteral("sync"), QStringLiteral("--once"),
                                                  QStringLiteral("--max-attempts"), QStringLiteral("2")});
    REQUIRE(drain.waitForStarted());
    // Waits for the condition, not for a time: the batch is on its way through the proxy.
    QDeadlineTimer deadline(20000);
    // past the TLS handshake (~2 KB up), into the batch
    while (slow.carriedUp() < 3000 && drain.state() == QProcess::Running && !deadline.hasExpired()) {
    }
    INFO("carried up " << slow.carriedUp());
    REQUIRE(slow.carriedUp() >= 3000);
    REQUIRE(drain.state() == QProcess::Running);  // the fault lands mid-drain …
    REQUIRE(s.counter.pending() > 0);             // … before the counter had its answer
    s.centre.kill();
    s.centre.start(QStringLiteral("server"), {}, s.port);
    REQUIRE(drain.waitForFinished(60000));
    s.counter.retarget(s.port);  // the recovery need not crawl at 16 kbit/s
    REQUIRE(s.counter.syncUntilDone(20) > 0);
    s.exactlyOnce();
}

TEST_CASE("sync: a throttled 256 kbit/s, 300 ms link drains and a 413 halves the batch", "[sync][faults]")
{
    Setup s({QStringLiteral("--max-batch"), QStringLiteral("16")});
    s.counter.enrol(s.centre, s.port);
    s.counter.registerDossiers(50);
    Proxy rural;
    const quint16 p = rural.start(s.port, {QStringLiteral("--kbps"), QStringLiteral("256"), QStringLiteral("--latency-ms"), QStringLiteral("300")});
    s.counter.retarget(p);
    const CliRun r = s.counter.sync(6);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);  // drained over the rural link
    s.exactlyOnce();
    // the 413s happened, and each halved the batch: 50 (all) -> 25 -> 12, which the centre took
    const QString log = s.centre.log();
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("413 for a batch of 50 events")));
    CHECK(log.contains(QStringLiteral("413 for a batch of 25 events")));
    CHECK(log.contains(QStringLiteral("answered a batch of 12 events")));
    CHECK(!log.contains(QRegularExpression(QStringLiteral("answered a batch of (1[7-9]|[2-9][0-9]) events"))));
}

TEST_CASE("sync: certificate problems are refused with a clear message and change nothing", "[sync][tls]")
{
    for (const auto &[cert, ca, expect] : {std::tuple{QStringLiteral("server"), QStringLiteral("other-ca.pem"), QStringLiteral("cơ quan chứng thực")},
                                           std::tuple{QStringLiteral("expired"), QStringLiteral("ca.pem"), QStringLiteral("hết hạn")},
                                           std::tuple{QStringLiteral("wronghost"), QStringLiteral("ca.pem"), QStringLiteral("tên máy chủ")}}) {
        INFO(cert.toStdString() << " with " << ca.toStdString());
        QTemporaryDir dir;
        Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
        const quint16 port = centre.start(cert);
        Counter counter;
        const CliRun r = counter.cli({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1/").arg(port),
                                      QStringLiteral("--code"), centre.issueCode(), QStringLiteral("--ca"), Pki::get().path(ca)});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(expect));
        CHECK(centre.eventIds().isEmpty());
    }
}

TEST_CASE("sync: a pin mismatch, a captive portal, malformed JSON and a rejected event", "[sync][tls][faults]")
{
    SECTION("pin mismatch")
    {
        Setup s;
        const CliRun enrol = s.counter.cli({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--url"),
                                            QStringLiteral("https://127.0.0.1:%1/").arg(s.port), QStringLiteral("--code"),
                                            s.centre.issueCode(), QStringLiteral("--ca"), Pki::get().path(QStringLiteral("ca.pem")),
                                            QStringLiteral("--pin"), QString(64, u'0')});
        CHECK(enrol.exitCode == 2);
        CHECK(enrol.err.contains(QStringLiteral("ghim")));
        // enrolled with the right pin, then the centre's key changes under the counter
        const QString pin = CentreClient::publicKeyPin(QSslCertificate::fromPath(Pki::get().path(QStringLiteral("server.pem"))).first());
        s.counter.enrol(s.centre, s.port, QStringLiteral("ca.pem"), pin);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("repin"));
            c.setDatabaseName(s.counter.db);
            REQUIRE(c.open());
            QSqlQuery(QStringLiteral("UPDATE settings SET value = '%1' WHERE key = 'sync.pin'").arg(QString(64, u'0')), c);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("repin"));
        s.counter.registerDossiers(2);
        const CliRun r = s.counter.sync();
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("ghim")));
        CHECK(s.counter.pending() == 2);
        CHECK(s.centre.eventIds().isEmpty());
    }
    SECTION("the right pin works")
    {
        Setup s;
        const QString pin = CentreClient::publicKeyPin(QSslCertificate::fromPath(Pki::get().path(QStringLiteral("server.pem"))).first());
        s.counter.enrol(s.centre, s.port, QStringLiteral("ca.pem"), pin);
        s.counter.registerDossiers(2);
        CHECK(s.counter.sync().exitCode == 0);
        s.exactlyOnce();
    }
    for (const QString &fault : {QStringLiteral("--captive-portal"), QStringLiteral("--malformed-json")}) {
        INFO(fault.toStdString());
        Setup s;
        s.counter.enrol(s.centre, s.port);
        s.centre.start(QStringLiteral("server"), {fault}, s.port);
        s.counter.registerDossiers(3);
        const CliRun r = s.counter.sync(2);
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("không phải của trung tâm")));
        CHECK(s.counter.pending() == 3);  // a 200 without the answer settles nothing
    }
    SECTION("a rejected event is quarantined and does not block the others")
    {
        QTemporaryDir dir;
        Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
        const quint16 port = centre.start();
        Counter counter(QStringLiteral("000.00.16.H11"));  // this counter was reassigned …
        counter.registerDossiers(1);
        REQUIRE(counter.cli({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                             QStringLiteral("Bưu điện mới"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 0);
        counter.registerDossiers(2);  // … and enrolled under its new unit
        counter.unit = QStringLiteral("000.00.16.H56");
        counter.enrol(centre, port);
        const CliRun r = counter.sync();
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("rejected 1")));
        CHECK(counter.pending() == 0);
        CHECK(counter.quarantined() == 1);
        CHECK(centre.eventIds().size() == 2);
        const CliRun q = counter.cli({QStringLiteral("sync"), QStringLiteral("quarantine")});
        CHECK(q.out.contains(QStringLiteral("không thuộc đơn vị")));
        CHECK(counter.cli({QStringLiteral("sync"), QStringLiteral("status")}).out.contains(QStringLiteral("quarantined 1")));
    }
}

TEST_CASE("sync: configuration errors exit 2", "[sync]")
{
    Counter counter;
    const CliRun r = counter.sync();
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("sync enrol")));
    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    const CliRun bad = counter.cli({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1/").arg(port),
                                    QStringLiteral("--code"), QStringLiteral("000"), QStringLiteral("--ca"), Pki::get().path(QStringLiteral("ca.pem"))});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("mã đăng ký")));
}
