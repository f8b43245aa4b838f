// The sync service in-process, with a fixed clock: the clock check against the centre's Date
// header, and the worker that runs on its own thread.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "sync/SyncService.h"
#include "sync/SyncWorker.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

using namespace pc;

namespace {
void enrol(test::TempCounter &t, test::Centre &centre, quint16 port)
{
    SyncService sync(t.services->syncParts());
    auto r = sync.enrol(test::supervisor(), QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)), test::Pki::get().path(QStringLiteral("ca.pem")), QString(),
                        centre.issueCode(QStringLiteral("000.00.16.H56"), 2));
    if (!r)
        FAIL(r.error().message.toStdString());
}
}  // namespace

TEST_CASE("sync: a counter clock far from the centre's is reported", "[sync][clock]")
{
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    test::TempCounter t;
    t.clock.now = test::centreNow().addDays(-2);  // a dead clock battery
    enrol(t, centre, port);
    REQUIRE(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
    const SyncReport r = SyncService(t.services->syncParts()).runOnce();
    REQUIRE(r.outcome == SyncReport::Outcome::Complete);
    REQUIRE(!r.warnings.isEmpty());
    CHECK(r.warnings.first().contains(QStringLiteral("Đồng hồ máy quầy lệch")));
    CHECK(SyncService(t.services->syncParts()).status()->clockOffsetSeconds > 86400);
    // a clock that ran ahead before: events recorded later than the centre's time
    test::TempCounter ahead;
    ahead.clock.now = test::centreNow().addDays(3);
    enrol(ahead, centre, port);
    REQUIRE(ahead.services->intake().registerDossier(test::clerk(), test::completeDraft()));
    ahead.clock.now = test::centreNow();  // fixed since
    const SyncReport r2 = SyncService(ahead.services->syncParts()).runOnce();
    CHECK(r2.warnings.join(u' ').contains(QStringLiteral("muộn hơn giờ của trung tâm")));
}

TEST_CASE("sync: the worker drains on its own thread and reports its state", "[sync][thread]")
{
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    test::TempCounter t;
    t.clock.now = test::centreNow();
    enrol(t, centre, port);
    for (int i = 0; i < 5; ++i)
        REQUIRE(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));

    QThread thread;
    auto *worker = new SyncWorker(CounterServices::syncOpener(t.dbPath(), t.clock), 60000);
    worker->moveToThread(&thread);
    SyncSnapshot last;
    Qt::HANDLE workerThread = nullptr;
    QObject::connect(worker, &SyncWorker::snapshot, qApp, [&](const SyncSnapshot &s) { last = s; });
    QObject::connect(worker, &SyncWorker::snapshot, worker, [&] { workerThread = QThread::currentThreadId(); }, Qt::DirectConnection);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(worker, &SyncWorker::start, Qt::QueuedConnection);
    QElapsedTimer waited;
    waited.start();
    while (!(last.online && !last.running) && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    thread.quit();
    thread.wait();
    CHECK(last.online);
    CHECK(last.enrolled);
    CHECK(last.pending == 0);
    CHECK(last.lastSuccess.isValid());
    CHECK(workerThread != QThread::currentThreadId());  // not the caller's (UI) thread
    CHECK(centre.eventIds().size() == 5);
}
