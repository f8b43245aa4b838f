// postcounter-cli list --search / --limit / streamed --json (issue 13), on the fixed clock.
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pc::test;

namespace {
struct SearchCounter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    SearchCounter()
    {
        REQUIRE(runCliFixed(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"),
                                 QStringLiteral("--unit-name"), QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"),
                                 QStringLiteral("2")}).exitCode == 0);
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    void intake(const QString &receivedAt, const QString &name, const QString &id, const QString &gender)
    {
        QByteArray j = intakeJson(receivedAt);
        j.replace("Nguyễn Văn Đức", name.toUtf8()).replace("001089012345", id.toUtf8()).replace("\"Nam\"", "\"" + gender.toUtf8() + "\"");
        const CliRun r = run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, j);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    // Codes: counter 2 numbers from 2001 each day (see test_cli.cpp).
    void fill()
    {
        intake(QStringLiteral("2026-11-25T09:00"), QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), QStringLiteral("Nam"));  // 261125-2001
        intake(QStringLiteral("2026-11-26T09:00"), QStringLiteral("Đặng Thị Hương"), QStringLiteral("001189000111"), QStringLiteral("Nữ"));  // 261126-2001
        intake(QStringLiteral("2026-11-26T10:00"), QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("001189000222"), QStringLiteral("Nữ"));  // 261126-2002
    }
    QStringList codes(const QStringList &args) const
    {
        const CliRun r = run(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QStringList out;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            out << line.section(u'\t', 0, 0);
        return out;
    }
};
const QString c1 = QStringLiteral("000.00.16.H56-261125-2001");
const QString c2 = QStringLiteral("000.00.16.H56-261126-2001");
const QString c3 = QStringLiteral("000.00.16.H56-261126-2002");
}  // namespace

TEST_CASE("cli: list --search matches words like the queue, newest first", "[cli]")
{
    SearchCounter c;
    c.fill();
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("nguyen")}) == QStringList{c3, c1});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("ĐẶNG hương")}) == QStringList{c2});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("thi")}) == QStringList{c3, c2});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("001189000222")}) == QStringList{c3});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), c1}) == QStringList{c1});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("không có ai")}).isEmpty());
}

TEST_CASE("cli: list --limit stops after N rows", "[cli]")
{
    SearchCounter c;
    c.fill();
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}) == QStringList{c3});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2")}) == QStringList{c3, c2});
    CHECK(c.codes({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("nguyen"), QStringLiteral("--limit"), QStringLiteral("1")})
          == QStringList{c3});
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("abc")}) {
        const CliRun r = c.run({QStringLiteral("list"), QStringLiteral("--limit"), bad});
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QStringLiteral("Số dòng tối đa không hợp lệ")));
    }
}

TEST_CASE("cli: list --json is one JSON array, also empty and with a search", "[cli]")
{
    SearchCounter c;
    const CliRun empty = c.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(empty.exitCode == 0);
    QJsonParseError e;
    const QJsonDocument none = QJsonDocument::fromJson(empty.out.toUtf8(), &e);
    CHECK(e.error == QJsonParseError::NoError);
    CHECK(none.isArray());
    CHECK(none.array().isEmpty());

    c.fill();
    const QJsonDocument all = QJsonDocument::fromJson(c.run({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8(), &e);
    CHECK(e.error == QJsonParseError::NoError);
    REQUIRE(all.array().size() == 3);
    CHECK(all.array().at(0).toObject().value(u"code").toString() == c3);
    CHECK(all.array().at(2).toObject().value(u"applicant").toString() == QStringLiteral("Nguyễn Văn Đức"));

    const CliRun found = c.run({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("huong"), QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(found.out.toUtf8(), &e).array();
    CHECK(e.error == QJsonParseError::NoError);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(u"code").toString() == c2);
    CHECK(rows.at(0).toObject().value(u"received_at").toString() == QStringLiteral("2026-11-26T09:00"));
}
