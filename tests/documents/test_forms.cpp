// Forms 01–03 per Circular 03/2025/TT-VPCP: the elements of law-2026.md §1, in every layout,
// read back from the rendered PDF. Expected wording comes from the circular's element tables
// (law-2026.md §1) and from hand-written dates, never from the program's output.
#include "PdfReading.h"
#include "TestSupport.h"
#include "documents/FormBuilder.h"
#include "documents/FormWording.h"
#include "services/DocumentService.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QPdfWriter>

using namespace pc;
using test::pdfPages;
using test::pdfText;

namespace {
struct Office {
    test::TempCounter t;
    Office()
    {
        REQUIRE(t.services->office().set(test::supervisor(), OfficeSettings::GoverningBody, QStringLiteral("Bưu điện tỉnh Quảng Trị")));
        REQUIRE(t.services->office().set(test::supervisor(), OfficeSettings::Place, QStringLiteral("Quảng Trị")));
        REQUIRE(t.services->office().set(test::supervisor(), OfficeSettings::GuidanceContact, QStringLiteral("Chị Lan, 0233 3852 123")));
    }
    QString render(const Result<PreparedDocument> &doc, const QString &name)
    {
        REQUIRE(doc);
        const QString pdf = t.dir.filePath(name + QStringLiteral(".pdf"));
        REQUIRE(t.services->documents().exportPdf(test::clerk(), doc.value(), pdf));
        return pdf;
    }
};

const PaperLayout allLayouts[] = {PaperLayout::A4, PaperLayout::A5, PaperLayout::Thermal80};
QString key(PaperLayout l) { return paperSpec(l).key; }

// Position of each needle in order; -1 where one is missing or out of order.
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

Dossier handMadeDossier()
{
    Dossier d;
    d.code = QStringLiteral("000.00.16.H56-261125-2001");
    d.procedureCode = QStringLiteral("NGV.01");
    d.procedureName = QStringLiteral("Cho phép tổ chức hội nghị, hội thảo quốc tế");
    d.applicant.name = QStringLiteral("Công ty TNHH Sao Mai");
    d.receivedAt = test::local(2026, 11, 25, 9, 0).toUTC();
    d.documents = {{QStringLiteral("Văn bản đề nghị"), 1, 0}};
    d.ledgerEntry = 7;
    return d;
}

FormContext context()
{
    FormContext c;
    c.counter = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2);
    c.place = QStringLiteral("Quảng Trị");
    c.printedAtUtc = test::local(2026, 11, 28, 8, 0).toUTC();
    return c;
}

QString renderHandMade(const DocumentContent &content, PaperLayout layout, const QString &path)
{
    REQUIRE(DocumentRenderer::writePdf(content, layout, path));
    return pdfText(path);
}
}  // namespace

TEST_CASE("forms: header has the governing body above the unit, the motto, and the date of receipt", "[documents][forms]")
{
    Office o;
    o.t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    auto reg = o.t.services->intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE(reg);
    o.t.clock.setLocal(QDate(2026, 11, 28), QTime(8, 0));  // printed three days later: the printer was down
    for (const PaperLayout layout : allLayouts) {
        INFO("layout " << key(layout).toStdString());
        const QString text = pdfText(o.render(o.t.services->documents().prepareReceipt(reg->dossier.code, layout), QStringLiteral("h-") + key(layout)));
        CHECK(inOrder(text, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("BƯU ĐIỆN XÃ YÊN ĐỊNH")}));
        CHECK(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        CHECK(text.contains(QStringLiteral("Quảng Trị, ngày 25 tháng 11 năm 2026")));  // the day of receipt
        CHECK_FALSE(text.contains(QStringLiteral("ngày 28 tháng 11 năm 2026")));       // not the day of printing
    }
}

