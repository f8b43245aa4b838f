// What a print means: the words on a form are Vietnamese whatever the UI language (issue 8 §6),
// "BẢN IN LẠI" follows only an earlier paper print (issue 9 §14), and a long receipt keeps its
// title, code and page number on every page while a 7-document dossier fits one page per copy
// (issue 9 §17).
#include "Language.h"
#include "PdfReading.h"
#include "TestSupport.h"
#include "services/DocumentService.h"

#include <catch2/catch.hpp>

#include <QPdfWriter>

using namespace pc;
using test::pdfPages;
using test::pdfText;

namespace {
struct Counter {
    test::TempCounter t;
    Dossier dossier;
    explicit Counter(DossierDraft draft = test::completeDraft())
    {
        t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
        auto r = t.services->intake().registerDossier(test::clerk(), draft);
        REQUIRE(r);
        dossier = r->dossier;
    }
    PreparedDocument receipt(PaperLayout layout = PaperLayout::A4)
    {
        auto doc = t.services->documents().prepareReceipt(dossier.code, layout);
        REQUIRE(doc);
        return doc.value();
    }
    QString exportPdf(const PreparedDocument &doc, const QString &name)
    {
        const QString pdf = t.dir.filePath(name);
        REQUIRE(t.services->documents().exportPdf(test::clerk(), doc, pdf));
        return pdf;
    }
    // A successful print on a printer. The device is a PDF writer standing in for the printer;
    // what matters is that the print went to paper (paper = true) and succeeded.
    void paperPrint(const PreparedDocument &doc)
    {
        QPdfWriter device(t.dir.filePath(QStringLiteral("printer-spool.pdf")));
        REQUIRE(t.services->documents().print(test::clerk(), doc, device, QStringLiteral("Máy in quầy 2"), true));
    }
};

// Restores the Vietnamese UI whatever happens in the test.
struct EnglishUi {
    EnglishUi() { REQUIRE(Language::apply(QStringLiteral("en"))); }
    ~EnglishUi() { Language::apply(QStringLiteral("vi")); }
};

DossierDraft organisationDraft(int documentCount, const QString &nameTail)
{
    DossierDraft d = test::completeDraft();
    d.applicant.organisation = true;
    d.applicant.idNumber.clear();
    d.applicant.birthDate = {};
    d.applicant.gender.clear();
    d.applicant.name = QStringLiteral("Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Sao Mai Quảng Trị") + nameTail;
    d.applicant.email = QStringLiteral("vanphong@saomai-quangtri.example.vn");
    d.applicant.address = QStringLiteral("Số 123 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị");
    for (int i = static_cast<int>(d.documents.size()); i < documentCount; ++i)
        d.documents.append({QStringLiteral("Giấy tờ bổ sung số %1 theo hướng dẫn của cơ quan giải quyết về điều kiện kinh doanh rượu").arg(i + 1), 0, 1});
    return d;
}
}  // namespace

TEST_CASE("print: a receipt printed with the English UI active is all Vietnamese", "[documents][language]")
{
    EnglishUi englishUi;
    // The translator is really active: the UI's own duration text is English now.
    REQUIRE(Duration{Duration::Kind::WorkingDays, 8}.describe().contains(QStringLiteral("working")));
    DossierDraft draft = test::completeDraft();
    draft.delivery = {DeliveryMethod::Post, QStringLiteral("Thôn Đông, xã Yên Định")};
    draft.postage = Money{25000};
    Counter c(draft);
    c.paperPrint(c.receipt());  // so the next one carries the reprint mark too
    static const QRegularExpression english(
        QStringLiteral("\\b(working|days?|hours?|minutes?|copy|receipt|received|reprint|printed|fee|charge|postage|post|applicant|"
                       "appointment|notice|the|of|for|at|on|by|and|none|free|page|sheet)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);  // "Đông" is one word
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::Thermal80}) {
        INFO("layout " << paperSpec(layout).key.toStdString());
        const PreparedDocument doc = c.receipt(layout);
        REQUIRE(doc.reprint);
        const QString text = pdfText(c.exportPdf(doc, paperSpec(layout).key + QStringLiteral("-en.pdf")));
        const auto hit = english.match(text);
        INFO("English word: " << hit.captured(0).toStdString() << " in " << text.toStdString());
        CHECK_FALSE(hit.hasMatch());
        for (const char *phrase : {"3. Thời gian giải quyết hồ sơ theo quy định là: 8 ngày làm việc",
                                   "4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 25 tháng 11 năm 2026",
                                   "Liên 1: giao người nộp hồ sơ", "Liên 2: lưu tại bộ phận tiếp nhận", "BẢN IN LẠI",
                                   "qua dịch vụ bưu chính công ích", "cước bưu chính 25.000 đ", "phí 400.000 đ"})
            CHECK(text.contains(QString::fromUtf8(phrase)));
    }
    // What the dossier stores is Vietnamese too (it goes to the centre and to `show --json`).
    CHECK(c.t.scalarInt(QStringLiteral("SELECT count(*) FROM dossiers WHERE duration_text = '8 ngày làm việc' "
                                       "AND duration_kind = 'working_days' AND duration_value = 8")) == 1);
}

