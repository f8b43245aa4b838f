// Issue 13, start-up and memory: "resident memory < 200 MB after scrolling the whole queue".
// The window's queue model (ui/DossierQueueModel) fetches pages of 200 rows as the view
// scrolls; this drives it to the end of a filled database, as a clerk holding Page Down would,
// and prints the process's resident memory (VmRSS) before and after, its peak (VmHWM), and the time.
// Run: build/bench/queue_memory DB [--table]
#include "DossierQueueModel.h"
#include "services/CounterServices.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace pc;

namespace {
// VmRSS: resident now; VmHWM: the peak.
long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    return -1;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool table = args.removeAll(QStringLiteral("--table")) > 0;
    if (args.size() < 2) {
        std::fprintf(stderr, "Cách dùng: queue_memory DB [--table]\n");
        return 2;
    }
    SystemClock clock;
    auto s = CounterServices::open(args[1], clock);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    DossierQueueModel model(s.value()->queue());
    model.reload();  // the first page, as the window shows it
    const long before = statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    while (model.canFetchMore({}))
        model.fetchMore({});
    const double seconds = double(t.elapsed()) / 1000.0;
    const long after = statusKb("VmRSS:");
    const long peak = statusKb("VmHWM:");
    if (table)
        std::printf("window queue scrolled to the end (%d rows): resident memory\t< 200 MB\t%ld MB (first page: %ld MB, peak %ld MB), %.1f s\t%.2f (%s)\n",
                    model.rowCount(), after / 1024, before / 1024, peak / 1024, seconds, double(after) / 1024.0 / 200.0,
                    after / 1024 < 200 ? "met" : "MISSED");
    else
        std::printf("rows %d, VmRSS first page %ld kB, at the end %ld kB, peak (VmHWM) %ld kB, %.1f s\n", model.rowCount(), before, after, peak, seconds);
    return 0;
}
