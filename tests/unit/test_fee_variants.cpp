// Issue 8 §2 (catalogue half), §3 and §4: fee variants by applicant and area, procedures with
// no fixed time, the same-day 15:00 rule, identity documents at intake. Every expected figure
// comes from the circular or the law, written next to the check, never from the program.
#include "TestSupport.h"
#include "catalogue/Catalogue.h"
#include "documents/FormBuilder.h"
#include "integration/CliRunner.h"
#include "services/DossierJson.h"
#include "storage/DossierRepository.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pc;
using namespace Qt::StringLiterals;
using pc::test::TempCounter;

namespace {
std::shared_ptr<const Catalogue> builtIn()
{
    auto c = Catalogue::fromJson(Catalogue::builtInJson());
    if (!c)
        FAIL(c.error().message.toStdString() + " " + c.error().details.join(u"; ").toStdString());
    return c.value();
}

// A one-procedure catalogue with the given procedure fields merged in (and `drop` removed).
QByteArray catalogueWith(const QJsonObject &extra, const QStringList &drop = {})
{
    QJsonObject p{{u"code"_s, u"X.01"_s}, {u"name"_s, u"Thủ tục thử"_s}, {u"field"_s, u"F"_s},
                  {u"duration"_s, QJsonObject{{u"working_days"_s, 3}}}, {u"fees"_s, QJsonObject{{u"fee"_s, 0}, {u"charge"_s, 0}}},
                  {u"documents"_s, QJsonArray{QJsonObject{{u"name"_s, u"Đơn"_s}, {u"originals"_s, 1}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        p.insert(it.key(), it.value());
    for (const QString &key : drop)
        p.remove(key);
    const QJsonObject root{{u"format"_s, u"postcounter-catalogue"_s}, {u"format_version"_s, 1}, {u"version"_s, 1},
                           {u"agencies"_s, QJsonArray{QJsonObject{{u"code"_s, u"A"_s}, {u"name"_s, u"Sở"_s}}}},
                           {u"fields"_s, QJsonArray{QJsonObject{{u"code"_s, u"F"_s}, {u"name"_s, u"Lĩnh vực"_s}, {u"agency"_s, u"A"_s}}}},
                           {u"procedures"_s, QJsonArray{p}}};
    return QJsonDocument(root).toJson();
}

Registration registered(TempCounter &t, const DossierDraft &d)
{
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    if (!r)
        FAIL(r.error().message.toStdString() + " | " + r.error().details.join(u"; ").toStdString());
    return r.value();
}

DossierDraft conferenceDraft()
{
    DossierDraft d;
    d.procedureCode = u"NGV.02"_s;
    d.applicant.organisation = true;
    d.applicant.name = u"Trường Đại học Y Dược"_s;
    d.applicant.idNumber = u"0101234567"_s;
    d.documents = {{u"Công văn xin phép tổ chức hội nghị, hội thảo quốc tế"_s, 1, 0},
                   {u"Đề án tổ chức hội nghị, hội thảo quốc tế (Mẫu 01)"_s, 1, 0}};
    return d;
}

DossierDraft copyFromRegisterDraft(const QDateTime &receivedLocal)
{
    DossierDraft d;
    d.procedureCode = u"1.010020"_s;
    d.applicant.name = u"Lê Thị Hoa"_s;
    d.documents = {{u"Đơn đề nghị (đề nghị cấp bản sao)"_s, 1, 0},
                   {u"Căn cước công dân hoặc giấy tờ tùy thân của người nộp (xuất trình)"_s, 1, 0}};
    d.receivedAt = receivedLocal;
    return d;
}
}  // namespace

TEST_CASE("catalogue format: duration null, same_day and fee_variants", "[catalogue][fees]")
{
    auto byNotice = Catalogue::fromJson(catalogueWith({{u"duration"_s, QJsonValue::Null}}));
    REQUIRE(byNotice);
    CHECK_FALSE(byNotice.value()->procedure(u"X.01"_s)->duration.isFixed());

    auto sameDay = Catalogue::fromJson(catalogueWith({{u"duration"_s, QJsonObject{{u"same_day"_s, true}}}, {u"cutoff"_s, u"15:00"_s}}));
    REQUIRE(sameDay);
    CHECK(sameDay.value()->procedure(u"X.01"_s)->duration.isSameDay());

    const QJsonArray variants{
        QJsonObject{{u"id"_s, u"a"_s}, {u"condition"_s, u"Doanh nghiệp"_s}, {u"applicant_kind"_s, u"enterprise"_s},
                    {u"area"_s, u"city"_s}, {u"fee"_s, 1200000}, {u"charge"_s, 0}, {u"source"_s, u"TT"_s}},
        QJsonObject{{u"id"_s, u"b"_s}, {u"condition"_s, u"Hộ kinh doanh"_s}, {u"applicant_kind"_s, u"household"_s},
                    {u"area"_s, u"other"_s}, {u"fee"_s, 200000}, {u"charge"_s, 5000}}};
    auto v = Catalogue::fromJson(catalogueWith({{u"fee_variants"_s, variants}}, {u"fees"_s}));
    REQUIRE(v);
    const Procedure *p = v.value()->procedure(u"X.01"_s);
    REQUIRE(p->feeVariants.size() == 2);
    CHECK(p->hasFeeChoice());
    CHECK(p->feeVariant(u"b"_s)->fee.dong == 200000);
    CHECK(p->feeVariant(u"b"_s)->charge.dong == 5000);
    CHECK(p->feeVariant(u"a"_s)->applicantKind == u"enterprise"_s);
    CHECK(p->feeVariant(u"a"_s)->source == u"TT"_s);

    // a procedure with plain "fees" has exactly one variant: nothing to choose
    auto plain = Catalogue::fromJson(catalogueWith({}));
    REQUIRE(plain);
    CHECK(plain.value()->procedure(u"X.01"_s)->feeVariants.size() == 1);
    CHECK_FALSE(plain.value()->procedure(u"X.01"_s)->hasFeeChoice());
}

TEST_CASE("catalogue format: bad durations and fee variants are named with their place", "[catalogue][fees][validation]")
{
    QJsonArray bad{QJsonObject{{u"id"_s, u"a"_s}, {u"condition"_s, u"x"_s}, {u"applicant_kind"_s, u"alien"_s}, {u"fee"_s, 1}},
                   QJsonObject{{u"id"_s, u"a"_s}, {u"condition"_s, u""_s}, {u"area"_s, u"moon"_s}, {u"fee"_s, -1}}};
    auto r = Catalogue::fromJson(catalogueWith({{u"fee_variants"_s, bad}}));  // fees AND fee_variants
    REQUIRE_FALSE(r);
    const QString all = r.error().details.join(u'\n');
    CHECK(all.contains(u"procedures[0]: "_s));  // both fees and fee_variants
    CHECK(all.contains(u"fee_variants[0].applicant_kind"_s));
    CHECK(all.contains(u"fee_variants[1].id"_s));  // duplicate
    CHECK(all.contains(u"fee_variants[1].condition"_s));
    CHECK(all.contains(u"fee_variants[1].area"_s));
    CHECK(all.contains(u"fee_variants[1].fee"_s));
    auto zero = Catalogue::fromJson(catalogueWith({{u"duration"_s, QJsonObject{{u"working_days"_s, 0}}}}));
    REQUIRE_FALSE(zero);
    auto two = Catalogue::fromJson(catalogueWith({{u"duration"_s, QJsonObject{{u"working_days"_s, 2}, {u"same_day"_s, true}}}}));
    REQUIRE_FALSE(two);
    auto empty = Catalogue::fromJson(catalogueWith({{u"fee_variants"_s, QJsonArray{}}}, {u"fees"_s}));
    REQUIRE_FALSE(empty);
}

TEST_CASE("built-in catalogue: fees as the circulars set them", "[catalogue][fees]")
{
    const auto c = builtIn();
    // Retail liquor licence, Circular 168/2016/TT-BTC as amended by 299/2016/TT-BTC: enterprise
    // 1.200.000 (city) / 600.000 (other area), household business 400.000 / 200.000; no lệ phí.
    for (const char *code : {"2.000620", "CT.02"}) {
        const Procedure *p = c->procedure(QString::fromLatin1(code));
        REQUIRE(p);
        INFO(code);
        REQUIRE(p->feeVariants.size() == 4);
        auto find = [&](const char *kind, const char *area) -> const FeeVariant * {
            for (const FeeVariant &v : p->feeVariants)
                if (v.applicantKind == QLatin1String(kind) && v.area == QLatin1String(area))
                    return &v;
            return nullptr;
        };
        REQUIRE(find("enterprise", "city"));
        CHECK(find("enterprise", "city")->fee.dong == 1200000);
        CHECK(find("enterprise", "other")->fee.dong == 600000);
        CHECK(find("household", "city")->fee.dong == 400000);
        CHECK(find("household", "other")->fee.dong == 200000);
        for (const FeeVariant &v : p->feeVariants) {
            CHECK(v.charge.dong == 0);
            CHECK(v.source.contains(u"299/2016/TT-BTC"_s));
            CHECK(v.source.contains(u"[mem"_s));  // recalled, not retrieved: the data says so
            CHECK_FALSE(v.condition.isEmpty());
        }
    }
    // Company registration, Circular 47/2019/TT-BTC: lệ phí (charge) 50.000 on paper, phí công bố
    // (fee) 100.000 — the earlier catalogue had them swapped.
    const Procedure *tc02 = c->procedure(u"TC.02"_s);
    REQUIRE(tc02);
    CHECK(tc02->fee.dong == 100000);
    CHECK(tc02->charge.dong == 50000);
    // X-ray licence renewal: 75 % of the new-licence fee per device (3.000.000 × 0,75 = 2.250.000;
    // 16.000.000 × 0,75 = 12.000.000).
    const Procedure *renew = c->procedure(u"KHCN.03"_s);
    REQUIRE(renew);
    CHECK(renew->feeVariant(u"tong-hop"_s)->fee.dong == 2250000);
    CHECK(renew->feeVariant(u"pet-ct"_s)->fee.dong == 12000000);
    CHECK(c->procedure(u"KHCN.02"_s)->feeVariant(u"ct"_s)->fee.dong == 8000000);
}

TEST_CASE("built-in catalogue: no fixed time is null, the register copy is same-day", "[catalogue][duration]")
{
    const auto c = builtIn();
    // QĐ 06/2020/QĐ-TTg conference procedures: the sources give no total time.
    for (const char *code : {"NGV.01", "NGV.02", "NGV.03", "NGV.04"}) {
        INFO(code);
        REQUIRE(c->procedure(QString::fromLatin1(code)));
        CHECK_FALSE(c->procedure(QString::fromLatin1(code))->duration.isFixed());
    }
    // Copies from the original register: same day, next working day after 15:00.
    const Procedure *copy = c->procedure(u"1.010020"_s);
    REQUIRE(copy);
    CHECK(copy->duration.isSameDay());
    CHECK(copy->cutoff == QTime(15, 0));
}

TEST_CASE("intake: a rural household's liquor licence costs 200.000 đ and the receipt says so", "[intake][fees]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    DossierDraft d = test::completeDraft();
    d.feeVariant = u"hkd-khac"_s;
    const Dossier r = registered(t, d).dossier;
    CHECK(r.fee.dong == 200000);
    CHECK(r.charge.dong == 0);
    CHECK(r.feeVariantId == u"hkd-khac"_s);
    CHECK(r.feeCondition.startsWith(u"Hộ kinh doanh, cá nhân"_s));
    auto stored = t.services->queue().dossier(r.code);
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK(stored.value()->fee.dong == 200000);
    CHECK(stored.value()->feeVariantId == u"hkd-khac"_s);
    CHECK(stored.value()->feeCondition == r.feeCondition);
    CHECK(stored.value()->events.first().data.value(u"fee_variant"_s).toString() == u"hkd-khac"_s);
    const QJsonObject fees = dossierToJson(*stored.value()).value(u"fees"_s).toObject();
    CHECK(fees.value(u"fee"_s).toInteger() == 200000);
    CHECK(fees.value(u"condition"_s).toString() == r.feeCondition);

    FormContext ctx;
    ctx.printedAtUtc = t.clock.nowUtc();
    const DocumentContent receipt = FormBuilder::receipt(*stored.value(), ctx, PaperLayout::A4, false);
    CHECK(receipt.html.contains(u"200.000 đ"_s));
    CHECK_FALSE(receipt.html.contains(u"400.000 đ"_s));
    CHECK(receipt.html.contains(u"Hộ kinh doanh, cá nhân"_s));
}

TEST_CASE("intake: several fee variants and none chosen is refused, listing them", "[intake][fees]")
{
    TempCounter t;
    DossierDraft d = test::completeDraft();
    d.feeVariant.clear();
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::BadInput);
    const QString all = r.error().message + r.error().details.join(u' ');
    for (const char *id : {"dn-thanh-pho", "dn-khac", "hkd-thanh-pho", "hkd-khac"})
        CHECK(all.contains(QString::fromLatin1(id)));
    CHECK(all.contains(u"200.000 đ"_s));
    d.feeVariant = u"khong-co"_s;
    auto unknown = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(unknown);
    CHECK((unknown.error().message + unknown.error().details.join(u' ')).contains(u"khong-co"_s));
    CHECK(t.scalarInt(u"SELECT count(*) FROM dossiers"_s) == 0);
}

TEST_CASE("intake: a single-fee procedure needs no choice and stores no condition", "[intake][fees]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    const Dossier r = registered(t, conferenceDraft()).dossier;  // NGV.02: "fees" 0/0
    CHECK(r.feeVariantId.isEmpty());
    CHECK(r.feeCondition.isEmpty());
    CHECK(r.applicant.idDocument == u"tax_code"_s);
}

TEST_CASE("intake: no fixed time means no appointment, and the queue never counts it overdue", "[intake][duration][queue]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    const Dossier r = registered(t, conferenceDraft()).dossier;
    CHECK_FALSE(r.appointmentAt.isValid());
    CHECK(t.scalarInt(u"SELECT count(*) FROM dossiers WHERE appointment_at = ''"_s) == 1);
    auto stored = t.services->queue().dossier(r.code);
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK_FALSE(stored.value()->appointmentAt.isValid());
    CHECK(dossierToJson(*stored.value()).value(u"appointment_at"_s).toString().isEmpty());
    // a fixed-time dossier beside it, so the filter is seen to work and not merely to be empty
    registered(t, test::completeDraft());
    DossierFilter overdue;
    overdue.openOnly = true;
    overdue.appointmentBefore = QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());  // far future: all "overdue"
    auto list = t.services->queue().page(overdue);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().procedureCode == u"2.000620"_s);
    DossierFilter dueSoon;
    dueSoon.appointmentFrom = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    auto soon = t.services->queue().page(dueSoon);
    REQUIRE(soon);
    CHECK(soon->size() == 1);
    DossierFilter all;
    auto everything = t.services->queue().page(all);
    REQUIRE(everything);
    CHECK(everything->size() == 2);
}

// Decree 23/2015/NĐ-CP (copies from the original register): "ngay trong ngày … hoặc trong ngày
// làm việc tiếp theo nếu tiếp nhận sau 15 giờ". The day ends at closing, 17:00.
TEST_CASE("intake: the same-day 15:00 rule for copies from the original register", "[intake][duration]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 27), QTime(18, 0));
    // Thursday 26/11/2026 10:00 → the same day, 17:00
    CHECK(toLocal(registered(t, copyFromRegisterDraft(test::local(2026, 11, 26, 10, 0))).dossier.appointmentAt) ==
          test::local(2026, 11, 26, 17, 0));
    // Thursday 15:00 exactly is not "after 15:00" → still Thursday
    CHECK(toLocal(registered(t, copyFromRegisterDraft(test::local(2026, 11, 26, 15, 0))).dossier.appointmentAt) ==
          test::local(2026, 11, 26, 17, 0));
    // Thursday 15:30 → the next working day, Friday 27/11, 17:00
    CHECK(toLocal(registered(t, copyFromRegisterDraft(test::local(2026, 11, 26, 15, 30))).dossier.appointmentAt) ==
          test::local(2026, 11, 27, 17, 0));
    // Friday 27/11 15:30 → Monday 30/11 (Saturday and Sunday are not working days)
    CHECK(toLocal(registered(t, copyFromRegisterDraft(test::local(2026, 11, 27, 15, 30))).dossier.appointmentAt) ==
          test::local(2026, 11, 30, 17, 0));
}

TEST_CASE("intake: a foreign applicant's passport is an identity document", "[intake][identifiers]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    DossierDraft d = test::completeDraft();
    d.applicant.name = u"John Smith"_s;
    d.applicant.idNumber = u"c1234567"_s;
    d.applicant.idDocument = u"passport"_s;
    d.applicant.birthDate = {};
    d.applicant.gender.clear();
    const Dossier r = registered(t, d).dossier;
    CHECK(r.applicant.idDocument == u"passport"_s);
    CHECK(r.applicant.idNumber == u"C1234567"_s);
    auto stored = t.services->queue().dossier(r.code);
    REQUIRE(stored);
    CHECK(stored.value()->applicant.idDocument == u"passport"_s);
    // the same number as a CCCD is refused
    d.applicant.idDocument.clear();
    CHECK_FALSE(t.services->intake().registerDossier(test::clerk(), d));
    // a CCCD saying "born 2385" is refused at intake (4th digit 8 = 2300s)
    DossierDraft future = test::completeDraft();
    future.applicant.idNumber = u"001885012345"_s;
    future.applicant.birthDate = {};
    CHECK_FALSE(t.services->intake().registerDossier(test::clerk(), future));
    // a household business: its tax code is the owner's 12-digit personal ID
    DossierDraft household = test::completeDraft();
    household.applicant.organisation = true;
    household.applicant.name = u"Hộ kinh doanh Nguyễn Văn Đức"_s;
    household.applicant.birthDate = {};
    household.applicant.gender.clear();
    const Dossier h = registered(t, household).dossier;
    CHECK(h.applicant.idDocument == u"tax_code"_s);
    CHECK(h.applicant.idNumber == u"001089012345"_s);
}

TEST_CASE("cli: check cccd 001885012345 exits 2, catalogue show lists the fee variants", "[cli][identifiers][fees]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli.sqlite"_s);
    const test::CliRun cccd = test::runCli(db, {u"check"_s, u"cccd"_s, u"001885012345"_s});
    CHECK(cccd.exitCode == 2);
    CHECK(cccd.err.contains(u"2385"_s));
    CHECK(test::runCli(db, {u"check"_s, u"cccd"_s, u"001089012345"_s}).exitCode == 0);
    CHECK(test::runCli(db, {u"check"_s, u"phone"_s, u"02001234567"_s}).exitCode == 2);
    CHECK(test::runCli(db, {u"check"_s, u"phone"_s, u"0951234567"_s}).exitCode == 2);
    CHECK(test::runCli(db, {u"check"_s, u"phone"_s, u"842438253536"_s}).exitCode == 0);
    CHECK(test::runCli(db, {u"check"_s, u"passport"_s, u"C1234567"_s}).exitCode == 0);
    CHECK(test::runCli(db, {u"check"_s, u"tax-code"_s, u"001089012345"_s}).exitCode == 0);

