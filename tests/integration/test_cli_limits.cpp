// Issue 10 at the CLI: each reproduction that was seen, now exit 2 with a Vietnamese reason
// and nothing written (items 9–13, 15, 16), on the fixed test clock 27/11/2026 09:00.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace pc::test;

namespace {
struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("limits.sqlite"));
    explicit Counter(bool setUp = true)
    {
        if (setUp)
            REQUIRE(run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                         QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")}).exitCode == 0);
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}, int timeoutMs = 30000) const
    {
        CliRun r = runCliAt(db, args, in, QString::fromLatin1(kFakeNow), timeoutMs);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    // Refused: exit 2, a Vietnamese "Lỗi: …" on stderr, nothing on stdout.
    CliRun refused(const QStringList &args, const QByteArray &in = {}, int timeoutMs = 30000) const
    {
        const CliRun r = run(args, in, timeoutMs);
        INFO(r.err.left(600).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("Lỗi: ")));  // `print` may be preceded by a Qt platform notice
        CHECK(r.out.isEmpty());
        return r;
    }
    int count(const char *table) const
    {
        int n = -1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            raw.setDatabaseName(db);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            REQUIRE(q.next());
            n = q.value(0).toInt();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    QString fifo(const QString &name) const
    {
        const QString path = dir.filePath(name);
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        return path;
    }
};
const QStringList intakeStdin{QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")};
QByteArray withField(const QByteArray &from, const QByteArray &to) { return QByteArray(intakeJson()).replace(from, to); }
}  // namespace

TEST_CASE("cli limits: a huge name is refused at once, quoting 80 characters", "[cli][limits]")
{
    Counter c;
    // Seen: 200,000 characters took 6 s; 5 million over 2 minutes.
    const QByteArray json = withField("Nguyễn Văn Đức", QByteArray(5'000'000, 'a'));
    QElapsedTimer timer;
    timer.start();
    const CliRun r = c.refused(intakeStdin, json);
    INFO("took " << timer.elapsed() << " ms");
    CHECK(timer.elapsed() < 10000);  // process start and JSON parsing included, on a loaded machine
    CHECK(r.err.contains(QStringLiteral("quá dài")));
    CHECK(r.err.size() < 600);
    CHECK(c.count("dossiers") == 0);
}

TEST_CASE("cli limits: unreadable and invisible names are refused with a reason", "[cli][limits]")
{
    Counter c;
    struct Case { const char *what; QByteArray name; const char *reason; };
    const Case cases[] = {
        {"zero-width only", "\u200b\u200b\u200c", "không nhìn thấy"},
        {"right-to-left override", "\u202eNguyễn", "đảo chiều"},
        {"escaped NUL", "Nguy\\u0000n", "U+0000"},
        {"escaped lone surrogate", "Nguy\\ud800n", nullptr},  // refused by the JSON parser or the text rules
        {"combining marks only", "\u0301\u0303", "chữ cái"},
        {"raw invalid UTF-8", "Nguy\xff\xfen", "UTF-8"},
    };
    for (const Case &k : cases) {
        INFO(k.what);
        const CliRun r = c.refused(intakeStdin, withField("Nguyễn Văn Đức", k.name));
        if (k.reason)
            CHECK(r.err.contains(QString::fromUtf8(k.reason)));
    }
    CHECK(c.count("dossiers") == 0);
    // setup refuses the same unit names
    // (a NUL cannot travel in a command-line argument; DEL is the control character here)
    for (const QString &name : {QStringLiteral("\u200b\u200b"), QStringLiteral("Bưu") + QChar(0x7f) + QStringLiteral("điện"),
                                QChar(0x202E) + QStringLiteral("Bưu điện")}) {
        INFO(name.toStdString());
        c.refused({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                   name, QStringLiteral("--counter"), QStringLiteral("3")});
    }
}

