// The example files of docs/sync-protocol.md, read by the client's decoder and sent to the
// reference centre: both sides are held to the same contract.
#include "SyncHarness.h"
#include "sync/CentreClient.h"
#include "sync/Gzip.h"
#include "sync/Wire.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pc;

namespace {
QByteArray example(const char *name)
{
    QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/tests/sync/examples/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("wire: the example payloads decode", "[sync][wire]")
{
    auto batch = wire::decodeBatch(example("batch-request.json"));
    REQUIRE(batch);
    CHECK(batch->events.size() == 2);
    CHECK(batch->events.first().dossierCode == QStringLiteral("000.00.16.H56-261125-2001"));
    CHECK(batch->events.first().data.value(u"applicant").toObject().value(u"name").toString() == QStringLiteral("Nguyễn Văn Đức"));
    auto result = wire::decodeBatchResult(example("batch-response.json"));
    REQUIRE(result);
    CHECK(result->results.size() == 2);
    CHECK(result->results.at(1).outcome == wire::EventResult::Outcome::Rejected);
    auto changes = wire::decodeChanges(example("changes-response.json"));
    REQUIRE(changes);
    CHECK(changes->changes.size() == 3);
    CHECK(changes->changes.at(0).status == 4);
    CHECK(changes->changes.at(1).kind == wire::Change::Kind::HolidaySchedule);
    // a round trip changes nothing that matters
    CHECK(wire::decodeBatch(wire::encodeBatch(*batch))->events.at(0).data == batch->events.at(0).data);
    // what a captive portal or a cut body looks like is not an answer
    CHECK_FALSE(wire::decodeBatchResult("<html>Đăng nhập</html>"));
    CHECK_FALSE(wire::decodeBatchResult(R"({"protocol": 1, "results": [{"id": )"));
    CHECK_FALSE(wire::decodeBatchResult(R"({"protocol": 2, "results": []})"));
    CHECK_FALSE(wire::decodeBatchResult(R"({"protocol": 1, "results": [{"id": "x", "result": "maybe"}]})"));
    CHECK_FALSE(wire::decodeChanges(example("error-response.json")));
}

TEST_CASE("wire: gzip is real gzip", "[sync][wire]")
{
    const QByteArray body = example("batch-request.json");
    const QByteArray z = gzip::compress(body);
    CHECK(z.startsWith("\x1f\x8b"));  // RFC 1952 magic
    CHECK(gzip::decompress(z) == body);
    CHECK_FALSE(gzip::decompress(qCompress(body)));
    CHECK_FALSE(gzip::decompress(z.left(z.size() / 2)));
    CHECK(z.size() < body.size());
}

TEST_CASE("wire: the reference centre answers the example batch as the example response says", "[sync][wire]")
{
    QTemporaryDir dir;
    test::Centre centre(dir.filePath(QStringLiteral("c.sqlite")));
    const quint16 port = centre.start();
    CentreConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
    config.caCertificates = QSslCertificate::fromPath(test::Pki::get().path(QStringLiteral("ca.pem")));
    CentreClient client(config);
    QJsonObject enrolBody = QJsonDocument::fromJson(example("enrol-request.json")).object();
    enrolBody.insert(QStringLiteral("code"), centre.issueCode(enrolBody.value(u"unit_id").toString(), enrolBody.value(u"counter").toInt()));
    const HttpReply enrol = test::post(client, QStringLiteral("v1/enrol"), QJsonDocument(enrolBody).toJson(), {{"Content-Type", "application/json"}});
    REQUIRE(enrol.status == 200);
    const QJsonObject device = QJsonDocument::fromJson(enrol.body).object();
    CHECK(device.keys() == QJsonDocument::fromJson(example("enrol-response.json")).object().keys());
    // a reused one-time code is refused with the error body of the contract
    const HttpReply again = test::post(client, QStringLiteral("v1/enrol"), QJsonDocument(enrolBody).toJson(), {{"Content-Type", "application/json"}});
    CHECK(again.status == 403);
    CHECK(QJsonDocument::fromJson(again.body).object().value(u"error").toObject().contains(u"code"));

    const QHash<QByteArray, QByteArray> headers{{"Authorization", "Bearer " + device.value(u"token").toString().toUtf8()},
                                               {"Idempotency-Key", "0c8a3f5e-6f0b-4c1e-8d2a-7b9e1f3a5c7d"},
                                               {"Content-Type", "application/json"},
                                               {"Content-Encoding", "gzip"}};
    const HttpReply reply = test::post(client, QStringLiteral("v1/events:batch"), gzip::compress(example("batch-request.json")), headers);
    REQUIRE(reply.status == 200);
    CHECK(reply.serverDate.isValid());
    auto answer = wire::decodeBatchResult(reply.body);
    auto expected = wire::decodeBatchResult(example("batch-response.json"));
    REQUIRE(answer);
    REQUIRE(answer->results.size() == expected->results.size());
    for (qsizetype i = 0; i < answer->results.size(); ++i) {
        CHECK(answer->results[i].id == expected->results[i].id);
        CHECK(answer->results[i].outcome == expected->results[i].outcome);
    }
    // the same batch again: every accepted event is now a duplicate
    auto replay = wire::decodeBatchResult(test::post(client, QStringLiteral("v1/events:batch"), gzip::compress(example("batch-request.json")), headers).body);
    REQUIRE(replay);
    CHECK(replay->results.at(0).outcome == wire::EventResult::Outcome::Duplicate);
    CHECK(centre.admin({QStringLiteral("count-events")}) == QStringLiteral("1"));
    // without the token: 401 with an error body
    const HttpReply anonymous = test::post(client, QStringLiteral("v1/events:batch"), gzip::compress(example("batch-request.json")), {{"Content-Encoding", "gzip"}});
    CHECK(anonymous.status == 401);
    // changes feed: an unknown cursor is 410
    const HttpReply gone = test::get(client, QStringLiteral("v1/changes?cursor=bm9wZQ&limit=10"), {{"Authorization", headers.value("Authorization")}});
    CHECK(gone.status == 410);
}
