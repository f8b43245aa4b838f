// Issue 11 §6: the events of the dossier's life go up through the outbox like
// dossier.registered; the reference centre stores them, applies the same transition rules and
// answers `rejected` with a reason for an impossible one; a centre change the counter cannot
// apply is quarantined with its reason.
#include "SyncHarness.h"
#include "sync/CentreClient.h"
#include "sync/Gzip.h"
#include "sync/Wire.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;
using namespace pc::test;

namespace {
const QString kCommune = QStringLiteral("Ủy ban nhân dân cấp xã");  // agency of 2.000620 (intakeJson) in the built-in catalogue

struct Setup {
    QTemporaryDir dir;
    Centre centre{dir.filePath(QStringLiteral("centre.sqlite"))};
    Counter counter;
    quint16 port = 0;
    Setup()
    {
        port = centre.start();
        counter.enrol(centre, port);
    }
    QString registerOne() const
    {
        const CliRun r = counter.cli({QStringLiteral("intake"), QStringLiteral("--json"), QStringLiteral("-")}, intakeJson());
        REQUIRE(r.exitCode == 0);
        return r.out.section(u'\t', 0, 0);
    }
    CliRun ok(const QStringList &args) const
    {
        const CliRun r = counter.cli(args);
        INFO(args.join(u' ').toStdString() + " -> " + r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    // The counter's own events of `code` (centre.status rows are the centre's, not sent back), in order.
    QStringList counterTimeline(const QString &code) const
    {
        const CliRun r = counter.cli({QStringLiteral("show"), code, QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"events").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"type").toString().startsWith(u"dossier."))
                out << e.value(u"uuid").toString() + u'\t' + e.value(u"type").toString();
        }
        return out;
    }
    QStringList centreTimeline(const QString &code) const
    {
        return centre.admin({QStringLiteral("timeline"), code}).split(u'\n', Qt::SkipEmptyParts);
    }
    int centreStatus(const QString &code) const { return centre.admin({QStringLiteral("status"), code}).trimmed().toInt(); }
};
}  // namespace

TEST_CASE("sync lifecycle: a full life reaches the centre, which then holds the same timeline", "[sync][lifecycle]")
{
    Setup s;
    const QString code = s.registerOne();
    const QString number = s.ok({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune,
                                 QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")}).out.section(u'\t', 0, 0);
    REQUIRE(number.startsWith(QStringLiteral("HS-")));
    s.ok({QStringLiteral("handover"), QStringLiteral("confirm"), number, QStringLiteral("--by"), QStringLiteral("Phạm Thị Hoa")});
    // Offline meanwhile is fine: everything waits in the outbox until the next sync.
    const CliRun first = s.counter.sync();
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("accepted 3")));
    CHECK(s.centreStatus(code) == 4);
    s.ok({QStringLiteral("result"), QStringLiteral("receive"), code});
    s.ok({QStringLiteral("return"), code, QStringLiteral("--recipient-name"), QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--recipient-id"),
          QStringLiteral("001089012345")});
    const CliRun second = s.counter.sync();
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("accepted 2")));
    CHECK(s.counter.pending() == 0);
    CHECK(s.counter.quarantined() == 0);

    const QStringList local = s.counterTimeline(code);
    REQUIRE(local.size() == 5);
    CHECK(local.at(0).endsWith(QStringLiteral("\tdossier.registered")));
    CHECK(local.at(1).endsWith(QStringLiteral("\tdossier.handed_over")));
    CHECK(local.at(2).endsWith(QStringLiteral("\tdossier.handover_confirmed")));
    CHECK(local.at(3).endsWith(QStringLiteral("\tdossier.result_received")));
    CHECK(local.at(4).endsWith(QStringLiteral("\tdossier.returned")));
    CHECK(s.centreTimeline(code) == local);  // same ids, same types, same order
    CHECK(s.centreStatus(code) == 10);
    CHECK(s.centre.eventIds() == s.counter.eventIds());
}

