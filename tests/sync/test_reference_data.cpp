// One source of truth at run time (issue 8 §6): the window's services and the sync thread's
// services share one owner of catalogue and calendar, so what arrives by sync, or what another
// process imports, changes the next appointment without a restart. Expected moments: see
// ReferenceFixtures.h (counted by hand).
#include "CliRunner.h"
#include "ReferenceFixtures.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "calendar/DeadlineCalculator.h"
#include "storage/CatalogueRepository.h"
#include "sync/SyncService.h"
#include "sync/SyncWorker.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <atomic>
#include <mutex>
#include <thread>

using namespace pc;

namespace {
// The appointment the GUI's services would promise for the liquor licence received now.
QDateTime nextAppointment(test::TempCounter &t)
{
    const Procedure *p = t.services->catalogue()->procedure(test::kLiquorLicence);
    REQUIRE(p);
    return t.services->intake().appointmentFor(*p, t.clock.nowUtc());
}

// What the owner announced, and on which thread; written by the announcing thread.
class ChangeLog {
public:
    explicit ChangeLog(ReferenceData &reference)
    {
        m_connection = QObject::connect(&reference, &ReferenceData::changed, &reference, [this](ReferenceData::Changes what) {
            std::lock_guard lock(m_mutex);
            m_threads << QThread::currentThread();
            m_seen |= what;
        }, Qt::DirectConnection);
    }
    ~ChangeLog() { QObject::disconnect(m_connection); }
    ReferenceData::Changes seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }
    QList<QThread *> threads() const
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    mutable std::mutex m_mutex;
    ReferenceData::Changes m_seen;
    QList<QThread *> m_threads;
    QMetaObject::Connection m_connection;
};

// Processes events until `done` or the deadline; the caller REQUIREs the result.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

const ReferenceData::Changes kBoth = ReferenceData::Change::Catalogue | ReferenceData::Change::Calendar;
}  // namespace

TEST_CASE("reference data: a catalogue and a schedule arriving by sync change the next appointment without a restart", "[sync][reference]")
{
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    test::TempCounter t;
    t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));  // Monday
    REQUIRE(SyncService(t.services->syncParts()).enrol(test::supervisor(), QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)),
                                           test::Pki::get().path(QStringLiteral("ca.pem")), QString(), centre.issueCode(QStringLiteral("000.00.16.H56"), 2)));
    REQUIRE(nextAppointment(t) == test::local(2027, 3, 18, 9, 0));
    const int before = t.services->catalogue()->version();

    const QString catalogueFile = dir.filePath(QStringLiteral("catalogue.json")), scheduleFile = dir.filePath(QStringLiteral("schedule.json"));
    REQUIRE(test::writeFile(catalogueFile, test::longerLiquorCatalogue(before + 1)));
    REQUIRE(test::writeFile(scheduleFile, test::friday19MarchOffSchedule2027()));
    centre.admin({QStringLiteral("publish-catalogue"), catalogueFile});
    centre.admin({QStringLiteral("publish-schedule"), scheduleFile});

    ChangeLog log(t.services->reference());
    QThread thread;
    auto *worker = new SyncWorker(CounterServices::syncOpener(t.dbPath(), t.clock, t.services->sharedReference()), 60000);
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(worker, &SyncWorker::start, Qt::QueuedConnection);
    const bool arrived = waitFor([&] { return log.seen() == kBoth; }, 30000);
    thread.quit();
    thread.wait();
    REQUIRE(arrived);
    // announced by the sync thread itself (no poll runs in this test)
    for (QThread *where : log.threads())
        CHECK(where != QThread::currentThread());

    CHECK(t.services->catalogue()->version() == before + 1);
    CHECK(nextAppointment(t) == test::local(2027, 3, 25, 9, 0));
    // and a dossier registered now is registered under what is in force now
    auto r = t.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE(r);
    CHECK(r->dossier.appointmentAt == test::local(2027, 3, 25, 9, 0).toUTC());
}

TEST_CASE("reference data: what another process imports is noticed by the window's poll", "[reference]")
{
    test::TempCounter t;
    t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));
    REQUIRE(nextAppointment(t) == test::local(2027, 3, 18, 9, 0));
    ChangeLog log(t.services->reference());

    // a real second process: the CLI imports the schedule
    const QString scheduleFile = t.dir.filePath(QStringLiteral("schedule.json"));
    REQUIRE(test::writeFile(scheduleFile, test::friday19MarchOffSchedule2027()));
    const test::CliRun cli = test::runCli(t.dbPath(), {QStringLiteral("calendar"), QStringLiteral("import"), scheduleFile});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    // another process's services (their own owner) store a catalogue version
    test::FixedClock otherClock;
    auto other = CounterServices::open(t.dbPath(), otherClock);
    REQUIRE(other);
    const int before = t.services->catalogue()->version();
    REQUIRE(CatalogueRepository(other.value()->database().sql()).import(test::longerLiquorCatalogue(before + 1), QStringLiteral("import")));

    QCoreApplication::processEvents();
    CHECK(log.seen() == ReferenceData::Changes());  // nothing told this process: only the poll can see it
    CHECK(t.services->catalogue()->version() == before);

    t.services->reference().startWatching(50);
    REQUIRE(waitFor([&] { return log.seen() == kBoth; }, 10000));
    CHECK(t.services->catalogue()->version() == before + 1);
    CHECK(nextAppointment(t) == test::local(2027, 3, 25, 9, 0));
    // nothing new stored: further polls announce nothing
    const qsizetype announced = log.threads().size();
    t.services->reference().checkForOutsideChanges();
    t.services->reference().checkForOutsideChanges();
    CHECK(log.threads().size() == announced);
}

