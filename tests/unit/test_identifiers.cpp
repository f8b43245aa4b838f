#include "domain/Identifiers.h"

#include <catch2/catch.hpp>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {
// A fixed "today" for every check: no test depends on the wall clock.
const QDate kToday(2026, 11, 28);
IdCheck id(const char *number) { return checkPersonalId(QString::fromLatin1(number), kToday); }
}  // namespace

TEST_CASE("citizen ID numbers: structure, province, century digit", "[identifiers][cccd]")
{
    CHECK(id("001089012345").valid);
    CHECK(id("079301000123").valid);   // HCMC, female, 2001
    CHECK(id("123456789").valid);      // old 9-digit CMND
    CHECK_FALSE(checkPersonalId(QStringLiteral("123456789"), kToday, {}, {}, false).valid);
    CHECK_FALSE(id("00108901234").valid);   // 11 digits
    CHECK_FALSE(id("00108901234X").valid);
    CHECK_FALSE(id("003089012345").valid);  // 003 is no province code
    CHECK_FALSE(id("001499012345").valid);  // 4 = male, 2100s: born 2199
    CHECK(id("00108901234X").reason.contains(QStringLiteral("chữ số")));
}

// Circular 07/2016/TT-BCA art. 7 (kept by 59/2021/TT-BCA): the 4th digit is gender + century,
// 0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s. No digit means the 1800s.
TEST_CASE("CCCD 4th digit: 8/9 are the 2300s, never the 1800s", "[identifiers][cccd]")
{
    // 001 8 85 012345: male, born 2385 — after today, refused (the audit found it read as 1885)
    const IdCheck born2385 = id("001885012345");
    CHECK_FALSE(born2385.valid);
    CHECK(born2385.reason.contains(QStringLiteral("2385")));
    CHECK_FALSE(id("001985012345").valid);  // female, 2385
    CHECK_FALSE(id("001800012345").valid);  // 2300
    CHECK_FALSE(id("001600012345").valid);  // 6 = male 2200s: 2200
    CHECK_FALSE(id("001726012345").valid);  // 7 = female 2200s: 2226
    CHECK_FALSE(id("001400012345").valid);  // 4 = 2100s: 2100 is after 2026
    CHECK_FALSE(id("001327012345").valid);  // 3 = female 2000s: 2027, one year after today
    CHECK(id("001326012345").valid);        // 2026: this year
    CHECK(id("001200012345").valid);        // 2000
    CHECK(id("001000012345").valid);        // 1900, the earliest a CCCD can say
    CHECK(id("001199012345").valid);        // female 1999
}

TEST_CASE("CCCD birth year is judged against the day passed in, not the wall clock", "[identifiers][cccd]")
{
    // 2 = male 2000s, year 40 → 2040: refused in 2026, fine in 2041; 4 = 2100s, 05 → 2105.
    CHECK_FALSE(checkPersonalId(QStringLiteral("001240012345"), QDate(2026, 11, 28)).valid);
    CHECK(checkPersonalId(QStringLiteral("001240012345"), QDate(2041, 1, 1)).valid);
    CHECK(checkPersonalId(QStringLiteral("001405012345"), QDate(2105, 6, 1)).valid);
    CHECK(checkPersonalId(QStringLiteral("001805012345"), QDate(2305, 6, 1)).valid);  // 8 = 2300s
}

TEST_CASE("citizen ID disagreeing with birth date or gender warns", "[identifiers][cccd]")
{
    const IdCheck ok = checkPersonalId(QStringLiteral("001089012345"), kToday, QDate(1989, 5, 2), QStringLiteral("Nam"));
    CHECK(ok.valid);
    CHECK(ok.warnings.isEmpty());
    const IdCheck year = checkPersonalId(QStringLiteral("001089012345"), kToday, QDate(1990, 5, 2), QStringLiteral("Nam"));
    CHECK(year.valid);
    CHECK(year.warnings.size() == 1);
    const IdCheck gender = checkPersonalId(QStringLiteral("001189012345"), kToday, QDate(1989, 5, 2), QStringLiteral("Nam"));
    CHECK(gender.warnings.size() == 1);
}

TEST_CASE("passport numbers are an identity document for foreign applicants", "[identifiers][passport]")
{
    // Vietnamese: one letter + 7 digits; others (ICAO 9303: up to 9 characters) letters and digits.
    CHECK(checkPassport(QStringLiteral("C1234567")).valid);
    CHECK(checkPassport(QStringLiteral("C1234567")).kind == QStringLiteral("passport"));
    CHECK(checkPassport(QStringLiteral("K01234567")).valid);  // 9 characters
    CHECK(checkPassport(QStringLiteral("ea1234567")).valid);  // lower case typed
    CHECK(checkPassport(QStringLiteral("123456789")).valid);  // all-digit passports exist (e.g. US)
    CHECK_FALSE(checkPassport(QStringLiteral("ABCDEFGH")).valid);    // no digit: a word, not a number
    CHECK_FALSE(checkPassport(QStringLiteral("C1234")).valid);       // 5 characters: too short
    CHECK_FALSE(checkPassport(QStringLiteral("C123456789")).valid);  // 10: longer than the field
    CHECK_FALSE(checkPassport(QStringLiteral("C 1234567")).valid);   // a space inside
    CHECK_FALSE(checkPassport(QStringLiteral("C123-4567")).valid);

    // By document type: a passport is not checked as a CCCD, and a CCCD type wants 12 digits.
    CHECK(checkIdentityDocument(QStringLiteral("passport"), QStringLiteral("C1234567"), kToday).valid);
    CHECK_FALSE(checkIdentityDocument(QString(), QStringLiteral("C1234567"), kToday).valid);
    CHECK_FALSE(checkIdentityDocument(QStringLiteral("cccd"), QStringLiteral("123456789"), kToday).valid);
    CHECK_FALSE(checkIdentityDocument(QStringLiteral("cmnd"), QStringLiteral("001089012345"), kToday).valid);
    CHECK(checkIdentityDocument(QStringLiteral("cmnd"), QStringLiteral("123456789"), kToday).valid);
    CHECK(isIdentityDocumentType(QStringLiteral("passport")));
    CHECK_FALSE(isIdentityDocumentType(QStringLiteral("visa")));
}

