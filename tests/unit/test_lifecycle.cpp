// Issue 11 §1-4 through the service layer, on a fixed clock: every step of a dossier's life
// after the receipt writes its rows, one event per dossier and its outbox row.
#include "LifecycleFixture.h"
#include "services/QueueService.h"

using namespace pc;
using namespace pc::test;

namespace {
const QString kCommune = QStringLiteral("Ủy ban nhân dân cấp xã");  // agency of 2.000620 in the built-in catalogue

QList<DossierEvent> eventsOf(TempCounter &t, const QString &code)
{
    auto d = t.services->queue().dossier(code);
    REQUIRE(d);
    REQUIRE(d.value());
    return d.value()->events;
}
}  // namespace

TEST_CASE("lifecycle: new transitions are documented edges only", "[lifecycle]")
{
    // Issue 11: a cancelled handover (4 -> 2) and a failed postal delivery (10 -> 9).
    CHECK(isAllowedTransition(DossierStatus::InProgress, DossierStatus::Received));
    CHECK(isAllowedTransition(DossierStatus::Returned, DossierStatus::Resolved));
    // Still forbidden.
    CHECK_FALSE(isAllowedTransition(DossierStatus::Returned, DossierStatus::InProgress));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Resolved, DossierStatus::Received));
    CHECK_FALSE(isAllowedTransition(DossierStatus::SupplementRequested, DossierStatus::Received));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Withdrawn, DossierStatus::Resolved));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Received, DossierStatus::Returned));
}

TEST_CASE("lifecycle: pending handover grouped by agency, oldest first, a batch moves its dossiers to 4", "[lifecycle][handover]")
{
    TempCounter t;
    const Procedure &other = otherAgencyPostProcedure(*t.services);
    const QString otherAgency = t.services->catalogue()->agency(other.agencyCode)->name;
    // Received in this order: commune (Mon 23/11 08:00), other agency (Mon 23/11 09:00), commune (Tue 24/11 10:00).
    const Dossier a1 = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    const Dossier b1 = registerAt(t, draftFor(other, DeliveryMethod::Counter), local(2026, 11, 23, 9, 0));
    DossierDraft second = completeDraft();
    second.applicant.idNumber = QStringLiteral("001189012346");
    second.applicant.gender = QStringLiteral("Nữ");
    const Dossier a2 = registerAt(t, second, local(2026, 11, 24, 10, 0));
    t.clock.setLocal(QDate(2026, 11, 25), QTime(14, 30));

    auto pending = t.services->lifecycle().pendingHandover();
    REQUIRE(pending);
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).agency == kCommune);
    REQUIRE(pending->at(0).dossiers.size() == 2);
    CHECK(pending->at(0).dossiers.at(0).code == a1.code);
    CHECK(pending->at(0).dossiers.at(1).code == a2.code);
    CHECK(pending->at(0).dossiers.at(0).dueAt == a1.appointmentAt);
    CHECK(pending->at(1).agency == otherAgency);
    CHECK(pending->at(1).dossiers.at(0).code == b1.code);

    const qint64 eventsBefore = t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_events"));
    const qint64 outboxBefore = t.scalarInt(QStringLiteral("SELECT count(*) FROM outbox"));
    auto h = t.services->lifecycle().createHandover(kCommune, {}, QStringLiteral("Lê Văn Tám"), QStringLiteral("Phạm Thị Hoa"), clerk());
    REQUIRE(h);
    CHECK(h->number == QStringLiteral("HS-2026-1"));  // first batch of unit 000.00.16.H56 in 2026
    CHECK(h->unitId == QStringLiteral("000.00.16.H56"));
    CHECK(h->agency == kCommune);
    CHECK(h->courier == QStringLiteral("Lê Văn Tám"));
    CHECK(h->receiver == QStringLiteral("Phạm Thị Hoa"));
    CHECK(h->createdBy == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(h->createdAt == local(2026, 11, 25, 14, 30).toUTC());
    CHECK(h->state() == Handover::State::Open);
    REQUIRE(h->items.size() == 2);
    CHECK(h->items.at(0).position == 1);
    CHECK(h->items.at(0).code == a1.code);
    CHECK(h->items.at(1).position == 2);
    CHECK(h->items.at(1).code == a2.code);
    CHECK(h->items.at(0).status == DossierStatus::InProgress);
    CHECK(statusOf(t, a1.code) == DossierStatus::InProgress);
    CHECK(statusOf(t, a2.code) == DossierStatus::InProgress);
    CHECK(statusOf(t, b1.code) == DossierStatus::Received);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_events")) == eventsBefore + 2);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore + 2);
    const DossierEvent e = eventsOf(t, a1.code).last();
    CHECK(e.type == QStringLiteral("dossier.handed_over"));
    CHECK(e.status == DossierStatus::InProgress);
    CHECK(e.data.value(u"handover").toString() == QStringLiteral("HS-2026-1"));
    CHECK(e.data.value(u"by").toString() == QStringLiteral("Nguyễn Thị Lan"));
    CHECK(e.data.value(u"by_user").toString() == QStringLiteral("lan.nt"));
    CHECK(e.data.value(u"courier").toString() == QStringLiteral("Lê Văn Tám"));

    auto left = t.services->lifecycle().pendingHandover();
    REQUIRE(left);
    REQUIRE(left->size() == 1);
    CHECK(left->at(0).agency == otherAgency);

    // Explicit codes; the number goes on per office and year.
    auto h2 = t.services->lifecycle().createHandover(otherAgency, {b1.code}, QStringLiteral("Lê Văn Tám"), {}, clerk());
    REQUIRE(h2);
    CHECK(h2->number == QStringLiteral("HS-2026-2"));
    CHECK(t.services->lifecycle().handover(QStringLiteral("HS-2026-1"))->items.size() == 2);
    auto of = t.services->lifecycle().handoversOf(b1.code);
    REQUIRE(of);
    REQUIRE(of->size() == 1);
    CHECK(of->first().number == QStringLiteral("HS-2026-2"));
}

