// Issue 13 (Scale): every queue filter pages by keyset from an index, in order (no OFFSET, no
// temporary B-tree, no scan of the dossiers table), and the status bar's count is indexed.
// The plans are SQLite's own (EXPLAIN QUERY PLAN) on a small file: without ANALYZE statistics
// the planner assumes large tables, so it chooses here what it chooses at a million rows
// (bench/queue_bench measures those). Expected row orders are worked out by hand below.
#include "TestSupport.h"
#include "services/QueueService.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace pc;
using namespace pc::test;

namespace {
// Procedure 2.000620 (completeDraft): 8 working days; no public holiday in Nov–Dec 2026.
//   A received Mon 16/11 09:00 -> due Thu 26/11 09:00 (17,18,19,20,23,24,25,26)
//   B received Wed 18/11 09:00 -> due Mon 30/11 09:00, then supplement requested (5)
//   C received Fri 20/11 09:00 -> due Wed 02/12 09:00, then in progress (4)
//   D received Wed 25/11 09:00 -> due Mon 07/12 09:00
//   E received Wed 25/11 10:00 -> due Mon 07/12 10:00
// The clock then reads Fri 27/11/2026 10:00 local.
struct Queue {
    TempCounter t;
    QHash<QString, QString> code;  // letter -> dossier code
    QHash<QString, QString> letter;
    Queue()
    {
        const QList<std::pair<QString, QDateTime>> arrivals = {
            {u"A"_qs, local(2026, 11, 16, 9, 0)}, {u"B"_qs, local(2026, 11, 18, 9, 0)}, {u"C"_qs, local(2026, 11, 20, 9, 0)},
            {u"D"_qs, local(2026, 11, 25, 9, 0)}, {u"E"_qs, local(2026, 11, 25, 10, 0)}};
        for (const auto &[name, at] : arrivals) {
            DossierDraft d = completeDraft();
            d.applicant.name = u"Người "_qs + name;
            d.receivedAt = at.toUTC();
            t.clock.now = d.receivedAt;  // typed in as it arrived
            auto r = t.services->intake().registerDossier(test::clerk(), d);
            REQUIRE(r);
            code.insert(name, r->dossier.code);
            letter.insert(r->dossier.code, name);
        }
        DossierRepository repo(t.services->database().sql());
        REQUIRE(repo.applyCentreStatus(code[u"B"_qs], DossierStatus::SupplementRequested, local(2026, 11, 26, 9, 0).toUTC(), u"b5"_qs, QString()).value());
        REQUIRE(repo.applyCentreStatus(code[u"C"_qs], DossierStatus::InProgress, local(2026, 11, 24, 9, 0).toUTC(), u"c4"_qs, QString()).value());
        t.clock.setLocal(QDate(2026, 11, 27), QTime(10, 0));
    }
    DossierRepository repo() { return DossierRepository(t.services->database().sql()); }
    // Every page of the filter, two rows at a time, as letters.
    QString walk(DossierFilter f)
    {
        f.limit = 2;
        QString out;
        for (int guard = 0; guard < 10; ++guard) {
            auto page = repo().list(f);
            REQUIRE(page);
            for (const DossierSummary &s : page.value())
                out += letter.value(s.code, u"?"_qs);
            if (page->size() < f.limit)
                return out;
            f.beforeId = page->last().id;
        }
        FAIL("paging did not end");
        return out;
    }
    QStringList plan(DossierFilter f, DossierRepository::PlanOf which, qint64 beforeId = 0)
    {
        f.beforeId = beforeId;
        auto p = repo().queryPlan(f, which);
        REQUIRE(p);
        return p.value();
    }
};

struct Named {
    const char *name;
    DossierFilter filter;
};

QList<Named> filters(const QDateTime &nowUtc)
{
    QList<Named> out;
    DossierFilter today;
    today.receivedFrom = local(2026, 11, 27, 0, 0).toUTC();
    today.receivedTo = local(2026, 11, 28, 0, 0).toUTC();
    out.append({"today", today});
    DossierFilter dueSoon;
    QueueService::restrictToDueBefore(dueSoon, nowUtc, local(2026, 12, 1, 10, 0).toUTC());
    out.append({"due soon", dueSoon});
    DossierFilter overdue;
    QueueService::restrictToOverdue(overdue, nowUtc);
    out.append({"overdue", overdue});
    DossierFilter status;
    status.status = DossierStatus::SupplementRequested;
    out.append({"status", status});
    DossierFilter field;
    field.fieldName = u"Công Thương"_qs;
    out.append({"field", field});
    DossierFilter statusAndField = field;
    statusAndField.status = DossierStatus::Received;
    out.append({"status and field", statusAndField});
    DossierFilter todayAndStatus = today;
    todayAndStatus.status = DossierStatus::Received;
    out.append({"today and status", todayAndStatus});
    DossierFilter search;  // the FTS index, read in descending rowid order
    search.search = u"nguoi"_qs;
    out.append({"search", search});
    DossierFilter longWord;  // a 12-digit ID number: two 6-character pieces in the index, LIKE on the rows left
    longWord.search = u"001089012345"_qs;
    out.append({"search, long word", longWord});
    return out;
}

// Whole-queue orders without a filter: the first page walks an index in the page's order and
// stops after LIMIT rows (SQLite writes "SCAN … USING INDEX"); every next page seeks.
QList<Named> unfilteredOrders()
{
    QList<Named> out;
    for (auto [name, sort] : {std::pair{"sort code", DossierFilter::Sort::Code}, {"sort received", DossierFilter::Sort::Received},
                              {"sort appointment", DossierFilter::Sort::Appointment}, {"sort status", DossierFilter::Sort::StatusCode}}) {
        DossierFilter sorted;
        sorted.sort = sort;
        out.append({name, sorted});
    }
    return out;
}

bool sorts(const QStringList &plan)
{
    return std::any_of(plan.cbegin(), plan.cend(), [](const QString &l) { return l.contains(u"TEMP B-TREE"_qs); });
}
// A scan of the dossiers table or of one of its indexes (the FTS virtual table's MATCH is a
// look-up, "SCAN dossier_search VIRTUAL TABLE INDEX …:M…", and is not one).
bool scansDossiers(const QStringList &plan)
{
    return std::any_of(plan.cbegin(), plan.cend(), [](const QString &l) { return l == u"SCAN dossiers"_qs || l.startsWith(u"SCAN dossiers "_qs); });
}
}  // namespace

