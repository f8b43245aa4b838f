#include "CounterIdentity.h"

#include "storage/CounterIdentityRepository.h"
#include "storage/SqlHelpers.h"

namespace pc {

Result<std::optional<CounterIdentity>> CounterIdentityStore::load() { return CounterIdentityRepository(m_db).load(); }

Status CounterIdentityStore::save(const CounterIdentity &c)
{
    if (auto v = c.validate(); !v)
        return v;
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = CounterIdentityRepository(m_db).store(c); !r)
        return r;
    return tx.commit();
}

Status CounterIdentityStore::saveInTransaction(const CounterIdentity &c)
{
    if (auto v = c.validate(); !v)
        return v;
    return CounterIdentityRepository(m_db).store(c);
}

}  // namespace pc
