// Issue 11 §5: the day report, its chart data and the ledger, against the hand-counted fixture
// of tests/support/ReportFixture.h. Every expected number below is counted from that file.
#include "ReportFixture.h"
#include "services/ReportExport.h"
#include "services/ReportOutput.h"
#include "services/ReportService.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>

using namespace pc;
using namespace Qt::StringLiterals;
using test::ReportFixture;

namespace {
const FieldCount *field(const QList<FieldCount> &list, const QString &name)
{
    for (const FieldCount &f : list)
        if (f.field == name)
            return &f;
    return nullptr;
}
const AgencyCount *agency(const QList<AgencyCount> &list, const QString &name)
{
    for (const AgencyCount &a : list)
        if (a.agency == name)
            return &a;
    return nullptr;
}
}  // namespace

TEST_CASE("day report: the 27th counted by hand, midnight on both sides excluded", "[reports]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    ReportService reports(t.services->database(), t.clock);
    auto r = reports.day(QDate(2026, 11, 27), QDate(2026, 11, 27));
    REQUIRE(r);
    // Dossiers 1, 2, 3; not 4 (26/11 23:59) nor 5 (28/11 00:00).
    CHECK(r->received == 3);
    REQUIRE(r->byField.size() == 2);
    REQUIRE(field(r->byField, ReportFixture::CongThuong));
    CHECK(field(r->byField, ReportFixture::CongThuong)->received == 2);
    // Dossier 1 paid 400.000 đ at receipt; dossier 9 paid 50.000 đ still due when its result was returned.
    CHECK(field(r->byField, ReportFixture::CongThuong)->paying == 2);
    CHECK(field(r->byField, ReportFixture::CongThuong)->feeDong == 400000 + 50000);
    REQUIRE(field(r->byField, ReportFixture::VanHoa));
    CHECK(field(r->byField, ReportFixture::VanHoa)->received == 1);
    CHECK(field(r->byField, ReportFixture::VanHoa)->feeDong == 150000 + 50000);  // fee + charge of dossier 3
    CHECK(r->feesTotalDong == 650000);
    CHECK(r->byStatus == QMap<int, int>{{2, 2}, {4, 1}});  // 1 and 3 received, 2 handed over
    // Dossier 2 at 15:00; dossier 3's batch was cancelled; dossier 1's handover was at 00:30 on the 28th.
    CHECK(r->handedOver == 1);
    CHECK(r->returned == 2);     // dossier 9 at the counter, dossier 10 by post
    // At the close of the 27th (now is the 28th): dossier 6, due 20/11 and still with the agency.
    // Not 7 (due 30/11), not 8 (waiting for the citizen's supplement), not 12 (resolved), not 13
    // (due 25/11 on its receipt, rescheduled to 30/11).
    CHECK(r->overdue == 1);
    CHECK(r->supplement == 2);   // HD-1 08:30 and HD-2 16:59; HD-3 was on the 26th
    CHECK(r->refusal == 1);
    CHECK(r->pendingSync == 6);  // registrations of 1, 2, 3, handover of 2, return of 9, dispatch of 10
}

TEST_CASE("day report charts: dossiers per field over the month, on-time rate per agency", "[reports][charts]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    auto r = ReportService(t.services->database(), t.clock).day(QDate(2026, 11, 27), QDate(2026, 11, 27));
    REQUIRE(r);
    CHECK(r->chartFrom == QDate(2026, 11, 1));
    CHECK(r->chartTo == QDate(2026, 11, 30));
    // November: Công Thương 1, 2, 4, 5, 6, 7, 9, 10; Văn hóa 3, 8, 12 (11 was received in October).
    CHECK(field(r->chartByField, ReportFixture::CongThuong)->received == 8);
    CHECK(field(r->chartByField, ReportFixture::VanHoa)->received == 3);
    // Sở Công Thương: 9 resolved 19/11 for 20/11 (on time), 10 resolved 18/11 for 16/11 (late).
    REQUIRE(agency(r->onTimeByAgency, ReportFixture::SoCongThuong));
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoCongThuong)->resolved == 2);
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoCongThuong)->onTime == 1);
    // Sở Văn hóa: 12 resolved 06/11 16:00 for 06/11 17:00; 11 counts in October, when it was resolved.
    REQUIRE(agency(r->onTimeByAgency, ReportFixture::SoVanHoa));
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoVanHoa)->resolved == 1);
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoVanHoa)->onTime == 1);
}

