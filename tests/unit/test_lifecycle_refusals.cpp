// Issue 11: every refusal of a lifecycle step says why in Vietnamese and writes NOTHING
// (the snapshot of every table a step may touch is the same before and after).
#include "LifecycleFixture.h"

using namespace pc;
using namespace pc::test;

namespace {
const QString kCommune = QStringLiteral("Ủy ban nhân dân cấp xã");

void refusedUnchanged(TempCounter &t, const std::function<Error()> &step, Error::Kind kind, const QString &says)
{
    const QString before = snapshot(t);
    const Error e = step();
    CHECK(e.kind == kind);
    INFO(e.message.toStdString() + " | " + e.details.join(u"; ").toStdString());
    CHECK((e.message + e.details.join(u' ')).contains(says));
    CHECK(snapshot(t) == before);
}

template <typename T>
Error errorOf(const Result<T> &r)
{
    REQUIRE_FALSE(r);
    return r.error();
}
}  // namespace

TEST_CASE("lifecycle refusals: handover", "[lifecycle][refusal]")
{
    TempCounter t;
    const Procedure &other = otherAgencyPostProcedure(*t.services);
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));
    const Dossier b = registerAt(t, draftFor(other, DeliveryMethod::Counter), local(2026, 11, 23, 9, 0));
    t.clock.setLocal(QDate(2026, 11, 24), QTime(9, 0));
    LifecycleService &life = t.services->lifecycle();

    // Wrong agency: the whole batch is refused, the good dossier is not handed over either.
    refusedUnchanged(t, [&] { return errorOf(life.createHandover(kCommune, {a.code, b.code}, QStringLiteral("Lê Văn Tám"), {}, clerk())); },
                     Error::Kind::Refused, b.code);
    refusedUnchanged(t, [&] { return errorOf(life.createHandover(kCommune, {QStringLiteral("000.00.16.H56-261124-9999")}, QStringLiteral("Lê Văn Tám"), {}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("Không có hồ sơ"));
    refusedUnchanged(t, [&] { return errorOf(life.createHandover(kCommune, {}, QStringLiteral("   "), {}, clerk())); },
                     Error::Kind::BadInput, QStringLiteral("người giao"));
    refusedUnchanged(t, [&] { return errorOf(life.createHandover(QStringLiteral("Sở Không Có"), {}, QStringLiteral("Lê Văn Tám"), {}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("chờ bàn giao"));
    auto h = life.createHandover(kCommune, {a.code}, QStringLiteral("Lê Văn Tám"), {}, clerk());
    REQUIRE(h);
    // Wrong status: already handed over (4).
    refusedUnchanged(t, [&] { return errorOf(life.createHandover(kCommune, {a.code}, QStringLiteral("Lê Văn Tám"), {}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("Đang xử lý"));
    refusedUnchanged(t, [&] { return errorOf(life.confirmHandover(QStringLiteral("HS-2026-99"), QStringLiteral("Phạm Thị Hoa"), clerk())); },
                     Error::Kind::NotFound, QStringLiteral("HS-2026-99"));
    refusedUnchanged(t, [&] { return errorOf(life.cancelHandover(h->number, QStringLiteral("Sai"), clerk())); },
                     Error::Kind::Refused, QStringLiteral("Trưởng bưu cục"));
    refusedUnchanged(t, [&] { return errorOf(life.cancelHandover(h->number, QString(), supervisor())); },
                     Error::Kind::BadInput, QStringLiteral("lý do"));
    // The centre moved the dossier on (result ready): the batch can no longer be cancelled.
    REQUIRE(life.receiveResult(a.code, {}, clerk()));
    refusedUnchanged(t, [&] { return errorOf(life.cancelHandover(h->number, QStringLiteral("Sai"), supervisor())); },
                     Error::Kind::Refused, a.code);
}

TEST_CASE("lifecycle refusals: reschedule, result, return, post, withdrawal", "[lifecycle][refusal]")
{
    TempCounter t;
    const Procedure &other = otherAgencyPostProcedure(*t.services);
    const Dossier a = registerAt(t, completeDraft(), local(2026, 11, 23, 8, 0));  // counter, ID 001089012345
    const Dossier post = registerAt(t, draftFor(other, DeliveryMethod::Post), local(2026, 11, 23, 9, 0));
    t.clock.setLocal(QDate(2026, 11, 24), QTime(9, 0));
    LifecycleService &life = t.services->lifecycle();

    refusedUnchanged(t, [&] { return errorOf(life.reschedule(a.code, local(2026, 11, 24, 8, 0).toUTC(), QStringLiteral("Trễ"), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("sau thời điểm hiện tại"));
    // Not after the appointment in force (the receipt's: 03/12/2026 08:00 for 8 working days from Mon 23/11 08:00).
    refusedUnchanged(t, [&] { return errorOf(life.reschedule(a.code, a.appointmentAt.addSecs(-3600), QStringLiteral("Trễ"), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("ngày hẹn hiện tại"));
    refusedUnchanged(t, [&] { return errorOf(life.reschedule(a.code, local(2026, 12, 20, 8, 0).toUTC(), QStringLiteral(" "), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("lý do"));
    // Return before the result is at the office.
    refusedUnchanged(t, [&] { return errorOf(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), {}, Money{0}}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("chưa có kết quả"));
    refusedUnchanged(t, [&] { return errorOf(life.receiveResult(a.code, {{}, 0, {}, {}}, clerk())); },
                     Error::Kind::BadInput, QStringLiteral("Số lượng"));
    REQUIRE(life.receiveResult(a.code, {}, clerk()));
    REQUIRE(life.receiveResult(post.code, {}, clerk()));
    // ID mismatch without an authorisation.
    refusedUnchanged(t, [&] { return errorOf(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012346"), {}, Money{0}}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("không khớp"));
    refusedUnchanged(t, [&] { return errorOf(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QString(), {}, Money{0}}, clerk())); },
                     Error::Kind::BadInput, QStringLiteral("giấy tờ"));
    refusedUnchanged(t, [&] { return errorOf(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), {}, Money{-1}}, clerk())); },
                     Error::Kind::BadInput, QStringLiteral("âm"));
    // Not registered for delivery by post.
    refusedUnchanged(t, [&] { return errorOf(life.dispatchByPost(a.code, QStringLiteral("EE123456785VN"), clerk())); },
                     Error::Kind::Refused, QStringLiteral("bưu chính"));
    // Bad S10: check digit (5 is right, see test_lifecycle), not Vietnamese, malformed.
    refusedUnchanged(t, [&] { return errorOf(life.dispatchByPost(post.code, QStringLiteral("EE123456780VN"), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("chữ số kiểm tra"));
    refusedUnchanged(t, [&] { return errorOf(life.dispatchByPost(post.code, QStringLiteral("EE123456785FR"), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("VN"));
    refusedUnchanged(t, [&] { return errorOf(life.dispatchByPost(post.code, QStringLiteral("12345"), clerk())); },
                     Error::Kind::BadInput, QStringLiteral("2 chữ cái"));
    // Delivery failed without a dispatch.
    refusedUnchanged(t, [&] { return errorOf(life.deliveryFailed(post.code, QStringLiteral("Vắng nhà"), clerk())); },
                     Error::Kind::Refused, QStringLiteral("bưu chính"));
    REQUIRE(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), {}, Money{0}}, clerk()));
    // Returned at the counter: no failed delivery, no second return, no reschedule, no withdrawal.
    refusedUnchanged(t, [&] { return errorOf(life.deliveryFailed(a.code, QStringLiteral("Vắng nhà"), clerk())); },
                     Error::Kind::Refused, a.code);
    refusedUnchanged(t, [&] { return errorOf(life.returnToApplicant(a.code, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), {}, Money{0}}, clerk())); },
                     Error::Kind::Refused, QStringLiteral("Đã trả kết quả"));
    refusedUnchanged(t, [&] { return errorOf(life.reschedule(a.code, local(2026, 12, 20, 8, 0).toUTC(), QStringLiteral("Trễ"), clerk())); },
                     Error::Kind::Refused, QStringLiteral("Đã trả kết quả"));
    refusedUnchanged(t, [&] { return errorOf(life.withdraw(a.code, QStringLiteral("Đơn rút"), clerk())); },
                     Error::Kind::Refused, QStringLiteral("Công dân rút hồ sơ"));
    refusedUnchanged(t, [&] { return errorOf(life.withdraw(QStringLiteral("KHONG-CO"), QStringLiteral("Đơn rút"), clerk())); },
                     Error::Kind::NotFound, QStringLiteral("KHONG-CO"));
}
