// Restore drill (issue 12) against the reference centre over TLS: register, back up, register
// more, sync, restore, and check that exactly the backed-up state comes back and that nothing
// reaches the centre twice — including the events the centre accepted AFTER the backup, which
// the restored outbox still lists. Then the log of a full intake + sync holds no ID number and
// no token.
#include "SyncHarness.h"
#include "TestSupport.h"
#include "services/BackupService.h"
#include "util/SecretSeal.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace pc;
using namespace pc::test;

namespace {
const Actor kAdmin{QStringLiteral("it.tinh"), QStringLiteral("CNTT tỉnh"), Role::Admin};

// The rows that make up "the state" of a counter, in a stable order.
QStringList dump(const QString &file)
{
    const QString name = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        for (const QString &q : {QStringLiteral("SELECT code, applicant_name, applicant_id, status, received_at, ledger_entry FROM dossiers ORDER BY id"),
                                 QStringLiteral("SELECT uuid, type, status, at, data FROM dossier_events ORDER BY id"),
                                 QStringLiteral("SELECT dossier_id, position, name, originals, copies FROM dossier_documents ORDER BY id")}) {
            QSqlQuery query(db);
            REQUIRE(query.exec(q));
            while (query.next()) {
                QStringList cols;
                for (int i = 0; i < query.record().count(); ++i)
                    cols << query.value(i).toString();
                rows << cols.join(u'|');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QString line(const QString &out, const QString &key)
{
    for (const QString &l : out.split(u'\n'))
        if (l.startsWith(key + u' '))
            return l.mid(key.size() + 1);
    return {};
}
}  // namespace

TEST_CASE("restore drill: the backed-up state comes back and nothing reaches the centre twice", "[backup][restore][e2e]")
{
    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    const quint16 port = centre.start();
    Counter counter;
    counter.enrol(centre, port);
    counter.registerDossiers(3);
    const CliRun made = counter.cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), dir.path()});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString backup = made.out.trimmed();
    REQUIRE(QFile::exists(backup));
    const QStringList backedUp = dump(backup);
    CHECK(backedUp.size() == 3 + 3 + 12);  // 3 dossiers, 3 events, 4 documents each

    counter.registerDossiers(2);
    const CliRun sent = counter.sync();
    REQUIRE(sent.exitCode == 0);
    CHECK(line(sent.out, QStringLiteral("accepted")) == QStringLiteral("5"));  // incl. the 3 the backup still lists as waiting
    REQUIRE(centre.admin({QStringLiteral("count-events")}).toInt() == 5);

    test::FixedClock clock;
    BackupService backups(counter.db, clock);
    auto restored = backups.restore(kAdmin, backup);
    INFO((restored ? QString() : restored.error().message).toStdString());
    REQUIRE(restored);
    CHECK(dump(counter.db) == backedUp);  // exactly the backed-up dossiers, events and documents
    CHECK(counter.pending() == 0);        // the 3 events the centre accepted after the backup are not resent
    const CliRun again = counter.sync();
    REQUIRE(again.exitCode == 0);
    CHECK(line(again.out, QStringLiteral("accepted")) == QStringLiteral("0"));
    CHECK(line(again.out, QStringLiteral("duplicate")) == QStringLiteral("0"));
    CHECK(centre.admin({QStringLiteral("count-events")}).toInt() == 5);

    // The next registration gets a new code (1006), not one of the two lost with the restore
    // (1004, 1005), which the centre already holds for other citizens.
    counter.registerDossiers(1);
    const QString newest = counter.cli({QStringLiteral("list")}).out.section(u'\t', 0, 0);
    CHECK(newest.endsWith(QStringLiteral("-1006")));
    const CliRun last = counter.sync();
    REQUIRE(last.exitCode == 0);
    CHECK(line(last.out, QStringLiteral("accepted")) == QStringLiteral("1"));
    CHECK(centre.admin({QStringLiteral("count-events")}).toInt() == 6);
    const QSet<QString> atCentre = centre.eventIds();
    for (const QString &id : counter.eventIds())
        CHECK(atCentre.contains(id));
}

TEST_CASE("restore onto a new PC (the old database lost): resent events are duplicates at the centre, not new rows", "[backup][restore][e2e]")
{
    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    const quint16 port = centre.start();
    Counter counter;
    counter.enrol(centre, port);
    counter.registerDossiers(2);
    const CliRun made = counter.cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--to"), dir.path()});
    REQUIRE(made.exitCode == 0);
    REQUIRE(counter.sync().exitCode == 0);
    REQUIRE(centre.admin({QStringLiteral("count-events")}).toInt() == 2);

    const QString fresh = dir.filePath(QStringLiteral("new-pc/counter.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(fresh).absolutePath()));
    test::FixedClock clock;
    auto restored = BackupService(fresh, clock).restore(kAdmin, made.out.trimmed());
    REQUIRE(restored);
    CHECK(restored->replacedPath.isEmpty());
    Counter newPc(fresh, Counter::Existing{});
    CHECK(newPc.pending() == 2);  // nothing tells this PC that the centre has them
    const CliRun resent = newPc.sync();
    REQUIRE(resent.exitCode == 0);
    CHECK(line(resent.out, QStringLiteral("duplicate")) == QStringLiteral("2"));
    CHECK(centre.admin({QStringLiteral("count-events")}).toInt() == 2);
    CHECK(newPc.pending() == 0);
}

TEST_CASE("diagnostic log after a full intake and sync holds no ID number and no token", "[log][e2e]")
{
    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    const quint16 port = centre.start();
    Counter counter;
    counter.enrol(centre, port);
    REQUIRE(counter.cli({QStringLiteral("--verbose"), QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson()).exitCode == 0);
    const CliRun run = counter.cli({QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("--once")});
    REQUIRE(run.exitCode == 0);
    // A failing run too: its error is logged.
    centre.kill();
    CHECK(counter.cli({QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--max-attempts"),
                       QStringLiteral("1")}).exitCode == 3);

    const QString stored = counter.setting(QStringLiteral("sync.token"));
    CHECK(isSealed(stored));  // the database alone does not give the token
    auto token = openSecret(stored);
    REQUIRE(token);
    REQUIRE(token->size() >= 16);
    QByteArray log;
    QDirIterator it(QFileInfo(counter.db).absolutePath() + QStringLiteral("/logs"), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        log += f.readAll();
    }
    INFO(log.toStdString());
    CHECK(log.contains("pc.storage: migrated"));  // migrations are logged
    CHECK(log.contains("pc.sync: sync run complete"));
    CHECK(log.contains("pc.sync: sync run ended"));
    CHECK_FALSE(log.contains("001089012345"));
    CHECK_FALSE(log.contains("0912345678"));
    CHECK_FALSE(log.contains(token->toUtf8()));
    CHECK_FALSE(log.contains(stored.toUtf8()));
}
