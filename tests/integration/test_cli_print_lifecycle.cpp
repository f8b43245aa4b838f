// `print manifest|control-sheet|apology|return-slip|label … --pdf FILE` (issue 11, CLI contract):
// the dossiers are registered through the CLI, their life (handover, reschedule, result, return,
// dispatch) goes through the service layer on the same database with a fixed clock, then the
// CLI prints each form and the PDF is read back. Refusals exit 2 with a Vietnamese reason and
// write no file. Expected dates are hand-computed from the fixed "now" (Friday 27/11/2026 09:00).
#include "CliRunner.h"
#include "TestSupport.h"
#include "documents/PdfReading.h"
#include "services/LifecycleService.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::test;

namespace {
const Actor formsClerk{QStringLiteral("anh.ttn"), QStringLiteral("Trần Thị Ngọc Ánh"), Role::Clerk};

// The text in drawing order (a table cell's lines together), whitespace collapsed.
QString rawText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
}

QStringList decodedSymbols(const QString &pdf, const QString &dir)
{
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), pdf, dir + QStringLiteral("/scan")});
    const QString png = QDir(dir).entryList({QStringLiteral("scan*.png")}).value(0);
    REQUIRE(!png.isEmpty());
    const QString out = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), dir + u'/' + png});
    QDir(dir).remove(png);
    return out.split(u'\n', Qt::SkipEmptyParts);
}

struct Life {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QString atCounter, byPost, handover;

    CliRun run(const QStringList &args) const
    {
        CliRun r = runCliFixed(db, args);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    QString intake(const QByteArray &json) const
    {
        const CliRun r = runCliFixed(db, {QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, json);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.section(u'\t', 0, 0);
    }
    QString pdf(const QString &name) const { return dir.filePath(name + QStringLiteral(".pdf")); }

    Life()
    {
        REQUIRE(run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                     QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")}).exitCode == 0);
        // Received Friday 27/11/2026 09:00 (the CLI's fixed now); 8 working days → Wednesday 09/12/2026 09:00.
        atCounter = intake(intakeJson());
        QByteArray post = intakeJson();
        post.replace(R"("delivery": {"method": "counter"})", R"("delivery": {"method": "post", "address": "Số 12 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị"})");
        byPost = intake(post);

        FixedClock clock;
        auto opened = CounterServices::open(db, clock);
        REQUIRE(opened);
        LifecycleService &life = (*opened)->lifecycle();
        auto pending = life.pendingHandover();
        REQUIRE(pending);
        REQUIRE(pending->size() == 1);
        clock.setLocal(QDate(2026, 11, 30), QTime(14, 5));
        auto h = life.createHandover(pending->first().agency, {atCounter, byPost}, QStringLiteral("Lê Văn Đông"), QStringLiteral("Phạm Quỳnh Hương"), formsClerk);
        INFO((h ? QString() : h.error().message).toStdString());
        REQUIRE(h);
        handover = h->number;
        clock.setLocal(QDate(2026, 12, 8), QTime(10, 0));
        REQUIRE(life.reschedule(atCounter, test::local(2026, 12, 16, 9, 30).toUTC(), QStringLiteral("Cần xác minh địa điểm kinh doanh."), formsClerk));
        clock.setLocal(QDate(2026, 12, 15), QTime(10, 0));
        REQUIRE(life.receiveResult(atCounter, {QStringLiteral("Giấy phép bán lẻ sản phẩm rượu"), 1, QStringLiteral("Phạm Quỳnh Hương"), {}}, formsClerk));
        REQUIRE(life.receiveResult(byPost, {QStringLiteral("Giấy phép bán lẻ sản phẩm rượu"), 1, QStringLiteral("Phạm Quỳnh Hương"), {}}, formsClerk));
        clock.setLocal(QDate(2026, 12, 15), QTime(15, 0));
        REQUIRE(life.returnToApplicant(atCounter, {QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), {}, Money{0}}, formsClerk));
        // UPU S10 check digit of 12345678: weights 8,6,4,2,3,5,9,7 give 204; 204 mod 11 = 6; 11 − 6 = 5.
        REQUIRE(life.dispatchByPost(byPost, QStringLiteral("EE123456785VN"), formsClerk));
    }

    // Rows of the print log for `document` (a CLI render is logged as not paper).
    int printLog(const QString &document, bool paper = false) const
    {
        FixedClock clock;
        auto opened = CounterServices::open(db, clock);
        REQUIRE(opened);
        auto q = sql::exec((*opened)->database().sql(), QStringLiteral("SELECT count(*) FROM print_log WHERE document = ? AND paper = ?"),
                           {document, paper ? 1 : 0});
        REQUIRE(q);
        REQUIRE(q->next());
        return q->value(0).toInt();
    }

    // Exit 2, a Vietnamese reason on stderr, and no file.
    void refused(const QStringList &args, const QString &reason) const
    {
        const QString file = dir.filePath(QStringLiteral("refused.pdf"));
        const CliRun r = run(QStringList(args) << QStringLiteral("--pdf") << file);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(reason));
        CHECK(r.out.isEmpty());
        CHECK_FALSE(QFile::exists(file));
    }
};
}  // namespace

