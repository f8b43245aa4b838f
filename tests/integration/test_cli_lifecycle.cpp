// Issue 11 through postcounter-cli, as operators and scripts use it: the CLI contract of the
// handover, result, return, dispatch and withdrawal commands, refusals that write nothing (exit
// 2), and kill -9 in the middle of a handover batch.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::test;

namespace {
const QString kCommune = QStringLiteral("Ủy ban nhân dân cấp xã");  // agency of 2.000620 in the built-in catalogue

struct Counter {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("counter.sqlite"));
    Counter()
    {
        REQUIRE(run({QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"), QStringLiteral("--unit-name"),
                     QStringLiteral("Bưu điện xã Yên Định"), QStringLiteral("--counter"), QStringLiteral("2")}).exitCode == 0);
    }
    CliRun run(const QStringList &args, const QByteArray &in = {}) const
    {
        CliRun r = runCliFixed(db, args, in);
        CHECK_FALSE(r.timedOut);
        return r;
    }
    QString intake(bool byPost = false, const QString &id = QStringLiteral("001089012345")) const
    {
        QByteArray json = intakeJson();
        json.replace("001089012345", id.toUtf8());
        if (byPost)
            json.replace(R"("delivery": {"method": "counter"})",
                         R"("delivery": {"method": "post", "address": "Số 5 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa"})");
        const CliRun r = run({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, json);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.section(u'\t', 0, 0);
    }
    QJsonObject show(const QString &code) const
    {
        const CliRun r = run({QStringLiteral("show"), code, QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    int status(const QString &code) const { return show(code).value(u"status").toInt(); }
    // Every row a lifecycle command may write, read through a second connection.
    QString snapshot() const
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        QSqlDatabase &sqlDb = opened.value()->sql();
        QStringList out;
        for (const char *t : {"dossier_events", "outbox", "handovers", "handover_items", "handover_sequences", "dossier_results",
                              "dossier_returns", "dossier_withdrawals"})
            out << QString::number(sql::scalar(sqlDb, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t))).value().toInt());
        auto q = sql::exec(sqlDb, QStringLiteral("SELECT code || '/' || status || '/' || due_at FROM dossiers ORDER BY id"));
        REQUIRE(q);
        while (q->next())
            out << q->value(0).toString();
        return out.join(u' ');
    }
};

QStringList eventTypes(const QJsonObject &dossier)
{
    QStringList out;
    for (const QJsonValue &e : dossier.value(u"events").toArray())
        out << e.toObject().value(u"type").toString();
    return out;
}
}  // namespace

