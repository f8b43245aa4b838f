// Retention (issue 12): personal data of dossiers returned before a date replaced by a marker;
// codes, dates, statuses and events kept; the append-only triggers still hold outside a purge.
#include "TestSupport.h"
#include "services/PurgeService.h"
#include "storage/DossierRepository.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace pc;
using namespace pc::test;

namespace {
const Actor kSupervisor{QStringLiteral("hoa.tt"), QStringLiteral("Trần Thị Hoa"), Role::Supervisor};
const Actor kClerk{QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk};

struct Returned : TempCounter {
    QString oldCode, recentCode, openCode;
    Returned()
    {
        // Registered on 25/11/2026 (the fixed clock); the centre reports one returned on
        // 10/12/2026 and one on 01/06/2031; the purge runs on 01/01/2032.
        oldCode = registerOne();
        recentCode = registerOne();
        openCode = registerOne();
        returnAt(oldCode, QDateTime(QDate(2026, 12, 10), QTime(3, 0), QTimeZone::utc()), QStringLiteral("c-1"));
        returnAt(recentCode, QDateTime(QDate(2031, 6, 1), QTime(3, 0), QTimeZone::utc()), QStringLiteral("c-2"));
        clock.now = QDateTime(QDate(2032, 1, 1), QTime(2, 0), QTimeZone::utc());  // 09:00 in Vietnam
        // The centre has every registration event (a purge waits for the centre).
        REQUIRE(sql::exec(services->database().sql(), QStringLiteral("DELETE FROM outbox")));
    }
    QString registerOne()
    {
        auto r = services->intake().registerDossier(test::clerk(), completeDraft());
        REQUIRE(r);
        return r->dossier.code;
    }
    void returnAt(const QString &code, const QDateTime &at, const QString &id)
    {
        DossierRepository repo(services->database().sql());
        auto applied = repo.applyCentreStatus(code, DossierStatus::Returned, at, id, QString());
        REQUIRE(applied);
        REQUIRE(applied.value());
    }
    QString text(const QString &q, const QString &code)
    {
        auto v = sql::scalar(services->database().sql(), q, {code});
        REQUIRE(v);
        return v->toString();
    }
};
}  // namespace

TEST_CASE("purge: a supervisor purges dossiers returned before the date, the rest is untouched", "[purge]")
{
    Returned c;
    PurgeService purge(c.services->database(), c.clock);
    // Default retention 5 years: on 01/01/2032 only dossiers returned before 01/01/2027.
    CHECK(purge.retentionYears() == 5);
    CHECK(purge.latestAllowedBefore() == QDate(2027, 1, 1));
    const auto eventsBefore = c.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_events"));

    auto dry = purge.purge(kSupervisor, QDate(2027, 1, 1), true);
    REQUIRE(dry);
    CHECK(dry->dossiers == 1);
    CHECK(dry->events == 2);  // registered + returned
    CHECK(c.text(QStringLiteral("SELECT applicant_name FROM dossiers WHERE code = ?"), c.oldCode) == QStringLiteral("Nguyễn Văn Đức"));

    auto done = purge.purge(kSupervisor, QDate(2027, 1, 1), false);
    REQUIRE(done);
    CHECK(done->dossiers == 1);
    const QString q = QStringLiteral("SELECT applicant_name || '|' || applicant_id || '|' || phone || '|' || address || '|' || birth_date || '|' || status "
                                     "FROM dossiers WHERE code = ?");
    CHECK(c.text(q, c.oldCode) == QStringLiteral("[đã xóa]|[đã xóa]|[đã xóa]|[đã xóa]||10"));
    CHECK(c.text(q, c.recentCode).startsWith(QStringLiteral("Nguyễn Văn Đức|001089012345|")));
    CHECK(c.text(q, c.openCode).startsWith(QStringLiteral("Nguyễn Văn Đức|001089012345|")));
    // Events kept (same count, same types and times); their data no longer names the person.
    CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_events")) == eventsBefore);
    const QString data = c.text(QStringLiteral("SELECT group_concat(e.data, ' ') FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id "
                                               "WHERE d.code = ?"), c.oldCode);
    CHECK_FALSE(data.contains(QStringLiteral("001089012345")));
    CHECK_FALSE(data.contains(QStringLiteral("Nguyễn Văn Đức")));
    CHECK_FALSE(data.contains(QStringLiteral("0912")));
    CHECK(data.contains(QStringLiteral("Đơn đề nghị cấp Giấy phép bán lẻ rượu")));  // document names are not personal
    // The search index no longer finds the purged dossier by name or ID number; the code still does.
    DossierRepository repo(c.services->database().sql());
    DossierFilter byId;
    byId.search = QStringLiteral("001089012345");
    CHECK(repo.count(byId).value() == 2);
    DossierFilter byCode;
    byCode.search = c.oldCode;
    CHECK(repo.count(byCode).value() == 1);
    CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM purges")) == 1);
    // Nothing more to do the second time.
    CHECK(purge.purge(kSupervisor, QDate(2027, 1, 1), false)->dossiers == 0);
}