TEST_CASE("reference data: a dossier is registered under the version in force even before the poll looked", "[reference]")
{
    test::TempCounter t;
    t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));
    ChangeLog log(t.services->reference());
    test::FixedClock otherClock;
    auto other = CounterServices::open(t.dbPath(), otherClock);
    REQUIRE(other);
    const int before = t.services->catalogue()->version();
    REQUIRE(CatalogueRepository(other.value()->database().sql()).import(test::longerLiquorCatalogue(before + 1), QStringLiteral("import")));
    REQUIRE(other.value()->calendar().importSchedule(test::friday19MarchOffSchedule2027()));

    auto r = t.services->intake().registerDossier(test::clerk(), test::completeDraft());  // no poll runs, no restart
    REQUIRE(r);
    CHECK(r->dossier.appointmentAt == test::local(2027, 3, 25, 9, 0).toUTC());
    CHECK(log.seen() == kBoth);  // and the screens were told
}

TEST_CASE("reference data: two services of one process share the owner, each on its own connection", "[reference]")
{
    test::TempCounter t;
    t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));
    auto second = CounterServices::open(t.dbPath(), t.clock, t.services->sharedReference());
    REQUIRE(second);
    ChangeLog log(t.services->reference());
    // a schedule imported through the second: the first sees it without any catch-up
    REQUIRE(second.value()->calendar().importSchedule(test::friday19MarchOffSchedule2027()));
    CHECK(log.seen() == ReferenceData::Changes(ReferenceData::Change::Calendar));
    const Procedure *p = t.services->catalogue()->procedure(test::kLiquorLicence);
    REQUIRE(p);
    // 8 working days from Mon 08/03 09:00 with Fri 19/03 off: still Thu 18/03 (the day off comes after)
    CHECK(t.services->intake().appointmentFor(*p, t.clock.nowUtc()) == test::local(2027, 3, 18, 9, 0));
    // received Thu 11/03 09:00: 12, 15, 16, 17, 18, (19 off), 22, 23, 24 → Wed 24/03 09:00
    CHECK(t.services->intake().appointmentFor(*p, test::local(2027, 3, 11, 9, 0).toUTC()) == test::local(2027, 3, 24, 9, 0));
    const int before = t.services->catalogue()->version();
    REQUIRE(CatalogueRepository(second.value()->database().sql()).import(test::longerLiquorCatalogue(before + 1), QStringLiteral("import")));
    REQUIRE(second.value()->reloadCatalogue());
    CHECK(log.seen() == kBoth);
    CHECK(t.services->catalogue()->version() == before + 1);
    CHECK(nextAppointment(t) == test::local(2027, 3, 25, 9, 0));
}

TEST_CASE("reference data: one calendar shared by two threads survives invalidation during deadline counting", "[reference][threads]")
{
    // The sync thread invalidates the shared calendar while the window counts a deadline; the
    // window must get either the old or the new answer, never a dangling year. Thursday
    // 11/03/2027 09:00 + 8 working days: Tue 23/03 by the rules, Wed 24/03 with 19/03 off.
    std::atomic<bool> withDayOff{false};
    const auto schedule = HolidaySchedule::fromJson(test::friday19MarchOffSchedule2027());
    REQUIRE(schedule);
    HolidayCalendar calendar([&](int year) -> std::optional<HolidaySchedule> {
        return year == 2027 && withDayOff.load() ? std::optional(schedule.value()) : std::nullopt;
    });
    std::atomic<int> invalidations{0};
    calendar.setInvalidationListener([&] { ++invalidations; });
    const DeadlineCalculator counter(calendar, WorkingHours::standard());
    const QDateTime received = test::local(2027, 3, 11, 9, 0);
    const QDateTime byRules = test::local(2027, 3, 23, 9, 0), withOff = test::local(2027, 3, 24, 9, 0);
    const Duration eightDays{Duration::Kind::WorkingDays, 8};

    // The "sync thread" invalidates until told to stop; the window counts until both sides
    // did enough work side by side (or the deadline passes, which fails the test).
    std::atomic<bool> stop{false};
    std::thread syncThread([&] {
        for (int i = 0; !stop.load(); ++i) {
            withDayOff = i % 2 == 0;
            calendar.invalidate();
        }
    });
    const int invalidatedBefore = invalidations.load();
    int computed = 0, wrong = 0;
    QDateTime firstWrong;
    QDeadlineTimer deadline(20000);
    while ((computed < 500 || invalidations.load() - invalidatedBefore < 1000) && !deadline.hasExpired()) {
        const QDateTime due = counter.due(received, eightDays);
        if (due != byRules && due != withOff && !firstWrong.isValid())
            firstWrong = due;
        wrong += due != byRules && due != withOff;
        ++computed;
    }
    const int overlapped = invalidations.load() - invalidatedBefore;
    stop = true;
    syncThread.join();
    INFO("deadlines computed: " << computed << ", invalidations meanwhile: " << overlapped
                                  << ", first wrong answer: " << firstWrong.toString(Qt::ISODate).toStdString());
    REQUIRE(!deadline.hasExpired());
    CHECK(overlapped >= 1000);  // the fault really happened while counting
    CHECK(wrong == 0);
    withDayOff = false;
    calendar.invalidate();
    // settled on the rules
    CHECK(counter.due(received, eightDays) == byRules);
}