    const test::CliRun show = test::runCli(db, {u"catalogue"_s, u"show"_s, u"2.000620"_s, u"--json"_s});
    REQUIRE(show.exitCode == 0);
    const QJsonArray variants = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"fee_variants"_s).toArray();
    REQUIRE(variants.size() == 4);
    qint64 rural = -1;
    for (const QJsonValue &v : variants)
        if (v[u"applicant_kind"_s].toString() == u"household"_s && v[u"area"_s].toString() == u"other"_s)
            rural = v[u"fee"_s].toInteger();
    CHECK(rural == 200000);
}

TEST_CASE("cli: a retail-liquor intake for a rural household registers 200.000 đ", "[cli][fees]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"cli.sqlite"_s);
    REQUIRE(test::runCli(db, {u"setup"_s, u"--unit-id"_s, u"000.00.16.H56"_s, u"--unit-name"_s, u"Bưu điện xã Yên Định"_s,
                              u"--counter"_s, u"2"_s}).exitCode == 0);
    QByteArray json = test::intakeJson(u"2026-11-25T09:00"_s);
    json.replace("hkd-thanh-pho", "hkd-khac");
    const test::CliRun r = test::runCli(db, {u"intake"_s, u"--json"_s, u"-"_s}, json);
    REQUIRE(r.exitCode == 0);
    const QString code = r.out.section(u'\t', 0, 0);
    const QString pdf = dir.filePath(u"r.pdf"_s);
    REQUIRE(test::runCli(db, {u"print"_s, u"receipt"_s, code, u"--layout"_s, u"a4"_s, u"--pdf"_s, pdf}).exitCode == 0);
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(printed.contains(u"phí 200.000 đ"_s));
    CHECK_FALSE(printed.contains(u"400.000"_s));

    QByteArray none = test::intakeJson(u"2026-11-25T09:00"_s);
    none.replace(", \"fee_variant\": \"hkd-thanh-pho\"", "");
    const test::CliRun refused = test::runCli(db, {u"intake"_s, u"--json"_s, u"-"_s}, none);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"hkd-khac"_s));
}

TEST_CASE("cli: catalogue show in text lists each fee line instead of a single fee", "[cli][fees]")
{
    QTemporaryDir dir;
    const test::CliRun show = test::runCli(dir.filePath(u"cli.sqlite"_s), {u"catalogue"_s, u"show"_s, u"2.000620"_s});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(u"hkd-khac: Hộ kinh doanh, cá nhân – khu vực khác — phí 200.000 đ, lệ phí 0 đ"_s));
    CHECK(show.out.contains(u"dn-thanh-pho: Doanh nghiệp, hợp tác xã – thành phố, thị xã — phí 1.200.000 đ, lệ phí 0 đ"_s));
    CHECK_FALSE(show.out.contains(u"Phí: 0 đ"_s));
}
