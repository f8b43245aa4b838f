// `settings get|set` for the office settings printed on the forms, and `print` saying where the
// PDF went. Bad input exits 2 with a Vietnamese reason and writes nothing.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("settings.sqlite"));
    CliRun run(const QStringList &args, const QByteArray &in = {}) const { return runCli(db, args, in); }
    CliRun set(const QString &key, const QString &value) const { return run({QStringLiteral("settings"), QStringLiteral("set"), key, value}); }
    QString get(const QString &key) const
    {
        const CliRun r = run({QStringLiteral("settings"), QStringLiteral("get"), key});
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    }
};
}  // namespace

TEST_CASE("cli settings: set then get each office key", "[cli][settings]")
{
    Counter c;
    CHECK(c.set(QStringLiteral("office.governing_body"), QStringLiteral("Bưu điện tỉnh Quảng Trị")).exitCode == 0);
    CHECK(c.set(QStringLiteral("office.place"), QStringLiteral("  Quảng   Trị ")).exitCode == 0);
    CHECK(c.set(QStringLiteral("office.guidance_contact"), QStringLiteral("Chị Lan, 0233 3852 123")).exitCode == 0);
    CHECK(c.set(QStringLiteral("office.postage"), QStringLiteral("32.000")).exitCode == 0);
    CHECK(c.get(QStringLiteral("office.governing_body")) == QStringLiteral("Bưu điện tỉnh Quảng Trị"));
    CHECK(c.get(QStringLiteral("office.place")) == QStringLiteral("Quảng Trị"));  // spaces tidied
    CHECK(c.get(QStringLiteral("office.guidance_contact")) == QStringLiteral("Chị Lan, 0233 3852 123"));
    CHECK(c.get(QStringLiteral("office.postage")) == QStringLiteral("32000"));  // stored in đồng, no separators
    const CliRun list = c.run({QStringLiteral("settings"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out == QStringLiteral("office.governing_body\tBưu điện tỉnh Quảng Trị\noffice.place\tQuảng Trị\n"
                                     "office.guidance_contact\tChị Lan, 0233 3852 123\noffice.postage\t32000\n"
                                     "office.idle_lock_minutes\t10\n"));  // issue 12's default
}

TEST_CASE("cli settings: postage defaults to the amount intake used before it had an owner", "[cli][settings]")
{
    Counter c;
    CHECK(c.get(QStringLiteral("office.postage")) == QStringLiteral("25000"));
    CHECK(c.get(QStringLiteral("office.place")).isEmpty());
}

TEST_CASE("cli settings: an unknown key or a bad value exits 2 with a Vietnamese reason and writes nothing", "[cli][settings]")
{
    Counter c;
    const CliRun unknownBeforeDb = c.run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("office.colour"), QStringLiteral("xanh")});
    CHECK(unknownBeforeDb.exitCode == 2);
    CHECK(unknownBeforeDb.err.contains(QStringLiteral("Khóa cài đặt không rõ: office.colour")));
    CHECK_FALSE(QFile::exists(c.db));  // refused before the database was even created
    CHECK(c.run({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("office.colour")}).exitCode == 2);
    CHECK_FALSE(QFile::exists(c.db));

    REQUIRE(c.set(QStringLiteral("office.postage"), QStringLiteral("25000")).exitCode == 0);
    for (const char *bad : {"-5000", "abc", "25,5", "", "99999999999"}) {
        INFO("postage " << bad);
        const CliRun r = c.set(QStringLiteral("office.postage"), QString::fromUtf8(bad));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("Cước bưu chính")));
    }
    CHECK(c.get(QStringLiteral("office.postage")) == QStringLiteral("25000"));  // unchanged

    const CliRun noPhone = c.set(QStringLiteral("office.guidance_contact"), QStringLiteral("Chị Lan"));
    CHECK(noPhone.exitCode == 2);
    CHECK(noPhone.err.contains(QStringLiteral("số điện thoại")));
    const CliRun blank = c.set(QStringLiteral("office.place"), QStringLiteral("   "));
    CHECK(blank.exitCode == 2);
    CHECK(blank.err.contains(QStringLiteral("không được để trống")));
    CHECK(c.get(QStringLiteral("office.guidance_contact")).isEmpty());
    CHECK(c.run({QStringLiteral("settings"), QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("cli print: says where the PDF was saved", "[cli][documents]")
{
    Counter c;
    REQUIRE(c.run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                   QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")}).exitCode == 0);
    const CliRun intake = c.run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson(QStringLiteral("2026-11-25T09:00")));
    REQUIRE(intake.exitCode == 0);
    const QString code = intake.out.section(u'\t', 0, 0);
    const QString pdf = c.dir.filePath(QStringLiteral("giay-tiep-nhan.pdf"));
    const CliRun r = c.run({QStringLiteral("print"), QStringLiteral("receipt"), code, QStringLiteral("--pdf"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == QStringLiteral("Đã lưu PDF: ") + QFileInfo(pdf).absoluteFilePath());
}
