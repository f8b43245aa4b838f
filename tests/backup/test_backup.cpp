// Backups (issue 12): online copy while the counter's connection stays open, name with the
// date, owner-only, keep the last N, a missing folder or a cut/altered encrypted file leaves no
// partial file, verify refuses broken and newer files, restore is admin-only and refuses while
// the database is open elsewhere.
#include "TestSupport.h"
#include "services/BackupService.h"
#include "storage/SqlHelpers.h"
#include "util/PassphraseFile.h"
#include "util/SecretSeal.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace pc;
using namespace pc::test;

namespace {
const Actor kClerk{QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk};
const Actor kSupervisor{QStringLiteral("hoa.tt"), QStringLiteral("Trần Thị Hoa"), Role::Supervisor};
const Actor kAdmin{QStringLiteral("it.tinh"), QStringLiteral("CNTT tỉnh"), Role::Admin};

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void registerDossiers(TempCounter &c, int n)
{
    for (int i = 0; i < n; ++i)
        REQUIRE(c.services->intake().registerDossier(test::clerk(), completeDraft()));
}

qint64 countIn(const QString &file, const QString &q)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count-") + file);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    REQUIRE(db.open());
    const qint64 n = sql::scalar(db, q).value().toLongLong();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count-") + file);
    return n;
}
}  // namespace

TEST_CASE("backup: an online copy while the counter keeps its connection, named with the date, owner only", "[backup]")
{
    TempCounter c;
    registerDossiers(c, 3);
    BackupService backups(c.dbPath(), c.clock);
    // Fixed clock: 25/11/2026 02:00 UTC = 09:00 in Vietnam.
    auto path = backups.create(kClerk);
    REQUIRE(path);
    CHECK(QFileInfo(*path).fileName() == QStringLiteral("postcounter-2026-11-25-090000.sqlite"));
    CHECK(QFileInfo(*path).absolutePath() == QFileInfo(c.dbPath()).absolutePath() + QStringLiteral("/backups"));
    CHECK((QFile::permissions(*path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) == 0);
    CHECK(filesIn(QFileInfo(*path).absolutePath()) == QStringList{QFileInfo(*path).fileName()});  // no temp, no -wal
    CHECK(countIn(*path, QStringLiteral("SELECT count(*) FROM dossiers")) == 3);
    CHECK(backups.lastBackupAt() == c.clock.now);
    // The counter's own connection still works (it was never closed).
    registerDossiers(c, 1);
    CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 4);
    auto v = backups.verify(*path);
    REQUIRE(v);
    CHECK(v->dossiers == 3);
    CHECK(v->schemaVersion == Database::latestSchemaVersion());
}

TEST_CASE("backup: only the last N are kept", "[backup]")
{
    TempCounter c;
    BackupService backups(c.dbPath(), c.clock);
    REQUIRE_FALSE(backups.configure(kClerk, {}, 3));  // a supervisor's setting
    REQUIRE(backups.configure(kSupervisor, {}, 3));
    QStringList made;
    for (int day = 1; day <= 5; ++day) {
        c.clock.now = QDateTime(QDate(2026, 11, day), QTime(10, 0), QTimeZone::utc());  // 17:00 in Vietnam
        auto p = backups.create(kClerk);
        REQUIRE(p);
        made << QFileInfo(*p).fileName();
    }
    CHECK(made.first() == QStringLiteral("postcounter-2026-11-01-170000.sqlite"));
    CHECK(filesIn(backups.folder()) == made.mid(2));  // the three newest
}

TEST_CASE("backup: a missing folder (USB stick pulled out) gives a clear message and writes nothing", "[backup]")
{
    TempCounter c;
    BackupService backups(c.dbPath(), c.clock);
    const QString stick = c.dir.filePath(QStringLiteral("usb"));
    auto r = backups.create(kClerk, stick);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::BadInput);
    CHECK(r.error().message.contains(QStringLiteral("Không thấy thư mục sao lưu")));
    CHECK_FALSE(QFileInfo::exists(stick));
    CHECK_FALSE(backups.lastBackupAt().isValid());
}

TEST_CASE("backup: encrypted with a passphrase, a wrong passphrase, a cut file or a changed byte is refused", "[backup]")
{
    TempCounter c;
    registerDossiers(c, 2);
    BackupService backups(c.dbPath(), c.clock);
    auto path = backups.create(kClerk, c.dir.path(), QStringLiteral("mật khẩu dài 2026"));
    REQUIRE(path);
    CHECK(path->endsWith(QStringLiteral(".pcbak")));
    CHECK(isPassphraseEncrypted(*path));
    QFile f(*path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("001089012345"));
    auto ok = backups.verify(*path, QStringLiteral("mật khẩu dài 2026"));
    REQUIRE(ok);
    CHECK(ok->encrypted);
    CHECK(ok->dossiers == 2);
    CHECK_FALSE(backups.verify(*path, QStringLiteral("sai mật khẩu")));
    CHECK_FALSE(backups.verify(*path));  // no passphrase
    for (const QByteArray &damaged : {bytes.left(bytes.size() - 100), QByteArray(bytes).replace(bytes.size() / 2, 1, "\x01")}) {
        const QString bad = c.dir.filePath(QStringLiteral("bad.pcbak"));
        QFile::remove(bad);
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(damaged);
        out.close();
        auto r = backups.verify(bad, QStringLiteral("mật khẩu dài 2026"));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("Không giải mã được")));
    }
    CHECK_FALSE(backups.create(kClerk, c.dir.path(), QStringLiteral("ngắn")));  // under 8 characters
}