TEST_CASE("cli limits: received_at range and back-dating", "[cli][limits][dates]")
{
    Counter c;
    QElapsedTimer timer;
    timer.start();
    // Seen: year 1 computed for over 5 minutes; year 1000 was given an appointment.
    for (const char *at : {"0001-01-01T08:00", "1000-06-01T08:00", "1999-12-31T23:59"}) {
        INFO(at);
        CHECK(c.refused(intakeStdin, intakeJson(QString::fromLatin1(at))).err.contains(QStringLiteral("01/01/2000")));
    }
    CHECK(timer.elapsed() < 15000);
    CHECK(c.refused(intakeStdin, intakeJson(QStringLiteral("2026-11-27T09:06"))).err.contains(QStringLiteral("tương lai")));
    // 27/11/2026 09:00 − 30 days = 28/10/2026 09:00
    const CliRun old = c.refused(intakeStdin, intakeJson(QStringLiteral("2026-10-28T08:59")));
    CHECK(old.err.contains(QStringLiteral("--allow-backdate")));
    CHECK(c.count("dossiers") == 0);
    const CliRun confirmed = c.run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--allow-backdate")},
                                   intakeJson(QStringLiteral("2026-10-28T08:59")));
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);
    CHECK(confirmed.out.startsWith(QStringLiteral("000.00.16.H56-261028-2001\t")));
    CHECK(c.run(intakeStdin, intakeJson(QStringLiteral("2026-10-28T09:01"))).exitCode == 0);
    CHECK(c.count("dossiers") == 2);
}

TEST_CASE("cli limits: strict JSON types and shapes", "[cli][limits][json]")
{
    Counter c;
    c.refused(intakeStdin, withField(R"({"method": "counter"})", R"("post")"));
    c.refused(intakeStdin, withField(R"({"method": "counter"})", "3"));
    c.refused(intakeStdin, withField("1989-05-02", "1989-05-02T10:00"));
    c.refused(intakeStdin, withField("1989-05-02", "1989-05-02\u200b"));
    c.refused(intakeStdin, withField(R"("originals": 1)", R"("originals": "1")"));
    CHECK(c.count("dossiers") == 0);
    const CliRun phone = c.refused({QStringLiteral("check"), QStringLiteral("phone"), QStringLiteral("-0912345678")});
    CHECK(phone.err.contains(QStringLiteral("-0912345678")));
    CHECK(c.run({QStringLiteral("check"), QStringLiteral("phone"), QStringLiteral("0912345678")}).exitCode == 0);
}

TEST_CASE("cli limits: every file input is a regular file of at most 5 MB", "[cli][limits][files]")
{
    Counter c;
    const QString fifo = c.fifo(QStringLiteral("in.fifo"));
    const QString big = c.file(QStringLiteral("big.json"), QByteArray(5 * 1024 * 1024 + 1, ' '));
    REQUIRE(c.run({QStringLiteral("calendar"), QStringLiteral("rules")}).exitCode == 0);  // the database with its built-ins
    const int schedulesBefore = c.count("holiday_schedules");
    const int ruleSetsBefore = c.count("holiday_rule_sets");
    REQUIRE(schedulesBefore >= 3);  // 2024, 2025 and 2026 ship built in
    struct Case { const char *what; QString path; const char *reason; };
    const Case cases[] = {
        {"/dev/zero", QStringLiteral("/dev/zero"), "không phải tệp thường"},  // seen: std::bad_alloc, exit 134
        {"a FIFO", fifo, "không phải tệp thường"},                          // seen: blocked forever
        {"a directory", c.dir.path(), "thư mục"},
        {"over 5 MB", big, "5 MB"},
        {"missing", c.dir.filePath(QStringLiteral("missing.json")), "Không có tệp"},
    };
    for (const Case &k : cases) {
        INFO(k.what);
        for (const QStringList &args : {QStringList{QStringLiteral("intake"), QStringLiteral("--json"), k.path},
                                        QStringList{QStringLiteral("calendar"), QStringLiteral("import"), k.path},
                                        QStringList{QStringLiteral("calendar"), QStringLiteral("import-rules"), k.path},
                                        QStringList{QStringLiteral("guidance"), QStringLiteral("supplement"), QStringLiteral("--json"), k.path}}) {
            INFO(args.join(u' ').toStdString());
            const CliRun r = c.refused(args, {}, 10000);
            CHECK(r.err.contains(QString::fromUtf8(k.reason)));
        }
    }
    // standard input is bounded the same way
    CHECK(c.refused(intakeStdin, QByteArray(5 * 1024 * 1024 + 1, ' ')).err.contains(QStringLiteral("5 MB")));
    CHECK(c.count("dossiers") == 0);
    CHECK(c.count("holiday_schedules") == schedulesBefore);
    CHECK(c.count("holiday_rule_sets") == ruleSetsBefore);
}

