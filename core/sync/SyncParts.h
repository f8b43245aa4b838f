#pragma once
// The counter's collaborators a sync borrows, each by itself. Sync sits above services on the
// layer ladder (docs/architecture.md) and never sees the composition root: the root
// (services/CounterServices, the top rung) hands these over. Repositories, settings, the
// identity and the audit log are made from the database and the clock where they are used.
#include "util/Result.h"

#include <functional>
#include <memory>

namespace pc {

class Database;
class Clock;
class CalendarService;
class ReferenceData;

struct SyncParts {
    Database &database;         // this thread's connection: outbox, dossiers, settings, audit
    const Clock &clock;
    CalendarService &calendar;  // imports the rule sets and official schedules the centre sends
    ReferenceData &reference;   // reloads the catalogue in force after the centre sent a new one
};

// One connection's worth of collaborators, owned: what the sync thread opens for itself.
class SyncConnection {
public:
    virtual ~SyncConnection() = default;
    virtual SyncParts parts() = 0;
};
using SyncConnectionOpener = std::function<Result<std::unique_ptr<SyncConnection>>()>;

}  // namespace pc
