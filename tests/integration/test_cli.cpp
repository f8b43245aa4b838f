#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct CliCounter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    CliCounter(bool setUp = true)
    {
        if (setUp)
            REQUIRE(runCli(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"),
                                QStringLiteral("--unit-name"), QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"),
                                QStringLiteral("2")}).exitCode == 0);
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    int dossierCount() const
    {
        const CliRun r = run({QStringLiteral("list")});
        REQUIRE(r.exitCode == 0);
        return static_cast<int>(r.out.split(u'\n', Qt::SkipEmptyParts).size());
    }
};
const QStringList intakeStdin{QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")};
}  // namespace

TEST_CASE("cli: intake prints the code and the local appointment", "[cli]")
{
    CliCounter c;
    const CliRun r = c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00")));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("000.00.16.H56-261125-2001\t2026-12-07T09:00\n"));
    // from a file, with an explicit UTC time (02:00Z = 09:00 local)
    QFile f(c.dir.filePath(QStringLiteral("in.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(intakeJson(QStringLiteral("2026-11-25T02:00:00Z")));
    f.close();
    const CliRun r2 = c.run({QStringLiteral("intake"), QStringLiteral("--json"), f.fileName()});
    REQUIRE(r2.exitCode == 0);
    CHECK(r2.out == QStringLiteral("000.00.16.H56-261125-2002\t2026-12-07T09:00\n"));
}

TEST_CASE("cli: list and show", "[cli]")
{
    CliCounter c;
    REQUIRE(c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00"))).exitCode == 0);
    REQUIRE(c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-26T09:00"))).exitCode == 0);
    const CliRun list = c.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out == QStringLiteral("000.00.16.H56-261126-2001\tĐược tiếp nhận\tNguyễn Văn Đức\t2.000620\n"
                                     "000.00.16.H56-261125-2001\tĐược tiếp nhận\tNguyễn Văn Đức\t2.000620\n"));
    CHECK(c.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("received")}).out == list.out);
    CHECK(c.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("4")}).out.isEmpty());
    const CliRun listJson = c.run({QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(listJson.out.toUtf8()).array().size() == 2);
    const CliRun show = c.run({QStringLiteral("show"), QStringLiteral("000.00.16.H56-261125-2001"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(o.value(u"code").toString() == QStringLiteral("000.00.16.H56-261125-2001"));
    CHECK(o.value(u"applicant").toObject().value(u"name").toString() == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(o.value(u"documents").toArray().size() == 4);
    CHECK(o.value(u"events").toArray().size() == 1);
    CHECK(o.value(u"appointment_at").toString() == QStringLiteral("2026-12-07T09:00"));
}

TEST_CASE("cli: catalogue fields, search and show", "[cli][catalogue]")
{
    CliCounter c(false);
    const CliRun fields = c.run({QStringLiteral("catalogue"), QStringLiteral("fields")});
    REQUIRE(fields.exitCode == 0);
    CHECK(fields.out.split(u'\n', Qt::SkipEmptyParts).size() == 11);
    const CliRun search = c.run({QStringLiteral("catalogue"), QStringLiteral("search"), QStringLiteral("ban le ruou")});
    REQUIRE(search.exitCode == 0);
    CHECK(search.out.startsWith(QStringLiteral("2.000620\tCấp Giấy phép bán lẻ rượu\n")));
    const CliRun show = c.run({QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("2.000620"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonObject p = QJsonDocument::fromJson(show.out.toUtf8()).object();
    for (const char *key : {"code", "name", "field", "agency", "level", "duration_days", "fees", "documents"})
        CHECK(p.contains(QLatin1String(key)));
    CHECK(p.value(u"fees").toObject().contains(u"fee"));
    CHECK(p.value(u"fees").toObject().contains(u"charge"));
    const QJsonObject doc0 = p.value(u"documents").toArray().first().toObject();
    for (const char *key : {"name", "originals", "copies", "required"})
        CHECK(doc0.contains(QLatin1String(key)));
    // 1.010020 is same-day (15:00 rule, Decree 23/2015), no longer "2 working hours"
    const CliRun hours = c.run({QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("1.010020"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(hours.out.toUtf8()).object().contains(u"duration_same_day"));
    CHECK(c.run({QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("9.9")}).exitCode == 2);
}

TEST_CASE("cli: bad input exits 2 with a message and writes nothing", "[cli][validation]")
{
    CliCounter c;
    struct Case { const char *what; QByteArray json; };
    const Case cases[] = {
        {"broken JSON", "{\"procedure\": "},
        {"not an object", "[]"},
        {"unknown procedure", R"({"procedure": "9.999999", "applicant": {"name": "A"}})"},
        {"no applicant", R"({"procedure": "2.000620"})"},
        {"missing documents", R"({"procedure": "2.000620", "applicant": {"name": "A"}, "documents": []})"},
        {"bad birth date", QByteArray(intakeJson()).replace("1989-05-02", "02/05/1989")},
        {"bad id number", QByteArray(intakeJson()).replace("001089012345", "00108901234")},
        {"bad delivery", QByteArray(intakeJson()).replace("\"counter\"", "\"drone\"")},
        {"post without address", QByteArray(intakeJson()).replace("\"counter\"", "\"post\"")},
        {"wrong type", QByteArray(intakeJson()).replace("\"sets\": 1", "\"sets\": \"one\"")},
    };
    for (const Case &k : cases) {
        INFO(k.what);
        const CliRun r = c.run(intakeStdin, k.json);
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(QStringLiteral("Lỗi: ")));
        CHECK(r.out.isEmpty());
    }
    CHECK(c.dossierCount() == 0);
    CHECK(c.run({QStringLiteral("intake"), QStringLiteral("--json"), c.dir.filePath(QStringLiteral("missing.json"))}).exitCode == 2);
    CHECK(c.run({QStringLiteral("show"), QStringLiteral("000.00.16.H56-261125-9999"), QStringLiteral("--json")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("bogus")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(c.run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("bad id"), QStringLiteral("--unit-name"),
                 QStringLiteral("X"), QStringLiteral("--counter"), QStringLiteral("1")}).exitCode == 2);
    CHECK(c.dossierCount() == 0);
}

TEST_CASE("cli: intake before setup is refused", "[cli]")
{
    CliCounter c(false);
    const CliRun r = c.run(intakeStdin, intakeJson());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("chưa được thiết lập")));
}

TEST_CASE("cli: a database from a newer version is refused with exit 2", "[cli][migrations]")
{
    CliCounter c;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        raw.setDatabaseName(c.db);
        REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version=42"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const CliRun r = c.run({QStringLiteral("list")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("mới hơn")));
}

TEST_CASE("cli: print receipt, guidance and print supplement/refusal", "[cli][documents]")
{
    CliCounter c;
    const CliRun intake = c.run(intakeStdin, intakeJson(QStringLiteral("2026-11-25T09:00")));
    REQUIRE(intake.exitCode == 0);
    const QString code = intake.out.section(u'\t', 0, 0);
    for (const char *layout : {"a4", "a5", "thermal80"}) {
        const QString pdf = c.dir.filePath(QStringLiteral("r-%1.pdf").arg(QLatin1String(layout)));
        const CliRun r = c.run({QStringLiteral("print"), QStringLiteral("receipt"), code, QStringLiteral("--layout"), QLatin1String(layout),
                                QStringLiteral("--pdf"), pdf});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == "%PDF-");
    }
    CHECK(c.run({QStringLiteral("print"), QStringLiteral("receipt"), code, QStringLiteral("--layout"), QStringLiteral("a3"),
                 QStringLiteral("--pdf"), c.dir.filePath(QStringLiteral("x.pdf"))}).exitCode == 2);
    CHECK(c.run({QStringLiteral("print"), QStringLiteral("receipt"), QStringLiteral("000.00.16.H56-261125-9999"), QStringLiteral("--pdf"),
                 c.dir.filePath(QStringLiteral("x.pdf"))}).exitCode == 2);
    CHECK_FALSE(QFile::exists(c.dir.filePath(QStringLiteral("x.pdf"))));

    const QByteArray incomplete = R"({"procedure": "2.000620", "applicant": {"name": "Trần Thị Ánh", "phone": "0912345678"},
        "documents": [{"name": "Đơn đề nghị cấp Giấy phép bán lẻ rượu", "originals": 1}]})";
    const CliRun s = c.run({QStringLiteral("guidance"), QStringLiteral("supplement"), QStringLiteral("--json"), QStringLiteral("-")}, incomplete);
    REQUIRE(s.exitCode == 0);
    CHECK(s.out.startsWith(QStringLiteral("HD-")));
    const CliRun r = c.run({QStringLiteral("guidance"), QStringLiteral("refusal"), QStringLiteral("--json"), QStringLiteral("-"),
                            QStringLiteral("--reason"), QStringLiteral("Không thuộc thẩm quyền")}, incomplete);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("TC-")));
    CHECK(c.run({QStringLiteral("guidance"), QStringLiteral("refusal"), QStringLiteral("--json"), QStringLiteral("-")}, incomplete).exitCode == 2);
    CHECK(c.run({QStringLiteral("print"), QStringLiteral("supplement"), s.out.trimmed(), QStringLiteral("--pdf"),
                 c.dir.filePath(QStringLiteral("s.pdf"))}).exitCode == 0);
    CHECK(c.run({QStringLiteral("print"), QStringLiteral("refusal"), r.out.trimmed(), QStringLiteral("--layout"), QStringLiteral("thermal80"),
                 QStringLiteral("--pdf"), c.dir.filePath(QStringLiteral("t.pdf"))}).exitCode == 0);
    CHECK(c.run({QStringLiteral("print"), QStringLiteral("refusal"), s.out.trimmed(), QStringLiteral("--pdf"),
                 c.dir.filePath(QStringLiteral("u.pdf"))}).exitCode == 2);
    CHECK(c.dossierCount() == 1);  // guidance registers nothing
}
