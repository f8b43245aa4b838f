// The forms after the receipt (issue 11): handover manifest, control sheet, apology with a new
// appointment, return slip, postal label. Built from hand-made data, rendered to PDF and read
// back as a person would: the text (pdftotext), the pages (pdfinfo), the QR code and the
// Code 128 barcode decoded from the rendered page (pdftoppm + zbarimg). Expected words come
// from the forms' element lists (template header comments, issue 11) and hand-written dates.
#include "PdfReading.h"
#include "TestSupport.h"
#include "documents/Barcode.h"
#include "documents/FormWording.h"
#include "documents/LifecycleForms.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace pc;
using test::pdfPages;
using test::runTool;

namespace {
// The text in the order it is drawn (pdftotext -raw): a table cell's wrapped lines stay
// together and cells come row by row, whatever their vertical alignment; whitespace collapsed.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-raw")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-")).simplified();
}

FormContext context()
{
    FormContext c;
    c.counter = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2);
    c.governingBody = QStringLiteral("Bưu điện tỉnh Quảng Trị");
    c.place = QStringLiteral("Quảng Trị");
    c.printedAtUtc = test::local(2026, 11, 28, 8, 0).toUTC();
    return c;
}

bool inOrder(const QString &text, const QStringList &needles)
{
    qsizetype at = 0;
    for (const QString &n : needles) {
        const qsizetype found = text.indexOf(n, at);
        if (found < 0) {
            UNSCOPED_INFO("missing or out of order: " << n.toStdString());
            return false;
        }
        at = found + n.size();
    }
    return true;
}

// With PC_FORMS_OUT set, each PDF is also copied there: the guide's pictures of the forms
// (docs/images/forms) are made from these renders.
QString render(const DocumentContent &content, PaperLayout layout, const QString &path)
{
    REQUIRE(DocumentRenderer::writePdf(content, layout, path));
    if (const QString out = qEnvironmentVariable("PC_FORMS_OUT"); !out.isEmpty()) {
        QFile::remove(out + u'/' + QFileInfo(path).fileName());
        QFile::copy(path, out + u'/' + QFileInfo(path).fileName());
    }
    return path;
}

// Every symbol zbarimg finds on page 1, as "TYPE:data" lines.
QStringList decodedSymbols(const QString &pdf, const QString &dir, int dpi)
{
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QStringLiteral("1"),
                                         QStringLiteral("-l"), QStringLiteral("1"), pdf, dir + QStringLiteral("/scan")});
    const QString png = QDir(dir).entryList({QStringLiteral("scan*.png")}).value(0);
    REQUIRE(!png.isEmpty());
    const QString out = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), dir + u'/' + png});
    QDir(dir).remove(png);
    return out.split(u'\n', Qt::SkipEmptyParts);
}

ManifestData manifestWith(int rows)
{
    ManifestData m;
    m.number = QStringLiteral("HS-2026-7");
    m.createdAtUtc = test::local(2026, 11, 30, 14, 5).toUTC();
    m.agencyName = QStringLiteral("Sở Công Thương tỉnh Quảng Trị");
    m.giverName = QStringLiteral("Trần Thị Ngọc Ánh");
    m.courierName = QStringLiteral("Lê Văn Đông");
    m.receiverName = QStringLiteral("Phạm Quỳnh Hương");
    for (int i = 1; i <= rows; ++i) {
        ManifestRow r;
        r.code = QStringLiteral("000.00.16.H56-261127-%1").arg(2000 + i);
        r.procedureName = QStringLiteral("Cấp Giấy phép bán lẻ sản phẩm rượu");
        r.applicantName = QStringLiteral("Nguyễn Thị Hằng %1").arg(i);
        r.sets = i % 3 == 0 ? 2 : 1;  // every third dossier has two sets
        r.appointmentAt = test::local(2026, 12, 9, 16, 55).toUTC();
        m.rows << r;
    }
    return m;
}
}  // namespace

