#pragma once
// Everything one counter needs, built from one database file: the core half of the
// composition root shared by the GUI and the CLI. It sits on the top rung of core/'s layer
// ladder (docs/architecture.md), above sync, and hands sync its collaborators one by one.
#include "calendar/HolidayCalendar.h"
#include "services/AccountService.h"
#include "services/AuditLog.h"
#include "services/CalendarService.h"
#include "calendar/WorkingHours.h"
#include "catalogue/Catalogue.h"
#include "services/CounterIdentity.h"
#include "services/DocumentService.h"
#include "services/DraftService.h"
#include "services/GuidanceService.h"
#include "services/IntakeService.h"
#include "services/LifecycleService.h"
#include "services/OfficeSettings.h"
#include "services/QueueService.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"
#include "sync/SyncParts.h"
#include "util/Clock.h"

#include <memory>

namespace pc {

class CounterServices {
public:
    // Opens (creating and migrating when needed) the database and loads the catalogue in force.
    // `reference` is the process's one owner of catalogue and calendar, shared by every
    // CounterServices of the process (the window's, the sync thread's); without one, these
    // services get their own (the CLI, most tests).
    static Result<std::unique_ptr<CounterServices>> open(const QString &dbPath, const Clock &clock,
                                                         std::shared_ptr<ReferenceData> reference = {});
    ~CounterServices();

    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    std::shared_ptr<const Catalogue> catalogue() const { return m_reference->catalogue(); }
    // The catalogue in force right now: first adopts what this connection sees stored (another
    // process may have imported a version or a schedule a moment ago). Registration uses it.
    std::shared_ptr<const Catalogue> catalogueInForce();
    Status reloadCatalogue();  // after storing a catalogue version through this connection
    ReferenceData &reference() { return *m_reference; }
    std::shared_ptr<ReferenceData> sharedReference() const { return m_reference; }
    // Preferences kept with the counter's data (UI language, working hours, …).
    QString preference(const QString &key, const QString &fallback = {});
    Status setPreference(const QString &key, const QString &value);
    PaperLayout paperLayout();  // the counter's printer layout (setting printer.layout, default A4)
    CounterIdentityStore identity() { return CounterIdentityStore(m_db->sql()); }
    // Changes who the counter is: a supervisor's action (access::changeCounterIdentity), audited.
    // The first start sets it before any account exists: nobody can sign in yet, so it is allowed
    // while the database has no account.
    Status changeIdentity(const Actor &actor, const CounterIdentity &next);
    AccountService accounts() { return AccountService(*m_db, m_clock); }
    AuditLog audit() { return AuditLog(*m_db, m_clock); }
    DraftService drafts() { return DraftService(*m_db, m_clock); }  // the intake screen's unfinished dossier
    IntakeService &intake() { return *m_intake; }
    QueueService &queue() { return *m_queue; }
    GuidanceService &guidance() { return *m_guidance; }
    // After the receipt: handover, tracking, results, return, withdrawal (issue 11).
    LifecycleService &lifecycle() { return *m_lifecycle; }
    DocumentService &documents() { return *m_documents; }
    OfficeSettings &office() { return *m_office; }  // the forms' office settings, checked
    const DayCalendar &days() const { return m_reference->calendar(); }
    CalendarService &calendar() { return *m_calendarService; }
    const WorkingHours &hours() const { return m_hours; }
    // What a sync borrows from this counter (sync/SyncService, SyncRun, EnrolmentRequest).
    SyncParts syncParts() { return {*m_db, m_clock, *m_calendarService, *m_reference}; }
    // For the sync thread: opens its own CounterServices on that thread, sharing `reference`.
    static SyncConnectionOpener syncOpener(const QString &dbPath, const Clock &clock, std::shared_ptr<ReferenceData> reference = {});

private:
    explicit CounterServices(const Clock &clock) : m_clock(clock) {}
    const Clock &m_clock;
    std::shared_ptr<ReferenceData> m_reference;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CalendarService> m_calendarService;
    WorkingHours m_hours = WorkingHours::standard();
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<GuidanceService> m_guidance;
    std::unique_ptr<LifecycleService> m_lifecycle;
    std::unique_ptr<OfficeSettings> m_office;
    std::unique_ptr<DocumentService> m_documents;
};

// Sets the organisation/application names QStandardPaths uses, so the GUI and the CLI find
// the same default database.
void applyApplicationIdentity();

}  // namespace pc
