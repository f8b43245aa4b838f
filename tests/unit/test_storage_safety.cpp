// Issue 10, items 16–17: the database file is PostCounter's own (application_id), owner-only,
// its errors are in the clerk's words, and migrations run as whole scripts.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace pc;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Runs statements on `path` with a plain connection, as another program would.
void raw(const QString &path, const QStringList &statements, const QString &options = {})
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        REQUIRE(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

QVariant rawScalar(const QString &path, const QString &statement)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        if (q.next())
            v = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return v;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                         QFileDevice::WriteOther | QFileDevice::ExeOther;
}  // namespace

TEST_CASE("a new database is marked as PostCounter's with application_id", "[storage][identity]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    { REQUIRE(Database::open(path)); }
    CHECK(rawScalar(path, QStringLiteral("PRAGMA application_id")).toLongLong() == 0x50434E74);  // "PCnt"
}

TEST_CASE("a SQLite file of another program is refused and left untouched", "[storage][identity]")
{
    QTemporaryDir dir;
    const QString contacts = dir.filePath(QStringLiteral("contacts.sqlite"));
    raw(contacts, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                   QStringLiteral("INSERT INTO contacts VALUES ('Lan', '0912345678')")});
    const QString fossil = dir.filePath(QStringLiteral("repo.fossil"));
    raw(fossil, {QStringLiteral("PRAGMA application_id = 252006673"), QStringLiteral("CREATE TABLE blob (rid INTEGER)")});
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray("Ghi chú, không phải SQLite.\n").repeated(200));

    for (const QString &path : {contacts, fossil, text}) {
        INFO(path.toStdString());
        const QByteArray before = fileBytes(path);
        const auto permissions = QFile::permissions(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == Error::Kind::Refused);
        CHECK(db.error().message.contains(QStringLiteral("không phải cơ sở dữ liệu của PostCounter")));
        CHECK(fileBytes(path) == before);
        CHECK(QFile::permissions(path) == permissions);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    CHECK(rawScalar(contacts, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'dossiers'")).toInt() == 0);
}

TEST_CASE("a FIFO or a folder given as the database is refused before it is opened or changed", "[storage][identity]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("db.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const auto fifoPermissions = QFile::permissions(fifo);
    auto db = Database::open(fifo);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("không phải một tệp thường")));
    CHECK(QFile::permissions(fifo) == fifoPermissions);
    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder);
    CHECK(folder.error().kind == Error::Kind::Refused);
}

TEST_CASE("a PostCounter database from before the application id is still opened, and marked", "[storage][identity][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v6 = Database::open(path, Database::Options{6});
        REQUIRE(v6);
        REQUIRE(v6.value()->schemaVersion() == 6);
    }
    CHECK(rawScalar(path, QStringLiteral("PRAGMA application_id")).toLongLong() == 0);
    { REQUIRE(Database::open(path)); }
    CHECK(rawScalar(path, QStringLiteral("PRAGMA application_id")).toLongLong() == Database::kApplicationId);
}

TEST_CASE("on open, a database and its -wal/-shm that others could read become owner-only", "[storage][privacy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    { REQUIRE(Database::open(path)); }
    const auto wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup;
    REQUIRE(QFile::setPermissions(path, wide));
    REQUIRE((QFile::permissions(path) & kOthers) != 0);  // the fault is really there
    auto db = Database::open(path);
    REQUIRE(db);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        INFO(suffix);
        REQUIRE(QFile::exists(path + QLatin1String(suffix)));
        CHECK((QFile::permissions(path + QLatin1String(suffix)) & kOthers) == 0);
    }
}

TEST_CASE("the data folder PostCounter creates, and its default folder, are owner-only", "[storage][privacy]")
{
    QTemporaryDir dir;
    const QString created = dir.filePath(QStringLiteral("new-folder/sub"));
    { REQUIRE(Database::open(created + QStringLiteral("/c.sqlite"))); }
    CHECK((QFile::permissions(created) & kOthers) == 0);

    // The default data folder, made readable by others beforehand, is narrowed on open.
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("xdg")).toUtf8());
    const QString defaultFolder = QFileInfo(Database::defaultPath()).absolutePath();
    REQUIRE(defaultFolder.startsWith(dir.path()));
    REQUIRE(QDir().mkpath(defaultFolder));
    REQUIRE(QFile::setPermissions(defaultFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                     QFileDevice::ReadOther | QFileDevice::ExeOther));
    { REQUIRE(Database::open(Database::defaultPath())); }
    CHECK((QFile::permissions(defaultFolder) & kOthers) == 0);

    // A shared folder that is not PostCounter's own (here: the temporary folder itself) is left as it was.
    const QString shared = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(shared));
    const auto sharedPermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    REQUIRE(QFile::setPermissions(shared, sharedPermissions));
    { REQUIRE(Database::open(shared + QStringLiteral("/s.sqlite"))); }
    CHECK((QFile::permissions(shared) & kOthers) == (sharedPermissions & kOthers));
    qunsetenv("XDG_DATA_HOME");
}