TEST_CASE("lifecycle forms: the manifest has the number, date, agency, the table, totals and both signatures", "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    ManifestData m = manifestWith(3);
    m.rows[1].appointmentAt = QDateTime();  // a procedure without a legal total time
    m.rows[2].note = QStringLiteral("Thiếu bản sao");
    const QString text = pdfText(render(lifecycleforms::manifest(m, context()), PaperLayout::A4, dir.filePath(QStringLiteral("m.pdf"))));
    CHECK(inOrder(text, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("BƯU ĐIỆN XÃ YÊN ĐỊNH"), QStringLiteral("Số: HS-2026-7"),
                         QStringLiteral("Quảng Trị, ngày 30 tháng 11 năm 2026"), QStringLiteral("BIÊN BẢN BÀN GIAO HỒ SƠ"),
                         QStringLiteral("Hồi 14 giờ 05 phút, ngày 30 tháng 11 năm 2026"),
                         QStringLiteral("bàn giao cho Sở Công Thương tỉnh Quảng Trị"),
                         QStringLiteral("người giao: Trần Thị Ngọc Ánh; người vận chuyển: Lê Văn Đông"),
                         QStringLiteral("người nhận: Phạm Quỳnh Hương"),
                         QStringLiteral("STT"), QStringLiteral("Mã hồ sơ"), QStringLiteral("Thủ tục"), QStringLiteral("Người nộp"),
                         QStringLiteral("Hẹn trả"), QStringLiteral("000.00.16.H56-261127-2001"), QStringLiteral("Nguyễn Thị Hằng 1"), QStringLiteral("09/12/2026 16:55"),
                         QStringLiteral("000.00.16.H56-261127-2002"), QStringLiteral("theo thông báo"),
                         QStringLiteral("000.00.16.H56-261127-2003"), QStringLiteral("Thiếu bản sao"),
                         // 3 dossiers; sets 1 + 1 + 2 = 4
                         QStringLiteral("Tổng cộng: 3 hồ sơ 4"), QStringLiteral("NGƯỜI GIAO"), QStringLiteral("NGƯỜI NHẬN")}));
    CHECK(text.count(QStringLiteral("(Ký và ghi rõ họ tên)")) == 2);
    CHECK(inOrder(text, {QStringLiteral("NGƯỜI GIAO"), QStringLiteral("Trần Thị Ngọc Ánh"), QStringLiteral("Phạm Quỳnh Hương")}));
}

TEST_CASE("lifecycle forms: a manifest of 90 dossiers breaks across pages with the header on each, no row lost", "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    const ManifestData m = manifestWith(90);
    const QString pdf = render(lifecycleforms::manifest(m, context()), PaperLayout::A4, dir.filePath(QStringLiteral("long.pdf")));
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3);  // 90 rows of two lines each cannot fit on two A4 pages
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        const QString page = pdfText(pdf, p);
        // the running head, then the table's header repeated above the page's first row
        CHECK(inOrder(page, {QStringLiteral("BIÊN BẢN BÀN GIAO HỒ SƠ – Số: HS-2026-7 – Trang %1/%2").arg(p).arg(pages), QStringLiteral("STT"),
                             QStringLiteral("Mã hồ sơ"), QStringLiteral("Thủ tục"), QStringLiteral("Người nộp"), QStringLiteral("Hẹn trả"),
                             QStringLiteral("000.00.16.H56-261127-")}));
    }
    const QString all = pdfText(pdf);
    for (int i = 1; i <= 90; ++i) {
        INFO("row " << i);
        CHECK(all.count(QStringLiteral("000.00.16.H56-261127-%1").arg(2000 + i)) == 1);  // each row once: none clipped, none doubled
    }
    // 90 dossiers; every third has two sets: 60 × 1 + 30 × 2 = 120
    CHECK(all.contains(QStringLiteral("Tổng cộng: 90 hồ sơ 120")));
    const QString last = pdfText(pdf, pages);
    CHECK(inOrder(last, {QStringLiteral("NGƯỜI GIAO"), QStringLiteral("NGƯỜI NHẬN")}));  // the signatures close the last page
}