TEST_CASE("cli lifecycle: register, hand over, confirm, result, return at the counter and by post", "[cli][lifecycle]")
{
    Counter c;
    const QString atCounter = c.intake();
    const QString byPost = c.intake(true, QStringLiteral("001189012346"));

    const CliRun pending = c.run({QStringLiteral("handover"), QStringLiteral("pending")});
    REQUIRE(pending.exitCode == 0);
    // 27/11/2026 09:00 + 8 working days (Mon-Fri, no holiday in between) = Wed 09/12/2026 09:00.
    const QString due = QStringLiteral("\t2026-12-09T09:00\n");
    CHECK(pending.out == atCounter + u'\t' + kCommune + due + byPost + u'\t' + kCommune + due);
    CHECK(c.run({QStringLiteral("handover"), QStringLiteral("pending"), QStringLiteral("--agency"), QStringLiteral("Sở Y tế")}).out.isEmpty());

    const CliRun created = c.run({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune,
                                  QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám"), QStringLiteral("--receiver"), QStringLiteral("Phạm Thị Hoa")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == QStringLiteral("HS-2026-1\t2\n"));
    CHECK(c.status(atCounter) == 4);
    CHECK(c.run({QStringLiteral("handover"), QStringLiteral("pending")}).out.isEmpty());
    const CliRun confirmed = c.run({QStringLiteral("handover"), QStringLiteral("confirm"), QStringLiteral("HS-2026-1"), QStringLiteral("--by"),
                                    QStringLiteral("Phạm Thị Hoa")});
    REQUIRE(confirmed.exitCode == 0);
    CHECK(confirmed.out == QStringLiteral("HS-2026-1\tconfirmed\t2\n"));

    const CliRun resched = c.run({QStringLiteral("reschedule"), atCounter, QStringLiteral("--until"), QStringLiteral("2026-12-16T09:00"),
                                  QStringLiteral("--reason"), QStringLiteral("Cần xác minh địa điểm kinh doanh")});
    REQUIRE(resched.exitCode == 0);
    for (const QString &code : {atCounter, byPost}) {
        const CliRun r = c.run({QStringLiteral("result"), QStringLiteral("receive"), code, QStringLiteral("--note"), QStringLiteral("Bản chính")});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out == code + QStringLiteral("\t9\tdossier.result_received\n"));
    }
    const CliRun waiting = c.run({QStringLiteral("result"), QStringLiteral("waiting")});
    CHECK(waiting.out.contains(atCounter + QStringLiteral("\tNguyễn Văn Đức\t0912345678\tcounter\n")));

    const CliRun returned = c.run({QStringLiteral("return"), atCounter, QStringLiteral("--recipient-name"), QStringLiteral("Nguyễn Văn Đức"),
                                   QStringLiteral("--recipient-id"), QStringLiteral("001089012345")});
    REQUIRE(returned.exitCode == 0);
    CHECK(returned.out == atCounter + QStringLiteral("\t10\tdossier.returned\n"));
    // EE123456785VN: weights 8 6 4 2 3 5 9 7 over 12345678 sum to 204, 204 mod 11 = 6, 11 - 6 = 5.
    const CliRun sent = c.run({QStringLiteral("dispatch"), byPost, QStringLiteral("--tracking"), QStringLiteral("EE123456785VN")});
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out == byPost + QStringLiteral("\t10\tdossier.dispatched\n"));

    const QJsonObject shown = c.show(atCounter);
    CHECK(eventTypes(shown) == QStringList{QStringLiteral("dossier.registered"), QStringLiteral("dossier.handed_over"),
                                           QStringLiteral("dossier.handover_confirmed"), QStringLiteral("dossier.rescheduled"),
                                           QStringLiteral("dossier.result_received"), QStringLiteral("dossier.returned")});
    CHECK(shown.value(u"appointment_at").toString() == QStringLiteral("2026-12-09T09:00"));
    CHECK(shown.value(u"current_appointment_at").toString() == QStringLiteral("2026-12-16T09:00"));
    const QJsonObject handedOver = shown.value(u"events").toArray().at(1).toObject();
    CHECK(handedOver.value(u"status").toInt() == 4);
    CHECK(handedOver.value(u"data").toObject().value(u"handover").toString() == QStringLiteral("HS-2026-1"));
    CHECK(handedOver.value(u"data").toObject().contains(u"by_user"));
    CHECK(c.show(byPost).value(u"events").toArray().last().toObject().value(u"data").toObject().value(u"tracking").toString()
          == QStringLiteral("EE123456785VN"));
}