TEST_CASE("day report over a range spanning two months", "[reports][range]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    auto r = ReportService(t.services->database(), t.clock).day(QDate(2026, 10, 25), QDate(2026, 11, 5));
    REQUIRE(r);
    CHECK(r->received == 4);  // 10 (02/11), 9 (03/11), 12 (04/11), 8 (05/11)
    CHECK(field(r->byField, ReportFixture::CongThuong)->received == 2);
    CHECK(field(r->byField, ReportFixture::VanHoa)->received == 2);
    CHECK(r->returned == 1);    // dossier 11 on 03/11
    CHECK(r->handedOver == 0);  // dossier 6 went on 11/11
    CHECK(r->supplement == 0);
    CHECK(r->chartFrom == QDate(2026, 10, 1));
    CHECK(r->chartTo == QDate(2026, 11, 30));
    CHECK(field(r->chartByField, ReportFixture::VanHoa)->received == 4);  // 3, 8, 11, 12
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoVanHoa)->resolved == 2);  // 11 (29/10 for 30/10) and 12
    CHECK(agency(r->onTimeByAgency, ReportFixture::SoVanHoa)->onTime == 2);
}

TEST_CASE("day report refuses a reversed or over-long period", "[reports][input]")
{
    test::TempCounter t;
    ReportService reports(t.services->database(), t.clock);
    auto reversed = reports.day(QDate(2026, 11, 28), QDate(2026, 11, 27));
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().kind == Error::Kind::BadInput);
    CHECK(reports.day(QDate(2026, 1, 1), QDate(2026, 12, 31)));        // 365 days
    CHECK_FALSE(reports.day(QDate(2026, 1, 1), QDate(2027, 1, 2)));    // 367 days
}

TEST_CASE("day report JSON has exactly the keys of the CLI contract", "[reports][json]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    auto r = ReportService(t.services->database(), t.clock).day(QDate(2026, 11, 27), QDate(2026, 11, 27));
    REQUIRE(r);
    const QJsonObject j = report::dayJson(r.value());
    CHECK(j.keys() == QStringList{u"by_field"_s, u"by_status"_s, u"date"_s, u"fees"_s, u"guidance"_s, u"handed_over"_s, u"overdue"_s, u"pending_sync"_s, u"received"_s, u"returned"_s});
    CHECK(j.value(u"fees"_s).toObject().keys() == QStringList{u"by_field"_s, u"total_dong"_s});
    CHECK(j.value(u"guidance"_s).toObject().keys() == QStringList{u"refusal"_s, u"supplement"_s});
    CHECK(j.value(u"date"_s).toString() == u"2026-11-27"_s);
    CHECK(j.value(u"by_status"_s).toObject().value(u"2"_s).toInt() == 2);
    CHECK(j.value(u"fees"_s).toObject().value(u"by_field"_s).toObject().value(ReportFixture::VanHoa).toInteger() == 200000);
}

