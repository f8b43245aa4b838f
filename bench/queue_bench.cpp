// Queue pages and status-bar counts on a database made by fill_db (issue 13): for each filter of
// the window (all, today, due soon, overdue, a rare and a common status, a field) the first page
// (200 rows) and the next pages (keyset, beforeId = the last row's id), p50/p95 over repeated
// runs on one connection, as the window reads them; then the status bar's two counts.
// The clock is fixed at the fill's last day (31/12/2025 16:00, UTC+7), so "today" has rows.
// Each call is timed twice: wall clock (what the clerk waits) and this thread's CPU time, so
// that on a machine shared with other work the preemptions show as the difference.
// Run: build/bench/queue_bench DB [runs]   (--table: tab-separated rows for bench/run-table.sh)
#include "services/CounterServices.h"
#include "services/QueueService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <algorithm>
#include <ctime>
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

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Wall and CPU milliseconds of each timed call.
struct Samples {
    std::vector<double> wall, cpu;
    template <typename F>
    auto time(F &&f)
    {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        auto r = f();
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - c0);
        return r;
    }
    bool empty() const { return wall.empty(); }
};

struct Row {
    QString item, target, measured, verdict;
};
QString ms(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1) + u" ms"_qs; }
QString measuredText(const Samples &s)
{
    return QStringLiteral("p50 %1, p95 %2 (CPU p95 %3)").arg(ms(pct(s.wall, 50)), ms(pct(s.wall, 95)), ms(pct(s.cpu, 95)));
}
// On the wall-clock p95; when only the CPU time meets the bound, the wait was other programs'.
QString verdict(const Samples &s, double bound)
{
    const double wall = pct(s.wall, 95), cpu = pct(s.cpu, 95);
    const QString v = wall <= bound ? u"met"_qs : cpu <= bound ? u"MISSED wall, met CPU"_qs : u"MISSED"_qs;
    return QStringLiteral("%1 (%2)").arg(wall / bound, 0, 'f', 2).arg(v);
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
    for (const auto &[name, filter] : filters) {
        Samples first, next;
        int firstRows = 0;
        for (int r = 0; r < runs; ++r) {
            DossierFilter f = filter;
            f.limit = 200;
            auto page = first.time([&] { return queue.page(f); });
            if (!page)
                qFatal("%s", qPrintable(page.error().message));
            firstRows = int(page->size());
            // Scrolling on: five more pages each run.
            for (int k = 0; k < 5 && page->size() == f.limit; ++k) {
                f.beforeId = page->last().id;
                page = next.time([&] { return queue.page(f); });
                if (!page)
                    qFatal("%s", qPrintable(page.error().message));
            }
        }
        rows.append({u"queue first page, "_qs + name + QStringLiteral(" (%1 rows)").arg(firstRows), u"p95 < 50 ms"_qs, measuredText(first),
                     verdict(first, 50)});
        if (!next.empty())
            rows.append({u"queue next page, "_qs + name, u"p95 < 20 ms"_qs, measuredText(next), verdict(next, 20)});
        else
            rows.append({u"queue next page, "_qs + name, u"p95 < 20 ms"_qs, u"one page only"_qs, u"n/a"_qs});
    }
    for (const auto &[name, count] : {std::pair<QString, std::function<Result<int>()>>{u"received today"_qs, [&] { return queue.receivedToday(); }},
                                      {u"waiting to sync"_qs, [&] { return queue.waitingToSync(); }}}) {
        Samples times;
        int value = 0;
        for (int r = 0; r < runs; ++r) {
            auto v = times.time(count);
            if (!v)
                qFatal("%s", qPrintable(v.error().message));
            value = v.value();
        }
        rows.append({u"status bar count, "_qs + name + QStringLiteral(" (= %1)").arg(value), u"p95 < 20 ms"_qs, measuredText(times),
                     verdict(times, 20)});
    }
    for (const Row &r : rows) {
        if (table)
            std::printf("%s\t%s\t%s\t%s\n", qPrintable(r.item), qPrintable(r.target), qPrintable(r.measured), qPrintable(r.verdict));
        else
            std::printf("%-56s %-12s %-44s %s\n", qPrintable(r.item), qPrintable(r.target), qPrintable(r.measured), qPrintable(r.verdict));
    }
    return 0;
}
