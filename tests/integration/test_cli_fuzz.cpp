// Mutated and hostile input into every file the CLI reads (intake JSON, holiday schedule,
// guidance JSON), through the real process: each run ends within its timeout with exit 0 or 2,
// never a crash or a hang, and an exit 2 leaves the database as it was (issue 10, tests).
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
// Rows of the tables a command may write, read without writing anything.
QList<int> counts(const QString &db, const QStringList &tables)
{
    QList<int> out;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-count"));
        raw.setDatabaseName(db);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        for (const QString &t : tables) {
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + t));
            REQUIRE(q.next());
            out << q.value(0).toInt();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-count"));
    return out;
}

// Hostile fragments seen or likely: wrong types, invisible and control characters, invalid
// UTF-8, huge numbers, deep nesting, ancient dates.
const QList<QByteArray> kFragments = {
    "\"", "{", "}", "[", "]", ",", ":", "null", "true", "1e999", "-1", "0.5", "99999999999999999999",
    "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\"", "\xe2\x80\x8b", "\xff\xfe", "\xc0\x80", "\xed\xa0\x80",
    "\"0001-01-01T08:00\"", "\"1989-05-02T10:00\"", "\"post\"", QByteArray(3000, '['), QByteArray(300, 'a'),
};

QByteArray mutate(QRandomGenerator &rng, QByteArray b)
{
    const int edits = 1 + rng.bounded(6);
    for (int i = 0; i < edits && !b.isEmpty(); ++i) {
        const int at = rng.bounded(static_cast<int>(b.size()));
        switch (rng.bounded(4)) {
        case 0: b[at] = static_cast<char>(rng.bounded(256)); break;
        case 1: b.remove(at, 1 + rng.bounded(12)); break;
        case 2: b.insert(at, b.mid(rng.bounded(static_cast<int>(b.size())), 1 + rng.bounded(40))); break;
        default: b.insert(at, kFragments.at(rng.bounded(static_cast<int>(kFragments.size())))); break;
        }
    }
    return b;
}

QByteArray readSource(const char *relative)
{
    QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/") + QLatin1String(relative));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Target {
    const char *name;
    QStringList args;     // "@" is replaced by the input file
    QByteArray seed;
    QStringList tables;   // what an accepted run may change
};
}  // namespace

TEST_CASE("cli fuzz: every file input ends in exit 0 or 2 within its timeout, and exit 2 writes nothing", "[cli][fuzz]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fuzz.sqlite"));
    REQUIRE(runCliFixed(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                             QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 0);
    const QByteArray guidance = R"({"procedure": "2.000620", "applicant": {"name": "Trần Thị Ánh", "phone": "0912345678"},
        "documents": [{"name": "Đơn đề nghị cấp Giấy phép bán lẻ rượu", "originals": 1}]})";
    const QList<Target> targets = {
        {"intake", {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("@")}, intakeJson(QStringLiteral("2026-11-26T09:00")),
         {QStringLiteral("dossiers"), QStringLiteral("dossier_events"), QStringLiteral("outbox")}},
        {"calendar import", {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("@")},
         readSource("docs/examples/holiday-schedule-2025.json"), {QStringLiteral("holiday_schedules")}},
        {"guidance", {QStringLiteral("guidance"), QStringLiteral("refusal"), QStringLiteral("--json"), QStringLiteral("@"), QStringLiteral("--reason"),
                      QStringLiteral("Không thuộc thẩm quyền")}, guidance, {QStringLiteral("guidance_records")}},
    };
    QRandomGenerator rng(20261127);  // fixed seed: a failure reproduces
    const int perTarget = 60;
    int accepted = 0, refused = 0;
    for (const Target &t : targets) {
        for (int i = 0; i < perTarget; ++i) {
            // The first case of each target is the seed itself (proves the harness can accept).
            const QByteArray input = i == 0 ? t.seed : mutate(rng, t.seed);
            const QString file = dir.filePath(QStringLiteral("case.json"));
            {
                QFile f(file);
                REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(input);
            }
            QStringList args = t.args;
            args.replaceInStrings(QStringLiteral("@"), i % 2 ? QStringLiteral("-") : file);
            const QList<int> before = counts(db, t.tables);
            const CliRun r = runCliAt(db, args, i % 2 ? input : QByteArray(), QString::fromLatin1(kFakeNow), 20000);
            INFO(t.name << " case " << i << ": " << input.left(300).toStdString() << "\nstderr: " << r.err.left(500).toStdString());
            CHECK_FALSE(r.timedOut);
            CHECK((r.exitCode == 0 || r.exitCode == 2));
            if (r.exitCode == 2) {
                ++refused;
                CHECK(r.err.startsWith(QStringLiteral("Lỗi: ")));
                CHECK(counts(db, t.tables) == before);
            } else if (r.exitCode == 0) {
                ++accepted;
            }
        }
    }
    INFO("accepted " << accepted << ", refused " << refused);
    CHECK(accepted >= int(targets.size()));  // at least each seed
    CHECK(refused >= perTarget);
}
