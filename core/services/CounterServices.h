#pragma once
// Everything one counter needs, built from one database file: the core half of the
// composition root shared by the GUI and the CLI.
#include "calendar/HolidayCalendar.h"
#include "services/CalendarService.h"
#include "calendar/WorkingHours.h"
#include "catalogue/Catalogue.h"
#include "services/CounterIdentity.h"
#include "services/DocumentService.h"
#include "services/GuidanceService.h"
#include "services/IntakeService.h"
#include "services/OfficeSettings.h"
#include "services/QueueService.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <memory>

namespace pc {

class CounterServices {
public:
    // Opens (creating and migrating when needed) the database and loads the catalogue in force.
    static Result<std::unique_ptr<CounterServices>> open(const QString &dbPath, const Clock &clock);

    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    std::shared_ptr<const Catalogue> catalogue() const { return m_catalogue; }
    Status reloadCatalogue();
    // Preferences kept with the counter's data (UI language, working hours, …).
    QString preference(const QString &key, const QString &fallback = {});
    Status setPreference(const QString &key, const QString &value);
    PaperLayout paperLayout();  // the counter's printer layout (setting printer.layout, default A4)
    CounterIdentityStore identity() { return CounterIdentityStore(m_db->sql()); }
    IntakeService &intake() { return *m_intake; }
    QueueService &queue() { return *m_queue; }
    GuidanceService &guidance() { return *m_guidance; }
    DocumentService &documents() { return *m_documents; }
    OfficeSettings &office() { return *m_office; }  // the forms' office settings, checked
    const DayCalendar &days() const { return *m_days; }
    CalendarService &calendar() { return *m_calendarService; }
    const WorkingHours &hours() const { return m_hours; }

private:
    explicit CounterServices(const Clock &clock) : m_clock(clock) {}
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Catalogue> m_catalogue;
    std::unique_ptr<HolidayCalendar> m_days;
    std::unique_ptr<CalendarService> m_calendarService;
    WorkingHours m_hours = WorkingHours::standard();
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<QueueService> m_queue;
    std::unique_ptr<GuidanceService> m_guidance;
    std::unique_ptr<OfficeSettings> m_office;
    std::unique_ptr<DocumentService> m_documents;
};

// Sets the organisation/application names QStandardPaths uses, so the GUI and the CLI find
// the same default database.
void applyApplicationIdentity();

}  // namespace pc
