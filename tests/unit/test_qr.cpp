#include "domain/CccdQr.h"

#include <catch2/catch.hpp>

using namespace pc;

TEST_CASE("ID-card QR with 7 fields", "[identifiers][qr]")
{
    auto q = CccdQr::parse(QStringLiteral("001089012345|123456789|Nguyễn Văn Đức|02051989|Nam|Thôn Đông, xã Yên Định, Thanh Hóa|15082021"));
    REQUIRE(q);
    CHECK(q->idNumber == QStringLiteral("001089012345"));
    CHECK(q->oldIdNumber == QStringLiteral("123456789"));
    CHECK(q->name == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(q->birthDate == QDate(1989, 5, 2));
    CHECK(q->gender == QStringLiteral("Nam"));
    CHECK(q->address == QStringLiteral("Thôn Đông, xã Yên Định, Thanh Hóa"));
    CHECK(q->issueDate == QDate(2021, 8, 15));
}

TEST_CASE("ID-card QR with 6 fields, empty fields and scanner line endings", "[identifiers][qr]")
{
    auto six = CccdQr::parse(QStringLiteral("079301000123|Trần Thị Ánh|01012001|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|20042022\r\n"));
    REQUIRE(six);
    CHECK(six->oldIdNumber.isEmpty());
    CHECK(six->name == QStringLiteral("Trần Thị Ánh"));
    CHECK(six->gender == QStringLiteral("Nữ"));
    CHECK(six->issueDate == QDate(2022, 4, 20));
    auto empties = CccdQr::parse(QStringLiteral("001089012345||Lê Văn Đạt|||Hà Nội|\n"));
    REQUIRE(empties);
    CHECK_FALSE(empties->birthDate.isValid());
    CHECK(empties->gender.isEmpty());
    CHECK_FALSE(empties->issueDate.isValid());
    // decomposed diacritics from a scanner come out NFC
    auto nfd = CccdQr::parse(QStringLiteral("001089012345||Nguyễn Văn Đức|02051989|Nam|Hà Nội|15082021").normalized(QString::NormalizationForm_D));
    REQUIRE(nfd);
    CHECK(nfd->name == QStringLiteral("Nguyễn Văn Đức"));
    CHECK(CccdQr::looksLikePayload(QStringLiteral("001089012345|")));
    CHECK_FALSE(CccdQr::looksLikePayload(QStringLiteral("Nguyễn")));
}

TEST_CASE("garbage is not an ID-card QR", "[identifiers][qr]")
{
    for (const char *s : {"", "hello", "001089012345", "a|b|c|d|e|f", "001089012345|x|y|z", "00108901234|Ten|02051989|Nam|HN|15082021",
                          "001089012345|Ten|32131989|Nam|HN|15082021", "001089012345|Ten|02051989|Khác|HN|15082021",
                          "001089012345|Ten|02051989|Nam|HN|15082021|extra|more", "001089012345|12|Ten|02051989|Nam|HN|15082021"}) {
        INFO(s);
        auto r = CccdQr::parse(QString::fromUtf8(s));
        CHECK_FALSE(r);
        if (!r)
            CHECK(!r.error().message.isEmpty());
    }
    CHECK_FALSE(CccdQr::parse(QStringLiteral("001089012345|Ten\x01|02051989|Nam|HN|15082021")));
}
