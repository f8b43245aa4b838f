// Registers 10,000 dossiers, one transaction each, through IntakeService, and the same rows
// through the raw SQLite C API with the same pragmas; prints p50/p95 latency, dossiers per
// second and the ratio. Run: build/bench/intake_bench [count]
#include "services/CounterServices.h"
#include "storage/Database.h"
#include "util/TextFold.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pc;

namespace {
class SteppingClock final : public Clock {
public:
    QDateTime nowUtc() const override { return now; }
    QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(1, 0), QTimeZone::utc());
};

const QStringList kFamily = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm"), QStringLiteral("Hoàng"),
                             QStringLiteral("Huỳnh"), QStringLiteral("Phan"), QStringLiteral("Vũ"), QStringLiteral("Võ"), QStringLiteral("Đặng")};
const QStringList kMiddle = {QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"), QStringLiteral("Minh"), QStringLiteral("Ngọc")};
const QStringList kGiven = {QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"), QStringLiteral("Hà"),
                            QStringLiteral("Hạnh"), QStringLiteral("Lan"), QStringLiteral("Long"), QStringLiteral("Mai"), QStringLiteral("Đạt")};

DossierDraft draft(int i)
{
    DossierDraft d;
    d.procedureCode = QStringLiteral("2.000620");
    d.feeVariant = QStringLiteral("hkd-thanh-pho");  // 2.000620 has four fee lines (issue 8 §4)
    d.applicant.name = kFamily[i % 10] + u' ' + kMiddle[(i / 10) % 5] + u' ' + kGiven[(i / 50) % 10];
    d.applicant.idNumber = QStringLiteral("0010890%1").arg(i % 100000, 5, 10, QLatin1Char('0'));
    d.applicant.birthDate = QDate(1989, 5, 2);
    d.applicant.gender = QStringLiteral("Nam");
    d.applicant.phone = QStringLiteral("09%1").arg(i % 100000000, 8, 10, QLatin1Char('0'));
    d.applicant.address = QStringLiteral("Thôn %1, xã Yên Định, tỉnh Thanh Hóa").arg(i % 40 + 1);
    d.documents = {{QStringLiteral("Đơn đề nghị cấp Giấy phép bán lẻ rượu"), 1, 0},
                   {QStringLiteral("Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh"), 0, 1},
                   {QStringLiteral("Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh"), 0, 1},
                   {QStringLiteral("Bản sao văn bản giới thiệu hoặc hợp đồng mua bán với thương nhân sản xuất, phân phối rượu"), 0, 1}};
    return d;
}

struct Stats {
    double p50, p95, perSecond;
};
Stats summarize(std::vector<double> ms, double totalMs)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], 1000.0 * double(ms.size()) / totalMs};
}

Stats runService(const QString &path, int n)
{
    SteppingClock clock;
    auto s = CounterServices::open(path, clock);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    auto id = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 1);
    (void)s.value()->identity().save(id);
    std::vector<double> ms;
    ms.reserve(n);
    QElapsedTimer total, one;
    total.start();
    for (int i = 0; i < n; ++i) {
        clock.now = clock.now.addSecs(3600);  // about 10 dossiers per working day
        one.start();
        auto r = s.value()->intake().registerDossier(pc::Actor::system(), draft(i));
        ms.push_back(double(one.nsecsElapsed()) / 1e6);
        if (!r)
            qFatal("registration %d failed: %s", i, qPrintable(r.error().message));
    }
    return summarize(ms, double(total.nsecsElapsed()) / 1e6);
}

