// kill -9 postcounter-cli intake at random moments, many times: afterwards the database is
// intact, every code the CLI printed exists, no code appears twice, the sequence never goes back.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::test;

TEST_CASE("intake killed at random moments loses and duplicates nothing", "[crash]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
    REQUIRE(runCliFixed(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                        QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 0);

    // Kill each run after a random delay within 1.5 × a typical full run, so kills land
    // before, during and after the transaction. The typical duration is re-estimated as runs
    // complete, so a loaded CI machine still gets a mix of kills and completions.
    QElapsedTimer timer;
    timer.start();
    const CliRun warm = runCliFixed(db, {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson());
    REQUIRE(warm.exitCode == 0);
    double typicalMs = std::max<qint64>(timer.elapsed(), 5);

    QStringList printed{warm.out.section(u'\t', 0, 0)};
    int killed = 0, completed = 0, runs = 0, killedInARow = 0;
    auto *rng = QRandomGenerator::global();
    // Every run on the same fixed "now": a run across local midnight would start a new day's
    // sequence and break the "numbers only increase" check below for no fault of the CLI.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTCOUNTER_FAKE_NOW"), QString::fromLatin1(kFakeNow));
    while ((killed < 30 || completed < 30 || runs < 60) && runs < 400) {
        ++runs;
        QProcess p;
        p.setProcessEnvironment(env);
        timer.restart();
        p.start(QStringLiteral(POSTCOUNTER_CLI), {QStringLiteral("--db"), db, QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")});
        REQUIRE(p.waitForStarted());
        p.write(intakeJson());
        p.waitForBytesWritten(5000);  // QProcess only flushes stdin from an event loop or a wait
        p.closeWriteChannel();
        if (!p.waitForFinished(rng->bounded(static_cast<int>(typicalMs * 1.5) + 1))) {
            p.kill();  // SIGKILL
            ++killed;
            if (++killedInARow >= 5)
                typicalMs *= 1.3;  // the machine is slower than measured
        } else {
            killedInARow = 0;
            typicalMs = 0.8 * typicalMs + 0.2 * double(timer.elapsed());
        }
        INFO("run " << runs << " did not end within 10 s of completing or being killed");
        REQUIRE((p.state() == QProcess::NotRunning || p.waitForFinished(10000)));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            ++completed;
            REQUIRE(out.contains(u'\t'));
            printed << out.section(u'\t', 0, 0);
        } else if (!out.isEmpty()) {
            printed << out.section(u'\t', 0, 0);  // printed, then killed before exiting
        }
    }
    INFO("runs " << runs << ", killed " << killed << ", completed " << completed << "; typical run " << typicalMs << " ms");
    CHECK(killed >= 30);
    CHECK(completed >= 30);

    auto opened = Database::open(db);
    REQUIRE(opened);
    Database &d = *opened.value();
    auto integrity = sql::scalar(d.sql(), QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity);
    CHECK(integrity->toString() == QStringLiteral("ok"));

    auto q = sql::exec(d.sql(), QStringLiteral("SELECT code FROM dossiers ORDER BY id"));
    REQUIRE(q);
    QStringList stored;
    while (q->next())
        stored << q->value(0).toString();
    const QSet<QString> unique(stored.begin(), stored.end());
    CHECK(unique.size() == stored.size());
    for (const QString &code : printed) {
        INFO(code.toStdString());
        CHECK(unique.contains(code));
    }
    // The sequence only moves forward: in insertion order the numbers strictly increase, and the
    // stored counter is at least the highest number issued.
    int previous = 0;
    for (const QString &code : stored) {
        const int seq = code.right(4).toInt();
        CHECK(seq > previous);
        previous = seq;
    }
    auto last = sql::scalar(d.sql(), QStringLiteral("SELECT max(last_sequence) FROM code_sequences"));
    REQUIRE(last);
    CHECK(last->toInt() >= previous);
    // Every dossier has its registered event and its outbox entry: all or nothing.
    auto orphans = sql::scalar(d.sql(), QStringLiteral(
        "SELECT count(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id) "
        "OR NOT EXISTS (SELECT 1 FROM outbox o JOIN dossier_events e ON e.uuid = o.event_uuid WHERE e.dossier_id = d.id)"));
    REQUIRE(orphans);
    CHECK(orphans->toInt() == 0);
}