TEST_CASE("lifecycle forms: the control sheet has the dossier, one row per transfer with its result, blank rows and a QR of the code",
          "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    ControlSheetData d;
    d.code = QStringLiteral("000.00.16.H56-261127-2001");
    d.applicantName = QStringLiteral("Nguyễn Văn Đức");
    d.applicantAddress = QStringLiteral("Thôn Đông, xã Yên Định");
    d.applicantPhone = QStringLiteral("0912345678");
    d.procedureName = QStringLiteral("Cấp Giấy phép bán lẻ sản phẩm rượu");
    d.procedureCode = QStringLiteral("2.000620");
    d.agencyName = QStringLiteral("Sở Công Thương");
    d.receivedAtUtc = test::local(2026, 11, 27, 16, 55).toUTC();
    d.appointmentAtUtc = test::local(2026, 12, 9, 16, 55).toUTC();
    d.transfers = {{QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("Lê Văn Đông"), QStringLiteral("Sở Công Thương"),
                    QStringLiteral("Phạm Quỳnh Hương"), test::local(2026, 11, 30, 14, 5).toUTC(), TransferResult::Early, {}},
                   {QStringLiteral("Sở Công Thương"), QStringLiteral("Phạm Quỳnh Hương"), QStringLiteral("Bưu điện xã Yên Định"),
                    QStringLiteral("Trần Thị Ngọc Ánh"), test::local(2026, 12, 10, 9, 0).toUTC(), TransferResult::Late,
                    QStringLiteral("Đã có văn bản xin lỗi")}};
    d.blankRows = 2;
    const QString pdf = render(lifecycleforms::controlSheet(d, context()), PaperLayout::A4, dir.filePath(QStringLiteral("cs.pdf")));
    const QString text = pdfText(pdf);
    CHECK(inOrder(text, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                         QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"), QStringLiteral("Mã hồ sơ: 000.00.16.H56-261127-2001"),
                         QStringLiteral("Kèm theo hồ sơ của: Nguyễn Văn Đức"), QStringLiteral("Thôn Đông, xã Yên Định"), QStringLiteral("0912345678"),
                         QStringLiteral("Nội dung yêu cầu giải quyết: Cấp Giấy phép bán lẻ sản phẩm rượu (mã thủ tục 2.000620)"),
                         QStringLiteral("Thời gian nhận hồ sơ: 16 giờ 55 phút, ngày 27 tháng 11 năm 2026"),
                         QStringLiteral("Thời gian hẹn trả kết quả: 16 giờ 55 phút, ngày 09 tháng 12 năm 2026"),
                         QStringLiteral("Cơ quan (bộ phận) giải quyết hồ sơ: Sở Công Thương"), QStringLiteral("Cơ quan phối hợp giải quyết hồ sơ:"),
                         QStringLiteral("TÊN CƠ QUAN"), QStringLiteral("THỜI GIAN GIAO, NHẬN HỒ SƠ"), QStringLiteral("KẾT QUẢ"),
                         QStringLiteral("GHI CHÚ"),
                         // one row per transfer: giver and receiver, the moment, both signatures, the result, the note
                         QStringLiteral("1. Giao: Bưu điện xã Yên Định"), QStringLiteral("2. Nhận: Sở Công Thương"),
                         QStringLiteral("14 giờ 05 phút, ngày 30 tháng 11 năm 2026"), QStringLiteral("Người giao Lê Văn Đông"),
                         QStringLiteral("Người nhận Phạm Quỳnh Hương"), QStringLiteral("Trước hạn"),
                         QStringLiteral("1. Giao: Sở Công Thương"), QStringLiteral("2. Nhận: Bưu điện xã Yên Định"),
                         QStringLiteral("09 giờ 00 phút, ngày 10 tháng 12 năm 2026"), QStringLiteral("Người giao Phạm Quỳnh Hương"),
                         QStringLiteral("Người nhận Trần Thị Ngọc Ánh"), QStringLiteral("Quá hạn"),
                         QStringLiteral("Đã có văn bản xin lỗi"), QStringLiteral("qua dịch vụ bưu chính")}));
    CHECK(text.count(QStringLiteral("1. Giao:")) == 4);  // two transfers and two blank rows
    CHECK(text.count(QStringLiteral("…… giờ …… phút")) == 2);  // the blank rows' time, for a handwritten entry
    CHECK(text.count(QStringLiteral("Người giao")) == 4);
    CHECK(text.count(QStringLiteral("Người nhận")) == 4);
    CHECK(pdfPages(pdf) == 1);
    CHECK(decodedSymbols(pdf, dir.path(), 200).contains(QStringLiteral("QR-Code:000.00.16.H56-261127-2001")));
}