TEST_CASE("tax codes: 10 digits, branch 10-3, or a 12-digit personal ID (household business)", "[identifiers][tax]")
{
    CHECK(checkTaxCode(QStringLiteral("0101234567")).isEmpty());
    CHECK(checkTaxCode(QStringLiteral("0101234567-001")).isEmpty());
    CHECK(checkTaxCode(QStringLiteral("001089012345")).isEmpty());  // Hà Nội, male, 1989: a valid CCCD
    CHECK_FALSE(checkTaxCode(QStringLiteral("003089012345")).isEmpty());  // 003: no province
    CHECK_FALSE(checkTaxCode(QStringLiteral("01012345678")).isEmpty());   // 11 digits
    CHECK_FALSE(checkTaxCode(QStringLiteral("0101234567-01")).isEmpty());
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

// The 2018 numbering plan as issue 8 §3 lists it: mobile 03[2-9], 05[25689], 07[06-9], 08[1-9],
// 09[0-46-9]; everything else in 03x/05x/07x/08x/09x is unassigned.
TEST_CASE("mobile prefixes: every assigned one accepted, every unassigned one refused", "[identifiers][phone]")
{
    const QStringList assigned{u"032"_s, u"033"_s, u"034"_s, u"035"_s, u"036"_s, u"037"_s, u"038"_s, u"039"_s, u"052"_s, u"055"_s, u"056"_s, u"058"_s, u"059"_s,
                               u"070"_s, u"076"_s, u"077"_s, u"078"_s, u"079"_s, u"081"_s, u"082"_s, u"083"_s, u"084"_s, u"085"_s, u"086"_s, u"087"_s, u"088"_s,
                               u"089"_s, u"090"_s, u"091"_s, u"092"_s, u"093"_s, u"094"_s, u"096"_s, u"097"_s, u"098"_s, u"099"_s};
    const QStringList unassigned{u"030"_s, u"031"_s, u"050"_s, u"051"_s, u"053"_s, u"054"_s, u"057"_s, u"071"_s, u"072"_s, u"073"_s, u"074"_s, u"075"_s, u"080"_s, u"095"_s};
    CHECK(assigned.size() == 36);  // 8 + 5 + 5 + 9 + 9
    for (const QString &p : assigned) {
        INFO(p.toStdString());
        CHECK(checkPhone(p + QStringLiteral("1234567")).isEmpty());
        CHECK(checkPhone(QStringLiteral("+84") + p.mid(1) + QStringLiteral("1234567")).isEmpty());
        CHECK(checkPhone(QStringLiteral("84") + p.mid(1) + QStringLiteral("1234567")).isEmpty());
    }
    for (const QString &p : unassigned) {
        INFO(p.toStdString());
        CHECK_FALSE(checkPhone(p + QStringLiteral("1234567")).isEmpty());
        CHECK_FALSE(checkPhone(QStringLiteral("+84") + p.mid(1) + QStringLiteral("1234567")).isEmpty());
    }
}

// Landlines: 0 + area code + number = 11 digits (Decision 2036/QĐ-BTTTT; codes from 2017).
TEST_CASE("landlines: real area codes only, with or without +84 / 84", "[identifiers][phone]")
{
    CHECK(checkPhone(QStringLiteral("024 3825 3536")).isEmpty());   // Hà Nội, 2-digit code + 8 digits
    CHECK(checkPhone(QStringLiteral("028 3829 1234")).isEmpty());   // TP. Hồ Chí Minh
    CHECK(checkPhone(QStringLiteral("0233 3852 123")).isEmpty());   // Quảng Trị
    CHECK(checkPhone(QStringLiteral("0299 3822 123")).isEmpty());   // Sóc Trăng
    CHECK(checkPhone(QStringLiteral("0203 3822 123")).isEmpty());   // Quảng Ninh
    CHECK(checkPhone(QStringLiteral("842438253536")).isEmpty());    // 84 + landline
    CHECK(checkPhone(QStringLiteral("+84 24 3825 3536")).isEmpty());
    CHECK(normalizePhone(QStringLiteral("842438253536")) == QStringLiteral("02438253536"));
    CHECK_FALSE(checkPhone(QStringLiteral("02001234567")).isEmpty());  // 200: no area code
    CHECK_FALSE(checkPhone(QStringLiteral("02171234567")).isEmpty());  // 217: none
    CHECK_FALSE(checkPhone(QStringLiteral("02231234567")).isEmpty());  // 223: none
    CHECK_FALSE(checkPhone(QStringLiteral("02951234567")).isEmpty());  // 295: none
    CHECK_FALSE(checkPhone(QStringLiteral("0243825353")).isEmpty());   // Hà Nội, one digit short
    CHECK_FALSE(checkPhone(QStringLiteral("024382535361")).isEmpty()); // one digit too many
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
