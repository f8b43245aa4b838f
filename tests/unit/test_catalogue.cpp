#include "catalogue/Catalogue.h"
#include "util/Result.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {
std::shared_ptr<const Catalogue> builtIn()
{
    auto c = Catalogue::fromJson(Catalogue::builtInJson());
    if (!c)
        FAIL(c.error().message.toStdString() + " " + c.error().details.join(u"; ").toStdString());
    return c.value();
}
QString firstCode(const Catalogue &c, const QString &q)
{
    const auto hits = c.search(q);
    return hits.isEmpty() ? QString() : hits.first().procedure->code;
}
QJsonObject builtInObject() { return QJsonDocument::fromJson(Catalogue::builtInJson()).object(); }
}  // namespace

TEST_CASE("the built-in catalogue covers the eleven pilot fields", "[catalogue]")
{
    const auto c = builtIn();
    CHECK(c->isSample());
    CHECK(c->version() >= 1);
    REQUIRE(c->fields().size() == 11);
    CHECK(c->procedures().size() >= 40);
    for (const Field &f : c->fields()) {
        int n = 0;
        for (const Procedure &p : c->procedures())
            n += p.fieldCode == f.code;
        INFO(f.name.toStdString());
        CHECK(n >= 3);
        CHECK(c->agency(f.agencyCode) != nullptr);
    }
    for (const Procedure &p : c->procedures()) {
        INFO(p.code.toStdString());
        CHECK(!p.documents.isEmpty());
        // a count, or no fixed time (duration null), or same day with its cutoff
        CHECK((p.duration.value > 0 || !p.duration.isFixed() || (p.duration.isSameDay() && p.cutoff.isValid())));
        CHECK(!p.feeVariants.isEmpty());
        CHECK(!p.source.isEmpty());
        CHECK(QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}.contains(p.confidence));
    }
}

TEST_CASE("catalogue search is ranked and folds case, diacritics and đ", "[catalogue][search]")
{
    const auto c = builtIn();
    CHECK(firstCode(*c, QStringLiteral("giay phep ban le ruou")) == QStringLiteral("2.000620"));
    CHECK(firstCode(*c, QStringLiteral("GIẤY PHÉP BÁN LẺ RƯỢU")) == QStringLiteral("2.000620"));
    CHECK(firstCode(*c, QStringLiteral("2.000620")) == QStringLiteral("2.000620"));
    CHECK(firstCode(*c, QStringLiteral("1.0046")) == QStringLiteral("1.004623"));
    // đ → d: "dang ky" finds "Đăng ký …"
    const auto hits = c->search(QStringLiteral("dang ky noi quy lao dong"));
    REQUIRE(!hits.isEmpty());
    CHECK(hits.first().procedure->name.startsWith(QStringLiteral("Đăng ký nội quy lao động")));
    // decomposed input
    const QString nfd = QStringLiteral("thẻ hướng dẫn viên").normalized(QString::NormalizationForm_D);
    CHECK(firstCode(*c, nfd) == QStringLiteral("1.004623"));
    // every word must match
    CHECK(c->search(QStringLiteral("ruou xyzzy")).isEmpty());
    CHECK(c->search(QString()).isEmpty());
    // a fuller match ranks above a partial one
    const auto retail = c->search(QStringLiteral("cap lai giay phep ban le ruou"));
    REQUIRE(!retail.isEmpty());
    CHECK(retail.first().procedure->name == QStringLiteral("Cấp lại Giấy phép bán lẻ rượu"));
}

TEST_CASE("a broken catalogue file is a clear error, not a crash", "[catalogue][validation]")
{
    auto r = Catalogue::fromJson("{ \"format\": \"postcounter-catalogue\", ");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("JSON")));
    REQUIRE_FALSE(Catalogue::fromJson("[1,2,3]"));
    REQUIRE_FALSE(Catalogue::fromJson(QByteArray()));
    auto wrongFormat = Catalogue::fromJson("{\"format\": \"other\"}");
    REQUIRE_FALSE(wrongFormat);
    CHECK(!wrongFormat.error().details.isEmpty());
}

TEST_CASE("catalogue validation names each missing or wrong field", "[catalogue][validation]")
{
    QJsonObject root = builtInObject();
    QJsonArray procs = root.value(u"procedures").toArray();
    QJsonObject p0 = procs.at(0).toObject();
    p0.remove(u"name"_s);
    p0.insert(u"duration"_s, QJsonObject{{u"working_days"_s, -3}});
    procs[0] = p0;
    QJsonObject p1 = procs.at(1).toObject();
    p1.insert(u"field"_s, u"NOPE"_s);
    p1.insert(u"cutoff"_s, u"25:99"_s);
    procs[1] = p1;
    QJsonObject p2 = procs.at(2).toObject();
    p2.insert(u"code"_s, procs.at(3).toObject().value(u"code"));
    procs[2] = p2;
    root.insert(u"procedures"_s, procs);
    auto r = Catalogue::fromJson(QJsonDocument(root).toJson());
    REQUIRE_FALSE(r);
    const QString all = r.error().details.join(u'\n');
    CHECK(all.contains(QStringLiteral("procedures[0].name")));
    CHECK(all.contains(QStringLiteral("procedures[0].duration")));
    CHECK(all.contains(QStringLiteral("procedures[1].field")));
    CHECK(all.contains(QStringLiteral("procedures[1].cutoff")));
    CHECK(all.contains(QStringLiteral("procedures[3].code")));
}

TEST_CASE("durations describe themselves in Vietnamese", "[catalogue]")
{
    CHECK(Duration{Duration::Kind::WorkingDays, 5}.describe() == QStringLiteral("5 ngày làm việc"));
    CHECK(Duration{Duration::Kind::WorkingHours, 4}.describe() == QStringLiteral("4 giờ làm việc"));
    CHECK(Duration{Duration::Kind::CalendarDays, 15}.describe() == QStringLiteral("15 ngày"));
    CHECK(Duration{Duration::Kind::ByNotice, 0}.describe() == QStringLiteral("theo thông báo của cơ quan giải quyết"));
    CHECK(Duration{Duration::Kind::CalendarDays, 0}.describe().startsWith(QStringLiteral("trong ngày")));
}
