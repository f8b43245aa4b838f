#include "TestSupport.h"
#include "storage/DossierRepository.h"

#include <catch2/catch.hpp>

using namespace pc;
using pc::test::TempCounter;

namespace {
Registration registered(TempCounter &t, const DossierDraft &d)
{
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    if (!r)
        FAIL(r.error().message.toStdString() + " | " + r.error().details.join(u"; ").toStdString());
    return r.value();
}
qint64 rows(TempCounter &t, const char *table) { return t.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))); }
}  // namespace

TEST_CASE("registering writes dossier, documents, event and outbox entry", "[intake]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));  // Wednesday
    const Registration r = registered(t, test::completeDraft());
    const Dossier &d = r.dossier;
    CHECK(d.code == QStringLiteral("000.00.16.H56-261125-2001"));
    CHECK(d.status == DossierStatus::Received);
    CHECK(d.fee.dong == 400000);
    CHECK(d.applicant.phone == QStringLiteral("0912345678"));
    // 8 working days from Wed 25/11 09:00 → Mon 07/12 09:00 (Mon–Fri calendar)
    CHECK(toLocal(d.appointmentAt) == test::local(2026, 12, 7, 9, 0));
    CHECK(rows(t, "dossiers") == 1);
    CHECK(rows(t, "dossier_documents") == 4);
    CHECK(rows(t, "dossier_events") == 1);
    CHECK(rows(t, "outbox") == 1);
    auto stored = t.services->queue().dossier(d.code);
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK(stored.value()->applicant.name == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(stored.value()->events.size() == 1);
    CHECK(stored.value()->events.first().type == QStringLiteral("dossier.registered"));
    CHECK(stored.value()->procedureName == QStringLiteral("Cấp Giấy phép bán lẻ rượu"));
}

TEST_CASE("a dossier missing a required document is not registered", "[intake]")
{
    TempCounter t;
    DossierDraft d = test::completeDraft();
    d.documents.removeLast();
    d.documents.removeFirst();
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Refused);
    REQUIRE(r.error().details.size() == 2);
    CHECK(r.error().details.contains(QStringLiteral("Đơn đề nghị cấp Giấy phép bán lẻ rượu")));
    CHECK(rows(t, "dossiers") == 0);
    CHECK(rows(t, "code_sequences") == 0);
    // zero originals and zero copies is not "received"
    d = test::completeDraft();
    d.documents[0].originals = 0;
    REQUIRE_FALSE(t.services->intake().registerDossier(test::clerk(), d));
}

TEST_CASE("a failure in the middle of registering leaves nothing behind", "[intake][atomicity]")
{
    TempCounter t;
    registered(t, test::completeDraft());  // 2001
    // Make the last write of the transaction (the outbox entry) fail.
    REQUIRE(sql::exec(t.services->database().sql(),
                      QStringLiteral("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END")));
    auto r = t.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Storage);
    CHECK(rows(t, "dossiers") == 1);
    CHECK(rows(t, "dossier_documents") == 4);
    CHECK(rows(t, "dossier_events") == 1);
    CHECK(rows(t, "outbox") == 1);
    CHECK(t.scalarInt(QStringLiteral("SELECT last_sequence FROM code_sequences")) == 2001);
    REQUIRE(sql::exec(t.services->database().sql(), QStringLiteral("DROP TRIGGER fail_outbox")));
    CHECK(registered(t, test::completeDraft()).dossier.code.endsWith(QStringLiteral("-2002")));
}

TEST_CASE("codes come from the counter's range, roll over by day and are never reused", "[intake][codes]")
{
    TempCounter t(3);
    t.clock.setLocal(QDate(2026, 11, 27), QTime(23, 58));  // Friday, late
    QSet<QString> codes;
    for (int i = 0; i < 3; ++i)
        codes.insert(registered(t, test::completeDraft()).dossier.code);
    CHECK(codes == QSet<QString>{QStringLiteral("000.00.16.H56-261127-3001"), QStringLiteral("000.00.16.H56-261127-3002"),
                                 QStringLiteral("000.00.16.H56-261127-3003")});
    // The local day decides the date part: 00:01 local on the 28th is still the 27th in UTC.
    t.clock.setLocal(QDate(2026, 11, 28), QTime(0, 1));
    CHECK(registered(t, test::completeDraft()).dossier.code == QStringLiteral("000.00.16.H56-261128-3001"));
    // Narrowing the range mid-day never goes back below what was issued.
    auto id = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("X"), 3);
    id.sequenceStart = 3001;
    id.sequenceEnd = 3002;
    REQUIRE(t.services->identity().save(id));
    CHECK(registered(t, test::completeDraft()).dossier.code == QStringLiteral("000.00.16.H56-261128-3002"));
    auto exhausted = t.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE_FALSE(exhausted);
    CHECK(exhausted.error().kind == Error::Kind::Refused);
    CHECK(exhausted.error().message.contains(QStringLiteral("hết dãy số")));
}