TEST_CASE("cli print lifecycle: manifest, control sheet, apology, return slip and label of a dossier's life", "[cli][lifecycle-forms]")
{
    Life l;
    CHECK(l.handover == QStringLiteral("HS-2026-1"));  // the office's first batch of 2026

    const CliRun m = l.run({QStringLiteral("print"), QStringLiteral("manifest"), l.handover, QStringLiteral("--pdf"), l.pdf(QStringLiteral("m"))});
    INFO(m.err.toStdString());
    REQUIRE(m.exitCode == 0);
    const QString manifest = rawText(l.pdf(QStringLiteral("m")));
    CHECK(manifest.contains(QStringLiteral("BIÊN BẢN BÀN GIAO HỒ SƠ")));
    CHECK(manifest.contains(QStringLiteral("Số: HS-2026-1")));
    CHECK(manifest.contains(QStringLiteral("ngày 30 tháng 11 năm 2026")));
    CHECK(manifest.contains(l.atCounter));
    CHECK(manifest.contains(l.byPost));
    CHECK(manifest.contains(QStringLiteral("Tổng cộng: 2 hồ sơ 2")));  // two dossiers of one set each
    CHECK(manifest.contains(QStringLiteral("người vận chuyển: Lê Văn Đông")));
    CHECK(manifest.contains(QStringLiteral("NGƯỜI GIAO (Ký và ghi rõ họ tên) Trần Thị Ngọc Ánh")));
    CHECK(manifest.contains(QStringLiteral("NGƯỜI NHẬN (Ký và ghi rõ họ tên) Phạm Quỳnh Hương")));

    REQUIRE(l.run({QStringLiteral("print"), QStringLiteral("control-sheet"), l.atCounter, QStringLiteral("--pdf"), l.pdf(QStringLiteral("cs"))}).exitCode == 0);
    const QString sheet = rawText(l.pdf(QStringLiteral("cs")));
    CHECK(sheet.contains(QStringLiteral("Mã hồ sơ: ") + l.atCounter));
    CHECK(sheet.contains(QStringLiteral("Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 27 tháng 11 năm 2026")));
    CHECK(sheet.contains(QStringLiteral("Thời gian hẹn trả kết quả: 09 giờ 30 phút, ngày 16 tháng 12 năm 2026")));  // the new appointment
    // the handover, then the result back on 15/12, the day before the appointment in force: early
    CHECK(sheet.contains(QStringLiteral("1. Giao: Bưu điện xã Yên Định")));
    CHECK(sheet.contains(QStringLiteral("14 giờ 05 phút, ngày 30 tháng 11 năm 2026 Người giao Lê Văn Đông Người nhận Phạm Quỳnh Hương")));
    CHECK(sheet.contains(QStringLiteral("2. Nhận: Bưu điện xã Yên Định 10 giờ 00 phút, ngày 15 tháng 12 năm 2026 Người giao Phạm Quỳnh Hương "
                                        "Người nhận Trần Thị Ngọc Ánh Trước hạn")));
    // the return to the citizen on 15/12 15:00, the day before the appointment in force: early
    CHECK(sheet.contains(QStringLiteral("1. Giao: Bưu điện xã Yên Định 2. Nhận: Người nhận kết quả 15 giờ 00 phút, ngày 15 tháng 12 năm 2026 "
                                        "Người giao Trần Thị Ngọc Ánh Người nhận Nguyễn Văn Đức Trước hạn")));
    CHECK(decodedSymbols(l.pdf(QStringLiteral("cs")), l.dir.path()).contains(QStringLiteral("QR-Code:") + l.atCounter));
    // by post: the post office's item number is the receiver
    REQUIRE(l.run({QStringLiteral("print"), QStringLiteral("control-sheet"), l.byPost, QStringLiteral("--pdf"), l.pdf(QStringLiteral("cs-post"))}).exitCode == 0);
    CHECK(rawText(l.pdf(QStringLiteral("cs-post"))).contains(QStringLiteral("2. Nhận: Bưu chính công ích (số hiệu EE123456785VN)")));

    REQUIRE(l.run({QStringLiteral("print"), QStringLiteral("apology"), l.atCounter, QStringLiteral("--pdf"), l.pdf(QStringLiteral("a"))}).exitCode == 0);
    const QString apology = rawText(l.pdf(QStringLiteral("a")));
    CHECK(apology.contains(QStringLiteral("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")));
    CHECK(apology.contains(QStringLiteral("Ngày 08 tháng 12 năm 2026")));  // the day the new appointment was made (no place set)
    CHECK(apology.contains(QStringLiteral("Kính gửi: Ông/Bà Nguyễn Văn Đức")));
    CHECK(apology.contains(QStringLiteral("Ngày 27/11/2026, Bưu điện xã Yên Định tiếp nhận hồ sơ")));
    CHECK(apology.contains(QStringLiteral("Thời hạn trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 09 tháng 12 năm 2026.")));
    CHECK(apology.contains(QStringLiteral("Lý do: Cần xác minh địa điểm kinh doanh.")));
    CHECK(apology.contains(QStringLiteral("vào 09 giờ 30 phút, ngày 16 tháng 12 năm 2026")));

    REQUIRE(l.run({QStringLiteral("print"), QStringLiteral("return-slip"), l.atCounter, QStringLiteral("--pdf"), l.pdf(QStringLiteral("r"))}).exitCode == 0);
    const QString slip = rawText(l.pdf(QStringLiteral("r")));
    CHECK(slip.contains(QStringLiteral("PHIẾU TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ")));
    CHECK(slip.contains(QStringLiteral("Thời gian trả kết quả: 15 giờ 00 phút, ngày 15 tháng 12 năm 2026")));
    CHECK(slip.contains(QStringLiteral("1 Giấy phép bán lẻ sản phẩm rượu 1")));
    CHECK(slip.contains(QStringLiteral("Người nhận kết quả: Nguyễn Văn Đức Số định danh cá nhân: 001089012345")));
    CHECK(slip.contains(QStringLiteral("NGƯỜI NHẬN KẾT QUẢ (Ký và ghi rõ họ tên) Nguyễn Văn Đức")));
    CHECK(slip.contains(QStringLiteral("NGƯỜI TRẢ KẾT QUẢ (Ký và ghi rõ họ tên) Trần Thị Ngọc Ánh")));

    REQUIRE(l.run({QStringLiteral("print"), QStringLiteral("label"), l.byPost, QStringLiteral("--pdf"), l.pdf(QStringLiteral("l"))}).exitCode == 0);
    const QString label = rawText(l.pdf(QStringLiteral("l")));
    CHECK(label.contains(QStringLiteral("Người gửi: Bưu điện xã Yên Định")));
    CHECK(label.contains(QStringLiteral("EE123456785VN")));
    CHECK(label.contains(QStringLiteral("Nguyễn Văn Đức")));
    CHECK(label.contains(QStringLiteral("Số 12 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị")));
    CHECK(label.contains(QStringLiteral("Mã hồ sơ: ") + l.byPost));
    CHECK(decodedSymbols(l.pdf(QStringLiteral("l")), l.dir.path()).contains(QStringLiteral("CODE-128:EE123456785VN")));

    // each render logged (the control sheet twice: two dossiers), as a PDF export and not a paper print
    for (const char *document : {"manifest", "control_sheet", "apology", "return_slip", "postal_label"}) {
        INFO(document);
        CHECK(l.printLog(QString::fromLatin1(document)) == (qstrcmp(document, "control_sheet") == 0 ? 2 : 1));
        CHECK(l.printLog(QString::fromLatin1(document), true) == 0);
    }
}