TEST_CASE("every queue filter's first and next page reads an index in order")
{
    Queue q;
    for (const Named &n : filters(q.t.clock.now)) {
        INFO(n.name);
        const QStringList first = q.plan(n.filter, DossierRepository::PlanOf::Page);
        INFO("first page: " << first.join(u" | "_qs).toStdString());
        CHECK_FALSE(sorts(first));
        CHECK_FALSE(scansDossiers(first));
        const QStringList next = q.plan(n.filter, DossierRepository::PlanOf::Page, 3);
        INFO("next page: " << next.join(u" | "_qs).toStdString());
        CHECK_FALSE(sorts(next));
        CHECK_FALSE(scansDossiers(next));
    }
}

TEST_CASE("column orders of the whole queue walk an index and seek for the next page")
{
    Queue q;
    for (const Named &n : unfilteredOrders()) {
        INFO(n.name);
        const QStringList first = q.plan(n.filter, DossierRepository::PlanOf::Page);
        INFO("first page: " << first.join(u" | "_qs).toStdString());
        CHECK_FALSE(sorts(first));
        REQUIRE(first.size() == 1);
        CHECK(first.first().startsWith(u"SCAN dossiers USING "_qs));  // an index in the page's order, stopped by LIMIT
        const QStringList next = q.plan(n.filter, DossierRepository::PlanOf::Page, 3);
        INFO("next page: " << next.join(u" | "_qs).toStdString());
        CHECK_FALSE(sorts(next));
        CHECK_FALSE(scansDossiers(next));
    }
}