TEST_CASE("forms: receipt elements of Mẫu 01 in the circular's order, in every layout", "[documents][forms]")
{
    Office o;
    o.t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
    DossierDraft draft = test::completeDraft();
    draft.applicant.email = QStringLiteral("duc@example.vn");
    auto reg = o.t.services->intake().registerDossier(test::clerk(), draft);
    REQUIRE(reg);
    for (const PaperLayout layout : allLayouts) {
        INFO("layout " << key(layout).toStdString());
        const QString text = pdfText(o.render(o.t.services->documents().prepareReceipt(reg->dossier.code, layout), QStringLiteral("e-") + key(layout)));
        // law-2026.md §1, Mẫu 01 table, top to bottom (once per copy; the first copy is checked)
        CHECK(inOrder(text, {QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ"), QStringLiteral("Mã hồ sơ: ") + reg->dossier.code,
                             QStringLiteral("Liên 1"), QStringLiteral("Tiếp nhận hồ sơ của: Nguyễn Văn Đức"), QStringLiteral("Địa chỉ:"),
                             QStringLiteral("Số điện thoại:"), QStringLiteral("Email: duc@example.vn"),
                             QStringLiteral("Nội dung yêu cầu giải quyết:"), QStringLiteral("1. Thành phần hồ sơ nộp gồm"),
                             QStringLiteral("2. Số lượng hồ sơ: 1 (bộ)"),
                             QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: 8 ngày làm việc"),
                             QStringLiteral("4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 25 tháng 11 năm 2026"),
                             QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ:"), QStringLiteral("6. Đăng ký nhận kết quả tại:"),
                             QStringLiteral("Vào Sổ theo dõi hồ sơ, Quyển số: 2026"), QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                             QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("Liên 2")}));
        CHECK(text.count(QStringLiteral("(Ký")) == 4);  // two signature blocks on each of the two copies
    }
}

