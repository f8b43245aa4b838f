// Issue 11 §5 through the CLI: report day (--json with exactly the contract's keys, text, CSV),
// report ledger --csv, print day-report / print ledger to PDF (read back with poppler-utils),
// and the refusals (exit 2, nothing written). The database is the hand-counted fixture of
// tests/support/ReportFixture.h; the CLI's clock is CliRunner's fixed 27/11/2026 09:00.
#include "CliRunner.h"
#include "ReportFixture.h"
#include "../documents/PdfReading.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pc;
using namespace Qt::StringLiterals;
using test::ReportFixture;

namespace {
struct FixtureDb {
    test::TempCounter t;
    explicit FixtureDb(int extraOnThe27th = 0)
    {
        ReportFixture fixture(t);
        for (int i = 0; i < extraOnThe27th; ++i)  // a long ledger: numbers 100, 101, …
            fixture.dossier(100 + i, ReportFixture::CongThuong, ReportFixture::SoCongThuong, 0, 0, test::local(2026, 11, 27, 9, i % 60),
                            test::local(2026, 12, 9, 16, 0), 2);
        t.services.reset();  // the CLI opens the file on its own
    }
    QString db() const { return t.dbPath(); }
    QString file(const char *name) const { return t.dir.filePath(QString::fromLatin1(name)); }
};

// With POSTCOUNTER_SCREENSHOTS=DIR the rendered PDFs are kept there, to be looked at.
void keep(const QString &pdf)
{
    const QString dir = qEnvironmentVariable("POSTCOUNTER_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QFile::remove(dir + u'/' + QFileInfo(pdf).fileName());
        QFile::copy(pdf, dir + u'/' + QFileInfo(pdf).fileName());
    }
}

test::CliRun run(const FixtureDb &f, const QStringList &args)
{
    test::CliRun r = test::runCliFixed(f.db(), args);
    CHECK_FALSE(r.timedOut);
    return r;
}
}  // namespace

