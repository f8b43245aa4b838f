// Issue 9 items 8 and 13: guidance slips have their own yearly HD/TC sequences, are listed and
// found by number; nothing is received or guided under the sample unit.
#include "TestSupport.h"
#include "services/GuidanceService.h"
#include "services/IntakeService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace pc;

namespace {
DossierDraft incompleteDraft(const QString &name)
{
    DossierDraft d = test::completeDraft();
    d.applicant.name = name;
    d.documents.removeLast();  // one required document missing: a supplement request is due
    return d;
}
}  // namespace

TEST_CASE("guidance numbers: HD and TC count separately from 1 each local year", "[guidance][numbers]")
{
    test::TempCounter t;
    t.clock.setLocal(QDate(2026, 3, 2), QTime(8, 0));
    GuidanceService &g = t.services->guidance();
    auto s1 = g.recordSupplement(test::clerk(), incompleteDraft(QStringLiteral("Trần Thị Bích")), {}, {});
    REQUIRE(s1);
    auto r1 = g.recordRefusal(test::clerk(), incompleteDraft(QStringLiteral("Lê Văn Đạt")), QStringLiteral("Không thuộc thẩm quyền"));
    REQUIRE(r1);
    // 23:30 on 31/12 in Việt Nam is 16:30 UTC the same day: still 2026
    t.clock.setLocal(QDate(2026, 12, 31), QTime(23, 30));
    auto s2 = g.recordSupplement(test::clerk(), incompleteDraft(QStringLiteral("Phạm Đức Anh")), {}, {});
    REQUIRE(s2);
    // 07:30 on 01/01/2027 in Việt Nam is 00:30 UTC: the new year's sequence starts again at 1
    t.clock.setLocal(QDate(2027, 1, 1), QTime(7, 30));
    auto s3 = g.recordSupplement(test::clerk(), incompleteDraft(QStringLiteral("Đỗ Minh Châu")), {}, {});
    REQUIRE(s3);
    auto r2 = g.recordRefusal(test::clerk(), incompleteDraft(QStringLiteral("Vũ Thị Hoa")), QStringLiteral("Thiếu thẩm quyền"));
    REQUIRE(r2);
    CHECK(s1->number() == QStringLiteral("HD-1/2026"));
    CHECK(r1->number() == QStringLiteral("TC-1/2026"));
    CHECK(s2->number() == QStringLiteral("HD-2/2026"));
    CHECK(s3->number() == QStringLiteral("HD-1/2027"));
    CHECK(r2->number() == QStringLiteral("TC-1/2027"));

    // the number is stored, not recomputed: found again by it, in any letter case
    auto found = g.findByNumber(QStringLiteral("hd-2/2026"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(found->value().applicant.name == QStringLiteral("Phạm Đức Anh"));
    CHECK(found->value().number() == QStringLiteral("HD-2/2026"));
    auto missing = g.findByNumber(QStringLiteral("HD-9/2026"));
    REQUIRE(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("guidance list: newest first, searchable by folded name and ID number, bounded by date", "[guidance][list]")
{
    test::TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 24), QTime(9, 0));
    GuidanceService &g = t.services->guidance();
    REQUIRE(g.recordSupplement(test::clerk(), incompleteDraft(QStringLiteral("Trần Thị Bích")), {}, {}));
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    REQUIRE(g.recordRefusal(test::clerk(), incompleteDraft(QStringLiteral("Lê Văn Đạt")), QStringLiteral("Không thuộc thẩm quyền")));

    auto all = g.list({});
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).applicant.name == QStringLiteral("Lê Văn Đạt"));  // newest first
    GuidanceFilter byName;
    byName.search = QStringLiteral("tran thi bich");  // typed without diacritics
    auto named = g.list(byName);
    REQUIRE(named);
    REQUIRE(named->size() == 1);
    CHECK(named->at(0).number() == QStringLiteral("HD-1/2026"));
    GuidanceFilter byId;
    byId.search = QStringLiteral("001089012345");
    CHECK(g.list(byId)->size() == 2);
    GuidanceFilter today;
    today.createdFrom = test::local(2026, 11, 25, 0, 0).toUTC();
    today.createdTo = test::local(2026, 11, 26, 0, 0).toUTC();
    auto onDay = g.list(today);
    REQUIRE(onDay->size() == 1);
    CHECK(onDay->at(0).number() == QStringLiteral("TC-1/2026"));
}

TEST_CASE("guidance numbers: slips made before schema 11 keep the number printed on them", "[guidance][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v10 = Database::open(path, Database::Options{10});
        REQUIRE(v10);
        REQUIRE(sql::exec(v10.value()->sql(), QStringLiteral(
            "INSERT INTO guidance_records (id, kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, created_at) "
            "VALUES (7, 'refusal', '000.00.16.H56', '2.000620', 'X', 'Lê Văn Đạt', '{}', '2026-11-25T02:00:00.000Z')")));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    auto n = sql::scalar(db.value()->sql(), QStringLiteral("SELECT number FROM guidance_records WHERE id = 7"));
    REQUIRE(n);
    CHECK(n->toString() == QStringLiteral("TC-7"));
    // and the record still cannot be edited afterwards
    CHECK_FALSE(sql::exec(db.value()->sql(), QStringLiteral("UPDATE guidance_records SET reason = 'x' WHERE id = 7")));
}

TEST_CASE("identity: nothing is received or guided while the counter carries the sample unit", "[identity][sample]")
{
    test::TempCounter t(2, false);
    REQUIRE(t.services->identity().save(CounterIdentity::sample()));
    auto r = t.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE_FALSE(r);
    CHECK(r.error().isUserError());
    CHECK(r.error().message.contains(QStringLiteral("ĐƠN VỊ MẪU")));
    auto s = t.services->guidance().recordSupplement(test::clerk(), incompleteDraft(QStringLiteral("Trần Thị Bích")), {}, {});
    REQUIRE_FALSE(s);
    CHECK(s.error().message.contains(QStringLiteral("ĐƠN VỊ MẪU")));
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 0);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM guidance_records")) == 0);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM code_sequences")) == 0);
    // once the real unit is saved, the same draft is received
    REQUIRE(t.services->identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2)));
    CHECK(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
}
