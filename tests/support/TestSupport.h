#pragma once
// Shared test fixtures: a temporary database folder, a fixed clock, a ready counter.
#include "services/CounterServices.h"
#include "storage/SqlHelpers.h"

#include <QTemporaryDir>
#include <QTimeZone>

namespace pc::test {

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime utc = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc())) : now(std::move(utc)) {}
    QDateTime nowUtc() const override { return now; }
    // Local (UTC+7) wall-clock time.
    void setLocal(const QDate &d, const QTime &t) { now = QDateTime(d, t, vietnamTime()).toUTC(); }
    QDateTime now;
};

inline QDateTime local(int y, int m, int d, int hh, int mm) { return QDateTime(QDate(y, m, d), QTime(hh, mm), vietnamTime()); }

struct TempCounter {
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<CounterServices> services;
    QString dbPath() const { return dir.filePath(QStringLiteral("counter.sqlite")); }
    // Opens the counter; identity: unit 000.00.16.H56, counter `counterNumber`.
    explicit TempCounter(int counterNumber = 2, bool setUp = true);
    qint64 scalarInt(const QString &sqlText);
    QString scalarText(const QString &sqlText);
};

// Who acts in tests (issue 12): the services take an Actor; these are not accounts in the
// database (AccountService's tests create real ones).
inline Actor clerk() { return Actor{QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk}; }
inline Actor supervisor() { return Actor{QStringLiteral("hung.tv"), QStringLiteral("Trần Văn Hùng"), Role::Supervisor}; }
inline Actor admin() { return Actor{QStringLiteral("it.tinh"), QStringLiteral("Lê Quốc Bảo"), Role::Admin}; }

// A draft for procedure 2.000620 (retail alcohol licence) with every required document.
DossierDraft completeDraft();

}  // namespace pc::test
