// Issue 10, items 3 and 5a, in-process with the real client: a trickling centre ends in the
// run's own deadline; one big event on a slow link neither times out nor holds the others;
// the sync thread takes up an enrolment at once while a push is stuck on the network.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "sync/SyncService.h"
#include "sync/SyncWorker.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

using namespace pc;

namespace {
QUrl url(quint16 port) { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)); }
QString ca() { return test::Pki::get().path(QStringLiteral("ca.pem")); }
// Runs the caller's event loop until the condition holds; false when the deadline passed first.
template <typename F>
bool waitFor(F condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}
}  // namespace

TEST_CASE("sync 5a: a centre that trickles its answer ends in the exchange's deadline, nothing settled", "[sync][hostile][async]")
{
    test::BadCentre bad;
    const quint16 port = bad.start(QStringLiteral("trickle"));
    test::TempCounter t;
    t.clock.now = test::centreNow();
    REQUIRE(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
    // the trickle also answers the enrolment slowly: enrol against a well-behaved centre first
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 good = centre.start();
    REQUIRE(SyncService(t.services->syncParts()).enrol(test::supervisor(), url(good), ca(), QString(), centre.issueCode(QStringLiteral("000.00.16.H56"), 2)));
    REQUIRE(t.services->setPreference(QStringLiteral("sync.url"), url(port).toString()));
    SyncOptions o;
    o.deadlineMs = 1500;
    o.maxAttempts = 2;
    o.baseDelayMs = 10;
    QElapsedTimer elapsed;
    elapsed.start();
    const SyncReport r = SyncService(t.services->syncParts()).runOnce(o);
    CHECK(r.outcome == SyncReport::Outcome::Unreachable);
    CHECK(r.message.contains(QStringLiteral("không trả lời kịp")));
    CHECK(elapsed.elapsed() < 10000);
    CHECK(SyncService(t.services->syncParts()).status()->pending == 1);
}

TEST_CASE("sync 3: one big event on a 256 kbit/s link travels alone with its own deadline and holds nothing", "[sync][hostile][large]")
{
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    test::Proxy rural;
    const quint16 slow = rural.start(port, {QStringLiteral("--kbps"), QStringLiteral("256"), QStringLiteral("--latency-ms"), QStringLiteral("100")});
    test::TempCounter t;
    t.clock.now = test::centreNow();
    REQUIRE(SyncService(t.services->syncParts()).enrol(test::supervisor(), url(port), ca(), QString(), centre.issueCode(QStringLiteral("000.00.16.H56"), 2)));
    REQUIRE(t.services->setPreference(QStringLiteral("sync.url"), url(slow).toString()));
    for (int i = 0; i < 4; ++i)
        REQUIRE(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
    test::Counter view(t.dbPath(), test::Counter::Existing{});
    // ~150 KB of incompressible text: at 256 kbit/s (32 KB/s) about 5 s, longer than the
    // 2 s this run allows a normal exchange.
    view.inflateEvent(0, 150000);
    SyncOptions o;
    o.deadlineMs = 2000;
    o.maxBatchBytes = 64 * 1024;
    o.slowLinkBytesPerSecond = 8000;  // its own deadline: 2 s + ~15 s
    o.maxAttempts = 3;
    const SyncReport r = SyncService(t.services->syncParts()).runOnce(o);
    INFO(r.message.toStdString());
    CHECK(r.outcome == SyncReport::Outcome::Complete);
    CHECK(r.accepted + r.duplicates == 4);  // a small batch may time out while the big one fills the link: resent, duplicate
    CHECK(SyncService(t.services->syncParts()).status()->pending == 0);
    CHECK(centre.eventIds().size() == 4);
}

TEST_CASE("sync 5a: an enrolment is taken up at once while a push is stuck on the network, and never interleaves with it", "[sync][hostile][async][thread]")
{
    test::BadCentre bad;
    const quint16 trickle = bad.start(QStringLiteral("trickle"));
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    test::TempCounter t;
    t.clock.now = test::centreNow();
    REQUIRE(SyncService(t.services->syncParts()).enrol(test::supervisor(), url(port), ca(), QString(), centre.issueCode(QStringLiteral("000.00.16.H56"), 2)));
    REQUIRE(t.services->setPreference(QStringLiteral("sync.url"), url(trickle).toString()));  // the centre now hangs mid-answer
    for (int i = 0; i < 3; ++i)
        REQUIRE(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));

    QThread thread;
    auto *worker = new SyncWorker(CounterServices::syncOpener(t.dbPath(), t.clock), 600000);
    worker->moveToThread(&thread);
    SyncSnapshot last;
    bool enrolledOk = false, enrolAnswered = false;
    QObject::connect(worker, &SyncWorker::snapshot, qApp, [&](const SyncSnapshot &s) { last = s; });
    QObject::connect(worker, &SyncWorker::enrolled, qApp, [&](bool ok, const QString &) {
        enrolAnswered = true;
        enrolledOk = ok;
    });
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(worker, &SyncWorker::start, Qt::QueuedConnection);
    // the push is in flight against the trickling centre (its deadline is 60 s)
    REQUIRE(waitFor([&] { return last.running; }, 10000));
    QElapsedTimer asked;
    asked.start();
    const QString code = centre.issueCode(QStringLiteral("000.00.16.H56"), 2);
    QMetaObject::invokeMethod(worker, [&, code] { worker->enrol(test::supervisor(), url(port), ca(), QString(), code); }, Qt::QueuedConnection);
    REQUIRE(waitFor([&] { return enrolAnswered; }, 10000));
    CHECK(enrolledOk);
    CHECK(asked.elapsed() < 10000);  // not after the stuck exchange's 60 s
    // after the enrolment the queue drains to the enrolled centre, each event once
    CHECK(waitFor([&] { return last.enrolled && !last.running && last.pending == 0; }, 30000));
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    CHECK(centre.eventIds().size() == 3);
    CHECK(centre.admin({QStringLiteral("count-events")}) == QStringLiteral("3"));
}
