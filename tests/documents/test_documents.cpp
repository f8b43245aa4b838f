// Every form in every layout rendered to PDF, then read back as a person would: the text
// (pdftotext), the page size (pdfinfo), the QR code decoded from the rendered page (zbarimg).
#include "TestSupport.h"
#include "services/DocumentService.h"

#include <catch2/catch.hpp>

#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

using namespace pc;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        FAIL((program + QStringLiteral(" did not run (install poppler-utils and zbar-tools)")).toStdString());
    return QString::fromUtf8(p.readAllStandardOutput());
}
QString pdfText(const QString &pdf) { return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).simplified(); }
int pageCount(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.captured(1).toInt();
}
QSizeF pageSizePt(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}
QStringList decodedQr(const QString &pdf, const QString &dir)
{
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-f"), QStringLiteral("1"),
                                     QStringLiteral("-l"), QStringLiteral("1"), pdf, dir + QStringLiteral("/page")});
    const QString png = QDir(dir).entryList({QStringLiteral("page*.png")}).value(0);
    REQUIRE(!png.isEmpty());
    const QString out = run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), dir + u'/' + png});
    QDir(dir).remove(png);
    return out.split(u'\n', Qt::SkipEmptyParts);
}

struct Fixture {
    test::TempCounter t;
    Dossier dossier;
    Fixture()
    {
        t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
        DossierDraft d = test::completeDraft();
        d.applicant.email = QStringLiteral("duc@example.vn");
        auto r = t.services->intake().registerDossier(test::clerk(), d);
        REQUIRE(r);
        dossier = r->dossier;
    }
};
}  // namespace

TEST_CASE("receipt in every layout: text, copies, appointment and a QR that decodes", "[documents][receipt]")
{
    Fixture f;
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80}) {
        const QString key = paperSpec(layout).key;
        INFO("layout " << key.toStdString());
        auto doc = f.t.services->documents().prepareReceipt(f.dossier.code, layout);
        REQUIRE(doc);
        const QString pdf = f.t.dir.filePath(QStringLiteral("receipt-%1.pdf").arg(key));
        REQUIRE(f.t.services->documents().exportPdf(test::clerk(), doc.value(), pdf));
        const QString text = pdfText(pdf);
        CHECK(text.contains(f.dossier.code));
        CHECK(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ")));
        CHECK(text.contains(QStringLiteral("Nguyễn Văn Đức")));
        CHECK(text.contains(QStringLiteral("Thôn Đông, xã Yên Định, tỉnh Thanh Hóa")));
        CHECK(text.contains(QStringLiteral("Cấp Giấy phép bán lẻ rượu")));
        CHECK(text.contains(QStringLiteral("09 giờ 00 phút, ngày 07 tháng 12 năm 2026")));  // the appointment
        CHECK(text.contains(QStringLiteral("Liên 1")));
        CHECK(text.contains(QStringLiteral("Liên 2")));
        CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        CHECK(text.contains(QStringLiteral("400.000 đ")));
        if (layout == PaperLayout::Thermal80) {
            CHECK(pageCount(pdf) == 1);  // one continuous roll
            const QSizeF size = pageSizePt(pdf);
            CHECK(size.width() == Approx(80 / 25.4 * 72).margin(1.0));  // 80 mm
            CHECK(size.height() > size.width());
        } else {
            CHECK(pageCount(pdf) == 2);  // one page per copy: nothing spills over
        }
        const QStringList codes = decodedQr(pdf, f.t.dir.path());
        CHECK(codes.contains(f.dossier.code));
    }
}

TEST_CASE("a second paper print is marked as a reprint", "[documents][receipt]")
{
    // Only a successful paper print counts (issue 9 §14); PDF exports are covered in test_print_rules.
    Fixture f;
    auto first = f.t.services->documents().prepareReceipt(f.dossier.code, PaperLayout::A4);
    REQUIRE(first);
    CHECK_FALSE(first->reprint);
    const QString pdf1 = f.t.dir.filePath(QStringLiteral("first.pdf"));
    {
        QPdfWriter printer(pdf1);  // stands in for the counter's printer
        REQUIRE(f.t.services->documents().print(test::clerk(), first.value(), printer, QStringLiteral("Máy in quầy 2"), true));
    }
    CHECK_FALSE(pdfText(pdf1).contains(QStringLiteral("BẢN IN LẠI")));
    auto second = f.t.services->documents().prepareReceipt(f.dossier.code, PaperLayout::A4);
    REQUIRE(second);
    CHECK(second->reprint);
    const QString pdf2 = f.t.dir.filePath(QStringLiteral("second.pdf"));
    REQUIRE(f.t.services->documents().exportPdf(test::clerk(), second.value(), pdf2));
    CHECK(pdfText(pdf2).contains(QStringLiteral("BẢN IN LẠI")));
}