TEST_CASE("print: a PDF export is not a paper print, the reprint mark follows a paper print only", "[documents][reprint]")
{
    Counter c;
    const PreparedDocument first = c.receipt();
    CHECK_FALSE(first.reprint);
    c.exportPdf(first, QStringLiteral("export-1.pdf"));
    const PreparedDocument second = c.receipt();
    CHECK_FALSE(second.reprint);  // an export (or a CLI render, the same call) is not paper
    CHECK_FALSE(pdfText(c.exportPdf(second, QStringLiteral("export-2.pdf"))).contains(QStringLiteral("BẢN IN LẠI")));
    c.paperPrint(second);
    const PreparedDocument third = c.receipt();
    CHECK(third.reprint);
    CHECK(pdfText(c.exportPdf(third, QStringLiteral("after-paper.pdf"))).contains(QStringLiteral("BẢN IN LẠI")));
    CHECK(c.t.scalarInt(QStringLiteral("SELECT count(*) FROM print_log WHERE paper = 1")) == 1);
    CHECK(c.t.scalarInt(QStringLiteral("SELECT count(*) FROM print_log WHERE paper = 0")) == 3);
}

TEST_CASE("print: a failed paper print does not make the next one a reprint", "[documents][reprint]")
{
    Counter c;
    const PreparedDocument doc = c.receipt();
    QPdfWriter unopenable(QStringLiteral("/proc/no/such/dir/spool.pdf"));
    REQUIRE_FALSE(c.t.services->documents().print(test::clerk(), doc, unopenable, QStringLiteral("Máy in quầy 2"), true));  // the fault happened
    CHECK_FALSE(c.receipt().reprint);
}

TEST_CASE("print: a 7-document organisation dossier fits each copy on one A4 and one A5 page", "[documents][pages]")
{
    Counter c(organisationDraft(7, QString()));
    REQUIRE(c.dossier.documents.size() == 7);
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::A5}) {
        INFO("layout " << paperSpec(layout).key.toStdString());
        const QString pdf = c.exportPdf(c.receipt(layout), QStringLiteral("org-%1.pdf").arg(paperSpec(layout).key));
        CHECK(pdfPages(pdf) == 2);  // Liên 1 and Liên 2, one page each
        for (int page : {1, 2}) {
            const QString text = pdfText(pdf, page);
            CHECK(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ")));
            CHECK(text.contains(QStringLiteral("NGƯỜI NỘP HỒ SƠ")));  // the signatures on the same page as the title
            CHECK(text.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
            CHECK(text.contains(QStringLiteral("Giấy tờ bổ sung số 7")));
        }
    }
    // a reprint's extra line still fits
    c.paperPrint(c.receipt(PaperLayout::A5));
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::A5}) {
        INFO("reprint, layout " << paperSpec(layout).key.toStdString());
        const PreparedDocument again = c.receipt(layout);
        REQUIRE(again.reprint);
        CHECK(pdfPages(c.exportPdf(again, QStringLiteral("org-again-%1.pdf").arg(paperSpec(layout).key))) == 2);
    }
}

TEST_CASE("print: a receipt longer than a page repeats its title, code and page number on every page", "[documents][pages]")
{
    Counter c(organisationDraft(28, QStringLiteral(" – Chi nhánh Đông Hà, Văn phòng đại diện tại thành phố Huế")));
    for (const PaperLayout layout : {PaperLayout::A4, PaperLayout::A5}) {
        INFO("layout " << paperSpec(layout).key.toStdString());
        const QString pdf = c.exportPdf(c.receipt(layout), QStringLiteral("long-%1.pdf").arg(paperSpec(layout).key));
        const int pages = pdfPages(pdf);
        REQUIRE(pages >= 4);  // each copy runs over a page
        REQUIRE(pages % 2 == 0);  // and each copy starts on its own page
        const int perCopy = pages / 2;
        for (int page = 1; page <= pages; ++page) {
            INFO("page " << page);
            const QString text = pdfText(pdf, page);
            const int inCopy = (page - 1) % perCopy + 1;
            CHECK(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ – Mã hồ sơ: ") + c.dossier.code));
            CHECK(text.contains(QStringLiteral("Trang %1/%2").arg(inCopy).arg(perCopy)));
        }
        // the signatures close each copy, on its last page
        CHECK(pdfText(pdf, perCopy).contains(QStringLiteral("NGƯỜI NỘP HỒ SƠ")));
        CHECK(pdfText(pdf, pages).contains(QStringLiteral("NGƯỜI NỘP HỒ SƠ")));
    }
}
