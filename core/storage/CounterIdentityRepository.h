#pragma once
// Where the counter's identity is kept: the counter.* rows of the settings table.
#include "domain/CounterIdentity.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class CounterIdentityRepository {
public:
    explicit CounterIdentityRepository(QSqlDatabase &db) : m_db(db) {}
    // Empty when the counter was never set up.
    Result<std::optional<CounterIdentity>> load();
    // Within the caller's transaction; the caller has validated the identity.
    Status store(const CounterIdentity &id);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
