#include "domain/Identifiers.h"

#include <catch2/catch.hpp>

using namespace pc;

TEST_CASE("citizen ID numbers: structure, province, century digit", "[identifiers][cccd]")
{
    CHECK(checkPersonalId(QStringLiteral("001089012345")).valid);
    CHECK(checkPersonalId(QStringLiteral("079301000123")).valid);   // HCMC, female, 2001
    CHECK(checkPersonalId(QStringLiteral("123456789")).valid);      // old 9-digit CMND
    CHECK_FALSE(checkPersonalId(QStringLiteral("123456789"), {}, {}, false).valid);
    CHECK_FALSE(checkPersonalId(QStringLiteral("00108901234")).valid);   // 11 digits
    CHECK_FALSE(checkPersonalId(QStringLiteral("00108901234X")).valid);
    CHECK_FALSE(checkPersonalId(QStringLiteral("003089012345")).valid);  // 003 is no province code
    CHECK_FALSE(checkPersonalId(QStringLiteral("001499012345")).valid);  // born 2199
    CHECK(checkPersonalId(QStringLiteral("00108901234X")).reason.contains(QStringLiteral("chữ số")));
}

TEST_CASE("citizen ID disagreeing with birth date or gender warns", "[identifiers][cccd]")
{
    const IdCheck ok = checkPersonalId(QStringLiteral("001089012345"), QDate(1989, 5, 2), QStringLiteral("Nam"));
    CHECK(ok.valid);
    CHECK(ok.warnings.isEmpty());
    const IdCheck year = checkPersonalId(QStringLiteral("001089012345"), QDate(1990, 5, 2), QStringLiteral("Nam"));
    CHECK(year.valid);
    CHECK(year.warnings.size() == 1);
    const IdCheck gender = checkPersonalId(QStringLiteral("001189012345"), QDate(1989, 5, 2), QStringLiteral("Nam"));
    CHECK(gender.warnings.size() == 1);
}

TEST_CASE("phone numbers and e-mail", "[identifiers]")
{
    CHECK(checkPhone(QStringLiteral("0912345678")).isEmpty());
    CHECK(checkPhone(QStringLiteral("+84 912 345 678")).isEmpty());
    CHECK(normalizePhone(QStringLiteral("+84 912.345.678")) == QStringLiteral("0912345678"));
    CHECK(checkPhone(QStringLiteral("0237 3852 123")).isEmpty());  // landline, Thanh Hóa
    CHECK_FALSE(checkPhone(QStringLiteral("091234567")).isEmpty());
    CHECK_FALSE(checkPhone(QStringLiteral("0112345678")).isEmpty());
    CHECK_FALSE(checkPhone(QStringLiteral("abc")).isEmpty());
    CHECK(checkEmail(QStringLiteral("nguyen.van.duc@example.vn")).isEmpty());
    CHECK_FALSE(checkEmail(QStringLiteral("nguyen@")).isEmpty());
    CHECK_FALSE(checkEmail(QStringLiteral("a..b@example.vn")).isEmpty());
}

TEST_CASE("UPU S10 check digit", "[identifiers][s10]")
{
    // 47312482: 4*8+7*6+3*4+1*2+2*3+4*5+8*9+2*7 = 200; 200 mod 11 = 2; 11-2 = 9
    CHECK(s10CheckDigit(QStringLiteral("47312482")) == 9);
    CHECK(checkS10(QStringLiteral("RR473124829VN")).isEmpty());
    CHECK_FALSE(checkS10(QStringLiteral("RR473124828VN")).isEmpty());
    CHECK_FALSE(checkS10(QStringLiteral("RR473124829GB")).isEmpty());
    CHECK_FALSE(checkS10(QStringLiteral("R473124829VN")).isEmpty());
}
