// Issue 12: each batch carries the counter's audit chain head, and the reference centre keeps
// the first hash it saw for each row number. Deleting the newest rows of the trail cannot be
// seen on the counter alone (the chain that is left is whole), but the next head sent for a row
// number the centre already holds no longer matches.
#include "SyncHarness.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace pc;
using namespace pc::test;

namespace {
// The counter's newest audit row, read with plain SQL: "seq\thash".
QString counterHead(const Counter &counter)
{
    const QString name = QUuid::createUuid().toString();
    QString head;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(counter.db);
        c.open();
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
            head = q.value(0).toString() + u'\t' + q.value(1).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return head;
}
}  // namespace

TEST_CASE("sync: the audit chain head goes with each batch; a trail cut back and written again shows at the centre", "[sync][audit]")
{
    QTemporaryDir dir;
    Centre centre{dir.filePath(QStringLiteral("centre.sqlite"))};
    Counter counter;
    const quint16 port = centre.start(QStringLiteral("server"), {});
    counter.enrol(centre, port);
    counter.registerDossiers(2);
    REQUIRE(counter.sync().exitCode == 0);
    const QString head = counterHead(counter);
    REQUIRE_FALSE(head.isEmpty());
    QStringList heads = centre.admin({QStringLiteral("list-audit-heads")}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(heads.size() == 1);
    CHECK(heads.first().section(u'\t', 1, 2) == head);
    CHECK(heads.first().section(u'\t', 3, 3) == QStringLiteral("0"));

    // The newest row removed with plain SQL: what is left still verifies on the counter …
    const QString seq = head.section(u'\t', 0, 0);
    counter.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    CHECK(counter.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seq)) == 1);
    CHECK(counter.cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
    // … and the next action takes that row number again, with another hash.
    counter.registerDossiers(1);
    REQUIRE(counter.sync().exitCode == 0);
    REQUIRE(counterHead(counter).section(u'\t', 0, 0) == seq);
    heads = centre.admin({QStringLiteral("list-audit-heads")}).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(heads.size() == 1);
    CHECK(heads.first().section(u'\t', 1, 2) == head);  // the first hash seen is kept
    CHECK(heads.first().section(u'\t', 3, 3) == QStringLiteral("1"));  // and the rewrite is marked
}
