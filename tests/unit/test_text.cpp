#include "domain/DossierCode.h"
#include "domain/DossierStatus.h"
#include "util/Money.h"
#include "util/TextFold.h"

#include <catch2/catch.hpp>

using namespace pc;

TEST_CASE("fold removes case, diacritics and đ", "[text]")
{
    CHECK(text::fold(QStringLiteral("Nguyễn Văn Đức")) == QStringLiteral("nguyen van duc"));
    CHECK(text::fold(QStringLiteral("ĐĂNG KÝ")) == QStringLiteral("dang ky"));
    CHECK(text::fold(QStringLiteral("đường")) == QStringLiteral("duong"));
    CHECK(text::fold(QStringLiteral("  Hà   Nội ")) == QStringLiteral("ha noi"));
}

TEST_CASE("decomposed (NFD) input folds like precomposed input", "[text]")
{
    const QString precomposed = QStringLiteral("Nguyễn Thị Ánh");
    const QString decomposed = precomposed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != precomposed);
    CHECK(text::fold(decomposed) == text::fold(precomposed));
    CHECK(text::nfc(decomposed) == precomposed);
}

TEST_CASE("folded words split on punctuation but keep dotted codes", "[text]")
{
    CHECK(text::foldedWords(QStringLiteral("Cấp lại (giấy phép), 1.004623.")) ==
          QStringList{QStringLiteral("cap"), QStringLiteral("lai"), QStringLiteral("giay"), QStringLiteral("phep"), QStringLiteral("1.004623")});
}

TEST_CASE("money is formatted in đồng with dot separators", "[domain]")
{
    CHECK(Money{1500000}.format() == QStringLiteral("1.500.000 đ"));
    CHECK(Money{0}.format() == QStringLiteral("0 đ"));
    CHECK(Money{999}.format() == QStringLiteral("999 đ"));
    CHECK(Money{1000}.format() == QStringLiteral("1.000 đ"));
    CHECK(Money{-25000}.format() == QStringLiteral("-25.000 đ"));
}

TEST_CASE("dossier codes format and parse", "[domain]")
{
    const DossierCode c{QStringLiteral("000.00.16.H56"), QDate(2026, 11, 28), 1};
    CHECK(c.toString() == QStringLiteral("000.00.16.H56-261128-0001"));
    const auto parsed = DossierCode::parse(QStringLiteral("000.00.16.H56-261128-2001"));
    REQUIRE(parsed);
    CHECK(parsed->unitId == QStringLiteral("000.00.16.H56"));
    CHECK(parsed->day == QDate(2026, 11, 28));
    CHECK(parsed->sequence == 2001);
    CHECK_FALSE(DossierCode::parse(QStringLiteral("000.00.16.H56-261332-0001")));
    CHECK_FALSE(DossierCode::parse(QStringLiteral("garbage")));
    CHECK(isValidUnitId(QStringLiteral("000.00.16.H56")));
    CHECK_FALSE(isValidUnitId(QStringLiteral("000-00")));
    CHECK_FALSE(isValidUnitId(QString()));
}

TEST_CASE("statuses map to the national codes 1-10", "[domain]")
{
    CHECK(static_cast<int>(DossierStatus::Received) == 2);
    CHECK(static_cast<int>(DossierStatus::Returned) == 10);
    CHECK(statusFromKey(QStringLiteral("received")) == DossierStatus::Received);
    CHECK(statusFromKey(QStringLiteral("4")) == DossierStatus::InProgress);
    CHECK_FALSE(statusFromKey(QStringLiteral("11")));
    CHECK_FALSE(statusFromKey(QStringLiteral("nonsense")));
    CHECK(statusName(DossierStatus::Resolved) == QStringLiteral("Đã xử lý xong"));
    CHECK(isAllowedTransition(DossierStatus::Received, DossierStatus::InProgress));
    CHECK(isAllowedTransition(DossierStatus::Resolved, DossierStatus::Returned));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Returned, DossierStatus::InProgress));
    CHECK_FALSE(isAllowedTransition(DossierStatus::Received, DossierStatus::Returned));
}