TEST_CASE("the whole queue, newest first, stops at the page end")
{
    // No filter: the table in descending rowid order. SQLite calls that a SCAN, but it reads
    // rows in the order of the page and stops after LIMIT rows; it never sorts.
    Queue q;
    const QStringList first = q.plan(DossierFilter{}, DossierRepository::PlanOf::Page);
    INFO(first.join(u" | "_qs).toStdString());
    CHECK(first == QStringList{u"SCAN dossiers"_qs});
    const QStringList next = q.plan(DossierFilter{}, DossierRepository::PlanOf::Page, 3);
    INFO(next.join(u" | "_qs).toStdString());
    CHECK(next == QStringList{u"SEARCH dossiers USING INTEGER PRIMARY KEY (rowid<?)"_qs});
}

TEST_CASE("the status bar's count of today's dossiers is an index range")
{
    Queue q;
    DossierFilter today;
    today.receivedFrom = local(2026, 11, 25, 0, 0).toUTC();
    today.receivedTo = local(2026, 11, 26, 0, 0).toUTC();
    const QStringList plan = q.plan(today, DossierRepository::PlanOf::Count);
    INFO(plan.join(u" | "_qs).toStdString());
    CHECK(plan == QStringList{u"SEARCH dossiers USING COVERING INDEX dossiers_received (received_at>? AND received_at<?)"_qs});
    q.t.clock.setLocal(QDate(2026, 11, 25), QTime(17, 0));
    CHECK(q.t.services->queue().receivedToday().value() == 2);  // D and E
}

TEST_CASE("keyset paging walks every filter in its order, each row once")
{
    Queue q;
    const QDateTime now = q.t.clock.now;  // Fri 27/11/2026 10:00
    CHECK(q.walk(DossierFilter{}) == u"EDCBA"_qs);
    DossierFilter day;  // Wed 25/11: D and E, newest receipt first
    day.receivedFrom = local(2026, 11, 25, 0, 0).toUTC();
    day.receivedTo = local(2026, 11, 26, 0, 0).toUTC();
    CHECK(q.walk(day) == u"ED"_qs);
    // Due before Tue 08/12 00:00, clock running: C (02/12), D (07/12 09:00), E (07/12 10:00);
    // B waits for the citizen; A was due 26/11, before now. Nearest appointment first.
    DossierFilter dueSoon;
    QueueService::restrictToDueBefore(dueSoon, now, local(2026, 12, 8, 0, 0).toUTC());
    CHECK(q.walk(dueSoon) == u"CDE"_qs);
    DossierFilter overdue;  // only A: B's due date passed too, but the citizen holds it
    QueueService::restrictToOverdue(overdue, now);
    CHECK(q.walk(overdue) == u"A"_qs);
    DossierFilter received;
    received.status = DossierStatus::Received;
    CHECK(q.walk(received) == u"EDA"_qs);
    DossierFilter field;
    field.fieldName = u"Công Thương"_qs;
    CHECK(q.walk(field) == u"EDCBA"_qs);
    DossierFilter search;
    search.search = u"nguoi"_qs;
    CHECK(q.walk(search) == u"EDCBA"_qs);
    DossierFilter sorted;
    sorted.sort = DossierFilter::Sort::Code;  // day parts 261116 < 261118 < 261120 < 261125
    CHECK(q.walk(sorted) == u"ABCDE"_qs);
    sorted.descending = true;
    CHECK(q.walk(sorted) == u"EDCBA"_qs);
    sorted.sort = DossierFilter::Sort::Appointment;
    sorted.descending = false;
    CHECK(q.walk(sorted) == u"ABCDE"_qs);
    sorted.sort = DossierFilter::Sort::StatusCode;  // A, D, E received (2); C in progress (4); B supplement (5)
    CHECK(q.walk(sorted) == u"ADECB"_qs);
    sorted.descending = true;
    CHECK(q.walk(sorted) == u"BCEDA"_qs);
    sorted.sort = DossierFilter::Sort::Applicant;  // "Người A" … "Người E"
    sorted.descending = false;
    CHECK(q.walk(sorted) == u"ABCDE"_qs);
}