TEST_CASE("forms: supplement request (Mẫu 02) and refusal (Mẫu 03) carry the e-mail, 02 has the request right after Hồ sơ của",
          "[documents][forms]")
{
    Office o;
    o.t.clock.setLocal(QDate(2026, 11, 26), QTime(10, 30));
    DossierDraft d = test::completeDraft();
    d.applicant.email = QStringLiteral("anh.tran@example.vn");
    d.documents.removeLast();
    auto supplement = o.t.services->guidance().recordSupplement(test::clerk(), d, QStringLiteral("Thiếu hợp đồng"), o.t.services->office().guidanceContact());
    REQUIRE(supplement);
    auto refusal = o.t.services->guidance().recordRefusal(test::clerk(), d, QStringLiteral("Không thuộc thẩm quyền"));
    REQUIRE(refusal);
    o.t.clock.setLocal(QDate(2026, 11, 30), QTime(8, 0));
    for (const PaperLayout layout : allLayouts) {
        INFO("layout " << key(layout).toStdString());
        const QString s = pdfText(o.render(o.t.services->documents().prepareGuidance(supplement->id, FormKind::Supplement, layout), QStringLiteral("s-") + key(layout)));
        CHECK(inOrder(s, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("BƯU ĐIỆN XÃ YÊN ĐỊNH")}));
        CHECK(s.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        CHECK(s.contains(QStringLiteral("Quảng Trị, ngày 26 tháng 11 năm 2026")));  // its own issue date
        CHECK(inOrder(s, {QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ").left(layout == PaperLayout::Thermal80 ? 21 : 200),
                          QStringLiteral("Hồ sơ của: Nguyễn Văn Đức Nội dung yêu cầu giải quyết:"), QStringLiteral("Địa chỉ:"),
                          QStringLiteral("Số điện thoại:"), QStringLiteral("Email: anh.tran@example.vn"),
                          QStringLiteral("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"), QStringLiteral("thương nhân sản xuất"),
                          QStringLiteral("Lý do: Thiếu hợp đồng"), QStringLiteral("liên hệ với Chị Lan, 0233 3852 123 để được hướng dẫn./."),
                          QStringLiteral("NGƯỜI HƯỚNG DẪN"), QStringLiteral("(Ký và ghi rõ họ tên)")}));
        const QString r = pdfText(o.render(o.t.services->documents().prepareGuidance(refusal->id, FormKind::Refusal, layout), QStringLiteral("r-") + key(layout)));
        CHECK(inOrder(r, {QStringLiteral("BƯU ĐIỆN TỈNH QUẢNG TRỊ"), QStringLiteral("BƯU ĐIỆN XÃ YÊN ĐỊNH")}));
        CHECK(r.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        CHECK(r.contains(QStringLiteral("Quảng Trị, ngày 26 tháng 11 năm 2026")));
        CHECK(inOrder(r, {QStringLiteral("Tiếp nhận hồ sơ của: Nguyễn Văn Đức"), QStringLiteral("Địa chỉ:"), QStringLiteral("Số điện thoại:"),
                          QStringLiteral("Email: anh.tran@example.vn"), QStringLiteral("Nội dung yêu cầu giải quyết:"),
                          QStringLiteral("không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"), QStringLiteral("Không thuộc thẩm quyền"),
                          QStringLiteral("Xin thông báo cho Ông/Bà được biết và thực hiện./."), QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                          QStringLiteral("(Ký và ghi rõ họ tên)")}));
    }
}

TEST_CASE("forms: a procedure without a legal total time prints no firm date", "[documents][forms]")
{
    Dossier d = handMadeDossier();
    d.duration = Duration{Duration::Kind::ByNotice, 0};
    QTemporaryDir dir;
    for (const PaperLayout layout : allLayouts) {
        INFO("layout " << key(layout).toStdString());
        const QString text = renderHandMade(FormBuilder::receipt(d, context(), layout, false), layout, dir.filePath(key(layout) + QStringLiteral(".pdf")));
        CHECK(text.contains(QStringLiteral("Hẹn trả kết quả: theo thông báo của cơ quan giải quyết")));
        // "giờ … phút, ngày …" appears only for the moment of receipt, once per copy
        CHECK(text.count(QStringLiteral(" phút, ngày ")) == 2);
        CHECK(text.contains(QStringLiteral("4. Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 25 tháng 11 năm 2026")));
    }
}

TEST_CASE("forms: a same-day procedure with a 15:00 cut-off states its rule on the receipt", "[documents][forms]")
{
    Office o;
    o.t.clock.setLocal(QDate(2026, 11, 25), QTime(14, 0));  // Wednesday
    DossierDraft draft;
    // same day, cut-off 15:00 (Decree 23/2015/NĐ-CP: "ngay trong ngày ... hoặc trong ngày làm việc
    // tiếp theo nếu tiếp nhận sau 15 giờ", as the catalogue now records it)
    draft.procedureCode = QStringLiteral("1.010020");
    draft.applicant.name = QStringLiteral("Lê Thị Hoa");
    draft.documents = {{QStringLiteral("Đơn đề nghị (đề nghị cấp bản sao)"), 1, 0},
                       {QStringLiteral("Căn cước công dân hoặc giấy tờ tùy thân của người nộp (xuất trình)"), 1, 0}};
    auto reg = o.t.services->intake().registerDossier(test::clerk(), draft);
    REQUIRE(reg);
    const QString text = pdfText(o.render(o.t.services->documents().prepareReceipt(reg->dossier.code, PaperLayout::A4), QStringLiteral("cutoff")));
    CHECK(text.contains(QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: trong ngày; hồ sơ tiếp nhận sau 15 giờ 00 "
                                       "phút được giải quyết trong ngày làm việc tiếp theo")));
}

