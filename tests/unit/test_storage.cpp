#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pc;

namespace {
QVariant pragma(Database &db, const char *name)
{
    auto v = sql::scalar(db.sql(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    REQUIRE(v);
    return v.value();
}
bool tableExists(Database &db, const QString &table)
{
    auto v = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"), {table});
    REQUIRE(v);
    return v->toInt() == 1;
}
// Sets user_version with a plain connection, as a newer PostCounter would have left it.
void setUserVersion(const QString &path, int v)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version=%1").arg(v));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
int userVersion(const QString &path)
{
    int v = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-read"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        v = q.value(0).toInt();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-read"));
    return v;
}
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("a fresh database gets every migration and the power-cut pragmas", "[storage][migrations]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(db);
    Database &d = *db.value();
    CHECK(d.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 2);
    CHECK(pragma(d, "journal_mode").toString() == QStringLiteral("wal"));
    CHECK(pragma(d, "synchronous").toInt() == 2);  // FULL
    CHECK(pragma(d, "foreign_keys").toInt() == 1);
    CHECK(pragma(d, "busy_timeout").toInt() >= 1000);
    for (const char *t : {"settings", "catalogue_versions", "code_sequences", "dossiers", "dossier_documents", "dossier_events",
                          "outbox", "ledger_sequences"})
        CHECK(tableExists(d, QString::fromLatin1(t)));
    CHECK_FALSE(d.recoveredFromUncleanShutdown());
}

TEST_CASE("an older database is upgraded in place and keeps its data", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v1 = Database::open(path, Database::Options{1});
        REQUIRE(v1);
        CHECK(v1.value()->schemaVersion() == 1);
        CHECK_FALSE(tableExists(*v1.value(), QStringLiteral("ledger_sequences")));
        REQUIRE(sql::exec(v1.value()->sql(), QStringLiteral("INSERT INTO settings VALUES ('counter.unit_id', 'X.1')")));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(tableExists(*db.value(), QStringLiteral("ledger_sequences")));
    auto kept = sql::scalar(db.value()->sql(), QStringLiteral("SELECT value FROM settings WHERE key='counter.unit_id'"));
    REQUIRE(kept);
    CHECK(kept->toString() == QStringLiteral("X.1"));
}

TEST_CASE("a database made by a newer version is refused and left untouched", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    { REQUIRE(Database::open(path)); }
    setUserVersion(path, 99);
    const QByteArray before = fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == Error::Kind::Refused);
    CHECK(db.error().message.contains(QStringLiteral("mới hơn")));
    CHECK(db.error().message.contains(QStringLiteral("99")));
    // Read back, not written: still 99 (nothing migrated "down") and the file is byte for byte the same.
    CHECK(userVersion(path) == 99);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a session that did not close cleanly triggers a quick_check", "[storage][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    { REQUIRE(Database::open(path)); }
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK_FALSE(db.value()->recoveredFromUncleanShutdown());
    }
    // A lock file left by a process that no longer exists, as after kill -9 or a power cut.
    QFile stale(path + QStringLiteral(".session-deadbeef.lock"));
    REQUIRE(stale.open(QIODevice::WriteOnly));
    stale.write("2147483000\npostcounter-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db.value()->recoveredFromUncleanShutdown());
    CHECK_FALSE(QFile::exists(stale.fileName()));
}

TEST_CASE("the database file is readable by its owner only", "[storage][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    REQUIRE(Database::open(path));
    const auto perms = QFile::permissions(path);
    CHECK((perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) == 0);
}

TEST_CASE("a database path that cannot be created is a clear error", "[storage]")
{
    auto db = Database::open(QStringLiteral("/proc/postcounter-cannot-write/x.sqlite"));
    REQUIRE_FALSE(db);
    CHECK(!db.error().message.isEmpty());
}