TEST_CASE("lifecycle: confirmation recorded once, cancellation by a supervisor puts the dossiers back to 2", "[lifecycle][handover]")
{
    TempCounter t;
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    t.clock.setLocal(QDate(2026, 11, 24), QTime(9, 0));
    auto h = t.services->lifecycle().createHandover(kCommune, {}, QStringLiteral("Lê Văn Tám"), {}, clerk());
    REQUIRE(h);

    SECTION("confirmed by the agency")
    {
        t.clock.setLocal(QDate(2026, 11, 24), QTime(15, 0));
        auto c = t.services->lifecycle().confirmHandover(h->number, QStringLiteral("Phạm Thị Hoa"), clerk());
        REQUIRE(c);
        CHECK(c->state() == Handover::State::Confirmed);
        CHECK(c->confirmedBy == QStringLiteral("Phạm Thị Hoa"));
        CHECK(c->confirmedByUser == QStringLiteral("lan.nt"));
        CHECK(c->confirmedAt == local(2026, 11, 24, 15, 0).toUTC());
        const DossierEvent e = eventsOf(t, a.code).last();
        CHECK(e.type == QStringLiteral("dossier.handover_confirmed"));
        CHECK(e.status == DossierStatus::InProgress);
        CHECK(e.data.value(u"signed_by").toString() == QStringLiteral("Phạm Thị Hoa"));
        const QString before = snapshot(t);
        auto again = t.services->lifecycle().confirmHandover(h->number, QStringLiteral("Người khác"), clerk());
        REQUIRE_FALSE(again);
        CHECK(again.error().kind == Error::Kind::Refused);
        auto cancel = t.services->lifecycle().cancelHandover(h->number, QStringLiteral("Nhầm"), supervisor());
        REQUIRE_FALSE(cancel);
        CHECK(cancel.error().kind == Error::Kind::Refused);
        CHECK(snapshot(t) == before);
    }
    SECTION("cancelled")
    {
        const QString before = snapshot(t);
        auto byClerk = t.services->lifecycle().cancelHandover(h->number, QStringLiteral("Sai cơ quan"), clerk());
        REQUIRE_FALSE(byClerk);
        CHECK(byClerk.error().kind == Error::Kind::Refused);
        CHECK(snapshot(t) == before);
        auto c = t.services->lifecycle().cancelHandover(h->number, QStringLiteral("Sai cơ quan"), supervisor());
        REQUIRE(c);
        CHECK(c->state() == Handover::State::Cancelled);
        CHECK(c->cancelReason == QStringLiteral("Sai cơ quan"));
        CHECK(c->cancelledBy == QStringLiteral("Trần Văn Hùng"));
        CHECK(statusOf(t, a.code) == DossierStatus::Received);
        const DossierEvent e = eventsOf(t, a.code).last();
        CHECK(e.type == QStringLiteral("dossier.handover_cancelled"));
        CHECK(e.status == DossierStatus::Received);
        CHECK(e.data.value(u"reason").toString() == QStringLiteral("Sai cơ quan"));
        CHECK(e.data.value(u"by_user").toString() == QStringLiteral("hung.tv"));
        // Never deleted: the batch and its list stay; the dossier is pending again.
        CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM handover_items")) == 1);
        CHECK(t.services->lifecycle().pendingHandover(kCommune)->first().dossiers.first().code == a.code);
        auto next = t.services->lifecycle().createHandover(kCommune, {a.code}, QStringLiteral("Lê Văn Tám"), {}, clerk());
        REQUIRE(next);
        CHECK(next->number == QStringLiteral("HS-2026-2"));
        // The database itself refuses to forget a batch.
        CHECK_FALSE(sql::exec(t.services->database().sql(), QStringLiteral("DELETE FROM handovers")));
        CHECK_FALSE(sql::exec(t.services->database().sql(), QStringLiteral("UPDATE handovers SET courier = 'x'")));
    }
}

