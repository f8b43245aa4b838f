// The CLI side of the duplicate guard (issue 9, item 16), the representative in the intake
// JSON (item 11) and the draft store behind the intake screen (item 3).
#include "CliRunner.h"
#include "TestSupport.h"
#include "services/DossierJson.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::test;

namespace {
struct CliCounter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    CliCounter()
    {
        REQUIRE(runCli(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                            QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")})
                    .exitCode == 0);
    }
    CliRun intake(const QByteArray &json) const { return runCli(db, {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, json); }
};
}  // namespace

TEST_CASE("cli: the same applicant and procedure twice the same day is registered with a warning naming the first code", "[cli][duplicate]")
{
    CliCounter c;
    const CliRun first = c.intake(intakeJson(QStringLiteral("2026-11-25T09:00")));
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.isEmpty());
    const CliRun second = c.intake(intakeJson(QStringLiteral("2026-11-25T10:30")));
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);  // scripts and imports are deliberate: registered
    CHECK(second.out.startsWith(QStringLiteral("000.00.16.H56-261125-2002\t")));
    CHECK(second.err.contains(QStringLiteral("000.00.16.H56-261125-2001")));  // names the earlier code
    // another day is no duplicate
    const CliRun nextDay = c.intake(intakeJson(QStringLiteral("2026-11-26T08:00")));
    REQUIRE(nextDay.exitCode == 0);
    CHECK(nextDay.err.isEmpty());
}

TEST_CASE("intake: the representative is stored, read back and validated", "[intake][representative]")
{
    TempCounter t;
    DossierDraft d = completeDraft();
    d.applicant.organisation = true;
    d.applicant.name = QStringLiteral("Công ty TNHH Rượu Yên Định");
    d.applicant.idNumber.clear();
    d.applicant.birthDate = {};
    d.applicant.gender.clear();
    d.applicant.representative = {QStringLiteral("Trần Văn Bình"), QStringLiteral("038090001234")};
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE(r);
    auto back = t.services->queue().dossier(r->dossier.code);
    REQUIRE(back);
    REQUIRE(back.value());
    CHECK(back.value()->applicant.representative.name == QStringLiteral("Trần Văn Bình"));
    CHECK(back.value()->applicant.representative.idNumber == QStringLiteral("038090001234"));
    // a representative's ID must be a valid ID (11 digits is not)
    d.applicant.representative.idNumber = QStringLiteral("03809000123");
    auto bad = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == Error::Kind::BadInput);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 1);  // nothing written
}

TEST_CASE("intake JSON: applicant.representative in, the same out", "[json][representative]")
{
    const QByteArray json = R"({"procedure": "2.000620", "applicant": {"name": "Công ty TNHH A", "kind": "organisation",
        "representative": {"name": "Lê Thị Hạnh", "id_number": "001190004567"}}})";
    auto d = draftFromJson(json);
    REQUIRE(d);
    CHECK(d->applicant.representative.name == QStringLiteral("Lê Thị Hạnh"));
    CHECK(d->applicant.representative.idNumber == QStringLiteral("001190004567"));
    auto again = draftFromJson(QJsonDocument(draftToJson(d.value())).toJson());
    REQUIRE(again);
    CHECK(again->applicant.representative.name == QStringLiteral("Lê Thị Hạnh"));
}

TEST_CASE("drafts: saved, overwritten, read back after a reopen, discarded", "[draft]")
{
    TempCounter t;
    DossierDraft d;
    d.procedureCode = QStringLiteral("2.000620");
    d.applicant.name = QStringLiteral("Phan Văn Tú");  // half-typed: no documents yet
    REQUIRE(t.services->drafts().save(d));
    d.applicant.phone = QStringLiteral("0912");
    REQUIRE(t.services->drafts().save(d));
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM intake_drafts")) == 1);
    // a power cut: the process is gone, the database is opened again
    t.services.reset();
    auto reopened = CounterServices::open(t.dbPath(), t.clock);
    REQUIRE(reopened);
    auto loaded = reopened.value()->drafts().load();
    REQUIRE(loaded);
    REQUIRE(loaded.value());
    CHECK(loaded.value()->draft.applicant.name == QStringLiteral("Phan Văn Tú"));
    CHECK(loaded.value()->draft.applicant.phone == QStringLiteral("0912"));
    CHECK(loaded.value()->savedAt == t.clock.now);
    REQUIRE(reopened.value()->drafts().discard());
    auto none = reopened.value()->drafts().load();
    REQUIRE(none);
    CHECK_FALSE(none.value());
}