TEST_CASE("sync lifecycle: the centre rejects an impossible transition, the counter quarantines both ways with the reason",
          "[sync][lifecycle][quarantine]")
{
    Setup s;
    const QString code = s.registerOne();
    REQUIRE(s.counter.sync().exitCode == 0);
    REQUIRE(s.centreStatus(code) == 2);

    // Meanwhile the centre stops the dossier (8) while the counter, not yet synced, hands it over.
    REQUIRE(!s.centre.admin({QStringLiteral("publish-status"), code, QStringLiteral("8"), QStringLiteral("--note"),
                             QStringLiteral("Dừng xử lý theo đề nghị của cơ quan")}).isEmpty());
    REQUIRE(s.centreStatus(code) == 8);
    s.ok({QStringLiteral("handover"), QStringLiteral("create"), QStringLiteral("--agency"), kCommune, QStringLiteral("--courier"), QStringLiteral("Lê Văn Tám")});

    const CliRun r = s.counter.sync();
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Up: 8 -> 4 is impossible; the centre says so and stores nothing of it.
    CHECK(r.out.contains(QStringLiteral("rejected 1")));
    CHECK(s.counter.pending() == 0);
    CHECK(s.centreStatus(code) == 8);
    CHECK(s.centreTimeline(code).size() == 1);
    // Down: the handover the centre rejected does not outrank the centre's stop, and 4 -> 8 is
    // allowed, so the counter ends where the centre is.
    CHECK(r.out.contains(QStringLiteral("changes 1")));
    const CliRun q = s.counter.cli({QStringLiteral("sync"), QStringLiteral("quarantine")});
    CHECK(q.out.contains(QStringLiteral("dossier.handed_over")));
    CHECK(q.out.contains(QStringLiteral("Không thể chuyển hồ sơ %1 từ \"Dừng xử lý\" sang \"Đang xử lý\"").arg(code)));
    CHECK(s.counter.cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("8")}).out.startsWith(code));

    // A centre change the local state forbids (8 is final: 8 -> 9) is quarantined with its
    // reason; the cursor moves past it only as quarantined, and it is not applied twice.
    s.centre.admin({QStringLiteral("publish-status"), code, QStringLiteral("9")});
    const CliRun down = s.counter.sync();
    INFO(down.out.toStdString() + down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    CHECK(down.out.contains(QStringLiteral("changes_quarantined 1")));
    const CliRun q2 = s.counter.cli({QStringLiteral("sync"), QStringLiteral("quarantine")});
    CHECK(q2.out.contains(QStringLiteral("Không thể chuyển hồ sơ %1 từ \"Dừng xử lý\" sang \"Đã xử lý xong\"").arg(code)));
    CHECK(s.counter.cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("8")}).out.startsWith(code));
    const CliRun again = s.counter.sync();
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("changes 0")));
    CHECK(again.out.contains(QStringLiteral("changes_quarantined 0")));
}

TEST_CASE("sync lifecycle: the example batch of every new event type is answered as its example response says", "[sync][lifecycle][wire]")
{
    auto example = [](const char *name) {
        QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/tests/sync/examples/") + QLatin1String(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    auto batch = wire::decodeBatch(example("lifecycle-batch-request.json"));
    REQUIRE(batch);
    QSet<QString> types;
    for (const wire::Event &e : batch->events) {
        types.insert(e.type);
        CHECK(e.data.contains(u"by"));
        CHECK(e.data.contains(u"by_user"));
    }
    CHECK(types.size() == 10);  // registered and the nine event types of issue 11

    QTemporaryDir dir;
    Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    CentreConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
    config.caCertificates = QSslCertificate::fromPath(Pki::get().path(QStringLiteral("ca.pem")));
    CentreClient client(config);
    QJsonObject enrolBody = QJsonDocument::fromJson(example("enrol-request.json")).object();
    enrolBody.insert(QStringLiteral("code"), centre.issueCode(enrolBody.value(u"unit_id").toString(), enrolBody.value(u"counter").toInt()));
    const HttpReply enrol = post(client, QStringLiteral("v1/enrol"), QJsonDocument(enrolBody).toJson(), {{"Content-Type", "application/json"}});
    REQUIRE(enrol.status == 200);
    const QString token = QJsonDocument::fromJson(enrol.body).object().value(u"token").toString();
    const HttpReply reply = post(client, QStringLiteral("v1/events:batch"), gzip::compress(example("lifecycle-batch-request.json")),
                                 {{"Authorization", "Bearer " + token.toUtf8()}, {"Idempotency-Key", batch->batchId.toUtf8()},
                                  {"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    REQUIRE(reply.status == 200);
    auto answer = wire::decodeBatchResult(reply.body);
    auto expected = wire::decodeBatchResult(example("lifecycle-batch-response.json"));
    REQUIRE(answer);
    REQUIRE(expected);
    REQUIRE(answer->results.size() == expected->results.size());
    for (qsizetype i = 0; i < answer->results.size(); ++i) {
        INFO(answer->results[i].id.toStdString() + " " + answer->results[i].reason.toStdString());
        CHECK(answer->results[i].id == expected->results[i].id);
        CHECK(answer->results[i].outcome == expected->results[i].outcome);
        CHECK(answer->results[i].reason == expected->results[i].reason);
    }
    // Statuses after the life each dossier had: returned (10), back waiting after a failed delivery (9), withdrawn (7).
    CHECK(centre.admin({QStringLiteral("status"), QStringLiteral("000.00.16.H56-261123-2001")}).trimmed() == QStringLiteral("10"));
    CHECK(centre.admin({QStringLiteral("status"), QStringLiteral("000.00.16.H56-261123-2002")}).trimmed() == QStringLiteral("9"));
    CHECK(centre.admin({QStringLiteral("status"), QStringLiteral("000.00.16.H56-261123-2003")}).trimmed() == QStringLiteral("7"));
    CHECK(centre.admin({QStringLiteral("count-events")}).trimmed() == QStringLiteral("16"));  // 17 sent, the impossible one not stored
}