TEST_CASE("cli limits: a PDF is written only to a regular file or a new path, owner-only", "[cli][limits][files]")
{
    Counter c;
    const CliRun intake = c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00")));
    REQUIRE(intake.exitCode == 0);
    const QString code = intake.out.section(u'\t', 0, 0);
    auto print = [&](const QString &pdf) {
        return QStringList{QStringLiteral("print"), QStringLiteral("receipt"), code, QStringLiteral("--layout"), QStringLiteral("a5"),
                           QStringLiteral("--pdf"), pdf};
    };
    const QString fresh = c.dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(c.run(print(fresh)).exitCode == 0);
    CHECK((QFile::permissions(fresh) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) == 0);
    // an existing regular file is replaced, and ends owner-only even when it was wider
    REQUIRE(QFile::setPermissions(fresh, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(c.run(print(fresh)).exitCode == 0);
    CHECK((QFile::permissions(fresh) & QFileDevice::ReadOther) == 0);

    // A symlink (here to a file of the test: never a real device), a FIFO and a directory.
    const QString victim = c.file(QStringLiteral("victim.txt"), "không được ghi đè");
    const QString link = c.dir.filePath(QStringLiteral("link.pdf"));
    REQUIRE(QFile::link(victim, link));
    const QString fifo = c.fifo(QStringLiteral("out.fifo"));
    const QString folder = c.dir.filePath(QStringLiteral("folder.pdf"));
    REQUIRE(QDir().mkpath(folder));
    struct Case { const char *what; QString path; const char *reason; };
    for (const Case &k : {Case{"symlink", link, "liên kết"}, Case{"FIFO", fifo, "FIFO"}, Case{"directory", folder, "thư mục"},
                          Case{"missing folder", c.dir.filePath(QStringLiteral("nowhere/r.pdf")), "không có thư mục"}}) {
        INFO(k.what);
        const CliRun r = c.refused(print(k.path), {}, 20000);
        CHECK(r.err.contains(QString::fromUtf8(k.reason)));
    }
    QFile v(victim);
    REQUIRE(v.open(QIODevice::ReadOnly));
    CHECK(v.readAll() == QByteArray("không được ghi đè"));
    CHECK(QFileInfo(link).isSymLink());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("cli limits: a SQLite file of another program is refused untouched", "[cli][limits][storage]")
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(other);
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QFile f(other);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const CliRun r = runCliAt(other, {QStringLiteral("list")}, {}, QString::fromLatin1(kFakeNow));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("không phải cơ sở dữ liệu của PostCounter")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("cli runner: a run that outlives its timeout is killed and reads as timed out, not as an exit code", "[cli][harness]")
{
    QTemporaryDir dir;
    // 1 ms: the process cannot even start its event loop in that time, so the timeout really happens.
    const CliRun r = runCliAt(dir.filePath(QStringLiteral("t.sqlite")), {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026")},
                              {}, QString::fromLatin1(kFakeNow), 1);
    REQUIRE(r.timedOut);
    CHECK(r.exitCode == kCliTimedOut);
    CHECK(r.exitCode != 0);
    CHECK(r.exitCode != 2);
    CHECK(r.err.contains(QStringLiteral("killed")));
}
