// Migration 019 (issue 13, Inside): the outbox's unused attempts and last_error columns go,
// and the events waiting for the centre stay waiting.
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlHelpers.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace pc;
using namespace Qt::StringLiterals;

namespace {
QStringList outboxColumns(Database &db)
{
    auto q = sql::exec(db.sql(), u"SELECT name FROM pragma_table_info('outbox') ORDER BY cid"_s);
    REQUIRE(q);
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}
}  // namespace

TEST_CASE("migration 019 drops the outbox's unused columns and keeps its rows", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"schema18.sqlite"_s);
    {
        // A database as PostCounter left it at schema 18, with two events waiting for the centre.
        auto old = Database::open(path, Database::Options{18});
        REQUIRE(old);
        Database &db = *old.value();
        REQUIRE(db.schemaVersion() == 18);
        REQUIRE(outboxColumns(db) == QStringList{u"id"_s, u"event_uuid"_s, u"enqueued_at"_s, u"attempts"_s, u"last_error"_s});
        QSqlDatabase &s = db.sql();
        REQUIRE(sql::exec(s, u"INSERT INTO dossiers (id, code, unit_id, counter_number, procedure_code, procedure_name, field_name, "
                             "agency_name, duration_text, applicant_name, sets, delivery_method, received_at, appointment_at, status, "
                             "search_key) VALUES (1, '000.00.16.H56-261127-1001', '000.00.16.H56', 1, '1.001', 'Thủ tục', 'Hộ tịch', "
                             "'UBND xã', '5 ngày', 'Nguyễn Văn An', 1, 'counter', '2026-11-27T02:00:00.000Z', "
                             "'2026-12-04T10:00:00.000Z', 2, 'nguyen van an')"_s));
        for (const auto &[uuid, type, at] : {std::tuple{u"ev-1"_s, u"dossier.registered"_s, u"2026-11-27T02:00:00.000Z"_s},
                                             std::tuple{u"ev-2"_s, u"dossier.handed_over"_s, u"2026-11-27T08:30:00.000Z"_s}}) {
            REQUIRE(sql::exec(s, u"INSERT INTO dossier_events (uuid, dossier_id, type, status, at) VALUES (?, 1, ?, 2, ?)"_s, {uuid, type, at}));
        }
        // Values in the doomed columns too: dropping them must not take the rows along.
        REQUIRE(sql::exec(s, u"INSERT INTO outbox (event_uuid, enqueued_at, attempts, last_error) VALUES "
                             "('ev-1', '2026-11-27T02:00:00.000Z', 3, 'timeout'), ('ev-2', '2026-11-27T08:30:00.000Z', 0, '')"_s));
    }
    auto upgraded = Database::open(path);
    REQUIRE(upgraded);
    Database &db = *upgraded.value();
    CHECK(db.schemaVersion() >= 19);
    CHECK(outboxColumns(db) == QStringList{u"id"_s, u"event_uuid"_s, u"enqueued_at"_s});

    OutboxRepository outbox(db.sql());
    auto pending = outbox.pending();
    REQUIRE(pending);
    CHECK(*pending == 2);
    auto waiting = outbox.oldest(10);
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 2);
    CHECK(waiting->at(0).id == u"ev-1"_s);  // still in the order they were enqueued
    CHECK(waiting->at(0).type == u"dossier.registered"_s);
    CHECK(waiting->at(0).dossierCode == u"000.00.16.H56-261127-1001"_s);
    CHECK(waiting->at(1).id == u"ev-2"_s);
    CHECK(waiting->at(1).at == QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC));
    auto enqueued = sql::scalar(db.sql(), u"SELECT enqueued_at FROM outbox WHERE event_uuid = 'ev-2'"_s);
    REQUIRE(enqueued);
    CHECK(enqueued->toString() == u"2026-11-27T08:30:00.000Z"_s);
}

TEST_CASE("a new database's outbox has no attempts or last_error column", "[storage][migrations]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"new.sqlite"_s));
    REQUIRE(db);
    CHECK(outboxColumns(*db.value()) == QStringList{u"id"_s, u"event_uuid"_s, u"enqueued_at"_s});
}