TEST_CASE("lifecycle: a reschedule moves due and overdue, the receipt's appointment stays", "[lifecycle][tracking]")
{
    TempCounter t;
    // Wed 25/11/2026 09:00 + 8 working days (2.000620) = Mon 07/12/2026 09:00 (see test_intake).
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 25, 9, 0));
    REQUIRE(toLocal(a.appointmentAt) == local(2026, 12, 7, 9, 0));
    auto overdueAt = [&](const QDateTime &nowLocal) {
        DossierFilter f;
        QueueService::restrictToOverdue(f, nowLocal.toUTC());
        return t.services->queue().page(f).value().size();
    };
    auto dueOn = [&](const QDate &day) {
        DossierFilter f;
        const QDateTime from = QDateTime(day, QTime(0, 0), vietnamTime()).toUTC();
        QueueService::restrictToDueBefore(f, from, from.addDays(1));
        return t.services->queue().page(f).value().size();
    };
    CHECK(dueOn(QDate(2026, 12, 7)) == 1);
    CHECK(overdueAt(local(2026, 12, 8, 10, 0)) == 1);

    t.clock.setLocal(QDate(2026, 12, 4), QTime(16, 0));
    auto e = t.services->lifecycle().reschedule(a.code, local(2026, 12, 15, 9, 0).toUTC(), QStringLiteral("Cần xác minh thực địa"), clerk());
    REQUIRE(e);
    CHECK(e->type == QStringLiteral("dossier.rescheduled"));
    CHECK(e->status == DossierStatus::Received);
    CHECK(e->data.value(u"from").toString() == QStringLiteral("2026-12-07T02:00:00.000Z"));
    CHECK(e->data.value(u"until").toString() == QStringLiteral("2026-12-15T02:00:00.000Z"));
    CHECK(e->data.value(u"reason").toString() == QStringLiteral("Cần xác minh thực địa"));
    CHECK(dueOn(QDate(2026, 12, 7)) == 0);
    CHECK(dueOn(QDate(2026, 12, 15)) == 1);
    CHECK(overdueAt(local(2026, 12, 8, 10, 0)) == 0);
    CHECK(overdueAt(local(2026, 12, 15, 9, 1)) == 1);

    auto tl = t.services->lifecycle().timeline(a.code);
    REQUIRE(tl);
    CHECK(toLocal(tl->appointmentAt) == local(2026, 12, 7, 9, 0));  // what the receipt promised
    CHECK(toLocal(tl->dueAt) == local(2026, 12, 15, 9, 0));
    REQUIRE(tl->events.size() == 2);
    CHECK(tl->events.at(0).type == QStringLiteral("dossier.registered"));
    CHECK(tl->events.at(1).type == QStringLiteral("dossier.rescheduled"));
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM outbox")) == 2);

    // A dossier back with the citizen for a supplement (5) stops the agency's clock: not overdue.
    REQUIRE(sql::exec(t.services->database().sql(), QStringLiteral("UPDATE dossiers SET status = 5")));
    CHECK(overdueAt(local(2026, 12, 16, 9, 0)) == 0);
}

