// The audit trail (issue 12): every action appends a row; the SHA-256 chain finds a row changed,
// deleted or inserted out of order with plain SQL (the append-only triggers dropped first, as
// someone with sqlite3 would).
#include "TestSupport.h"

#include "services/AuditLog.h"
#include "services/CounterServices.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace pc;

namespace {
struct Trail {
    test::TempCounter t;
    Trail()
    {
        AuditLog log = t.services->audit();
        for (int i = 1; i <= 5; ++i) {
            REQUIRE(log.record(test::clerk(), QStringLiteral("print"), QStringLiteral("000.00.16.H56-261125-200%1").arg(i), QStringLiteral("receipt")));
            t.clock.now = t.clock.now.addSecs(60);
        }
    }
    void sql(const QString &statement)
    {
        QSqlQuery q(t.services->database().sql());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
    void dropTriggers()
    {
        sql(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        sql(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
    AuditVerification verify()
    {
        auto v = t.services->audit().verify();
        REQUIRE(v);
        return v.value();
    }
};
}  // namespace

TEST_CASE("audit: each row's hash is SHA-256 over the previous hash and the row's canonical JSON", "[audit]")
{
    Trail tr;
    auto rows = tr.t.services->audit().list({});
    REQUIRE(rows);
    REQUIRE(rows->size() == 5);
    // Computed here by hand from the documented rule, not by AuditLog::hashOf.
    const AuditEntry &first = rows->first();
    CHECK(first.seq == 1);
    CHECK(first.prevHash == QString(64, u'0'));
    CHECK(first.at == QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc()));
    const QByteArray canonical = QByteArrayLiteral("[\"1\",\"2026-11-25T02:00:00.000Z\",\"lan.nt\",\"print\",\"000.00.16.H56-261125-2001\",\"receipt\"]");
    CHECK(first.hash == QString::fromLatin1(QCryptographicHash::hash(QByteArray(64, '0') + canonical, QCryptographicHash::Sha256).toHex()));
    CHECK(rows->at(1).prevHash == first.hash);
    const AuditVerification v = tr.verify();
    CHECK(v.intact);
    CHECK(v.rows == 5);
}

TEST_CASE("audit: the table is append-only by trigger", "[audit]")
{
    Trail tr;
    QSqlQuery q(tr.t.services->database().sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET username = 'someone' WHERE seq = 2")));
    CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    CHECK(tr.t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log")) == 5);
}

TEST_CASE("audit verify finds a row changed with plain SQL", "[audit]")
{
    Trail tr;
    tr.dropTriggers();
    tr.sql(QStringLiteral("UPDATE audit_log SET username = 'hung.tv' WHERE seq = 3"));
    const AuditVerification v = tr.verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 3);
    CHECK(v.reason == QStringLiteral("nội dung đã bị sửa sau khi ghi"));
}

TEST_CASE("audit verify finds a row changed with its hash recomputed: the next row no longer links", "[audit]")
{
    Trail tr;
    tr.dropTriggers();
    auto rows = tr.t.services->audit().list({}).value();
    AuditEntry forged = rows.at(2);
    forged.details = QStringLiteral("supplement");
    forged.hash = AuditLog::hashOf(forged.prevHash, forged);
    tr.sql(QStringLiteral("UPDATE audit_log SET details = 'supplement', hash = '%1' WHERE seq = 3").arg(forged.hash));
    const AuditVerification v = tr.verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 4);
}

TEST_CASE("audit verify finds a deleted row", "[audit]")
{
    Trail tr;
    tr.dropTriggers();
    tr.sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    const AuditVerification v = tr.verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 3);
    CHECK(v.reason == QStringLiteral("thiếu dòng 2 (đã bị xóa?)"));
}

TEST_CASE("audit verify finds the first row deleted", "[audit]")
{
    Trail tr;
    tr.dropTriggers();
    tr.sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    const AuditVerification v = tr.verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 2);
}

TEST_CASE("audit verify finds a row inserted out of order", "[audit]")
{
    Trail tr;
    // A row slipped in after row 2, copying row 2's hash as its predecessor and with a valid hash
    // of its own; the rows after it are renumbered to make room. The triggers are still there:
    // an INSERT is not blocked, the renumbering needs them gone.
    tr.dropTriggers();
    tr.sql(QStringLiteral("UPDATE audit_log SET seq = seq + 100 WHERE seq >= 3"));
    tr.sql(QStringLiteral("UPDATE audit_log SET seq = seq - 99 WHERE seq >= 103"));
    auto rows = tr.t.services->audit().list({}).value();
    AuditEntry slipped;
    slipped.seq = 3;
    slipped.at = rows.at(1).at.addSecs(10);
    slipped.username = QStringLiteral("lan.nt");
    slipped.action = QStringLiteral("print");
    slipped.object = QStringLiteral("000.00.16.H56-261125-2009");
    slipped.details = QStringLiteral("receipt");
    slipped.prevHash = rows.at(1).hash;
    slipped.hash = AuditLog::hashOf(slipped.prevHash, slipped);
    REQUIRE(AuditRepository(tr.t.services->database().sql()).insert(slipped));
    const AuditVerification v = tr.verify();
    CHECK_FALSE(v.intact);
    CHECK(v.firstBrokenSeq == 4);  // the row that followed row 2 no longer links to its predecessor
    CHECK(v.reason == QStringLiteral("không nối tiếp dòng trước (bị chèn, xóa hoặc sửa dòng trước)"));
}

TEST_CASE("audit: the intake, guidance, print and settings actions append a row without the applicant's personal data", "[audit]")
{
    test::TempCounter t;
    CounterServices &s = *t.services;
    auto r = s.intake().registerDossier(test::clerk(), test::completeDraft());
    REQUIRE(r);
    DossierDraft incomplete = test::completeDraft();
    incomplete.documents.removeLast();
    auto g = s.guidance().recordSupplement(test::clerk(), incomplete, {}, {});
    REQUIRE(g);
    auto doc = s.documents().prepareReceipt(r->dossier.code, PaperLayout::A4);
    REQUIRE(doc);
    QTemporaryDir dir;
    REQUIRE(s.documents().exportPdf(test::clerk(), doc.value(), dir.filePath(QStringLiteral("r.pdf"))));
    REQUIRE(s.office().set(test::supervisor(), OfficeSettings::Place, QStringLiteral("Thanh Hóa")));
    auto rows = s.audit().list({}).value();
    QStringList actions;
    for (const AuditEntry &e : rows)
        actions << e.username + QLatin1Char(' ') + e.action + QLatin1Char(' ') + e.object;
    CHECK(actions == QStringList{QStringLiteral("lan.nt dossier.register ") + r->dossier.code,
                                 QStringLiteral("lan.nt guidance.supplement ") + g->number(),
                                 QStringLiteral("lan.nt export.pdf ") + r->dossier.code,
                                 QStringLiteral("hung.tv settings.change office.place")});
    // completeDraft's applicant: name, ID number, phone, address never reach the trail.
    const DossierDraft d = test::completeDraft();
    for (const QString &personal : {d.applicant.name, d.applicant.idNumber, d.applicant.phone, d.applicant.address})
        CHECK(t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(object || details, '%1') > 0").arg(personal)) == 0);
    CHECK(s.audit().verify().value().intact);
}

TEST_CASE("audit list filters by user, action (with its sub-actions) and time; CSV keeps formulas as text", "[audit]")
{
    Trail tr;
    AuditLog log = tr.t.services->audit();
    REQUIRE(log.record(test::supervisor(), QStringLiteral("print.receipt"), QStringLiteral("x")));
    REQUIRE(log.record(test::supervisor(), QStringLiteral("printer"), QStringLiteral("=cmd()")));
    AuditFilter byUser;
    byUser.username = QStringLiteral("hung.tv");
    CHECK(log.list(byUser).value().size() == 2);
    AuditFilter byAction;
    byAction.action = QStringLiteral("print");  // print and print.receipt, not printer
    CHECK(log.list(byAction).value().size() == 6);
    AuditFilter byTime;  // rows at 02:00, 02:01, … UTC on 25/11/2026: [02:01, 02:03) holds rows 2 and 3
    byTime.fromUtc = QDateTime(QDate(2026, 11, 25), QTime(2, 1), QTimeZone::utc());
    byTime.toUtc = QDateTime(QDate(2026, 11, 25), QTime(2, 3), QTimeZone::utc());
    auto inWindow = log.list(byTime).value();
    REQUIRE(inWindow.size() == 2);
    CHECK(inWindow.first().seq == 2);
    const QString csv = QString::fromUtf8(AuditLog::toCsv(log.list(byUser).value()));
    CHECK(csv.contains(QStringLiteral(",'=cmd(),")));
    CHECK(csv.contains(QStringLiteral("25/11/2026 09:05:00")));  // local time (UTC+7)
}