TEST_CASE("a received_at given explicitly decides the code date and the appointment", "[intake]")
{
    TempCounter t(0);
    DossierDraft d = test::completeDraft();
    d.receivedAt = test::local(2026, 11, 20, 18, 0);  // Friday after hours
    const Dossier r = registered(t, d).dossier;
    CHECK(r.code == QStringLiteral("000.00.16.H56-261120-0001"));
    // counting starts Monday 23/11 07:30; Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam (off), so
    // the 8 working days are 23, 25, 26, 27, 30/11, 1, 2, 3/12 and end Thursday 03/12 17:00
    CHECK(toLocal(r.appointmentAt) == test::local(2026, 12, 3, 17, 0));
}

TEST_CASE("registration needs a configured counter and valid input", "[intake][validation]")
{
    TempCounter unset(2, false);
    auto r = unset.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Refused);
    CHECK(rows(unset, "dossiers") == 0);

    TempCounter t;
    DossierDraft d = test::completeDraft();
    d.procedureCode = QStringLiteral("9.999999");
    CHECK(t.services->intake().registerDossier(test::clerk(), d).error().kind == Error::Kind::BadInput);
    d = test::completeDraft();
    d.applicant.name = QStringLiteral("   ");
    d.applicant.phone = QStringLiteral("12345");
    d.sets = 0;
    auto bad = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().details.size() == 3);
    d = test::completeDraft();
    d.delivery = {DeliveryMethod::Post, QString()};
    CHECK_FALSE(t.services->intake().registerDossier(test::clerk(), d));
    CHECK(rows(t, "dossiers") == 0);
}

TEST_CASE("dossier events are append-only and dossiers are never deleted", "[storage][intake]")
{
    TempCounter t;
    registered(t, test::completeDraft());
    CHECK_FALSE(sql::exec(t.services->database().sql(), QStringLiteral("UPDATE dossier_events SET type = 'x'")));
    CHECK_FALSE(sql::exec(t.services->database().sql(), QStringLiteral("DELETE FROM dossier_events")));
    CHECK_FALSE(sql::exec(t.services->database().sql(), QStringLiteral("DELETE FROM dossiers")));
    CHECK(rows(t, "dossier_events") == 1);
}

TEST_CASE("the queue lists newest first, pages and searches folded", "[queue]")
{
    TempCounter t;
    DossierDraft d = test::completeDraft();
    const QStringList names = {QStringLiteral("Trần Thị Bích"), QStringLiteral("Lê Văn Đạt"), QStringLiteral("Phạm Đức Anh")};
    for (const QString &n : names) {
        d.applicant.name = n;
        registered(t, d);
    }
    DossierFilter f;
    auto all = t.services->queue().page(f);
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->first().applicantName == QStringLiteral("Phạm Đức Anh"));
    f.search = QStringLiteral("duc");
    CHECK(t.services->queue().page(f)->size() == 1);
    f.search = QStringLiteral("LÊ VĂN ĐẠT").normalized(QString::NormalizationForm_D);
    CHECK(t.services->queue().page(f)->size() == 1);
    f.search = QStringLiteral("2002");
    CHECK(t.services->queue().page(f)->first().applicantName == QStringLiteral("Lê Văn Đạt"));
    DossierFilter paged;
    paged.limit = 2;
    auto first = t.services->queue().page(paged);
    REQUIRE(first->size() == 2);
    paged.beforeId = first->last().id;
    CHECK(t.services->queue().page(paged)->size() == 1);
    CHECK(t.services->queue().receivedToday().value() == 3);
    CHECK(t.services->queue().waitingToSync().value() == 3);
}