TEST_CASE("cli lifecycle: refusals exit 2 with a Vietnamese reason and write nothing", "[cli][lifecycle][refusal]")
{
    Counter c;
    const QString a = c.intake();
    const QString post = c.intake(true, QStringLiteral("001189012346"));
    auto refused = [&](const QStringList &args, const QString &says) {
        const QString before = c.snapshot();
        const CliRun r = c.run(args);
        INFO(args.join(u' ').toStdString() + " -> " + r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(says));
        CHECK(r.out.isEmpty());
        CHECK(c.snapshot() == before);
    };
    refused({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), QStringLiteral("Sở Y tế"), QStringLiteral("--codes"),
             a, QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")}, QStringLiteral("thuộc cơ quan"));
    refused({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune}, QStringLiteral("Cách dùng"));
    refused({QStringLiteral("return"), a, QStringLiteral("--recipient-name"), QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--recipient-id"),
             QStringLiteral("001089012345")}, QStringLiteral("chưa có kết quả"));
    refused({QStringLiteral("reschedule"), a, QStringLiteral("--until"), QStringLiteral("ngày mai"), QStringLiteral("--reason"), QStringLiteral("x")},
            QStringLiteral("không hợp lệ"));
    REQUIRE(c.run({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune, QStringLiteral("--codes"), a,
                   QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")}).exitCode == 0);
    refused({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune, QStringLiteral("--codes"), a,
             QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")}, QStringLiteral("Đang xử lý"));
    // Once the counter has accounts (issue 12), the CLI without --as acts as a clerk:
    // cancelling a handover needs a supervisor. (With no account yet it is the first start's admin.)
    REQUIRE(c.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("quantri"), QStringLiteral("--role"), QStringLiteral("admin"),
                   QStringLiteral("--name"), QStringLiteral("Lê Quốc Bảo")}, QByteArrayLiteral("mat-khau-dai-du\n")).exitCode == 0);
    refused({QStringLiteral("handover"), QStringLiteral("cancel"), QStringLiteral("HS-2026-1"), QStringLiteral("--reason"), QStringLiteral("Nhầm")},
            QStringLiteral("Trưởng bưu cục"));
    REQUIRE(c.run({QStringLiteral("result"), QStringLiteral("receive"), a}).exitCode == 0);
    REQUIRE(c.run({QStringLiteral("result"), QStringLiteral("receive"), post}).exitCode == 0);
    refused({QStringLiteral("return"), a, QStringLiteral("--recipient-name"), QStringLiteral("Trần Thị Bình"), QStringLiteral("--recipient-id"),
             QStringLiteral("001190000001")}, QStringLiteral("không khớp"));
    refused({QStringLiteral("dispatch"), post, QStringLiteral("--tracking"), QStringLiteral("EE123456784VN")}, QStringLiteral("chữ số kiểm tra"));
    refused({QStringLiteral("dispatch"), a, QStringLiteral("--tracking"), QStringLiteral("EE123456785VN")}, QStringLiteral("bưu chính"));
    refused({QStringLiteral("withdraw"), QStringLiteral("000.00.16.H56-261127-9999"), QStringLiteral("--reason"), QStringLiteral("Đơn rút")},
            QStringLiteral("Không có hồ sơ"));
    // An authorised person may take it; then it cannot be withdrawn any more.
    REQUIRE(c.run({QStringLiteral("return"), a, QStringLiteral("--recipient-name"), QStringLiteral("Trần Thị Bình"), QStringLiteral("--recipient-id"),
                   QStringLiteral("001190000001"), QStringLiteral("--authorised-by"), QStringLiteral("Giấy ủy quyền số 12/UQ")}).exitCode == 0);
    refused({QStringLiteral("withdraw"), a, QStringLiteral("--reason"), QStringLiteral("Đơn rút")}, QStringLiteral("Đã trả kết quả"));
    const CliRun w = c.run({QStringLiteral("withdraw"), post, QStringLiteral("--reason"), QStringLiteral("Đơn rút")});
    CHECK(w.exitCode == 2);  // 9 -> 7 is not a transition: the result is ready, it is returned, not withdrawn
}

TEST_CASE("cli lifecycle: handover create under kill -9 mid-batch leaves the whole batch or none of it", "[cli][lifecycle][crash]")
{
    Counter c;
    QStringList codes;
    for (int i = 0; i < 5; ++i)
        codes << c.intake(false, QStringLiteral("00108901234%1").arg(i));
    const QString before = c.snapshot();

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("POSTCOUNTER_FAKE_NOW"), QString::fromLatin1(kFakeNow));
    env.insert(QStringLiteral("POSTCOUNTER_TEST_HANDOVER_STALL_AFTER"), QStringLiteral("3"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(POSTCOUNTER_CLI), {QStringLiteral("--db"), c.db, QStringLiteral("handover"), QStringLiteral("create"),
                                              QStringLiteral("--agency"), kCommune, QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")});
    REQUIRE(p.waitForStarted(10000));
    p.setReadChannel(QProcess::StandardError);  // waitForReadyRead watches the read channel
    // The fault: the process is inside the transaction with 3 of 5 items written when it dies.
    QByteArray err;
    QDeadlineTimer deadline(30000);
    while (!err.contains("HANDOVER_STALL 3") && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        err += p.readAllStandardError();
    }
    INFO(err.toStdString());
    REQUIRE(err.contains("HANDOVER_STALL 3"));
    p.kill();  // SIGKILL
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitStatus() == QProcess::CrashExit);

    CHECK(c.snapshot() == before);  // none of it: no batch, no item, no event, no number used
    for (const QString &code : codes)
        CHECK(c.status(code) == 2);
    const CliRun again = c.run({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune,
                                QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("HS-2026-1\t5\n"));  // all of it, under the first number
    for (const QString &code : codes)
        CHECK(c.status(code) == 4);
}