TEST_CASE("cli print lifecycle: unknown batch or code, cancelled batch, no reschedule, not by post, not returned at the counter: exit 2, no file",
          "[cli][lifecycle-forms]")
{
    Life l;
    l.refused({QStringLiteral("print"), QStringLiteral("manifest"), QStringLiteral("HS-2026-99")}, QStringLiteral("HS-2026-99"));
    l.refused({QStringLiteral("print"), QStringLiteral("control-sheet"), QStringLiteral("000.00.16.H56-261127-2999")},
              QStringLiteral("Không có hồ sơ mã \"000.00.16.H56-261127-2999\""));
    l.refused({QStringLiteral("print"), QStringLiteral("apology"), l.byPost}, QStringLiteral("chưa được hẹn lại ngày trả kết quả"));
    l.refused({QStringLiteral("print"), QStringLiteral("label"), l.atCounter}, QStringLiteral("không đăng ký nhận kết quả qua bưu chính"));
    l.refused({QStringLiteral("print"), QStringLiteral("return-slip"), l.byPost}, QStringLiteral("chưa được trả kết quả tại quầy"));
    l.refused({QStringLiteral("print"), QStringLiteral("manifest"), l.handover, QStringLiteral("--layout"), QStringLiteral("a5")},
              QStringLiteral("khổ giấy cố định"));
    // A cancelled batch is not printed as if it stood.
    const QString third = l.intake(intakeJson());
    {
        FixedClock clock;
        clock.setLocal(QDate(2026, 11, 30), QTime(15, 0));
        auto opened = CounterServices::open(l.db, clock);
        REQUIRE(opened);
        LifecycleService &life = (*opened)->lifecycle();
        auto pending = life.pendingHandover();
        REQUIRE(pending);
        REQUIRE(pending->size() == 1);
        auto h = life.createHandover(pending->first().agency, {third}, QStringLiteral("Lê Văn Đông"), {}, formsClerk);
        REQUIRE(h);
        CHECK(h->number == QStringLiteral("HS-2026-2"));
        const Actor supervisor{QStringLiteral("hoa.pt"), QStringLiteral("Phan Thị Hoa"), Role::Supervisor};
        REQUIRE(life.cancelHandover(h->number, QStringLiteral("Cơ quan chưa nhận hồ sơ trong ngày."), supervisor));
    }
    l.refused({QStringLiteral("print"), QStringLiteral("manifest"), QStringLiteral("HS-2026-2")}, QStringLiteral("đã bị hủy"));
    for (const char *document : {"manifest", "control_sheet", "apology", "return_slip", "postal_label"})
        CHECK(l.printLog(QString::fromLatin1(document)) == 0);  // nothing logged for a refusal
}
