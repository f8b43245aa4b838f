// Queue pages and status-bar counts on a database made by fill_db (issue 13): for each filter of
// the window (all, today, due soon, overdue, a rare and a common status, a field) the first page
// (200 rows) and the next pages (keyset, beforeId = the last row's id), p50/p95 over repeated
// runs on one connection, as the window reads them; then the status bar's two counts.
// The clock is fixed at the fill's last day (31/12/2025 16:00, UTC+7), so "today" has rows.
// Run: build/bench/queue_bench DB [runs]   (--table: tab-separated rows for bench/run-table.sh)
#include "services/CounterServices.h"
#include "services/QueueService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace pc;

namespace {
class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2025, 12, 31), QTime(16, 0), vietnamTime()).toUTC(); }
};

double pct(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * size_t(p) / 100)];
}

struct Row {
    QString item, target, measured, verdict;
};
QString ms(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1) + u" ms"_qs; }
QString verdict(double measured, double bound)
{
    return QStringLiteral("%1 (%2)").arg(measured / bound, 0, 'f', 2).arg(measured <= bound ? u"met"_qs : u"MISSED"_qs);
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool table = args.removeAll(u"--table"_qs) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "Cách dùng: queue_bench DB [số lần đo] [--table]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(3, args[2].toInt()) : 15;
    FixedClock clock;
    auto opened = CounterServices::open(args[1], clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    CounterServices &s = *opened.value();
    QueueService &queue = s.queue();
    const QDateTime now = clock.nowUtc();
    auto field = sql::scalar(s.database().sql(), u"SELECT field_name FROM dossiers ORDER BY id DESC LIMIT 1"_qs);
    if (!field || field->toString().isEmpty()) {
        std::fprintf(stderr, "Cơ sở dữ liệu chưa có hồ sơ.\n");
        return 2;
    }
    QList<std::pair<QString, DossierFilter>> filters;
    filters.append({u"all"_qs, DossierFilter{}});
    {
        DossierFilter f;
        const QDate today = toLocal(now).date();
        f.receivedFrom = QDateTime(today, QTime(0, 0), vietnamTime()).toUTC();
        f.receivedTo = QDateTime(today.addDays(1), QTime(0, 0), vietnamTime()).toUTC();
        filters.append({u"today"_qs, f});
    }
    {
        DossierFilter f;  // as QueuePage: due within the next two working days
        QueueService::restrictToDueBefore(f, now, s.calendar().due(toLocal(now), {Duration::Kind::WorkingDays, 2}).toUTC());
        filters.append({u"due soon"_qs, f});
    }
    {
        DossierFilter f;
        QueueService::restrictToOverdue(f, now);
        filters.append({u"overdue"_qs, f});
    }
    for (DossierStatus st : {DossierStatus::SupplementRequested, DossierStatus::Returned}) {
        DossierFilter f;
        f.status = st;
        filters.append({u"status "_qs + statusKey(st), f});
    }
    {
        DossierFilter f;
        f.fieldName = field->toString();
        filters.append({u"field"_qs, f});
    }

    QList<Row> rows;
    QElapsedTimer t;
    for (const auto &[name, filter] : filters) {
        std::vector<double> first, next;
        int firstRows = 0;
        for (int r = 0; r < runs; ++r) {
            DossierFilter f = filter;
            f.limit = 200;
            t.start();
            auto page = queue.page(f);
            first.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!page)
                qFatal("%s", qPrintable(page.error().message));
            firstRows = int(page->size());
            // Scrolling on: five more pages each run.
            for (int k = 0; k < 5 && page->size() == f.limit; ++k) {
                f.beforeId = page->last().id;
                t.start();
                page = queue.page(f);
                next.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!page)
                    qFatal("%s", qPrintable(page.error().message));
            }
        }
        rows.append({u"queue first page, "_qs + name + QStringLiteral(" (%1 rows)").arg(firstRows), u"p95 < 50 ms"_qs,
                     QStringLiteral("p50 %1, p95 %2").arg(ms(pct(first, 50)), ms(pct(first, 95))), verdict(pct(first, 95), 50)});
        if (!next.empty())
            rows.append({u"queue next page, "_qs + name, u"p95 < 20 ms"_qs,
                         QStringLiteral("p50 %1, p95 %2").arg(ms(pct(next, 50)), ms(pct(next, 95))), verdict(pct(next, 95), 20)});
        else
            rows.append({u"queue next page, "_qs + name, u"p95 < 20 ms"_qs, u"one page only"_qs, u"n/a"_qs});
    }
    for (const auto &[name, count] : {std::pair<QString, std::function<Result<int>()>>{u"received today"_qs, [&] { return queue.receivedToday(); }},
                                      {u"waiting to sync"_qs, [&] { return queue.waitingToSync(); }}}) {
        std::vector<double> times;
        int value = 0;
        for (int r = 0; r < runs; ++r) {
            t.start();
            auto v = count();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!v)
                qFatal("%s", qPrintable(v.error().message));
            value = v.value();
        }
        rows.append({u"status bar count, "_qs + name + QStringLiteral(" (= %1)").arg(value), u"p95 < 20 ms"_qs,
                     QStringLiteral("p50 %1, p95 %2").arg(ms(pct(times, 50)), ms(pct(times, 95))), verdict(pct(times, 95), 20)});
    }
    for (const Row &r : rows) {
        if (table)
            std::printf("%s\t%s\t%s\t%s\n", qPrintable(r.item), qPrintable(r.target), qPrintable(r.measured), qPrintable(r.verdict));
        else
            std::printf("%-48s %-14s %-30s %s\n", qPrintable(r.item), qPrintable(r.target), qPrintable(r.measured), qPrintable(r.verdict));
    }
    return 0;
}