TEST_CASE("purge: a clerk is refused, a date inside the retention period is refused, nothing written", "[purge]")
{
    Returned c;
    PurgeService purge(c.services->database(), c.clock);
    auto clerk = purge.purge(kClerk, QDate(2027, 1, 1), false);
    REQUIRE_FALSE(clerk);
    CHECK(clerk.error().kind == Error::Kind::Refused);
    auto tooRecent = purge.purge(kSupervisor, QDate(2027, 1, 2), false);
    REQUIRE_FALSE(tooRecent);
    CHECK(tooRecent.error().message.contains(QStringLiteral("01/01/2027")));
    CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers WHERE purged_at <> ''")) == 0);
    CHECK(c.scalarInt(QStringLiteral("SELECT count(*) FROM purges")) == 0);
    CHECK_FALSE(purge.setRetentionYears(kClerk, 2));
    REQUIRE(purge.setRetentionYears(kSupervisor, 1));
    CHECK(purge.latestAllowedBefore() == QDate(2031, 1, 1));
}

TEST_CASE("purge: a returned dossier whose events still wait for the centre is kept for next time", "[purge]")
{
    Returned c;
    QSqlDatabase &db = c.services->database().sql();
    REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO outbox (event_uuid, enqueued_at) SELECT e.uuid, e.at FROM dossier_events e "
                                         "JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = ? AND e.type = 'dossier.registered'"), {c.oldCode}));
    PurgeService purge(c.services->database(), c.clock);
    auto r = purge.purge(kSupervisor, QDate(2027, 1, 1), false);
    REQUIRE(r);
    CHECK(r->dossiers == 0);
    CHECK(r->waitingForSync == 1);
}

TEST_CASE("purge: outside a purge the event and guidance triggers still refuse every update", "[purge]")
{
    Returned c;
    QSqlDatabase &db = c.services->database().sql();
    auto edit = sql::exec(db, QStringLiteral("UPDATE dossier_events SET data = '{}'"));
    REQUIRE_FALSE(edit);
    // Even inside the purge window, only `data` may change, never the type, status or time.
    sql::Transaction tx(db);
    REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO purge_in_progress (id) VALUES (1)")));
    CHECK(sql::exec(db, QStringLiteral("UPDATE dossier_events SET data = '{}' WHERE id = 1")));
    CHECK_FALSE(sql::exec(db, QStringLiteral("UPDATE dossier_events SET status = 3 WHERE id = 1")));
    CHECK_FALSE(sql::exec(db, QStringLiteral("UPDATE dossier_events SET at = '2000-01-01T00:00:00.000Z' WHERE id = 1")));
}

TEST_CASE("purge: event data redaction keeps document names, codes and the clerk", "[purge]")
{
    const QJsonObject in = QJsonDocument::fromJson(R"({"code": "000.00.16.H56-201125-1001", "by": "Nguyễn Thị Lan",
        "applicant": {"name": "Lê Văn A", "id_number": "001089012345", "phone": "0912345678", "address": "Thôn Đông"},
        "documents": [{"name": "Đơn đề nghị", "originals": 1}], "delivery": {"method": "post", "address": "Số 1"},
        "recipient_name": "Lê Thị B", "recipient_id": "001190000001"})").object();
    bool changed = false;
    const QJsonObject out = PurgeService::redactEventData(in, &changed);
    CHECK(changed);
    const QString text = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    for (const char *gone : {"Lê Văn A", "001089012345", "0912345678", "Thôn Đông", "Số 1", "Lê Thị B", "001190000001"})
        CHECK_FALSE(text.contains(QString::fromUtf8(gone)));
    CHECK(text.contains(QStringLiteral("Đơn đề nghị")));
    CHECK(text.contains(QStringLiteral("Nguyễn Thị Lan")));
    CHECK(text.contains(QStringLiteral("000.00.16.H56-201125-1001")));
}
