// Registering (issue 13): IntakeService::registerDossier against the raw SQLite C API writing
// exactly the same rows, interleaved: dossier i through the service into one file, then the
// same dossier i through sqlite3 into another file on the same disk, with the same pragmas
// (WAL, synchronous=FULL, foreign keys, busy timeout), one transaction each.
// Like for like: the raw side writes every column the service writes (its values are taken
// from the service's result: same code, appointment, ledger entry), the real registered-event
// payload (serialised from the service's event, ~1 kB) and the search key (folded as the
// repository folds it, in the raw timing), and runs the same statements in its transaction:
// the counter identity, the duplicate look-up, the day's sequence (read, upsert), the ledger,
// the dossier, each document, the event, the audit row (head read, SHA-256 chained), the outbox row. Its statements are prepared once, as
// a hand-written C program would. Both sides' statements per registration are counted with
// sqlite3_trace_v2 and printed, so a difference shows.
// Run: build/bench/intake_bench [count] [--table]
#include "services/CounterServices.h"
#include "storage/Database.h"
#include "util/TextFold.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
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

int traceCount(unsigned, void *counter, void *, void *)
{
    ++*static_cast<qint64 *>(counter);
    return 0;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double pct(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, v.size() * size_t(p) / 100)];
}

// The hand-written C API side: statements prepared once, bound and stepped per dossier.
class Raw {
public:
    explicit Raw(const QString &path)
    {
        { auto schema = Database::open(path); if (!schema) qFatal("schema"); }  // same schema, then closed
        sqlite3_open(path.toUtf8().constData(), &m_db);
        for (const char *p : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
            sqlite3_exec(m_db, p, nullptr, nullptr, nullptr);
        // The same identity rows the service reads on each registration.
        sqlite3_exec(m_db, "INSERT INTO settings (key, value) VALUES ('counter.unit_id', '000.00.16.H56'), "
                           "('counter.unit_name', 'Bưu điện xã Yên Định'), ('counter.number', '1'), ('counter.sequence_start', '1001'), "
                           "('counter.sequence_end', '1999'), ('counter.is_sample', '0')", nullptr, nullptr, nullptr);
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, traceCount, &statements);
        m_begin = prep("BEGIN IMMEDIATE");
        m_commit = prep("COMMIT");
        m_identity = prep("SELECT key, value FROM settings WHERE key LIKE 'counter.%'");
        m_duplicate = prep("SELECT id, code, applicant_name, procedure_code, procedure_name, received_at, appointment_at, status FROM dossiers "
                           "WHERE applicant_id = ? AND procedure_code = ? AND received_at >= ? AND received_at < ? ORDER BY received_at DESC, id DESC LIMIT 1");
        m_seqRead = prep("SELECT last_sequence FROM code_sequences WHERE unit_id = ? AND day = ?");
        m_seqWrite = prep("INSERT INTO code_sequences (unit_id, day, last_sequence) VALUES (?, ?, ?) "
                          "ON CONFLICT (unit_id, day) DO UPDATE SET last_sequence = excluded.last_sequence");
        m_ledger = prep("INSERT INTO ledger_sequences (year, last_entry) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last_entry = last_entry + 1 RETURNING last_entry");
        m_dossier = prep("INSERT INTO dossiers (code, unit_id, counter_number, procedure_code, procedure_name, field_name, agency_name, "
                         "duration_text, applicant_name, applicant_id, birth_date, gender, phone, email, address, sets, delivery_method, "
                         "delivery_address, fee, charge, note, received_at, appointment_at, status, search_key, ledger_entry, applicant_kind, postage, "
                         "fee_variant, fee_condition, id_document, duration_kind, duration_value, cutoff) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        m_document = prep("INSERT INTO dossier_documents (dossier_id, position, name, originals, copies, listed, required) VALUES (?,?,?,?,?,?,?)");
        m_event = prep("INSERT INTO dossier_events (uuid, dossier_id, type, status, at, data) VALUES (?,?,?,?,?,?)");
        m_outbox = prep("INSERT INTO outbox (event_uuid, enqueued_at) VALUES (?, ?)");
        // Issue 12's audit trail: each registration appends one hash-chained row.
        m_auditHead = prep("SELECT seq, at, username, action, object, details, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        m_audit = prep("INSERT INTO audit_log (seq, at, username, action, object, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        statements = 0;
    }
    ~Raw()
    {
        for (sqlite3_stmt *s : {m_begin, m_commit, m_identity, m_duplicate, m_seqRead, m_seqWrite, m_ledger, m_dossier, m_document, m_event,
                                m_outbox, m_auditHead, m_audit})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    // The rows the service wrote for `d`, written again.
    void write(const Dossier &d)
    {
        run(m_begin);
        while (sqlite3_step(m_identity) == SQLITE_ROW) {}
        sqlite3_reset(m_identity);
        const QDate day = toLocal(d.receivedAt).date();
        const QDateTime from = QDateTime(day, QTime(0, 0), vietnamTime()).toUTC();
        text(m_duplicate, 1, d.applicant.idNumber); text(m_duplicate, 2, d.procedureCode);
        text(m_duplicate, 3, toStoredUtc(from)); text(m_duplicate, 4, toStoredUtc(from.addDays(1)));
        run(m_duplicate);
        const QString dayKey = day.toString(QStringLiteral("yyMMdd"));
        text(m_seqRead, 1, d.counterUnitId); text(m_seqRead, 2, dayKey);
        run(m_seqRead);
        text(m_seqWrite, 1, d.counterUnitId); text(m_seqWrite, 2, dayKey); sqlite3_bind_int(m_seqWrite, 3, d.code.section(u'-', 2).toInt());
        run(m_seqWrite);
        sqlite3_bind_int(m_ledger, 1, day.year());
        run(m_ledger);
        int c = 1;
        for (const QString &v : {d.code, d.counterUnitId})
            text(m_dossier, c++, v);
        sqlite3_bind_int(m_dossier, c++, d.counterNumber);
        for (const QString &v : {d.procedureCode, d.procedureName, d.fieldName, d.agencyName, d.durationText, d.applicant.name,
                                 d.applicant.idNumber, d.applicant.birthDate.toString(Qt::ISODate), d.applicant.gender, d.applicant.phone,
                                 d.applicant.email, d.applicant.address})
            text(m_dossier, c++, v);
        sqlite3_bind_int(m_dossier, c++, d.sets);
        text(m_dossier, c++, deliveryMethodKey(d.delivery.method));
        text(m_dossier, c++, d.delivery.address);
        sqlite3_bind_int64(m_dossier, c++, d.fee.dong);
        sqlite3_bind_int64(m_dossier, c++, d.charge.dong);
        text(m_dossier, c++, d.note);
        text(m_dossier, c++, toStoredUtc(d.receivedAt));
        text(m_dossier, c++, d.appointmentAt.isValid() ? toStoredUtc(d.appointmentAt) : QString());
        sqlite3_bind_int(m_dossier, c++, int(d.status));
        text(m_dossier, c++, text::fold(QStringList{d.applicant.name, d.code, d.applicant.idNumber, d.applicant.phone}.join(QLatin1Char(' '))));
        sqlite3_bind_int(m_dossier, c++, d.ledgerEntry);
        text(m_dossier, c++, d.applicant.organisation ? QStringLiteral("organisation") : QStringLiteral("citizen"));
        sqlite3_bind_int64(m_dossier, c++, d.postage.dong);
        for (const QString &v : {d.feeVariantId, d.feeCondition, d.applicant.idDocument})
            text(m_dossier, c++, v);
        text(m_dossier, c++, QStringLiteral("working_days"));
        sqlite3_bind_int(m_dossier, c++, d.duration ? d.duration->value : 0);
        text(m_dossier, c++, d.cutoff.isValid() ? d.cutoff.toString(QStringLiteral("HH:mm")) : QString());
        run(m_dossier);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(m_db);
        for (int k = 0; k < d.documents.size(); ++k) {
            const SubmittedDocument &doc = d.documents[k];
            sqlite3_bind_int64(m_document, 1, id); sqlite3_bind_int(m_document, 2, k); text(m_document, 3, doc.name);
            sqlite3_bind_int(m_document, 4, doc.originals); sqlite3_bind_int(m_document, 5, doc.copies);
            sqlite3_bind_int(m_document, 6, doc.listed); sqlite3_bind_int(m_document, 7, doc.required);
            run(m_document);
        }
        const DossierEvent &e = d.events.first();
        text(m_event, 1, e.uuid); sqlite3_bind_int64(m_event, 2, id); text(m_event, 3, e.type); sqlite3_bind_int(m_event, 4, int(e.status));
        text(m_event, 5, toStoredUtc(e.at));
        const QByteArray payload = QJsonDocument(e.data).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(m_event, 6, payload.constData(), int(payload.size()), SQLITE_TRANSIENT);
        payloadBytes = payload.size();
        run(m_event);
        writeAudit(d, e.at);
        text(m_outbox, 1, e.uuid); text(m_outbox, 2, toStoredUtc(e.at));
        run(m_outbox);
        run(m_commit);
    }
    qint64 statements = 0;
    qsizetype payloadBytes = 0;

private:
    // The audit row the service appends: the chain's head read, the row hashed (SHA-256 over the
    // previous hash and the compact JSON array of the row, as docs/security.md specifies), inserted.
    void writeAudit(const Dossier &d, const QDateTime &at)
    {
        qint64 seq = 1;
        QByteArray prev(64, '0');
        if (sqlite3_step(m_auditHead) == SQLITE_ROW) {
            seq = sqlite3_column_int64(m_auditHead, 0) + 1;
            prev = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_auditHead, 7)));
        }
        sqlite3_reset(m_auditHead);
        const QString when = toStoredUtc(at.toUTC());
        const QString user = pc::Actor::system().username;
        const QJsonArray content{QString::number(seq), when, user, QStringLiteral("dossier.register"), d.code, d.procedureCode};
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(prev);
        h.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
        sqlite3_bind_int64(m_audit, 1, seq);
        text(m_audit, 2, when); text(m_audit, 3, user); text(m_audit, 4, QStringLiteral("dossier.register"));
        text(m_audit, 5, d.code); text(m_audit, 6, d.procedureCode);
        sqlite3_bind_text(m_audit, 7, prev.constData(), int(prev.size()), SQLITE_TRANSIENT);
        const QByteArray hash = h.result().toHex();
        sqlite3_bind_text(m_audit, 8, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
        run(m_audit);
    }
    sqlite3_stmt *prep(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(m_db));
        return s;
    }
    static void text(sqlite3_stmt *s, int i, const QString &v)
    {
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }
    void run(sqlite3_stmt *s)
    {
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            qFatal("raw: %s", sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin, *m_commit, *m_identity, *m_duplicate, *m_seqRead, *m_seqWrite, *m_ledger, *m_dossier, *m_document, *m_event, *m_outbox, *m_auditHead, *m_audit;
};
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool table = args.removeAll(u"--table"_qs) > 0;
    const int n = args.size() > 1 ? std::max(20, args[1].toInt()) : 5000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));  // same disk as the build
    SteppingClock clock;
    auto s = CounterServices::open(dir.filePath(QStringLiteral("service.sqlite")), clock);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    (void)s.value()->identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 1));
    qint64 serviceStatements = 0;
    const QVariant handle = s.value()->database().sql().driver()->handle();
    sqlite3_trace_v2(*static_cast<sqlite3 *const *>(handle.constData()), SQLITE_TRACE_STMT, traceCount, &serviceStatements);
    Raw raw(dir.filePath(QStringLiteral("raw.sqlite")));

    std::vector<double> service, direct, serviceCpu, directCpu;  // wall: what the clerk waits (fsync included); CPU: this thread's work
    service.reserve(n);
    direct.reserve(n);
    QElapsedTimer one;
    double c0 = 0;
    for (int i = 0; i < n; ++i) {
        clock.now = clock.now.addSecs(3600);  // about 10 dossiers per working day
        const DossierDraft d = draft(i);
        c0 = threadCpuMs();
        one.start();
        auto r = s.value()->intake().registerDossier(pc::Actor::system(), d);
        service.push_back(double(one.nsecsElapsed()) / 1e6);
        serviceCpu.push_back(threadCpuMs() - c0);
        if (!r)
            qFatal("registration %d failed: %s", i, qPrintable(r.error().message));
        c0 = threadCpuMs();
        one.start();
        raw.write(r->dossier);
        direct.push_back(double(one.nsecsElapsed()) / 1e6);
        directCpu.push_back(threadCpuMs() - c0);
    }
    const double sp50 = pct(service, 50), sp95 = pct(service, 95), rp50 = pct(direct, 50), rp95 = pct(direct, 95);
    if (table) {
        std::printf("registering, p50 (%d dossiers, interleaved)\t<= 1.3x raw\tservice %.2f ms, raw %.2f ms\t%.2f (%s)\n", n, sp50, rp50,
                    sp50 / rp50, sp50 / rp50 <= 1.3 ? "met" : "MISSED");
        std::printf("registering, p95\t<= 1.3x raw\tservice %.2f ms, raw %.2f ms\t%.2f (%s)\n", sp95, rp95, sp95 / rp95,
                    sp95 / rp95 <= 1.3 ? "met" : "MISSED");
        std::printf("registering, CPU time p50 (without the disk's fsync wait)\t<= 1.3x raw\tservice %.3f ms, raw %.3f ms\t%.2f (%s)\n",
                    pct(serviceCpu, 50), pct(directCpu, 50), pct(serviceCpu, 50) / pct(directCpu, 50),
                    pct(serviceCpu, 50) / pct(directCpu, 50) <= 1.3 ? "met" : "MISSED");
        std::printf("registering, statements per dossier\tsame\tservice %.1f, raw %.1f\t%s\n", double(serviceStatements) / n,
                    double(raw.statements) / n, serviceStatements == raw.statements ? "same" : "differ");
        return 0;
    }
    std::printf("registering %d dossiers interleaved, one transaction each, synchronous=FULL, WAL; event payload %lld bytes\n", n,
                static_cast<long long>(raw.payloadBytes));
    std::printf("%-28s %10s %10s %14s\n", "", "p50 ms", "p95 ms", "statements");
    std::printf("%-28s %10.3f %10.3f %14.1f\n", "IntakeService (QtSql)", sp50, sp95, double(serviceStatements) / n);
    std::printf("%-28s %10.3f %10.3f %14.1f\n", "raw SQLite C API", rp50, rp95, double(raw.statements) / n);
    std::printf("%-28s %10.2f %10.2f\n", "ratio service/raw", sp50 / rp50, sp95 / rp95);
    std::printf("CPU time p50: service %.3f ms, raw %.3f ms, ratio %.2f\n", pct(serviceCpu, 50), pct(directCpu, 50),
                pct(serviceCpu, 50) / pct(directCpu, 50));
    return 0;
}