TEST_CASE("lifecycle forms: the apology states the old appointment, the reason and the new appointment", "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    ApologyData a;
    a.number = QStringLiteral("XL-3/2026");
    a.issuedAtUtc = test::local(2026, 12, 8, 10, 0).toUTC();
    a.applicantName = QStringLiteral("Nguyễn Văn Đức");
    a.code = QStringLiteral("000.00.16.H56-261127-2001");
    a.procedureName = QStringLiteral("Cấp Giấy phép bán lẻ sản phẩm rượu");
    a.agencyName = QStringLiteral("Sở Công Thương");
    a.receivedAtUtc = test::local(2026, 11, 27, 16, 55).toUTC();
    a.oldAppointmentAtUtc = test::local(2026, 12, 9, 16, 55).toUTC();
    a.newAppointmentAtUtc = test::local(2026, 12, 16, 9, 30).toUTC();
    a.reason = QStringLiteral("cần xác minh thêm địa điểm kinh doanh.");
    const QString pdf = render(lifecycleforms::apology(a, context()), PaperLayout::A4, dir.filePath(QStringLiteral("a.pdf")));
    const QString text = pdfText(pdf);
    CHECK(inOrder(text, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: XL-3/2026"),
                         QStringLiteral("Quảng Trị, ngày 08 tháng 12 năm 2026"), QStringLiteral("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
                         QStringLiteral("Kính gửi: Ông/Bà Nguyễn Văn Đức"),
                         QStringLiteral("Ngày 27/11/2026, Bưu điện xã Yên Định tiếp nhận hồ sơ đề nghị giải quyết thủ tục hành chính Cấp Giấy phép bán lẻ sản phẩm rượu"),
                         QStringLiteral("Mã hồ sơ: 000.00.16.H56-261127-2001"),
                         QStringLiteral("Thời hạn trả kết quả giải quyết hồ sơ: 16 giờ 55 phút, ngày 09 tháng 12 năm 2026"),
                         QStringLiteral("Sở Công Thương chưa trả kết quả"), QStringLiteral("Lý do: cần xác minh thêm địa điểm kinh doanh."),
                         QStringLiteral("xin lỗi Ông/Bà"), QStringLiteral("vào 09 giờ 30 phút, ngày 16 tháng 12 năm 2026"),
                         QStringLiteral("Xin trân trọng cảm ơn./."), QStringLiteral("Nơi nhận:"), QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ")}));
    CHECK(pdfPages(pdf) == 1);
}

TEST_CASE("lifecycle forms: the return slip names who took the result and has their signature line, in two copies", "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    ReturnSlipData r;
    r.code = QStringLiteral("000.00.16.H56-261127-2001");
    r.applicantName = QStringLiteral("Nguyễn Văn Đức");
    r.procedureName = QStringLiteral("Cấp Giấy phép bán lẻ sản phẩm rượu");
    r.receivedAtUtc = test::local(2026, 11, 27, 16, 55).toUTC();
    r.appointmentAtUtc = test::local(2026, 12, 9, 16, 55).toUTC();
    r.returnedAtUtc = test::local(2026, 12, 10, 8, 15).toUTC();
    r.documents = {{QStringLiteral("Giấy phép bán lẻ sản phẩm rượu"), 1}, {QStringLiteral("Biên lai thu lệ phí"), 2}};
    r.recipientName = QStringLiteral("Nguyễn Thị Lý");
    r.recipientId = QStringLiteral("038190012345");
    r.authorisation = QStringLiteral("Giấy ủy quyền ngày 05/12/2026, UBND xã Yên Định chứng thực");
    r.feesCollected = Money{150000};
    r.clerkName = QStringLiteral("Trần Thị Ngọc Ánh");
    const QString pdf = render(lifecycleforms::returnSlip(r, context()), PaperLayout::A4, dir.filePath(QStringLiteral("r.pdf")));
    CHECK(pdfPages(pdf) == 2);  // one copy a page
    for (int page = 1; page <= 2; ++page) {
        INFO("copy " << page);
        const QString text = pdfText(pdf, page);
        CHECK(inOrder(text, {QStringLiteral("BƯU ĐIỆN XÃ YÊN ĐỊNH"), QStringLiteral("Quảng Trị, ngày 10 tháng 12 năm 2026"),
                             QStringLiteral("PHIẾU TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ"), QStringLiteral("Mã hồ sơ: 000.00.16.H56-261127-2001"),
                             page == 1 ? QStringLiteral("Liên 1: giao người nhận kết quả") : QStringLiteral("Liên 2: lưu tại bộ phận tiếp nhận"),
                             QStringLiteral("Hồ sơ của: Nguyễn Văn Đức"), QStringLiteral("Thời gian nhận hồ sơ: 16 giờ 55 phút, ngày 27 tháng 11 năm 2026"),
                             QStringLiteral("Thời gian hẹn trả kết quả: 16 giờ 55 phút, ngày 09 tháng 12 năm 2026"),
                             QStringLiteral("Thời gian trả kết quả: 08 giờ 15 phút, ngày 10 tháng 12 năm 2026"),
                             QStringLiteral("Giấy phép bán lẻ sản phẩm rượu 1"), QStringLiteral("Biên lai thu lệ phí 2"),
                             QStringLiteral("Người nhận kết quả: Nguyễn Thị Lý Số định danh cá nhân: 038190012345"),
                             QStringLiteral("theo giấy ủy quyền: Giấy ủy quyền ngày 05/12/2026"),
                             QStringLiteral("Phí, lệ phí thu khi trả kết quả: 150.000 đ"), QStringLiteral("NGƯỜI NHẬN KẾT QUẢ (Ký và ghi rõ họ tên) Nguyễn Thị Lý"),
                             QStringLiteral("NGƯỜI TRẢ KẾT QUẢ (Ký và ghi rõ họ tên) Trần Thị Ngọc Ánh")}));
    }
    // The applicant in person: no authorisation line, nothing due.
    r.authorisation.clear();
    r.recipientName = r.applicantName;
    r.feesCollected = Money{0};
    const QString own = pdfText(render(lifecycleforms::returnSlip(r, context()), PaperLayout::A4, dir.filePath(QStringLiteral("own.pdf"))));
    CHECK_FALSE(own.contains(QStringLiteral("ủy quyền")));
    CHECK(own.contains(QStringLiteral("Phí, lệ phí thu khi trả kết quả: không")));
}

TEST_CASE("lifecycle forms: the postal label is 100×150 mm with the S10 number as a Code 128 barcode that decodes", "[documents][lifecycle-forms]")
{
    QTemporaryDir dir;
    LabelData l;
    l.senderName = QStringLiteral("Bưu điện xã Yên Định");
    l.senderAddress = QStringLiteral("Quảng Trị");
    l.recipientName = QStringLiteral("Nguyễn Văn Đức");
    l.recipientPhone = QStringLiteral("0912345678");
    l.recipientAddress = QStringLiteral("Số 12 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị");
    // UPU S10 check digit of 12345678: 1·8 + 2·6 + 3·4 + 4·2 + 5·3 + 6·5 + 7·9 + 8·7 = 204;
    // 204 mod 11 = 6; 11 − 6 = 5 → EE123456785VN
    l.trackingNumber = QStringLiteral("EE123456785VN");
    l.dossierCode = QStringLiteral("000.00.16.H56-261127-2001");
    const QString pdf = render(lifecycleforms::label(l), PaperLayout::Label100x150, dir.filePath(QStringLiteral("l.pdf")));
    CHECK(pdfPages(pdf) == 1);
    // 100 × 150 mm = 283.46 × 425.20 pt
    CHECK(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Page size:\\s+283(\\.\\d+)? x 425(\\.\\d+)? pts"))));
    const QString text = pdfText(pdf);
    CHECK(inOrder(text, {QStringLiteral("BƯU CHÍNH CÔNG ÍCH"), QStringLiteral("Người gửi: Bưu điện xã Yên Định"), QStringLiteral("EE123456785VN"),
                         QStringLiteral("Người nhận:"), QStringLiteral("Nguyễn Văn Đức"),
                         QStringLiteral("Số 12 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị"), QStringLiteral("0912345678"),
                         QStringLiteral("Mã hồ sơ: 000.00.16.H56-261127-2001")}));
    CHECK(decodedSymbols(pdf, dir.path(), 300).contains(QStringLiteral("CODE-128:EE123456785VN")));
}

TEST_CASE("lifecycle forms: Code 128 through libzint, and the control sheet's result wording", "[documents][lifecycle-forms]")
{
    const QImage bars = code128Image(QStringLiteral("EE123456785VN"));
    REQUIRE_FALSE(bars.isNull());
    // Code 128 starts with a bar after the 10-module quiet zone and ends with the stop pattern's
    // final 2-module bar, then 10 more quiet modules.
    CHECK(bars.pixelIndex(0, 0) == 1);
    CHECK(bars.pixelIndex(10, 0) == 0);
    CHECK(bars.pixelIndex(bars.width() - 11, 0) == 0);
    CHECK(bars.pixelIndex(bars.width() - 10, 0) == 1);
    CHECK(code128Image(QString()).isNull());
    CHECK(code128Image(QStringLiteral("Đức")).isNull());  // not ASCII: refused, not mangled
    CHECK(wording::transferResult(TransferResult::Early) == QStringLiteral("Trước hạn"));
    CHECK(wording::transferResult(TransferResult::OnTime) == QStringLiteral("Đúng hạn"));
    CHECK(wording::transferResult(TransferResult::Late) == QStringLiteral("Quá hạn"));
    CHECK(wording::transferResult(TransferResult::None).isEmpty());
}

TEST_CASE("lifecycle forms: a transfer's result against the appointment", "[documents][lifecycle-forms]")
{
    const QDateTime due = test::local(2026, 12, 9, 16, 55).toUTC();  // Wednesday 09/12/2026 16:55
    CHECK(transferResultOf(test::local(2026, 12, 8, 17, 0).toUTC(), due) == TransferResult::Early);   // the day before
    CHECK(transferResultOf(test::local(2026, 12, 9, 8, 0).toUTC(), due) == TransferResult::OnTime);   // that morning
    CHECK(transferResultOf(test::local(2026, 12, 9, 16, 55).toUTC(), due) == TransferResult::OnTime); // at the minute
    CHECK(transferResultOf(test::local(2026, 12, 9, 16, 56).toUTC(), due) == TransferResult::Late);
    CHECK(transferResultOf(test::local(2026, 12, 10, 7, 30).toUTC(), due) == TransferResult::Late);
    // 23:30 UTC on the 8th is 06:30 on the 9th in Vietnam: the same day, not the day before
    CHECK(transferResultOf(QDateTime(QDate(2026, 12, 8), QTime(23, 30), QTimeZone::utc()), due) == TransferResult::OnTime);
    CHECK(transferResultOf(QDateTime(), due) == TransferResult::None);
    CHECK(transferResultOf(due, QDateTime()) == TransferResult::None);
}