TEST_CASE("lifecycle: result received, waiting with the phone number, returned to the applicant in person", "[lifecycle][return]")
{
    TempCounter t;
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    t.clock.setLocal(QDate(2026, 11, 23), QTime(15, 0));
    REQUIRE(t.services->lifecycle().createHandover(kCommune, {}, QStringLiteral("Lê Văn Tám"), {}, clerk()));
    t.clock.setLocal(QDate(2026, 12, 2), QTime(10, 0));
    auto r = t.services->lifecycle().receiveResult(a.code, {QStringLiteral("Giấy phép bán lẻ rượu"), 1, QStringLiteral("Phạm Thị Hoa"), {}}, clerk());
    REQUIRE(r);
    CHECK(r->type == QStringLiteral("dossier.result_received"));
    CHECK(r->status == DossierStatus::Resolved);
    CHECK(statusOf(t, a.code) == DossierStatus::Resolved);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_results")) == 1);

    auto waiting = t.services->lifecycle().resultsWaiting();
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().code == a.code);
    CHECK(waiting->first().phone == QStringLiteral("0912345678"));  // normalised at intake from "0912 345 678"
    CHECK(waiting->first().resultReceivedAt == local(2026, 12, 2, 10, 0).toUTC());

    t.clock.setLocal(QDate(2026, 12, 3), QTime(8, 30));
    // The ID as typed with spaces is the applicant's (001089012345).
    auto ret = t.services->lifecycle().returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001 089 012 345"), {}, Money{0}}, clerk());
    REQUIRE(ret);
    CHECK(ret->type == QStringLiteral("dossier.returned"));
    CHECK(ret->status == DossierStatus::Returned);
    CHECK(ret->data.value(u"method").toString() == QStringLiteral("counter"));
    CHECK(statusOf(t, a.code) == DossierStatus::Returned);
    auto last = t.services->lifecycle().latestReturn(a.code);
    REQUIRE(last);
    REQUIRE(last.value());
    CHECK(last.value()->method == DeliveryMethod::Counter);
    CHECK(last.value()->authorisation.isEmpty());
    CHECK(t.services->lifecycle().resultsWaiting()->isEmpty());
    // register, handed over, result, returned: four events, all in the outbox.
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM outbox")) == 4);
    // Each step is in the audit trail under the clerk's account, with the code or batch number
    // and no personal data (issue 12); the chain still verifies.
    CHECK(t.scalarText(QStringLiteral("SELECT group_concat(action || ' ' || object || ' ' || username, '|') FROM "
                                      "(SELECT * FROM audit_log WHERE action LIKE 'handover.%' OR action LIKE 'result.%' OR action LIKE 'return.%' ORDER BY seq)"))
          == QStringLiteral("handover.create HS-2026-1 lan.nt|result.receive %1 lan.nt|return.counter %1 lan.nt").arg(a.code));
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%001089012345%' OR details LIKE '%Nguyễn Văn Đức%'")) == 0);
    auto verified = t.services->audit().verify();
    REQUIRE(verified);
    CHECK(verified->intact);
}

TEST_CASE("lifecycle: an authorised person takes the result, fees collected are recorded", "[lifecycle][return]")
{
    TempCounter t;
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    t.clock.setLocal(QDate(2026, 12, 2), QTime(10, 0));
    REQUIRE(t.services->lifecycle().receiveResult(a.code, {}, clerk()));  // centre-less: straight from 2 to 9 is allowed
    const QString before = snapshot(t);
    auto mismatch = t.services->lifecycle().returnToApplicant(a.code, {QStringLiteral("Trần Thị Bình"), QStringLiteral("001190000001"), {}, Money{0}}, clerk());
    REQUIRE_FALSE(mismatch);
    CHECK(mismatch.error().kind == Error::Kind::Refused);
    CHECK(mismatch.error().message.contains(QStringLiteral("ủy quyền")));
    CHECK(snapshot(t) == before);
    auto ok = t.services->lifecycle().returnToApplicant(a.code, {QStringLiteral("Trần Thị Bình"), QStringLiteral("001190000001"),
                                                                 QStringLiteral("Giấy ủy quyền số 12/UQ ngày 01/12/2026"), Money{50000}}, clerk());
    REQUIRE(ok);
    CHECK(ok->data.value(u"authorisation").toString() == QStringLiteral("Giấy ủy quyền số 12/UQ ngày 01/12/2026"));
    CHECK(ok->data.value(u"fee_collected").toInteger() == 50000);
    CHECK(t.scalarInt(QStringLiteral("SELECT fee_collected FROM dossier_returns")) == 50000);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_results WHERE what = 'Kết quả giải quyết hồ sơ'")) == 1);
}

