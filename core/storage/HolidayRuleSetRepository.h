#pragma once
// Stored holiday rule sets: every version kept, the highest in force.
#include "calendar/HolidayRuleSet.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace pc {

class HolidayRuleSetRepository {
public:
    explicit HolidayRuleSetRepository(QSqlDatabase &db) : m_db(db) {}
    // Refused when the version is not newer than the one in force.
    Status store(const HolidayRuleSet &rules, const QString &origin, const QDateTime &nowUtc);
    // The rule set in force; nullopt when none is stored yet.
    Result<std::optional<HolidayRuleSet>> current();

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
