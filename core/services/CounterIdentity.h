#pragma once
// Reading and changing who this counter is (the value: domain/CounterIdentity.h; the rows:
// storage/CounterIdentityRepository). A change is validated before anything is written.
#include "domain/CounterIdentity.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class CounterIdentityStore {
public:
    explicit CounterIdentityStore(QSqlDatabase &db) : m_db(db) {}
    Result<std::optional<CounterIdentity>> load();
    Status save(const CounterIdentity &id);
    Status saveInTransaction(const CounterIdentity &id);  // within the caller's transaction

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
