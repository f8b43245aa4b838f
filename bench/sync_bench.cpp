// Drains a backlog of events from a counter to the reference centre through a throttled rural
// link (default 256 kbit/s, 300 ms each way) and compares the time with the raw transfer time
// of the bytes that crossed the link. Prints bytes per event on the wire (TLS included).
// The link is full duplex (the proxy throttles each direction on its own), so the baseline is
// the larger direction's bytes over the rate, not the sum of both. The dossiers are varied
// (names, ID numbers, phones, addresses, procedures with their own documents), so the events
// compress as real ones do rather than as 10,000 copies of one.
// Run: build/bench/sync_bench [events] [kbps] [latency-ms] [--table]
#include "SyncHarness.h"
#include "services/CounterServices.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <cstdio>
#include <algorithm>

using namespace pc;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool table = args.removeAll(QStringLiteral("--table")) > 0;
    const int events = args.size() > 1 ? args[1].toInt() : 10000;
    const QString kbps = args.size() > 2 ? args[2] : QStringLiteral("256");
    const QString latency = args.size() > 3 ? args[3] : QStringLiteral("300");
    QTemporaryDir dir;
    SystemClock clock;
    auto s = CounterServices::open(dir.filePath(QStringLiteral("counter.sqlite")), clock);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    CounterServices &counter = *s.value();
    (void)counter.identity().save(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 0));
    if (!table)
        std::printf("registering %d dossiers…\n", events);
    // Procedures a citizen can file with one fee line (or the liquor licence's chosen line).
    QList<const Procedure *> procedures;
    for (const Procedure &p : counter.catalogue()->procedures())
        if (p.feeVariants.size() == 1 || p.code == u"2.000620")
            procedures.append(&p);
    static const char16_t *const family[] = {u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Đặng", u"Bùi", u"Đỗ", u"Hồ", u"Ngô"};
    static const char16_t *const middle[] = {u"Văn", u"Thị", u"Đức", u"Minh", u"Ngọc", u"Thanh", u"Hữu", u"Quốc"};
    static const char16_t *const given[] = {u"An", u"Bình", u"Cường", u"Dũng", u"Hà", u"Hạnh", u"Lan", u"Long", u"Mai", u"Đạt", u"Hùng", u"Thảo"};
    int refused = 0;
    // spread over days: a counter issues at most 999 codes a day
    for (int i = 0, written = 0; written < events; ++i) {
        const Procedure &p = *procedures[(i * 7) % procedures.size()];
        DossierDraft d;
        d.procedureCode = p.code;
        if (p.feeVariants.size() > 1)
            d.feeVariant = QStringLiteral("hkd-thanh-pho");
        const bool female = i % 2;
        d.applicant.name = QString::fromUtf16(family[i % 10]) + u' ' + (female ? u"Thị"_qs : QString::fromUtf16(middle[(i / 10) % 8])) + u' '
                           + QString::fromUtf16(given[(i / 80) % 12]);
        d.applicant.birthDate = QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        d.applicant.gender = female ? u"Nữ"_qs : u"Nam"_qs;
        d.applicant.idNumber = QStringLiteral("0%1%2%3%4").arg(1 + (i * 13) % 96, 2, 10, QLatin1Char('0')).arg(female ? 1 : 0)
                                   .arg(d.applicant.birthDate.year() % 100, 2, 10, QLatin1Char('0')).arg(i % 1000000, 6, 10, QLatin1Char('0'));
        d.applicant.phone = QStringLiteral("09%1").arg((i * 7919) % 100000000, 8, 10, QLatin1Char('0'));
        d.applicant.address = QStringLiteral("Số %1, thôn %2, xã Yên Định, tỉnh Thanh Hóa").arg(1 + i % 200).arg(1 + i % 30);
        for (const DocumentRequirement &r : p.documents)
            d.documents.append({r.name, r.originals, r.copies});
        d.receivedAt = QDateTime::currentDateTimeUtc().addDays(-(written / 900) - 1);
        if (!counter.intake().registerDossier(pc::Actor::system(), d)) {
            if (++refused > events)
                qFatal("registration %d failed", i);
            continue;  // a procedure this simple draft does not satisfy
        }
        ++written;
    }
    test::Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
    const quint16 port = centre.start();
    test::Proxy link;
    const quint16 p = link.start(port, {QStringLiteral("--kbps"), kbps, QStringLiteral("--latency-ms"), latency});
    SyncService sync(counter.syncParts());
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
    const double raw = std::max(up, down) * 8.0 / (kbps.toDouble() * 1000.0);  // full duplex: the larger direction
    if (table) {
        std::printf("sync drain, %d varied events, %s kbit/s, %s ms\t<= 1.5x raw transfer\t%.1f s for %.0f B up / %.0f B down (%.0f B/event); raw %.1f s; "
                    "outcome %s, accepted %d, sent twice %d\t%.2f (%s)\n",
                    events, qPrintable(kbps), qPrintable(latency), seconds, up, down, (up + down) / events, raw,
                    r.outcome == SyncReport::Outcome::Complete ? "complete" : "FAILED", r.accepted, r.duplicates, seconds / raw,
                    seconds / raw <= 1.5 && r.accepted == events && r.duplicates == 0 ? "met" : "MISSED");
        return r.outcome == SyncReport::Outcome::Complete ? 0 : 1;
    }
    std::printf("outcome %s, accepted %d, centre holds %s events\n", r.outcome == SyncReport::Outcome::Complete ? "complete" : "FAILED",
                r.accepted, qPrintable(centre.admin({QStringLiteral("count-events")})));
    std::printf("link %s kbit/s, %s ms latency each way\n", qPrintable(kbps), qPrintable(latency));
    std::printf("bytes up %.0f, down %.0f: %.1f bytes on the wire per event (gzip + TLS + HTTP)\n", up, down, (up + down) / events);
    std::printf("drain time %.1f s; raw transfer time of the larger direction %.1f s; ratio %.2f\n", seconds, raw, seconds / raw);
    return r.outcome == SyncReport::Outcome::Complete ? 0 : 1;
}
