// Issue 10, items 9–12: bounded, meaningful, strictly typed input at the service layer, so the
// GUI and the CLI refuse the same things. Each case is one of the reproductions seen.
#include "TestSupport.h"
#include "domain/CccdQr.h"
#include "domain/Identifiers.h"
#include "domain/TextRules.h"
#include "services/DossierJson.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using pc::test::TempCounter;

namespace {
qint64 rows(TempCounter &t, const char *table) { return t.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))); }

// The refusal of `d`, or a failed test when it was registered.
Error refusal(TempCounter &t, const DossierDraft &d)
{
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE_FALSE(r);
    return r.error();
}

QString everything(const Error &e) { return e.message + u'\n' + e.details.join(u'\n'); }

const QString zwsp = QString(QChar(0x200B));
const QString rlo = QString(QChar(0x202E));
const QString loneHigh = QString(QChar(0xD800));
}  // namespace

TEST_CASE("limits: each text field has its maximum, counted on the stored text", "[limits][text]")
{
    CHECK(TextRules::check(QString(200, u'a'), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(201, u'a'), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK(TextRules::check(QString(500, u'a'), TextKind::Address, QStringLiteral("Địa chỉ")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(501, u'a'), TextKind::Address, QStringLiteral("Địa chỉ")).isEmpty());
    CHECK(TextRules::check(QString(2000, u'a'), TextKind::Note, QStringLiteral("Ghi chú")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(2001, u'a'), TextKind::Note, QStringLiteral("Ghi chú")).isEmpty());
    CHECK(TextRules::check(QString(300, u'a'), TextKind::DocumentName, QStringLiteral("Tên giấy tờ")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(301, u'a'), TextKind::DocumentName, QStringLiteral("Tên giấy tờ")).isEmpty());
    // 200 letters decomposed (NFD: "ễ" is e + two marks = 3 code units) are 200 stored characters.
    const QString nfd = QString(200, QChar(0x1EC5)).normalized(QString::NormalizationForm_D);
    REQUIRE(nfd.size() == 600);
    CHECK(TextRules::check(nfd, TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    // collapsed whitespace is not counted
    CHECK(TextRules::check(QStringLiteral("Nguyễn") + QString(300, u' ') + QStringLiteral("Văn"), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
}

TEST_CASE("limits: a refusal quotes at most the first 80 characters", "[limits][text]")
{
    const QString value = QString(150, u'x') + QStringLiteral("END");
    const QString r = TextRules::check(value + QString(100, u'y'), TextKind::Name, QStringLiteral("Họ tên"));
    REQUIRE_FALSE(r.isEmpty());
    CHECK(r.contains(QString(80, u'x') + QStringLiteral("…")));
    CHECK_FALSE(r.contains(QString(81, u'x')));
    CHECK(r.contains(QStringLiteral("tối đa 200")));
}

TEST_CASE("limits: a 5-million-character name is refused in milliseconds", "[limits][text][performance]")
{
    // Seen: 200,000 characters took 6 s, 5 million over 2 minutes.
    TempCounter t;
    DossierDraft d = test::completeDraft();
    d.applicant.name = QString(5'000'000, QChar(0x1EC5));
    QElapsedTimer timer;
    timer.start();
    const Error e = refusal(t, d);
    const qint64 ms = timer.elapsed();
    INFO("refused in " << ms << " ms");
    CHECK(ms < 500);  // generous for a loaded machine; the check itself is O(1) for this size
    CHECK(e.kind == Error::Kind::BadInput);
    CHECK(e.message.contains(QStringLiteral("quá dài")));
    CHECK(e.message.size() < 400);
    CHECK(rows(t, "dossiers") == 0);
}

TEST_CASE("limits: control characters, lone surrogates, U+FFFD and bidi overrides are refused with a reason", "[limits][text]")
{
    struct Case { const char *what; QString name; const char *reason; };
    const Case cases[] = {
        {"NUL", QStringLiteral("Nguyễn") + QChar(0) + QStringLiteral("Văn"), "điều khiển U+0000"},
        {"ESC", QStringLiteral("Nguyễn\x1b[31mVăn"), "điều khiển U+001B"},
        {"C1 control", QStringLiteral("Nguyễn") + QChar(0x85) + QStringLiteral("Văn"), "điều khiển U+0085"},
        {"lone high surrogate", QStringLiteral("Nguyễn ") + loneHigh, "nửa cặp"},
        {"lone low surrogate", QChar(0xDC00) + QStringLiteral(" Văn"), "nửa cặp"},
        {"undecodable bytes", QStringLiteral("Nguy") + QChar(0xFFFD) + QStringLiteral("n"), "UTF-8"},
        {"right-to-left override", rlo + QStringLiteral("Nguyễn Văn"), "đảo chiều"},
        {"line break in a name", QStringLiteral("Nguyễn\nVăn"), "điều khiển U+000A"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString r = TextRules::check(c.name, TextKind::Name, QStringLiteral("Họ tên"));
        CHECK(r.contains(QString::fromUtf8(c.reason)));
        CHECK(r.startsWith(QStringLiteral("Họ tên")));
        CHECK_FALSE(r.contains(QChar(0)));  // the quoted excerpt shows U+FFFD, not the raw character
    }
    // an address or a note may have line breaks and tabs (collapsed when stored)
    CHECK(TextRules::check(QStringLiteral("Thôn Đông\nxã Yên Định"), TextKind::Address, QStringLiteral("Địa chỉ")).isEmpty());
    // a real supplementary-plane character (a properly paired surrogate) is fine
    CHECK(TextRules::check(QStringLiteral("Nguyễn 𠀧"), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
}

TEST_CASE("limits: a name needs a letter once invisible and combining-only characters are gone", "[limits][text]")
{
    CHECK_FALSE(TextRules::check(zwsp + zwsp + zwsp, TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(QChar(0xFEFF)) + QChar(0x2060) + QChar(0x200D), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(QChar(0x0301)) + QChar(0x0303) + QChar(0x0323), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QStringLiteral("12345"), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QStringLiteral("..."), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK_FALSE(TextRules::check(QString(QChar(0x3164)) + QChar(0x115F), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());  // Hangul fillers
    CHECK(TextRules::check(QStringLiteral("Lê Ư"), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
    CHECK(TextRules::check(QStringLiteral("Đ"), TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
}

TEST_CASE("limits: intake refuses the seen hostile names and stores clean NFC text", "[limits][intake]")
{
    TempCounter t;
    for (const QString &bad : {zwsp + zwsp, rlo + QStringLiteral("Nguyễn"), QStringLiteral("A") + QChar(0) + QStringLiteral("B"),
                               QStringLiteral("Nguyễn ") + loneHigh}) {
        DossierDraft d = test::completeDraft();
        d.applicant.name = bad;
        const Error e = refusal(t, d);
        CHECK(e.kind == Error::Kind::BadInput);
    }
    CHECK(rows(t, "dossiers") == 0);
    CHECK(rows(t, "outbox") == 0);

    // decomposed input and a zero-width space inside a word: stored NFC, the invisible character dropped
    DossierDraft d = test::completeDraft();
    d.applicant.name = QStringLiteral("Nguyễn Văn Đ") + zwsp + QStringLiteral("ức").normalized(QString::NormalizationForm_D);
    d.applicant.address = QStringLiteral("Thôn Đông,\txã Yên Định").normalized(QString::NormalizationForm_D);
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE(r);
    CHECK(r->dossier.applicant.name == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(r->dossier.applicant.address == QStringLiteral("Thôn Đông, xã Yên Định"));
    // the row and the event carry the same text
    auto stored = t.services->queue().dossier(r->dossier.code);
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK(stored.value()->applicant.name == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(stored.value()->events.first().data.value(u"applicant").toObject().value(u"name").toString() == QStringLiteral("Nguyễn Văn Đức"));
}

TEST_CASE("limits: intake bounds every field and the number of documents and sets", "[limits][intake]")
{
    TempCounter t;
    auto refusedFor = [&](auto edit, const char *expected) {
        DossierDraft d = test::completeDraft();
        edit(d);
        const Error e = refusal(t, d);
        INFO(everything(e).toStdString());
        CHECK(e.kind == Error::Kind::BadInput);
        CHECK(everything(e).contains(QString::fromUtf8(expected)));
    };
    refusedFor([](DossierDraft &d) { d.applicant.name = QString(201, u'a'); }, "Họ tên người nộp hồ sơ quá dài");
    refusedFor([](DossierDraft &d) { d.applicant.address = QString(501, u'a'); }, "Địa chỉ người nộp quá dài");
    refusedFor([](DossierDraft &d) { d.note = QString(2001, u'a'); }, "Ghi chú quá dài");
    refusedFor([](DossierDraft &d) { d.documents[0].name = QString(301, u'a'); }, "Tên giấy tờ thứ 1 quá dài");
    refusedFor([](DossierDraft &d) {
        d.delivery = {DeliveryMethod::Post, QString(10'000'000, u'a')};  // seen: 10 MB fields accepted
    }, "Địa chỉ nhận kết quả quá dài");
    refusedFor([](DossierDraft &d) {
        for (int i = 0; i < 97; ++i)
            d.documents.append({QStringLiteral("Giấy tờ thêm %1").arg(i), 0, 1});
    }, "101 giấy tờ, tối đa 100");
    refusedFor([](DossierDraft &d) { d.sets = 100; }, "từ 1 đến 99");
    refusedFor([](DossierDraft &d) { d.applicant.idNumber = QString(100'000, u'1'); }, "Số định danh quá dài");
    CHECK(rows(t, "dossiers") == 0);

    DossierDraft ok = test::completeDraft();
    for (int i = 0; i < 96; ++i)  // 100 documents in all
        ok.documents.append({QStringLiteral("Giấy tờ thêm %1").arg(i), 0, 1});
    ok.sets = 99;
    CHECK(t.services->intake().registerDossier(test::clerk(), ok));
}

TEST_CASE("limits: received_at between 2000 and five minutes ahead, more than 30 days back needs a confirmation", "[limits][intake][dates]")
{
    TempCounter t;
    t.clock.setLocal(QDate(2026, 11, 27), QTime(9, 0));
    QElapsedTimer timer;
    timer.start();
    for (const QDateTime &at : {test::local(1, 1, 1, 8, 0), test::local(1000, 6, 1, 8, 0), test::local(1999, 12, 31, 23, 59)}) {
        DossierDraft d = test::completeDraft();
        d.receivedAt = at;  // seen: year 1 computed for over 5 minutes; year 1000 got an appointment
        const Error e = refusal(t, d);
        CHECK(e.kind == Error::Kind::BadInput);
        CHECK(e.message.contains(QStringLiteral("01/01/2000")));
    }
    CHECK(timer.elapsed() < 2000);

    DossierDraft ahead = test::completeDraft();
    ahead.receivedAt = test::local(2026, 11, 27, 9, 6);  // 6 minutes ahead
    CHECK(refusal(t, ahead).message.contains(QStringLiteral("tương lai")));
    ahead.receivedAt = test::local(2026, 11, 27, 9, 4);  // within the 5 minutes two clocks may differ
    CHECK(t.services->intake().registerDossier(test::clerk(), ahead));

    // 27/11 09:00 minus 30 days = 28/10 09:00: one minute earlier needs the confirmation
    DossierDraft old = test::completeDraft();
    old.receivedAt = test::local(2026, 10, 28, 8, 59);
    const Error e = refusal(t, old);
    CHECK(e.kind == Error::Kind::Refused);
    CHECK(e.message.contains(QStringLiteral("--allow-backdate")));
    old.allowBackdate = true;
    CHECK(t.services->intake().registerDossier(test::clerk(), old));
    DossierDraft recent = test::completeDraft();
    recent.receivedAt = test::local(2026, 10, 28, 9, 1);
    CHECK(t.services->intake().registerDossier(test::clerk(), recent));
    CHECK(rows(t, "dossiers") == 3);
}

TEST_CASE("limits: guidance and setup follow the same text rules", "[limits][guidance]")
{
    TempCounter t;
    DossierDraft d = test::completeDraft();
    d.documents.removeLast();
    d.applicant.name = zwsp + QChar(0x200C);
    auto r = t.services->guidance().recordSupplement(test::clerk(), d, {}, {});
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::BadInput);
    d.applicant.name = QStringLiteral("Trần Thị Ánh");
    auto longReason = t.services->guidance().recordRefusal(test::clerk(), d, QString(2001, u'x'));
    REQUIRE_FALSE(longReason);
    CHECK(longReason.error().message.contains(QStringLiteral("Lý do quá dài")));
    auto nulReason = t.services->guidance().recordRefusal(test::clerk(), d, QStringLiteral("Không") + QChar(0) + QStringLiteral("thuộc"));
    REQUIRE_FALSE(nulReason);
    CHECK(nulReason.error().message.contains(QStringLiteral("U+0000")));
    CHECK(rows(t, "guidance_records") == 0);
    CHECK(t.services->guidance().recordRefusal(test::clerk(), d, QStringLiteral("Không thuộc thẩm quyền")));

    for (const QString &name : {zwsp + zwsp, rlo + QStringLiteral("Bưu điện"), QString(201, u'B'), QStringLiteral("Bưu") + QChar(0) + QStringLiteral("điện")}) {
        const CounterIdentity id = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), name, 1);
        CHECK_FALSE(id.validate());
    }
    CHECK(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 1).validate());
}

TEST_CASE("limits: the ID-card QR parser applies the text rules to name and address", "[limits][qr]")
{
    const QString good = QStringLiteral("001089012345|012345678|Nguyễn Văn Đức|02051989|Nam|Thôn Đông, xã Yên Định|15082021");
    REQUIRE(CccdQr::parse(good));
    CHECK_FALSE(CccdQr::parse(QStringLiteral("001089012345|012345678|") + zwsp + zwsp + QStringLiteral("|02051989|Nam|Thôn Đông|15082021")));
    CHECK_FALSE(CccdQr::parse(QStringLiteral("001089012345|012345678|") + rlo + QStringLiteral("Nguyễn|02051989|Nam|Thôn Đông|15082021")));
    CHECK_FALSE(CccdQr::parse(QStringLiteral("001089012345|012345678|Nguyễn ") + loneHigh + QStringLiteral("|02051989|Nam|Thôn Đông|15082021")));
    CHECK_FALSE(CccdQr::parse(QStringLiteral("001089012345|012345678|12345|02051989|Nam|Thôn Đông|15082021")));
}

TEST_CASE("strict JSON: wrong types, date shapes and invisible characters are refused, not coerced", "[limits][json]")
{
    const QByteArray base = R"({"procedure": "2.000620", "applicant": {"name": "Nguyễn Văn Đức", "birth_date": "1989-05-02"},
        "documents": [{"name": "Đơn", "originals": 1}], "delivery": {"method": "counter"}})";
    REQUIRE(draftFromJson(base));
    struct Case { const char *what; QByteArray json; };
    const Case cases[] = {
        {"delivery as a string", QByteArray(base).replace(R"({"method": "counter"})", R"("post")")},
        {"delivery as a number", QByteArray(base).replace(R"({"method": "counter"})", "1")},
        {"delivery method as a number", QByteArray(base).replace(R"("counter")", "2")},
        {"applicant as a string", QByteArray(base).replace(R"({"name": "Nguyễn Văn Đức", "birth_date": "1989-05-02"})", R"("Nguyễn Văn Đức")")},
        {"a document as a string", QByteArray(base).replace(R"({"name": "Đơn", "originals": 1})", R"("Đơn")")},
        {"a document name as a number", QByteArray(base).replace(R"("name": "Đơn")", R"("name": 7)")},
        {"copies as a string", QByteArray(base).replace(R"("originals": 1)", R"("originals": "1")")},
        {"half a copy", QByteArray(base).replace(R"("originals": 1)", R"("originals": 0.5)")},
        {"birth date with a time", QByteArray(base).replace("1989-05-02", "1989-05-02T10:00")},
        {"birth date with a trailing zero-width space", QByteArray(base).replace("1989-05-02", "1989-05-02\u200b")},
        {"birth date with a trailing space", QByteArray(base).replace("1989-05-02", "1989-05-02 ")},
        {"received_at with trailing text", QByteArray(base).replace(R"("delivery")", R"("received_at": "2026-11-25T09:00 x", "delivery")")},
        {"invalid UTF-8", QByteArray(base).replace("Đức", "\xc3\x28")},
        {"overlong UTF-8 NUL", QByteArray(base).replace("Đức", "\xc0\x80")},
        {"101 documents", QByteArray(base).replace(R"([{"name": "Đơn", "originals": 1}])",
                                                   "[" + QByteArray(R"({"name": "Đơn", "originals": 1},)").repeated(100) + R"({"name": "Đơn"}])")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        auto r = draftFromJson(c.json);
        CHECK_FALSE(r);
        if (!r)
            CHECK(r.error().kind == Error::Kind::BadInput);
    }
    // a JSON \u0000 escape parses, and then the service's text rules refuse it
    auto nul = draftFromJson(QByteArray(base).replace("Nguyễn Văn Đức", "Nguy\\u0000n"));
    REQUIRE(nul);
    CHECK_FALSE(TextRules::check(nul->applicant.name, TextKind::Name, QStringLiteral("Họ tên")).isEmpty());
}

TEST_CASE("strict phone numbers: a leading dash is refused, not stripped", "[limits][identifiers]")
{
    CHECK_FALSE(checkPhone(QStringLiteral("-0912345678")).isEmpty());
    CHECK_FALSE(checkPhone(QStringLiteral("0912345678-")).isEmpty());
    CHECK_FALSE(checkPhone(QStringLiteral("++84912345678")).isEmpty());
    CHECK_FALSE(checkPhone(QString(100'000, u'9')).isEmpty());
    CHECK(checkPhone(QStringLiteral("0912 345 678")).isEmpty());
    CHECK(checkPhone(QStringLiteral("+84 912.345.678")).isEmpty());
    CHECK(checkPhone(QStringLiteral("(024) 3825 1234")).isEmpty());
}
