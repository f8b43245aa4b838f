// Queue search on a database made by fill_db (issue 13): p50/p95 of the window's first page
// (200 rows, newest first) for one-word, two-word, code and ID-number queries, through DossierRepository
// (FTS5 trigram index, migration 013) beside the plan it replaced (`search_key LIKE '%w%'`
// on every word), run interleaved on the same connection. Queries are words of dossiers spread
// evenly over the file, so some are common names and some rare.
// Run: build/bench/search_bench DB [queries per kind] [--table]
// (--table: tab-separated rows item, target, measured, verdict for bench/run-table.sh)
#include "services/CounterServices.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/SqlHelpers.h"
#include "util/TextFold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace pc;

namespace {
class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 1, 5), QTime(2, 0), QTimeZone::utc()); }
};

// The query the repository ran before migration 013, word for word.
int likePage(QSqlDatabase &db, const QString &search)
{
    QStringList where;
    QVariantList binds;
    for (const QString &w : text::foldedWords(search)) {
        where << u"search_key LIKE ? ESCAPE '\\'"_qs;
        QString e = w;
        e.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
        binds << u"%"_qs + e + u"%"_qs;
    }
    binds << 200;
    auto q = sql::exec(db, u"SELECT id, code, applicant_name, procedure_code, procedure_name, received_at, appointment_at, status "
                           "FROM dossiers WHERE "_qs + where.join(u" AND "_qs) + u" ORDER BY id DESC LIMIT ?"_qs, binds);
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
    int n = 0;
    while (q->next())
        ++n;
    return n;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Times {
    std::vector<double> fts, ftsCpu, like;
    int ftsRows = 0, likeRows = 0;
};
double pct(std::vector<double> v, int p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, v.size() * size_t(p) / 100)];
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool table = args.removeAll(u"--table"_qs) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "Cách dùng: search_bench DB [số truy vấn mỗi loại]\n");
        return 2;
    }
    const int perKind = args.size() > 2 ? args[2].toInt() : 40;
    FixedClock clock;
    auto s = CounterServices::open(args[1], clock);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    QSqlDatabase &db = s.value()->database().sql();
    auto maxId = sql::scalar(db, u"SELECT max(id) FROM dossiers"_qs);
    if (!maxId || maxId->toLongLong() == 0) {
        std::fprintf(stderr, "Cơ sở dữ liệu chưa có hồ sơ.\n");
        return 2;
    }
    const qint64 top = maxId->toLongLong();
    QStringList kinds = {u"one word"_qs, u"two words"_qs, u"code"_qs, u"ID number"_qs};
    QList<QStringList> queries(4);
    for (int i = 0; i < perKind; ++i) {
        auto row = sql::exec(db, u"SELECT applicant_name, code, applicant_id FROM dossiers WHERE id >= ? ORDER BY id LIMIT 1"_qs,
                             {1 + top * i / perKind});
        if (!row || !row->next())
            qFatal("no row");
        const QStringList name = row->value(0).toString().split(u' ', Qt::SkipEmptyParts);
        queries[0] << name.last();                         // given name, e.g. "Thắng"
        queries[1] << name.first() + u' ' + name.last();   // family and given name
        queries[2] << row->value(1).toString();             // the whole code
        queries[3] << row->value(2).toString();             // a rare word: one citizen
    }
    DossierRepository repo(db);
    if (!table)
        std::printf("%-10s %6s %12s %12s %12s %12s %8s\n", "query", "runs", "FTS p50 ms", "FTS p95 ms", "LIKE p50 ms", "LIKE p95 ms", "p95 ratio");
    for (int k = 0; k < int(kinds.size()); ++k) {
        Times t;
        QElapsedTimer timer;
        for (const QString &q : queries[k]) {
            DossierFilter f;
            f.search = q;
            const double c0 = threadCpuMs();
            timer.start();
            auto page = repo.list(f);
            t.fts.push_back(timer.nsecsElapsed() / 1e6);
            t.ftsCpu.push_back(threadCpuMs() - c0);
            if (!page)
                qFatal("%s", qPrintable(page.error().message));
            timer.start();
            const int likeRows = likePage(db, q);
            t.like.push_back(timer.nsecsElapsed() / 1e6);
            if (likeRows != page->size())
                qFatal("\"%s\": FTS %d rows, LIKE %d rows", qPrintable(q), int(page->size()), likeRows);
        }
        if (table)
            std::printf("search, %s (%d queries)\tp95 < 30 ms\tp50 %.2f ms, p95 %.2f ms (CPU p95 %.2f ms); LIKE plan p50 %.0f ms, p95 %.0f ms\t%.2f (%s)\n",
                        qPrintable(kinds[k]), int(queries[k].size()), pct(t.fts, 50), pct(t.fts, 95), pct(t.ftsCpu, 95), pct(t.like, 50),
                        pct(t.like, 95), pct(t.fts, 95) / 30.0,
                        pct(t.fts, 95) < 30.0 ? "met" : pct(t.ftsCpu, 95) < 30.0 ? "MISSED wall, met CPU" : "MISSED");
        else
            std::printf("%-10s %6d %12.2f %12.2f %12.2f %12.2f %8.3f\n", qPrintable(kinds[k]), int(queries[k].size()), pct(t.fts, 50),
                        pct(t.fts, 95), pct(t.like, 50), pct(t.like, 95), pct(t.fts, 95) / pct(t.like, 95));
    }
    return 0;
}
