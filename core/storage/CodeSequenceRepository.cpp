#include "CodeSequenceRepository.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
#include <algorithm>

namespace pc {

Result<int> CodeSequenceRepository::next(const QString &unitId, const QDate &day, int rangeStart, int rangeEnd)
{
    const QString dayKey = day.toString(QStringLiteral("yyMMdd"));
    auto last = sql::cachedScalar(m_db, QStringLiteral("SELECT last_sequence FROM code_sequences WHERE unit_id = ? AND day = ?"),
                            {unitId, dayKey});
    if (!last)
        return last.error();
    // Start inside this counter's range; a range changed mid-day never goes back below what
    // was already issued.
    const int previous = last->isValid() ? last->toInt() : 0;
    const int candidate = std::max(previous + 1, rangeStart);
    if (candidate > rangeEnd)
        return Error::refused(QCoreApplication::translate("Storage",
            "Quầy đã dùng hết dãy số hồ sơ của ngày %1 (%2–%3). Hãy báo trưởng bưu cục mở rộng dãy số của quầy.")
                                  .arg(day.toString(QStringLiteral("dd/MM/yyyy"))).arg(rangeStart).arg(rangeEnd));
    auto r = sql::cachedWrite(m_db, QStringLiteral("INSERT INTO code_sequences (unit_id, day, last_sequence) VALUES (?, ?, ?) "
                                            "ON CONFLICT (unit_id, day) DO UPDATE SET last_sequence = excluded.last_sequence"),
                       {unitId, dayKey, candidate});
    if (!r)
        return r.error();
    return candidate;
}

Result<int> CodeSequenceRepository::nextLedgerEntry(int year)
{
    auto r = sql::cachedScalar(m_db, QStringLiteral("INSERT INTO ledger_sequences (year, last_entry) VALUES (?, 1) "
                                              "ON CONFLICT (year) DO UPDATE SET last_entry = last_entry + 1 "
                                              "RETURNING last_entry"),
                         {year});
    if (!r)
        return r.error();
    return r->toInt();
}

}  // namespace pc
