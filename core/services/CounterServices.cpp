#include "CounterServices.h"

#include "storage/CatalogueRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlHelpers.h"
#include "services/AccountRules.h"

#include <QCoreApplication>

namespace pc {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PostCounter"));
    QCoreApplication::setApplicationName(QStringLiteral("PostCounter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTCOUNTER_VERSION));
}

Result<std::unique_ptr<CounterServices>> CounterServices::open(const QString &dbPath, const Clock &clock,
                                                               std::shared_ptr<ReferenceData> reference)
{
    std::unique_ptr<CounterServices> s(new CounterServices(clock));
    auto db = Database::open(dbPath);
    if (!db)
        return db.error();
    s->m_db = std::move(db).value();
    s->m_reference = reference ? std::move(reference) : std::make_shared<ReferenceData>();
    s->m_reference->attach(*s->m_db);
    if (auto r = CatalogueRepository(s->m_db->sql()).ensureBuiltIn(); !r)
        return r.error();
    if (auto r = s->reloadCatalogue(); !r)
        return r.error();
    auto hours = SettingsRepository(s->m_db->sql()).get(QStringLiteral("office.working_hours"));
    if (hours && hours.value())
        if (auto parsed = WorkingHours::parse(**hours))
            s->m_hours = *parsed;
    CounterServices *self = s.get();
    HolidayCalendar &days = s->m_reference->calendar();
    s->m_calendarService = std::make_unique<CalendarService>(*s->m_db, clock, days, s->m_hours);
    if (auto r = s->m_calendarService->loadBuiltIns(); !r)
        return r.error();
    s->m_intake = std::make_unique<IntakeService>(*s->m_db, clock, [self] { return self->catalogueInForce(); }, days, s->m_hours);
    s->m_queue = std::make_unique<QueueService>(*s->m_db, clock);
    s->m_guidance = std::make_unique<GuidanceService>(*s->m_db, clock, [self] { return self->catalogueInForce(); });
    s->m_lifecycle = std::make_unique<LifecycleService>(*s->m_db, clock);
    s->m_office = std::make_unique<OfficeSettings>(*s->m_db, clock);
    s->m_documents = std::make_unique<DocumentService>(*s->m_db, clock, *s->m_office);
    return s;
}

namespace {
class CounterSyncConnection : public SyncConnection {
public:
    explicit CounterSyncConnection(std::unique_ptr<CounterServices> services) : m_services(std::move(services)) {}
    SyncParts parts() override { return m_services->syncParts(); }

private:
    std::unique_ptr<CounterServices> m_services;
};
}  // namespace

SyncConnectionOpener CounterServices::syncOpener(const QString &dbPath, const Clock &clock, std::shared_ptr<ReferenceData> reference)
{
    return [dbPath, &clock, reference]() -> Result<std::unique_ptr<SyncConnection>> {
        auto s = CounterServices::open(dbPath, clock, reference);
        if (!s)
            return s.error();
        return std::unique_ptr<SyncConnection>(std::make_unique<CounterSyncConnection>(std::move(s).value()));
    };
}

CounterServices::~CounterServices()
{
    if (m_reference && m_db)
        m_reference->detach(*m_db);
}

Status CounterServices::reloadCatalogue() { return m_reference->reloadCatalogue(m_db->sql()); }

std::shared_ptr<const Catalogue> CounterServices::catalogueInForce()
{
    m_reference->catchUp(m_db->sql());
    return m_reference->catalogue();
}

}  // namespace pc

namespace pc {

QString CounterServices::preference(const QString &key, const QString &fallback)
{
    auto v = SettingsRepository(m_db->sql()).get(key);
    return v && v.value() ? **v : fallback;
}

PaperLayout CounterServices::paperLayout()
{
    return paperLayoutFromKey(preference(QStringLiteral("printer.layout"), QStringLiteral("a4"))).value_or(PaperLayout::A4);
}

Status CounterServices::setPreference(const QString &key, const QString &value)
{
    return SettingsRepository(m_db->sql()).set(key, value);
}

}  // namespace pc

namespace pc {

Status CounterServices::changeIdentity(const Actor &actor, const CounterIdentity &next)
{
    auto any = accounts().hasAccounts();
    if (!any)
        return any.error();
    if (*any)
        if (auto allowed = access::changeCounterIdentity(actor); !allowed)
            return allowed;
    if (auto v = next.validate(); !v)
        return v;
    sql::Transaction tx(m_db->sql());
    if (!tx.begun())
        return tx.begun().error();
    if (auto s = identity().saveInTransaction(next); !s)
        return s;
    if (auto s = audit().recordInTransaction(actor, QStringLiteral("identity.change"), next.unitId,
                                             QStringLiteral("counter %1, %2-%3").arg(next.counterNumber).arg(next.sequenceStart).arg(next.sequenceEnd));
        !s)
        return s;
    return tx.commit();
}

}  // namespace pc
