// Issue 10, items 6-8, the reference centre's store in-process: never "accepted" unless
// stored, "duplicate" only for what an earlier request stored, units proved by the code and
// compared exactly, and a database only its owner can read.
#include "CentreStore.h"
#include "util/Clock.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTimeZone>
#include <filesystem>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace pc;
using namespace pc::centre;

namespace {
// The centre's clock in these tests: one fixed instant, whatever day they run.
class StillClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc()); }
};
const StillClock kCentreClock;

wire::Event event(const QString &code)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("dossier.registered"), code,
            QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::utc()), QJsonObject{{QStringLiteral("code"), code}}};
}
Device enrolled(CentreStore &store, const QString &unit, int counter)
{
    const auto code = store.issueCode(unit, counter);
    REQUIRE(code);
    const Enrolment e = store.enrol(*code, unit, counter);
    REQUIRE(e.outcome == Enrolment::Outcome::Enrolled);
    return *store.deviceForToken(e.token);
}
}  // namespace

TEST_CASE("centre 6: under a writer holding the lock nothing is answered accepted or duplicate", "[centre][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
    CentreStore store(kCentreClock);
    QString error;
    REQUIRE(store.open(path, &error, 200));  // a short busy timeout: the test waits 0.2 s, not 10
    const Device device = enrolled(store, QStringLiteral("000.00.16.H56"), 1);
    const wire::Batch batch{QStringLiteral("b1"), device.id, {event(QStringLiteral("000.00.16.H56-261128-0001"))}};
    {
        // another writer (another centre process on the same file) holds the write lock
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));  // the fault really is in place
        QString storeError;
        CHECK_FALSE(store.store(device, batch, &storeError));  // not "accepted", not "duplicate": a retryable error
        CHECK(storeError.contains(QStringLiteral("locked")));
        REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    CHECK(store.eventCount() == 0);
    QString e2;
    const auto first = store.store(device, batch, &e2);
    REQUIRE(first);
    CHECK(first->results.at(0).outcome == wire::EventResult::Outcome::Accepted);
    const auto again = store.store(device, batch, &e2);
    REQUIRE(again);
    CHECK(again->results.at(0).outcome == wire::EventResult::Outcome::Duplicate);  // stored by the earlier request
    CHECK(store.eventCount() == 1);
}

TEST_CASE("centre 6: a full database answers an error for the batch, never accepted", "[centre][storage]")
{
    QTemporaryDir dir;
    CentreStore store(kCentreClock);
    QString error;
    REQUIRE(store.open(dir.filePath(QStringLiteral("centre.sqlite")), &error, 200));
    const Device device = enrolled(store, QStringLiteral("000.00.16.H56"), 1);
    QSqlQuery pages(store.db());
    REQUIRE(pages.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(pages.next());
    const int now = pages.value(0).toInt();
    REQUIRE(pages.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(now + 2)));
    wire::Batch batch{QStringLiteral("b"), device.id, {}};
    for (int i = 1; i <= 40; ++i) {
        wire::Event e = event(QStringLiteral("000.00.16.H56-261128-%1").arg(i, 4, 10, QLatin1Char('0')));
        e.data.insert(QStringLiteral("filler"), QString(2000, u'x'));  // 40 × 2 KB: more than two pages
        batch.events.append(e);
    }
    QString storeError;
    CHECK_FALSE(store.store(device, batch, &storeError));
    CHECK(storeError.contains(QStringLiteral("full")));  // the fault happened: SQLITE_FULL
    CHECK(store.eventCount() == 0);                      // and nothing half-stored
}

TEST_CASE("centre 7: a code proves one unit and counter, exactly, and expires", "[centre][units]")
{
    QTemporaryDir dir;
    CentreStore store(kCentreClock);
    QString error;
    REQUIRE(store.open(dir.filePath(QStringLiteral("centre.sqlite")), &error));
    const auto code = store.issueCode(QStringLiteral("000.00.16.H56"), 1);
    REQUIRE(code);
    CHECK(store.enrol(*code, QStringLiteral("000.00.16.H5"), 1).outcome == Enrolment::Outcome::Refused);
    CHECK(store.enrol(*code, QStringLiteral("000.00.16.H56"), 2).outcome == Enrolment::Outcome::Refused);
    const auto expired = store.issueCode(QStringLiteral("000.00.16.H56"), 1, 0);
    const Enrolment late = store.enrol(*expired, QStringLiteral("000.00.16.H56"), 1);
    CHECK(late.outcome == Enrolment::Outcome::Refused);
    CHECK(late.reason == QStringLiteral("expired"));
    CHECK(store.enrol(*code, QStringLiteral("000.00.16.H56"), 1).outcome == Enrolment::Outcome::Enrolled);
    CHECK(store.enrol(*code, QStringLiteral("000.00.16.H56"), 1).outcome == Enrolment::Outcome::Refused);  // one-time

    // Seen: a device enrolled as "000.00.16.H56-261128" pushed "000.00.16.H56-261128-0001".
    const Device prefix = enrolled(store, QStringLiteral("000.00.16.H56-261128"), 1);
    QString e;
    const auto pushed = store.store(prefix, {QStringLiteral("b"), prefix.id, {event(QStringLiteral("000.00.16.H56-261128-0001"))}}, &e);
    REQUIRE(pushed);
    CHECK(pushed->results.at(0).outcome == wire::EventResult::Outcome::Rejected);
    // counter 2 of the same unit may not write on counter 1's dossier
    const Device one = enrolled(store, QStringLiteral("000.00.16.H56"), 1), two = enrolled(store, QStringLiteral("000.00.16.H56"), 2);
    REQUIRE(store.store(one, {QStringLiteral("b1"), one.id, {event(QStringLiteral("000.00.16.H56-261128-0001"))}}, &e));
    const auto foreign = store.store(two, {QStringLiteral("b2"), two.id, {event(QStringLiteral("000.00.16.H56-261128-0001"))}}, &e);
    REQUIRE(foreign);
    CHECK(foreign->results.at(0).outcome == wire::EventResult::Outcome::Rejected);
    // the feed: counter 1's dossier status reaches counter 1 only; a prefix unit sees nothing
    REQUIRE(store.publishStatus(QStringLiteral("000.00.16.H56-261128-0001"), 4, QStringLiteral("Nguyễn Văn Đức"), QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC)) > 0);
    const Device shortUnit = enrolled(store, QStringLiteral("000.00.16.H5"), 1);
    CHECK(store.changes(one, 0, 10)->changes.size() == 1);
    CHECK(store.changes(two, 0, 10)->changes.isEmpty());
    CHECK(store.changes(shortUnit, 0, 10)->changes.isEmpty());
    CHECK(store.changes(prefix, 0, 10)->changes.isEmpty());
}

TEST_CASE("centre 8: the centre's database and its WAL files are readable by their owner only", "[centre][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
    CentreStore store(kCentreClock);
    QString error;
    REQUIRE(store.open(path, &error));
    REQUIRE(store.issueCode(QStringLiteral("000.00.16.H56"), 1));  // a write: the WAL exists now
    for (const QString &p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        INFO(p.toStdString());
        REQUIRE(QFileInfo::exists(p));
        namespace fs = std::filesystem;
        CHECK(fs::status(p.toStdString()).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    }
}