TEST_CASE("cli report day --json: exactly the contract's keys and the hand-counted values", "[cli][report]")
{
    FixtureDb f;
    auto r = run(f, {u"report"_s, u"day"_s, u"--date"_s, u"2026-11-27"_s, u"--json"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(j.keys() == QStringList{u"by_field"_s, u"by_status"_s, u"date"_s, u"fees"_s, u"guidance"_s, u"handed_over"_s, u"overdue"_s, u"pending_sync"_s, u"received"_s, u"returned"_s});
    CHECK(j.value(u"date"_s).toString() == u"2026-11-27"_s);
    CHECK(j.value(u"received"_s).toInt() == 3);
    CHECK(j.value(u"handed_over"_s).toInt() == 1);
    CHECK(j.value(u"returned"_s).toInt() == 2);
    CHECK(j.value(u"overdue"_s).toInt() == 1);  // dossier 6, due 20/11
    CHECK(j.value(u"by_field"_s).toObject() == QJsonObject{{ReportFixture::CongThuong, 2}, {ReportFixture::VanHoa, 1}});
    CHECK(j.value(u"by_status"_s).toObject() == QJsonObject{{u"2"_s, 2}, {u"4"_s, 1}});
    const QJsonObject fees = j.value(u"fees"_s).toObject();
    CHECK(fees.keys() == QStringList{u"by_field"_s, u"total_dong"_s});
    CHECK(fees.value(u"total_dong"_s).toInteger() == 650000);  // 400.000 + 200.000 at receipt, 50.000 at a return
    CHECK(fees.value(u"by_field"_s).toObject() == QJsonObject{{ReportFixture::CongThuong, 450000}, {ReportFixture::VanHoa, 200000}});
    CHECK(j.value(u"guidance"_s).toObject() == QJsonObject{{u"supplement"_s, 2}, {u"refusal"_s, 1}});
    CHECK(j.value(u"pending_sync"_s).toInt() == 6);
}

TEST_CASE("cli report day: readable text and a CSV Excel opens in Vietnamese", "[cli][report][csv]")
{
    FixtureDb f;
    auto text = run(f, {u"report"_s, u"day"_s, u"--date"_s, u"2026-11-27"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Báo cáo ngày 27/11/2026"_s));
    CHECK(text.out.contains(u"Hồ sơ tiếp nhận: 3"_s));
    CHECK(text.out.contains(u"Phí, lệ phí đã thu: 650.000 đ"_s));

    const QString csv = f.file("ngay.csv");
    auto r = run(f, {u"report"_s, u"day"_s, u"--date"_s, u"2026-11-27"_s, u"--csv"_s, csv});
    REQUIRE(r.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n\"V\xC4\x83n h\xC3\xB3" "a, Th\xE1\xBB\x83 thao v\xC3\xA0 Du l\xE1\xBB\x8B" "ch\",1,1,200000\r\n"));

    const QString ledger = f.file("so.csv");
    auto l = run(f, {u"report"_s, u"ledger"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s, u"--csv"_s, ledger});
    REQUIRE(l.exitCode == 0);
    QFile lf(ledger);
    REQUIRE(lf.open(QIODevice::ReadOnly));
    const QString ledgerText = QString::fromUtf8(lf.readAll().mid(3));
    CHECK(ledgerText.count(u"\r\n"_s) == 2 + 11);  // title, headings, the 11 dossiers received in November
}

TEST_CASE("cli report refuses bad periods with exit 2 and writes nothing", "[cli][report][input]")
{
    FixtureDb f;
    const QString csv = f.file("x.csv");
    for (const QStringList &args : QList<QStringList>{
             {u"report"_s, u"day"_s, u"--date"_s, u"27/11/2026"_s, u"--csv"_s, csv},
             {u"report"_s, u"day"_s, u"--date"_s, u"2026-02-30"_s, u"--csv"_s, csv},
             {u"report"_s, u"day"_s, u"--csv"_s, csv},
             {u"report"_s, u"ledger"_s, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s, u"--csv"_s, csv},
             {u"report"_s, u"ledger"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2026-11-01"_s, u"--csv"_s, csv},
             {u"report"_s, u"week"_s, u"--date"_s, u"2026-11-27"_s},
             {u"print"_s, u"ledger"_s, u"--date"_s, u"2026-11-27"_s, u"--pdf"_s, csv}}) {
        auto r = run(f, args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFile::exists(csv));
    }
}

TEST_CASE("cli print day-report: A4 with the figures and the charts' numbers", "[cli][report][pdf]")
{
    FixtureDb f;
    const QString pdf = f.file("bao-cao.pdf");
    auto r = run(f, {u"print"_s, u"day-report"_s, u"--date"_s, u"2026-11-27"_s, u"--pdf"_s, pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    keep(pdf);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(u"BÁO CÁO TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ"_s));
    CHECK(text.contains(u"Ngày 27/11/2026"_s));
    CHECK(text.contains(u"650.000 đ"_s));
    CHECK(text.contains(u"Sở Công Thương 2 1 50,0 %"_s));  // the on-time table beside its chart
    CHECK(test::runTool(u"pdfinfo"_s, {pdf}).contains(QRegularExpression(u"Page size:\\s+595(\\.\\d+)? x 842"_s)));  // A4 portrait, in points
    CHECK(test::pdfPages(pdf) == 1);  // no blank sheet after the signatures
}

TEST_CASE("cli print ledger: A4 landscape, a long ledger repeats its headings on every page", "[cli][report][pdf]")
{
    FixtureDb f(70);
    const QString pdf = f.file("so.pdf");
    auto r = run(f, {u"print"_s, u"ledger"_s, u"--from"_s, u"2026-11-27"_s, u"--to"_s, u"2026-11-27"_s, u"--pdf"_s, pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    keep(pdf);
    CHECK(test::runTool(u"pdfinfo"_s, {pdf}).contains(QRegularExpression(u"Page size:\\s+842 x 595"_s)));  // landscape
    const int pages = test::pdfPages(pdf);
    REQUIRE(pages >= 2);  // 73 rows do not fit one landscape page
    for (int p = 1; p <= pages; ++p) {
        const QString page = test::pdfText(pdf, p);
        INFO("page " << p);
        CHECK(page.contains(u"STT Mã hồ sơ"_s));  // the headings row, repeated
        CHECK(page.contains(QString(u"Trang %1/%2"_s).arg(p).arg(pages)));
    }
    const QString all = test::pdfText(pdf);
    CHECK(all.contains(u"SỔ THEO DÕI HỒ SƠ"_s));
    CHECK(all.contains(u"Người nộp 169"_s));  // the last one
}

TEST_CASE("cli report day after a real life through the lifecycle commands", "[cli][report][lifecycle]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"counter.sqlite"_s);
    auto cli = [&](const QStringList &args, const QByteArray &in = {}) {
        test::CliRun r = test::runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    cli({u"setup"_s, u"--unit-id"_s, u"000.00.16.H56"_s, u"--unit-name"_s, u"Bưu điện xã Yên Định"_s, u"--counter"_s, u"2"_s});
    const QString first = cli({u"intake"_s, u"--json"_s, u"-"_s}, test::intakeJson()).section(u'\t', 0, 0);
    QByteArray other = test::intakeJson();
    other.replace("001089012345", "001190012346");
    const QString second = cli({u"intake"_s, u"--json"_s, u"-"_s}, other).section(u'\t', 0, 0);
    const QString agency = cli({u"handover"_s, u"pending"_s}).section(u'\t', 1, 1);
    cli({u"handover"_s, u"create"_s, u"--agency"_s, agency, u"--courier"_s, u"Lê Văn Tám"_s});
    cli({u"result"_s, u"receive"_s, first});
    cli({u"result"_s, u"receive"_s, second});
    cli({u"return"_s, first, u"--recipient-name"_s, u"Nguyễn Văn Đức"_s, u"--recipient-id"_s, u"001089012345"_s, u"--fee"_s, u"30000"_s});

    const QJsonObject j = QJsonDocument::fromJson(cli({u"report"_s, u"day"_s, u"--date"_s, u"2026-11-27"_s, u"--json"_s}).toUtf8()).object();
    CHECK(j.value(u"received"_s).toInt() == 2);
    CHECK(j.value(u"handed_over"_s).toInt() == 2);
    CHECK(j.value(u"returned"_s).toInt() == 1);
    CHECK(j.value(u"overdue"_s).toInt() == 0);
    CHECK(j.value(u"by_status"_s).toObject() == QJsonObject{{u"9"_s, 1}, {u"10"_s, 1}});
    // Both receipts' fees and charges (as registered), plus the 30.000 đ collected at the return.
    qint64 atReceipt = 0;
    for (const QString &code : {first, second}) {
        const QJsonObject fees = QJsonDocument::fromJson(cli({u"show"_s, code, u"--json"_s}).toUtf8()).object().value(u"fees"_s).toObject();
        atReceipt += fees.value(u"fee"_s).toInteger() + fees.value(u"charge"_s).toInteger();
    }
    CHECK(j.value(u"fees"_s).toObject().value(u"total_dong"_s).toInteger() == atReceipt + 30000);
    CHECK(j.value(u"pending_sync"_s).toInt() == 2 + 2 + 2 + 1);  // registered, handed over, result received ×2; returned ×1

    const QString csv = dir.filePath(u"so.csv"_s);
    cli({u"report"_s, u"ledger"_s, u"--from"_s, u"2026-11-27"_s, u"--to"_s, u"2026-11-27"_s, u"--csv"_s, csv});
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(u"\r\n"_s);
    REQUIRE(lines.size() >= 4);
    CHECK(lines.at(2).startsWith(u"1,"_s + first + u","_s));
    // Received, handed over, result and return all at the fixed 09:00; the one who took it.
    CHECK(lines.at(2).count(u"27/11/2026 09:00"_s) == 4);
    CHECK(lines.at(2).contains(u"27/11/2026 09:00,Nguyễn Văn Đức,"_s));
    CHECK(lines.at(3).count(u"27/11/2026 09:00"_s) == 3);  // the second is waiting for its citizen
}