TEST_CASE("backup verify: a damaged file and a newer schema are refused", "[backup]")
{
    TempCounter c;
    registerDossiers(c, 1);
    BackupService backups(c.dbPath(), c.clock);
    auto path = backups.create(kClerk);
    REQUIRE(path);
    // A newer schema: user_version above what this build knows.
    const QString newer = c.dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(*path, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    auto r = backups.verify(newer);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Refused);
    CHECK(r.error().message.contains(QStringLiteral("mới hơn")));
    // A damaged file: a page in the middle overwritten.
    const QString damaged = c.dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(QFile::copy(*path, damaged));
    QFile d(damaged);
    REQUIRE(d.open(QIODevice::ReadWrite));
    REQUIRE(d.seek(d.size() / 2));
    d.write(QByteArray(4096, '\xAB'));
    d.close();
    CHECK_FALSE(backups.verify(damaged));
    // Not a database at all.
    const QString text = c.dir.filePath(QStringLiteral("notes.sqlite"));
    QFile t(text);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write("hello");
    t.close();
    CHECK_FALSE(backups.verify(text));
}

TEST_CASE("restore: admin only, refused while the database is open, the replaced database kept beside it", "[backup][restore]")
{
    QString dbPath, backup;
    auto dir = std::make_unique<QTemporaryDir>();
    {
        TempCounter c;
        registerDossiers(c, 2);
        BackupService backups(c.dbPath(), c.clock);
        auto p = backups.create(kClerk, dir->path());
        REQUIRE(p);
        backup = *p;
        registerDossiers(c, 3);
        // The window (here: this connection) holds the database: refused, nothing changed.
        auto open = backups.restore(kAdmin, backup);
        REQUIRE_FALSE(open);
        CHECK(open.error().message.contains(QStringLiteral("đang được mở")));
        auto clerk = backups.restore(kSupervisor, backup);
        REQUIRE_FALSE(clerk);
        CHECK(clerk.error().kind == Error::Kind::Refused);
        CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 5);
        // Keep the folder: copy the database out before TempCounter removes it.
        c.services.reset();
        dbPath = dir->filePath(QStringLiteral("counter.sqlite"));
        REQUIRE(QFile::copy(c.dbPath(), dbPath));
    }
    FixedClock clock;
    BackupService backups(dbPath, clock);
    auto r = backups.restore(kAdmin, backup);
    REQUIRE(r);
    CHECK(countIn(dbPath, QStringLiteral("SELECT count(*) FROM dossiers")) == 2);
    REQUIRE(QFileInfo::exists(r->replacedPath));
    CHECK(r->replacedPath.startsWith(dbPath + QStringLiteral(".replaced-")));
    CHECK(countIn(r->replacedPath, QStringLiteral("SELECT count(*) FROM dossiers")) == 5);
    CHECK((QFile::permissions(dbPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // Five codes were handed out before the restore (counter 2: 2001-2005): the next is the
    // sixth, 2006, not the third.
    auto s = CounterServices::open(dbPath, clock);
    REQUIRE(s);
    auto next = (*s)->intake().registerDossier(test::clerk(), completeDraft());
    REQUIRE(next);
    INFO(next->dossier.code.toStdString());
    CHECK(next->dossier.code.endsWith(QStringLiteral("-2006")));
}

TEST_CASE("secrets: the device token is sealed with a key outside the database", "[backup][secrets]")
{
    auto sealed = sealSecret(QStringLiteral("tok-123456"));
    REQUIRE(sealed);
    CHECK(isSealed(*sealed));
    CHECK_FALSE(sealed->contains(QStringLiteral("tok-123456")));
    CHECK(openSecret(*sealed).value() == QStringLiteral("tok-123456"));
    CHECK(openSecret(QStringLiteral("legacy-plain")).value() == QStringLiteral("legacy-plain"));
    CHECK((QFile::permissions(secretKeyPath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // Sealed under another key (another PC): a clear message, not garbage.
    QString other = *sealed;
    other[other.size() - 3] = other[other.size() - 3] == u'A' ? u'B' : u'A';
    auto r = openSecret(other);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("đăng ký lại")));
}

TEST_CASE("backup verify: an audit row changed with plain SQL in the backup is detected, restore refuses it", "[backup][restore]")
{
    TempCounter c;
    registerDossiers(c, 2);  // each registration appends an audit row
    BackupService backups(c.dbPath(), c.clock);
    auto path = backups.create(kClerk, c.dir.path());
    REQUIRE(path);
    auto intact = backups.verify(*path);
    REQUIRE(intact);
    CHECK(intact->auditChain.startsWith(QStringLiteral("nguyên vẹn")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(*path);
        REQUIRE(db.open());
        REQUIRE(sql::exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        auto changed = sql::exec(db, QStringLiteral("UPDATE audit_log SET username = 'someone.else' WHERE seq = (SELECT min(seq) FROM audit_log)"));
        REQUIRE(changed);
        REQUIRE(changed->numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto broken = backups.verify(*path);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("bị phá vỡ")));
    c.services.reset();  // nobody holds the database: only the broken chain stops the restore
    auto restore = backups.restore(kAdmin, *path);
    REQUIRE_FALSE(restore);
    CHECK(restore.error().message.contains(QStringLiteral("bị phá vỡ")));
    CHECK_FALSE(QFileInfo::exists(c.dbPath() + QStringLiteral(".restoring")));
}