TEST_CASE("lifecycle: by post with an S10 number, a failed delivery waits at the counter again", "[lifecycle][post]")
{
    TempCounter t;
    const Procedure &other = otherAgencyPostProcedure(*t.services);
    const Dossier b = registerAt(t, draftFor(other, DeliveryMethod::Post), local(2026, 11, 23, 8, 0));
    t.clock.setLocal(QDate(2026, 12, 2), QTime(10, 0));
    REQUIRE(t.services->lifecycle().receiveResult(b.code, {}, clerk()));
    const QString before = snapshot(t);
    // EE123456785VN: weights 8 6 4 2 3 5 9 7 over 12345678 sum to 204; 204 mod 11 = 6; 11 - 6 = 5.
    auto bad = t.services->lifecycle().dispatchByPost(b.code, QStringLiteral("EE123456784VN"), clerk());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == Error::Kind::BadInput);
    CHECK(snapshot(t) == before);
    auto sent = t.services->lifecycle().dispatchByPost(b.code, QStringLiteral("ee123456785vn"), clerk());
    REQUIRE(sent);
    CHECK(sent->type == QStringLiteral("dossier.dispatched"));
    CHECK(sent->status == DossierStatus::Returned);
    CHECK(sent->data.value(u"tracking").toString() == QStringLiteral("EE123456785VN"));
    CHECK(sent->data.value(u"method").toString() == QStringLiteral("post"));
    CHECK(statusOf(t, b.code) == DossierStatus::Returned);

    t.clock.setLocal(QDate(2026, 12, 4), QTime(16, 0));
    auto failed = t.services->lifecycle().deliveryFailed(b.code, QStringLiteral("Không có người nhận"), clerk());
    REQUIRE(failed);
    CHECK(failed->type == QStringLiteral("dossier.delivery_failed"));
    CHECK(failed->status == DossierStatus::Resolved);
    CHECK(failed->data.value(u"tracking").toString() == QStringLiteral("EE123456785VN"));
    CHECK(statusOf(t, b.code) == DossierStatus::Resolved);
    REQUIRE(t.services->lifecycle().resultsWaiting()->size() == 1);
    // Sent again, then the citizen could also come to the counter instead: both are allowed from 9.
    REQUIRE(t.services->lifecycle().dispatchByPost(b.code, QStringLiteral("RR123456785VN"), clerk()));
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_returns")) == 2);
}

TEST_CASE("lifecycle: withdrawal on the citizen's written request", "[lifecycle][withdraw]")
{
    TempCounter t;
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    t.clock.setLocal(QDate(2026, 11, 24), QTime(9, 0));
    REQUIRE(t.services->lifecycle().createHandover(kCommune, {}, QStringLiteral("Lê Văn Tám"), {}, clerk()));
    auto w = t.services->lifecycle().withdraw(a.code, QStringLiteral("Đơn xin rút hồ sơ ngày 24/11/2026"), clerk());
    REQUIRE(w);
    CHECK(w->type == QStringLiteral("dossier.withdrawn"));
    CHECK(w->status == DossierStatus::Withdrawn);
    CHECK(statusOf(t, a.code) == DossierStatus::Withdrawn);
    CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM dossier_withdrawals")) == 1);
    const QString before = snapshot(t);
    auto again = t.services->lifecycle().withdraw(a.code, QStringLiteral("lần nữa"), clerk());
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == Error::Kind::Refused);
    CHECK_FALSE(t.services->lifecycle().receiveResult(a.code, {}, clerk()));
    CHECK(snapshot(t) == before);
}
