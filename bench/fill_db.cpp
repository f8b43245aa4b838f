// Fills a new or set-up database with N realistic dossiers (issue 13, "Scale"), for the search
// and queue benches. Every dossier goes through IntakeService::registerDossier, so each row set a
// registration writes (dossier, documents, registered event, outbox entry, code and ledger
// sequences, search key) is written by the product's own code and statements. They are
// batched: 5,000 registrations per transaction (each registration's own transaction becomes a
// savepoint inside it, sql::Transaction), because one commit per dossier spent most of the
// time flushing the WAL and the FTS index segment by segment (212 dossiers/s). At each batch's
// end the later statuses are applied through DossierRepository::applyCentreStatus and the
// outbox is settled (emptied), as after a daily sync. Deterministic: one seeded generator, a
// stepping clock.
// Run: build/bench/fill_db DB N
#include "catalogue/AdminUnits.h"
#include "services/CounterIdentity.h"
#include "services/CounterServices.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <cstdio>
#include <random>

using namespace pc;

namespace {
class SteppingClock final : public Clock {
public:
    QDateTime nowUtc() const override { return now; }
    QDateTime now;
};

// Common Vietnamese family, middle and given names (with diacritics and đ).
const QStringList kFamily = {u"Nguyễn"_qs, u"Trần"_qs, u"Lê"_qs, u"Phạm"_qs, u"Hoàng"_qs, u"Huỳnh"_qs, u"Phan"_qs, u"Vũ"_qs,
                             u"Võ"_qs, u"Đặng"_qs, u"Bùi"_qs, u"Đỗ"_qs, u"Hồ"_qs, u"Ngô"_qs, u"Dương"_qs, u"Lý"_qs};
const QStringList kMiddle = {u"Văn"_qs, u"Thị"_qs, u"Đức"_qs, u"Minh"_qs, u"Ngọc"_qs, u"Thanh"_qs, u"Hữu"_qs, u"Quốc"_qs,
                             u"Thu"_qs, u"Xuân"_qs, u"Đình"_qs, u"Kim"_qs};
const QStringList kGiven = {u"An"_qs, u"Bình"_qs, u"Cường"_qs, u"Dũng"_qs, u"Hà"_qs, u"Hạnh"_qs, u"Lan"_qs, u"Long"_qs,
                            u"Mai"_qs, u"Đạt"_qs, u"Hùng"_qs, u"Hương"_qs, u"Khánh"_qs, u"Linh"_qs, u"Nam"_qs, u"Nga"_qs,
                            u"Phúc"_qs, u"Quân"_qs, u"Sơn"_qs, u"Tâm"_qs, u"Thảo"_qs, u"Trang"_qs, u"Tuấn"_qs, u"Yến"_qs,
                            u"Đông"_qs, u"Giang"_qs, u"Hiếu"_qs, u"Oanh"_qs, u"Vy"_qs, u"Thắng"_qs};

// Province-of-birth codes of the CCCD (Circular 07/2016/TT-BCA, Annex: the 63 provinces before 2025).
constexpr int kCccdProvinces[] = {1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
                                  34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
                                  67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};

struct Generator {
    std::mt19937 rng{13};
    int pick(int n) { return int(rng() % unsigned(n)); }
};

// A later status, in proportions a district office sees on dossiers of various ages: most
// old dossiers have been handed back, recent ones are still with the agency.
std::optional<DossierStatus> laterStatus(Generator &g, double ageFraction)
{
    const int r = g.pick(100);
    if (ageFraction < 0.02)  // the newest few weeks
        return r < 40 ? std::nullopt : r < 70 ? std::optional(DossierStatus::InProgress)
             : r < 80 ? std::optional(DossierStatus::SupplementRequested) : r < 85 ? std::optional(DossierStatus::FinancialObligation)
                      : std::optional(DossierStatus::Resolved);
    return r < 84 ? std::optional(DossierStatus::Returned) : r < 90 ? std::optional(DossierStatus::Resolved)
         : r < 93 ? std::optional(DossierStatus::Withdrawn) : r < 95 ? std::optional(DossierStatus::Stopped)
         : r < 97 ? std::optional(DossierStatus::SupplementRequested) : std::optional(DossierStatus::InProgress);
}

DossierDraft draftFor(Generator &g, const Procedure &p, const QList<AdminUnit> &provinces, int i)
{
    DossierDraft d;
    d.procedureCode = p.code;
    const bool female = g.pick(2) == 0;
    d.applicant.name = kFamily[g.pick(kFamily.size())] + u' ' + (female ? u"Thị"_qs : kMiddle[g.pick(kMiddle.size())]) + u' '
                       + kGiven[g.pick(kGiven.size())];
    const int year = 1950 + g.pick(55);
    d.applicant.birthDate = QDate(year, 1 + g.pick(12), 1 + g.pick(28));
    d.applicant.gender = female ? u"Nữ"_qs : u"Nam"_qs;
    // CCCD: province of birth (3), century and sex (1), year (2), then 6 digits (Circular 59/2021).
    const int centuryDigit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
    d.applicant.idNumber = QStringLiteral("%1%2%3%4").arg(kCccdProvinces[g.pick(int(std::size(kCccdProvinces)))], 3, 10, QLatin1Char('0')).arg(centuryDigit)
                               .arg(year % 100, 2, 10, QLatin1Char('0')).arg(i % 1000000, 6, 10, QLatin1Char('0'));
    static const char *const prefixes[] = {"090", "091", "098", "097", "086", "088", "070", "079", "083", "035"};
    d.applicant.phone = QString::fromLatin1(prefixes[g.pick(10)]) + QStringLiteral("%1").arg(g.pick(10000000), 7, 10, QLatin1Char('0'));
    const AdminUnit &province = provinces[g.pick(provinces.size())];
    const QList<AdminUnit> communes = AdminUnits::builtIn().communes(province.code);
    const QString commune = communes.isEmpty() ? QString() : communes[g.pick(communes.size())].name + u", "_qs;
    d.applicant.address = QStringLiteral("Số %1, thôn %2, ").arg(1 + g.pick(200)).arg(1 + g.pick(30)) + commune + province.name;
    for (const DocumentRequirement &r : p.documents)
        d.documents.append({r.name, r.originals, r.copies});
    d.feeVariant = p.feeVariants.first().id;
    return d;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int n = args.size() == 3 ? args[2].toInt(&ok) : 0;
    if (!ok || n <= 0) {
        std::fprintf(stderr, "Cách dùng: fill_db DB N\n");
        return 2;
    }
    SteppingClock clock;
    // Receipts spread evenly over three years, ending on a fixed day (no wall clock).
    const QDateTime first(QDate(2023, 1, 3), QTime(1, 0), QTimeZone::utc());
    const QDateTime last(QDate(2025, 12, 31), QTime(9, 0), QTimeZone::utc());
    const qint64 span = first.secsTo(last);
    clock.now = first;
    auto opened = CounterServices::open(args[1], clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    CounterServices &s = *opened.value();
    QSqlDatabase &db = s.database().sql();
    if (auto id = s.identity().load(); !id || !id.value())
        (void)s.identity().save(CounterIdentity::withDefaultRange(u"000.00.16.H56"_qs, u"Bưu điện xã Yên Định"_qs, 1));
    // A bench fill, not a counter: a power cut during it only loses the bench file.
    (void)sql::exec(db, u"PRAGMA synchronous=OFF"_qs);
    // Batches of 5,000 touch pages all over the indexes and the FTS index: keep them in memory.
    (void)sql::exec(db, u"PRAGMA cache_size=-262144"_qs);  // 256 MB

    Generator g;
    const auto catalogue = s.catalogue();
    QList<const Procedure *> procedures;
    for (const Procedure &p : catalogue->procedures())
        procedures.append(&p);
    const QList<AdminUnit> &provinces = AdminUnits::builtIn().provinces();
    struct Later { QString code; DossierStatus status; QDateTime at; };
    QList<Later> later;
    constexpr int kBatch = 5000;
    int written = 0, refused = 0;
    QElapsedTimer timer;
    timer.start();
    auto begin = [&]() {
        if (auto r = sql::exec(db, u"BEGIN IMMEDIATE"_qs); !r)
            qFatal("begin: %s", qPrintable(r.error().message));
    };
    begin();
    auto settle = [&](bool again) {
        for (const Later &l : later) {
            const QString uuid = QStringLiteral("fill-%1-%2").arg(l.code).arg(int(l.status));
            if (auto r = DossierRepository(db).applyCentreStatus(l.code, l.status, l.at, uuid, QString()); !r)
                qFatal("status: %s", qPrintable(r.error().message));
        }
        if (auto r = sql::exec(db, u"DELETE FROM outbox"_qs); !r)  // settled: the centre has them
            qFatal("outbox: %s", qPrintable(r.error().message));
        if (auto c = sql::exec(db, u"COMMIT"_qs); !c)
            qFatal("commit: %s", qPrintable(c.error().message));
        later.clear();
        if (again)
            begin();
    };
    for (int i = 0; i < n; ++i) {
        clock.now = first.addSecs(span * i / n);
        const Procedure &p = *procedures[g.pick(procedures.size())];
        auto r = s.intake().registerDossier(pc::Actor::system(), draftFor(g, p, provinces, i));
        if (!r) {
            if (++refused <= 5)
                std::fprintf(stderr, "%s: %s\n", qPrintable(p.code), qPrintable(r.error().message));  // a procedure the simple draft does not satisfy (e.g. an organisation's)
            continue;
        }
        ++written;
        if (auto st = laterStatus(g, double(n - i) / n))
            later.append({r->dossier.code, *st, r->dossier.receivedAt.addDays(1 + g.pick(20))});
        if (written % kBatch == 0) {
            settle(true);
            if (written % 50000 == 0)
                std::fprintf(stderr, "%d dossiers, %.1f s\n", written, timer.elapsed() / 1000.0);
        }
    }
    settle(false);
    std::printf("%d dossiers written (%d drafts refused), %.1f s, %.0f dossiers/s\n", written, refused, timer.elapsed() / 1000.0,
                written * 1000.0 / std::max<qint64>(1, timer.elapsed()));
    return 0;
}