TEST_CASE("a full disk is reported as 'ổ đĩa đầy', never with SQLite's English text", "[storage][errors]")
{
    pc::test::TempCounter t;
    Database &db = t.services->database();
    // The injected fault: the file may not grow by a single page.
    auto pages = sql::scalar(db.sql(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages);
    REQUIRE(sql::exec(db.sql(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toInt())));
    auto r = sql::exec(db.sql(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('big', ?)"), {QString(200'000, u'x')});
    REQUIRE_FALSE(r);  // the write really failed with SQLITE_FULL
    CHECK(r.error().kind == Error::Kind::Storage);
    CHECK(r.error().message.contains(QStringLiteral("Ổ đĩa đầy")));
    CHECK_FALSE(r.error().message.contains(QStringLiteral("full")));
}

TEST_CASE("a read-only location and an unexpected error are said in Vietnamese", "[storage][errors]")
{
    pc::test::TempCounter t;
    const QString path = t.dbPath();
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
        ro.setDatabaseName(path);
        ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(ro.open());
        auto r = sql::exec(ro, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("chỉ cho phép đọc")));
        CHECK_FALSE(r.error().message.contains(QStringLiteral("readonly")));
        auto syntax = sql::exec(ro, QStringLiteral("SELEC 1"));
        REQUIRE_FALSE(syntax);
        CHECK_FALSE(syntax.error().message.contains(QStringLiteral("syntax")));
        CHECK(syntax.error().message.contains(QStringLiteral("nhật ký")));
        ro.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
}

TEST_CASE("a migration runs as one script: a semicolon in a string literal or a trigger body is just text", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    REQUIRE(QDir().mkpath(migrations));
    // A line ending in ';' inside a string, a trigger whose body has two statements and a string
    // with "END;" on its own line: each broke the old line-based splitter.
    writeFile(migrations + QStringLiteral("/001_notes.sql"), QByteArray(
        "-- test migration; with a semicolon in a comment\n"
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);\n"
        "CREATE TABLE note_log (body TEXT);\n"
        "INSERT INTO notes (body) VALUES ('dòng một;\ndòng hai');\n"
        "CREATE TRIGGER notes_logged AFTER INSERT ON notes\n"
        "BEGIN\n"
        "    INSERT INTO note_log VALUES ('thêm;\nEND;\n' || NEW.body);\n"
        "    SELECT CASE WHEN NEW.body = '' THEN RAISE(ABORT, 'rỗng; không nhận') END;\n"
        "END;\n"
        "INSERT INTO notes (body) VALUES ('ba');\n"));
    writeFile(migrations + QStringLiteral("/003_gap.sql"), "CREATE TABLE after_gap (x);\n");
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        Database::Options options;
        options.migrationsDir = migrations;
        auto db = Database::open(path, options);
        INFO((db ? QString() : db.error().message).toStdString());
        REQUIRE(db);
        CHECK(db.value()->schemaVersion() == 3);  // numbers may have gaps
        Database &d = *db.value();
        CHECK(sql::scalar(d.sql(), QStringLiteral("SELECT body FROM notes WHERE id = 1"))->toString() == QStringLiteral("dòng một;\ndòng hai"));
        CHECK(sql::scalar(d.sql(), QStringLiteral("SELECT body FROM note_log"))->toString() == QStringLiteral("thêm;\nEND;\nba"));
        auto empty = sql::exec(d.sql(), QStringLiteral("INSERT INTO notes (body) VALUES ('')"));
        REQUIRE_FALSE(empty);  // the trigger's second statement is in force
    }

    // A failing script leaves the previous version, and says so without SQLite's English.
    writeFile(migrations + QStringLiteral("/004_broken.sql"), "CREATE TABLE half (x);\nINSERT INTO missing_table VALUES (1);\n");
    Database::Options options;
    options.migrationsDir = migrations;
    const QString fresh = dir.filePath(QStringLiteral("n.sqlite"));
    auto broken = Database::open(fresh, options);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("phiên bản 4")));
    CHECK_FALSE(broken.error().message.contains(QStringLiteral("no such table")));
    CHECK(rawScalar(fresh, QStringLiteral("PRAGMA user_version")).toInt() == 3);
    CHECK(rawScalar(fresh, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")).toInt() == 0);
}
