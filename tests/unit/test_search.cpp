// Queue search through the FTS5 trigram index (issue 13, migration 013). Expected hits are
// written by hand from the names, ID numbers and phones registered below.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

namespace {
struct Person {
    const char16_t *name;
    const char16_t *id;     // CCCD: province 001, century/sex digit, year 89, six digits
    const char16_t *phone;
};
// Index in this list = position used in the expectations below.
const Person kPeople[] = {
    {u"Nguyễn Văn Đức", u"001089012345", u"0912 345 678"},   // 0
    {u"Đặng Thị Hương", u"001189000111", u"0987 000 111"},   // 1
    {u"Nguyễn Thị Lan", u"001189000222", u"0903 222 333"},   // 2
    {u"Trần Văn An", u"001089000333", u"0978 444 555"},      // 3
    {u"Nguyễn Văn An", u"001089000444", u"0868 666 777"},    // 4
};

struct Registered {
    TempCounter counter;
    QStringList codes;  // same order as kPeople
    Registered()
    {
        for (const Person &p : kPeople) {
            DossierDraft d = completeDraft();
            d.applicant.name = QString::fromUtf16(p.name);
            d.applicant.idNumber = QString::fromUtf16(p.id);
            d.applicant.gender = d.applicant.name.contains(u"Thị") ? u"Nữ"_qs : u"Nam"_qs;
            d.applicant.phone = QString::fromUtf16(p.phone);
            auto r = counter.services->intake().registerDossier(test::clerk(), d);
            REQUIRE(r);
            codes << r->dossier.code;
        }
    }
    // Positions in kPeople of the hits, in the queue's order (newest first).
    QList<int> search(const QString &words)
    {
        DossierFilter f;
        f.search = words;
        auto page = counter.services->queue().page(f);
        REQUIRE(page);
        QList<int> out;
        for (const DossierSummary &s : page.value())
            out << int(codes.indexOf(s.code));
        return out;
    }
};
}  // namespace

TEST_CASE("search finds words of a name whatever the case and diacritics, đ as d")
{
    Registered r;
    CHECK(r.search(u"hương"_qs) == QList<int>{1});
    CHECK(r.search(u"HUONG"_qs) == QList<int>{1});
    CHECK(r.search(u"dang"_qs) == QList<int>{1});   // Đặng: đ folds to d
    CHECK(r.search(u"đặng"_qs) == QList<int>{1});
    CHECK(r.search(u"duc"_qs) == QList<int>{0});    // Đức
    CHECK(r.search(u"nguyen"_qs) == QList<int>{4, 2, 0});  // newest first
    CHECK(r.search(u"thi"_qs) == QList<int>{2, 1});
    CHECK(r.search(u"guye"_qs) == QList<int>{4, 2, 0});    // a part of a word, as LIKE '%guye%'
    CHECK(r.search(u"xyz"_qs).isEmpty());
}

TEST_CASE("search with two words needs both, in any order")
{
    Registered r;
    CHECK(r.search(u"nguyễn văn"_qs) == QList<int>{4, 0});
    CHECK(r.search(u"van nguyen"_qs) == QList<int>{4, 0});
    CHECK(r.search(u"Nguyen Lan"_qs) == QList<int>{2});
    CHECK(r.search(u"tran huong"_qs).isEmpty());
}

TEST_CASE("search finds a dossier by its code, an ID number or a phone")
{
    Registered r;
    CHECK(r.search(r.codes[3]) == QList<int>{3});
    CHECK(r.search(r.codes[3].toLower()) == QList<int>{3});
    CHECK(r.search(u"001189000111"_qs) == QList<int>{1});
    CHECK(r.search(u"189000"_qs) == QList<int>{2, 1});  // a part of two ID numbers
    CHECK(r.search(u"0868666777"_qs) == QList<int>{4});  // stored without spaces
    CHECK(r.search(u"0912345678"_qs) == QList<int>{0});
    // A long word is looked up in pieces, but only the whole word counts: Đức's key holds
    // "001089" (ID number) and "345678" (phone), not "001089345678".
    CHECK(r.search(u"001089345678"_qs).isEmpty());
    CHECK(r.search(u"001089012345"_qs) == QList<int>{0});
}

TEST_CASE("search for a long word with letters outside the BMP finds it, not a storage error")
{
    // Seen in review: "a𠀀𠀁𠀂" is 7 UTF-16 units; cut into pieces of 6 it sent FTS5 a lone
    // surrogate ("unterminated string").
    TempCounter counter;
    DossierDraft d = completeDraft();
    d.applicant.name = u"Lò Văn a𠀀𠀁𠀂"_qs;
    auto r = counter.services->intake().registerDossier(test::clerk(), d);
    REQUIRE(r);
    DossierFilter f;
    f.search = u"a𠀀𠀁𠀂"_qs;
    auto page = counter.services->queue().page(f);
    INFO((page ? std::string() : page.error().message.toStdString()));
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    CHECK(page->first().code == r->dossier.code);
}