TEST_CASE("forms: a dossier registered before schema 9 prints its stored duration text", "[documents][forms]")
{
    Dossier d = handMadeDossier();
    d.durationText = QStringLiteral("8 ngày làm việc");
    d.appointmentAt = test::local(2026, 12, 7, 9, 0).toUTC();
    QTemporaryDir dir;
    const QString text = renderHandMade(FormBuilder::receipt(d, context(), PaperLayout::A4, false), PaperLayout::A4, dir.filePath(QStringLiteral("old.pdf")));
    CHECK(text.contains(QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: 8 ngày làm việc")));
    CHECK(text.contains(QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 07 tháng 12 năm 2026")));
}

TEST_CASE("forms: wording of durations and cut-offs", "[documents][forms]")
{
    CHECK(wording::duration({Duration::Kind::WorkingDays, 10}) == QStringLiteral("10 ngày làm việc"));
    CHECK(wording::duration({Duration::Kind::WorkingHours, 2}) == QStringLiteral("2 giờ làm việc"));
    CHECK(wording::duration({Duration::Kind::CalendarDays, 15}) == QStringLiteral("15 ngày"));
    CHECK(wording::duration({Duration::Kind::CalendarDays, 0}) == QStringLiteral("trong ngày"));  // same-day procedures
    CHECK(wording::duration({Duration::Kind::ByNotice, 0}) == QStringLiteral("theo thông báo của cơ quan giải quyết"));
    CHECK(wording::cutoffRule({Duration::Kind::WorkingDays, 5}, QTime(15, 0)) ==
          QStringLiteral("hồ sơ tiếp nhận sau 15 giờ 00 phút được tính từ ngày làm việc tiếp theo"));
    CHECK(wording::cutoffRule({Duration::Kind::WorkingDays, 5}, QTime()).isEmpty());
    CHECK(wording::cutoffRule({Duration::Kind::ByNotice, 0}, QTime(15, 0)).isEmpty());
}

TEST_CASE("forms: after the upgrade to schema 9 an old dossier prints its stored wording and old PDF renders are not paper",
          "[documents][forms][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto v6 = Database::open(path, Database::Options{6});
        REQUIRE(v6);
        QSqlDatabase &db = (*v6)->sql();
        REQUIRE(sql::exec(db, QStringLiteral(
            "INSERT INTO dossiers (code, unit_id, counter_number, procedure_code, procedure_name, field_name, agency_name, duration_text, "
            "applicant_name, sets, delivery_method, received_at, appointment_at, status, search_key, ledger_entry) "
            "VALUES ('000.00.16.H56-261120-2001', '000.00.16.H56', 2, '2.000620', 'Cấp Giấy phép bán lẻ rượu', '', '', '8 ngày làm việc', "
            "'Nguyễn Văn Đức', 1, 'counter', '2026-11-20T02:00:00.000Z', '2026-12-02T02:00:00.000Z', 2, 'nguyen van duc', 3)")));
        REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO print_log (document, subject, layout, target, reprint, printed_at) VALUES "
                                             "('receipt', '000.00.16.H56-261120-2001', 'a4', 'pdf', 0, '2026-11-20T02:05:00.000Z')")));
    }
    test::FixedClock clock;
    auto services = CounterServices::open(path, clock);  // migrates to the newest schema
    REQUIRE(services);
    CounterServices &s = *services.value();
    REQUIRE(s.identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2)));
    auto doc = s.documents().prepareReceipt(QStringLiteral("000.00.16.H56-261120-2001"), PaperLayout::A4);
    REQUIRE(doc);
    CHECK_FALSE(doc->reprint);  // the old CLI render was not a paper print
    const QString pdf = dir.filePath(QStringLiteral("old.pdf"));
    REQUIRE(s.documents().exportPdf(test::clerk(), doc.value(), pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("3. Thời gian giải quyết hồ sơ theo quy định là: 8 ngày làm việc")));
    CHECK(text.contains(QStringLiteral("5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 02 tháng 12 năm 2026")));
    CHECK(text.contains(QStringLiteral("ngày 20 tháng 11 năm 2026")));  // 02:00 UTC is 09:00 in Vietnam, same day
}