// The same writes through sqlite3 directly: prepared statements, one transaction per dossier.
Stats runRaw(const QString &path, int n)
{
    { auto db = Database::open(path); if (!db) qFatal("schema"); }  // same schema, then close
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    for (const char *p : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
        sqlite3_exec(db, p, nullptr, nullptr, nullptr);
    auto prep = [&](const char *sql) { sqlite3_stmt *s = nullptr; if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) qFatal("%s", sqlite3_errmsg(db)); return s; };
    sqlite3_stmt *seq = prep("INSERT INTO code_sequences (unit_id, day, last_sequence) VALUES (?, ?, 1) ON CONFLICT (unit_id, day) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence");
    sqlite3_stmt *ledger = prep("INSERT INTO ledger_sequences (year, last_entry) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last_entry = last_entry + 1 RETURNING last_entry");
    sqlite3_stmt *dossier = prep("INSERT INTO dossiers (code, unit_id, counter_number, procedure_code, procedure_name, field_name, agency_name, duration_text, applicant_name, applicant_id, birth_date, gender, phone, email, address, sets, delivery_method, delivery_address, fee, charge, note, received_at, appointment_at, status, search_key, ledger_entry) VALUES (?,?,1,'2.000620','Cấp Giấy phép bán lẻ rượu','Công Thương','Ủy ban nhân dân cấp xã','8 ngày làm việc',?,?,'1989-05-02','Nam',?,'',?,1,'counter','',400000,0,'',?,?,2,?,?)");
    sqlite3_stmt *doc = prep("INSERT INTO dossier_documents (dossier_id, position, name, originals, copies, listed, required) VALUES (?,?,?,?,?,1,1)");
    sqlite3_stmt *event = prep("INSERT INTO dossier_events (uuid, dossier_id, type, status, at, data) VALUES (?,?,'dossier.registered',2,?,?)");
    sqlite3_stmt *outbox = prep("INSERT INTO outbox (event_uuid, enqueued_at) VALUES (?, ?)");
    auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) { sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); };
    std::vector<double> ms;
    ms.reserve(n);
    QDateTime now(QDate(2026, 1, 5), QTime(1, 0), QTimeZone::utc());
    QElapsedTimer total, one;
    total.start();
    for (int i = 0; i < n; ++i) {
        now = now.addSecs(3600);
        const DossierDraft d = draft(i);
        one.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QByteArray day = now.toTimeZone(QTimeZone(7 * 3600)).date().toString(QStringLiteral("yyMMdd")).toUtf8();
        text(seq, 1, "000.00.16.H56"); text(seq, 2, day);
        sqlite3_step(seq); const int number = 1000 + sqlite3_column_int(seq, 0); sqlite3_reset(seq);
        sqlite3_bind_int(ledger, 1, 2026); sqlite3_step(ledger); const int entry = sqlite3_column_int(ledger, 0); sqlite3_reset(ledger);
        const QByteArray code = "000.00.16.H56-" + day + "-" + QByteArray::number(number);
        const QByteArray at = now.toString(Qt::ISODateWithMs).toUtf8();
        text(dossier, 1, code); text(dossier, 2, "000.00.16.H56"); text(dossier, 3, d.applicant.name.toUtf8());
        text(dossier, 4, d.applicant.idNumber.toUtf8()); text(dossier, 5, d.applicant.phone.toUtf8()); text(dossier, 6, d.applicant.address.toUtf8());
        text(dossier, 7, at); text(dossier, 8, at);
        text(dossier, 9, text::fold(d.applicant.name + u' ' + QString::fromUtf8(code)).toUtf8()); sqlite3_bind_int(dossier, 10, entry);
        if (sqlite3_step(dossier) != SQLITE_DONE) qFatal("%s", sqlite3_errmsg(db));
        sqlite3_reset(dossier);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        for (int k = 0; k < d.documents.size(); ++k) {
            sqlite3_bind_int64(doc, 1, id); sqlite3_bind_int(doc, 2, k); text(doc, 3, d.documents[k].name.toUtf8());
            sqlite3_bind_int(doc, 4, d.documents[k].originals); sqlite3_bind_int(doc, 5, d.documents[k].copies);
            sqlite3_step(doc); sqlite3_reset(doc);
        }
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        text(event, 1, uuid); sqlite3_bind_int64(event, 2, id); text(event, 3, at); text(event, 4, "{\"procedure\":\"2.000620\"}");
        sqlite3_step(event); sqlite3_reset(event);
        text(outbox, 1, uuid); text(outbox, 2, at); sqlite3_step(outbox); sqlite3_reset(outbox);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ms.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    const Stats s = summarize(ms, double(total.nsecsElapsed()) / 1e6);
    for (sqlite3_stmt *st : {seq, ledger, dossier, doc, event, outbox})
        sqlite3_finalize(st);
    sqlite3_close(db);
    return s;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));  // same disk as the build
    const Stats service = runService(dir.filePath(QStringLiteral("service.sqlite")), n);
    const Stats raw = runRaw(dir.filePath(QStringLiteral("raw.sqlite")), n);
    std::printf("registering %d dossiers, one transaction each, synchronous=FULL, WAL\n", n);
    std::printf("%-28s %10s %10s %14s\n", "", "p50 ms", "p95 ms", "dossiers/s");
    std::printf("%-28s %10.3f %10.3f %14.1f\n", "IntakeService (QtSql)", service.p50, service.p95, service.perSecond);
    std::printf("%-28s %10.3f %10.3f %14.1f\n", "raw SQLite C API", raw.p50, raw.p95, raw.perSecond);
    std::printf("%-28s %10.2f %10.2f %14.2f\n", "ratio service/raw", service.p50 / raw.p50, service.p95 / raw.p95, raw.perSecond / service.perSecond);
    return 0;
}
