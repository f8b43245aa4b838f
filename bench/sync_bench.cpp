// Drains a backlog of events from a counter to the reference centre through a throttled rural
// link (default 256 kbit/s, 300 ms each way) and compares the time with the raw transfer time
// of the bytes that crossed the link. Prints bytes per event on the wire (TLS included).
// Run: build/bench/sync_bench [events] [kbps] [latency-ms]
#include "SyncHarness.h"
#include "services/CounterServices.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <cstdio>

using namespace pc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const QString kbps = argc > 2 ? QString::fromLatin1(argv[2]) : QStringLiteral("256");
    const QString latency = argc > 3 ? QString::fromLatin1(argv[3]) : QStringLiteral("300");
    QTemporaryDir dir;
    SystemClock clock;
    auto s = CounterServices::open(dir.filePath(QStringLiteral("counter.sqlite")), clock);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    CounterServices &counter = *s.value();
    (void)counter.identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 0));
    std::printf("registering %d dossiers…\n", events);
    DossierDraft d;
    d.procedureCode = QStringLiteral("2.000620");
    d.applicant = {false, QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("001089012345"), QDate(1989, 5, 2), QStringLiteral("Nam"),
                   QStringLiteral("0912345678"), QString(), QStringLiteral("Thôn Đông, Xã Yên Định, Tỉnh Thanh Hoá"), QString(), {}};
    d.feeVariant = QStringLiteral("hkd-thanh-pho");  // 2.000620 has four fee lines (issue 8 §4)
    for (const DocumentRequirement &r : counter.catalogue()->procedure(d.procedureCode)->documents)
        d.documents.append({r.name, r.originals, r.copies});
    // spread over days: a counter issues at most 999 codes a day
    for (int i = 0; i < events; ++i) {
        d.receivedAt = QDateTime::currentDateTimeUtc().addDays(-(i / 900) - 1);
        if (!counter.intake().registerDossier(pc::Actor::system(), d))
            qFatal("registration %d failed", i);
    }
    test::Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    const quint16 port = centre.start();
    test::Proxy link;
    const quint16 p = link.start(port, {QStringLiteral("--kbps"), kbps, QStringLiteral("--latency-ms"), latency});
    SyncService sync(counter);
    if (auto r = sync.enrol(pc::Actor::system(), QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(p)), test::Pki::get().path(QStringLiteral("ca.pem")), QString(),
                            centre.issueCode(QStringLiteral("000.00.16.H56"), 0)); !r)
        qFatal("%s", qPrintable(r.error().message));
    const QString afterEnrol = link.stop();  // count only the drain
    link.start(port, {QStringLiteral("--kbps"), kbps, QStringLiteral("--latency-ms"), latency, QStringLiteral("--port"), QString::number(p)});
    QElapsedTimer t;
    t.start();
    SyncOptions o;  // the defaults the counter uses
    const SyncReport r = sync.runOnce(o);
    const double seconds = double(t.elapsed()) / 1000.0;
    const QString counts = link.stop();
    const auto m = QRegularExpression(QStringLiteral("bytes up (\\d+) down (\\d+)")).match(counts);
    const double up = m.captured(1).toDouble(), down = m.captured(2).toDouble();
    const double raw = (up + down) * 8.0 / (kbps.toDouble() * 1000.0);
    std::printf("outcome %s, accepted %d, centre holds %s events\n", r.outcome == SyncReport::Outcome::Complete ? "complete" : "FAILED",
                r.accepted, qPrintable(centre.admin({QStringLiteral("count-events")})));
    std::printf("link %s kbit/s, %s ms latency each way\n", qPrintable(kbps), qPrintable(latency));
    std::printf("bytes up %.0f, down %.0f: %.1f bytes on the wire per event (gzip + TLS + HTTP)\n", up, down, (up + down) / events);
    std::printf("drain time %.1f s; raw transfer time of those bytes %.1f s; ratio %.2f\n", seconds, raw, seconds / raw);
    return r.outcome == SyncReport::Outcome::Complete ? 0 : 1;
}