TEST_CASE("CSV: UTF-8 BOM, CRLF, RFC 4180 quoting of comma, quote and line break", "[reports][csv]")
{
    CHECK(report::csvRecord({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s, u""_s}) == QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\","));
    CHECK(report::csvRecord({u"=1+2"_s, u"-5"_s, u"@x"_s}) == QByteArray("'=1+2,'-5,'@x"));  // never a formula in Excel

    test::TempCounter t;
    ReportFixture fixture(t);
    ReportOutput output(t.services->database(), t.clock);
    const QString path = t.dir.filePath(u"ledger.csv"_s);
    REQUIRE(output.ledgerCsv(test::clerk(), QDate(2026, 11, 27), QDate(2026, 11, 27), path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(u"\r\n"_s);
    CHECK(lines.at(0).startsWith(u"SỔ THEO DÕI HỒ SƠ,27/11/2026,Bưu điện xã Yên Định"_s));
    CHECK(lines.at(1).startsWith(u"STT,Mã hồ sơ,Tên thủ tục hành chính,"_s));
    CHECK(lines.at(2).startsWith(u"1,"_s + ReportFixture::code(1) + u","_s));
    // Dossier 3: a quote and a comma in the name, a line break in the address.
    CHECK(text.contains(u"\"Trần \"\"Bé\"\" Hai, con\",\"Thôn Đông,\nxã Yên Định; 0912345678\",\"Sở Văn hóa, Thể thao và Du lịch\""_s));
    CHECK(lines.at(3).contains(u",27/11/2026 10:00,10/12/2026 16:00,27/11/2026 15:00,"_s));  // dossier 2 handed over at 15:00

    const QString dayPath = t.dir.filePath(u"day.csv"_s);
    REQUIRE(output.dayCsv(test::clerk(), QDate(2026, 11, 27), QDate(2026, 11, 27), dayPath));
    // Both files left the database: two "export" rows of the audit trail, the period, no content.
    CHECK(t.scalarText(u"SELECT group_concat(object || ' ' || details || ' ' || username, '|') FROM "
                       "(SELECT * FROM audit_log WHERE action = 'export' ORDER BY seq)"_s)
          == u"ledger.csv 2026-11-27..2026-11-27 lan.nt|day-report.csv 2026-11-27..2026-11-27 lan.nt"_s);
    QFile d(dayPath);
    REQUIRE(d.open(QIODevice::ReadOnly));
    const QString day = QString::fromUtf8(d.readAll().mid(3));
    CHECK(day.contains(u"\r\nHồ sơ tiếp nhận,3\r\n"_s));
    CHECK(day.contains(u"\r\n\"Văn hóa, Thể thao và Du lịch\",1,1,200000\r\n"_s));
    CHECK(day.contains(u"\r\nTổng phí, lệ phí đã thu (đồng),650000\r\n"_s) == false);  // quoted: the label has a comma
    CHECK(day.contains(u"\r\n\"Tổng phí, lệ phí đã thu (đồng)\",650000\r\n"_s));
}

TEST_CASE("ledger: one row per dossier received, with handover, result and return", "[reports][ledger]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    auto rows = ReportService(t.services->database(), t.clock).ledger(QDate(2026, 11, 2), QDate(2026, 11, 3));
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);  // 10 (02/11) then 9 (03/11)
    const LedgerEntry &ten = rows->at(0), &nine = rows->at(1);
    CHECK(ten.code == ReportFixture::code(10));
    CHECK(report::ledgerCell(ten, u"result"_s) == u"18/11/2026 10:00"_s);
    CHECK(report::ledgerCell(ten, u"returned"_s) == u"27/11/2026 11:00"_s);
    CHECK(report::ledgerCell(ten, u"returned_to"_s) == u"EE123456785VN"_s);
    CHECK(report::ledgerCell(ten, u"note"_s) == u"Trả qua bưu chính công ích"_s);
    CHECK(report::ledgerCell(nine, u"returned_to"_s) == u"Lê Văn Chín"_s);
    CHECK(report::ledgerCell(nine, u"handed_over"_s).isEmpty());
    CHECK(report::ledgerColumns().size() == 14);

    auto october = ReportService(t.services->database(), t.clock).ledger(QDate(2026, 10, 20), QDate(2026, 10, 20));
    REQUIRE(october);
    REQUIRE(october->size() == 2);  // 11 at 08:00, 13 at 09:00
    CHECK(report::ledgerCell(october->at(1), u"appointment"_s) == u"25/11/2026 17:00"_s);  // as the receipt promised
    CHECK(report::ledgerCell(october->at(1), u"note"_s) == u"Hẹn lại 30/11/2026 17:00"_s);
}

TEST_CASE("report queries read index ranges only, never a whole table", "[reports][plan]")
{
    test::TempCounter t;
    ReportFixture fixture(t);
    auto plans = ReportQueries(t.services->database().sql()).plans(ReportService::utcRange(QDate(2026, 1, 1), QDate(2026, 12, 31)));
    REQUIRE(plans);
    INFO(plans->join(u'\n').toStdString());
    CHECK(plans->size() >= 8);
    for (const QString &line : plans.value()) {
        // "SCAN r" is the small grouped subquery of results; every table is searched by an index.
        const bool fullScan = line.contains(QRegularExpression(u"SCAN (dossiers|dossier_events|guidance_records|d|p)\\b"_s))
                              && !line.contains(u"USING INDEX"_s) && !line.contains(u"USING COVERING INDEX"_s);
        CHECK_FALSE(fullScan);
        CHECK_FALSE(line.contains(QRegularExpression(u"SCAN \\w+ USING (COVERING )?INDEX"_s)));  // a whole index read is a scan too
    }
}