TEST_CASE("search words of one or two characters still match as substrings")
{
    Registered r;
    // "an" is in Văn (van), Lan, An and Đặng (dang): every name here has it.
    CHECK(r.search(u"an"_qs) == QList<int>{4, 3, 2, 1, 0});
    CHECK(r.search(u"uo"_qs) == QList<int>{1});  // Hương only
    CHECK(r.search(u"LÁ"_qs) == QList<int>{2});  // Lan only
    CHECK(r.search(u"nguyen an"_qs) == QList<int>{4, 2, 0});  // as LIKE '%an%': Văn and Lan count
    CHECK(r.search(u"thi an"_qs) == QList<int>{2, 1});
    CHECK(r.search(u"đ"_qs) == QList<int>{1, 0});          // Đặng, Đức
    CHECK(r.search(u"tran a"_qs) == QList<int>{3});
}

TEST_CASE("search count agrees with the rows found")
{
    Registered r;
    DossierFilter f;
    f.search = u"nguyen van"_qs;
    auto n = r.counter.services->queue().page(f);
    REQUIRE(n);
    auto c = DossierRepository(r.counter.services->database().sql()).count(f);
    REQUIRE(c);
    CHECK(*c == 2);
    CHECK(n->size() == 2);
}

TEST_CASE("migration 013 indexes the dossiers of an existing database")
{
    QString path;
    QTemporaryDir keep;
    {
        Registered r;
        path = keep.filePath(u"old.sqlite"_qs);
        // A copy of the file as a schema-12 database: no search index, no triggers.
        QSqlDatabase &db = r.counter.services->database().sql();
        REQUIRE(sql::exec(db, u"VACUUM INTO '%1'"_qs.arg(path)));
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"downgrade"_qs);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const char *s : {"DROP TRIGGER dossiers_search_insert", "DROP TRIGGER dossiers_search_delete",
                              "DROP TRIGGER dossiers_search_update", "DROP TABLE dossier_search",
                              "DROP INDEX dossier_events_at",
                              // and what later versions added (migration 014, issue 11)
                              "DROP INDEX IF EXISTS dossiers_running_due",  // 018, on due_at
                              "DROP TRIGGER dossiers_due_from_appointment", "DROP INDEX dossiers_status_due", "DROP INDEX dossiers_due",
                              "ALTER TABLE dossiers DROP COLUMN due_at", "DROP TABLE handover_items", "DROP TABLE handovers",
                              "DROP TABLE handover_sequences", "DROP TABLE dossier_results", "DROP TABLE dossier_returns",
                              "DROP TABLE dossier_withdrawals",

                              // later migrations' tables too, so 013 onwards really runs again
                              "DROP TABLE IF EXISTS users", "DROP TABLE IF EXISTS audit_log",  // 016
                              "DROP TRIGGER IF EXISTS dossiers_purged_stay_purged",            // 017
                              "ALTER TABLE dossiers DROP COLUMN purged_at", "ALTER TABLE guidance_records DROP COLUMN purged_at",
                              "DROP TABLE IF EXISTS purges", "DROP TABLE IF EXISTS purge_in_progress",
                              // 019 dropped two unused outbox columns: put them back so it runs again
                              "ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
                              "ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT ''",
                              "PRAGMA user_version=12"})
            REQUIRE(q.exec(QString::fromLatin1(s)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_qs);
    FixedClock clock;
    auto s = CounterServices::open(path, clock);
    REQUIRE(s);
    CHECK(s.value()->database().schemaVersion() >= 13);
    DossierFilter f;
    f.search = u"huong"_qs;
    auto page = s.value()->queue().page(f);
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    CHECK(page->first().applicantName == u"Đặng Thị Hương");
}

TEST_CASE("search pages newest first with keyset paging and other filters")
{
    Registered r;
    DossierFilter f;
    f.search = u"nguyen"_qs;
    f.limit = 2;
    auto first = r.counter.services->queue().page(f);
    REQUIRE(first);
    REQUIRE(first->size() == 2);
    CHECK(first->at(0).code == r.codes[4]);
    CHECK(first->at(1).code == r.codes[2]);
    f.beforeId = first->last().id;
    auto next = r.counter.services->queue().page(f);
    REQUIRE(next);
    REQUIRE(next->size() == 1);
    CHECK(next->at(0).code == r.codes[0]);
    // Every dossier here is "received"; no "in progress" one matches.
    DossierFilter byStatus;
    byStatus.search = u"nguyen van"_qs;
    byStatus.status = DossierStatus::InProgress;
    auto none = r.counter.services->queue().page(byStatus);
    REQUIRE(none);
    CHECK(none->isEmpty());
    byStatus.status = DossierStatus::Received;
    auto two = r.counter.services->queue().page(byStatus);
    REQUIRE(two);
    CHECK(two->size() == 2);
    // A sorted column pages with the index as a filter (Applicant A→Z: Nguyễn Thị Lan, Nguyễn Văn An, Nguyễn Văn Đức).
    DossierFilter sorted;
    sorted.search = u"nguyen"_qs;
    sorted.sort = DossierFilter::Sort::Applicant;
    auto byName = r.counter.services->queue().page(sorted);
    REQUIRE(byName);
    REQUIRE(byName->size() == 3);
    CHECK(byName->at(0).code == r.codes[2]);
    CHECK(byName->at(1).code == r.codes[4]);
    CHECK(byName->at(2).code == r.codes[0]);
}