TEST_CASE("the look-up URL QR appears when configured", "[documents][receipt]")
{
    Fixture f;
    REQUIRE(f.t.services->setPreference(QStringLiteral("office.lookup_url"), QStringLiteral("https://dichvucong.example.vn/tra-cuu?ma={code}")));
    auto doc = f.t.services->documents().prepareReceipt(f.dossier.code, PaperLayout::A4);
    REQUIRE(doc);
    const QString pdf = f.t.dir.filePath(QStringLiteral("lookup.pdf"));
    REQUIRE(f.t.services->documents().exportPdf(test::clerk(), doc.value(), pdf));
    const QStringList codes = decodedQr(pdf, f.t.dir.path());
    CHECK(codes.contains(f.dossier.code));
    CHECK(codes.contains(QStringLiteral("https://dichvucong.example.vn/tra-cuu?ma=") + f.dossier.code));
}

TEST_CASE("supplement request and refusal slip in every layout", "[documents][guidance]")
{
    Fixture f;
    DossierDraft d = test::completeDraft();
    d.applicant.name = QStringLiteral("Trần Thị Ánh");
    d.documents.removeLast();
    auto supplement = f.t.services->guidance().recordSupplement(test::clerk(), d, QString(), QStringLiteral("Chị Lan, 0237 3852 123"));
    REQUIRE(supplement);
    auto refusal = f.t.services->guidance().recordRefusal(test::clerk(), d, QStringLiteral("Thủ tục thuộc thẩm quyền cấp tỉnh khác"));
    REQUIRE(refusal);
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80}) {
        INFO("layout " << paperSpec(layout).key.toStdString());
        auto s = f.t.services->documents().prepareGuidance(supplement->id, FormKind::Supplement, layout);
        REQUIRE(s);
        const QString sPdf = f.t.dir.filePath(QStringLiteral("s-%1.pdf").arg(paperSpec(layout).key));
        REQUIRE(f.t.services->documents().exportPdf(test::clerk(), s.value(), sPdf));
        const QString sText = pdfText(sPdf);
        CHECK(sText.contains(QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG")));
        CHECK(sText.contains(QStringLiteral("Trần Thị Ánh")));
        CHECK(sText.contains(QStringLiteral("thương nhân sản xuất, phân phối rượu")));  // the missing document
        CHECK(sText.contains(QStringLiteral("Chị Lan, 0237 3852 123")));
        CHECK(sText.contains(supplement->number()));
        CHECK(pageCount(sPdf) == 1);
        auto r = f.t.services->documents().prepareGuidance(refusal->id, FormKind::Refusal, layout);
        REQUIRE(r);
        const QString rPdf = f.t.dir.filePath(QStringLiteral("r-%1.pdf").arg(paperSpec(layout).key));
        REQUIRE(f.t.services->documents().exportPdf(test::clerk(), r.value(), rPdf));
        const QString rText = pdfText(rPdf);
        CHECK(rText.contains(QStringLiteral("PHIẾU TỪ CHỐI")));
        CHECK(rText.contains(QStringLiteral("Thủ tục thuộc thẩm quyền cấp tỉnh khác")));
    }
    // a refusal is not printed as a supplement request, and unknown numbers are refused
    CHECK_FALSE(f.t.services->documents().prepareGuidance(refusal->id, FormKind::Supplement, PaperLayout::A4));
    CHECK_FALSE(f.t.services->documents().prepareGuidance(999, FormKind::Refusal, PaperLayout::A4));
    // nothing was registered
    CHECK(f.t.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers")) == 1);
}

TEST_CASE("guidance needs what it says it needs", "[documents][guidance]")
{
    Fixture f;
    CHECK_FALSE(f.t.services->guidance().recordSupplement(test::clerk(), test::completeDraft(), QString(), QString()));  // nothing missing
    CHECK_FALSE(f.t.services->guidance().recordRefusal(test::clerk(), test::completeDraft(), QStringLiteral("  ")));       // no reason
}

TEST_CASE("an unwritable PDF path is a clear error and the print is not logged", "[documents]")
{
    Fixture f;
    auto doc = f.t.services->documents().prepareReceipt(f.dossier.code, PaperLayout::A4);
    REQUIRE(doc);
    auto r = f.t.services->documents().exportPdf(test::clerk(), doc.value(), QStringLiteral("/proc/no/such/dir/receipt.pdf"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("PDF")));
    auto again = f.t.services->documents().prepareReceipt(f.dossier.code, PaperLayout::A4);
    CHECK_FALSE(again->reprint);
}

TEST_CASE("form phrases", "[documents]")
{
    CHECK(FormBuilder::momentPhrase(test::local(2026, 12, 7, 9, 5)) == QStringLiteral("09 giờ 05 phút, ngày 07 tháng 12 năm 2026"));
    CHECK(FormBuilder::placeDate(QStringLiteral("Thanh Hóa"), QDate(2026, 11, 28)) == QStringLiteral("Thanh Hóa, ngày 28 tháng 11 năm 2026"));
    CHECK(FormBuilder::placeDate(QString(), QDate(2026, 1, 2)) == QStringLiteral("Ngày 02 tháng 01 năm 2026"));
    CHECK(FormBuilder::fill(QStringLiteral("<p>{{a}} {{{b}}} {{missing}}</p>"), {{QStringLiteral("a"), QStringLiteral("<x>")}, {QStringLiteral("b"), QStringLiteral("<i>y</i>")}}) ==
          QStringLiteral("<p>&lt;x&gt; <i>y</i> </p>"));
}
