#include "ReferenceData.h"

#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "storage/HolidayRuleSetRepository.h"
#include "storage/HolidayScheduleRepository.h"
#include "storage/ReferenceStamp.h"

#include <QThread>
#include <QTimer>

namespace pc {

ReferenceData::ReferenceData(QObject *parent) : QObject(parent)
{
    // The newest official schedule of a year overrides the rules; a stored schedule that no
    // longer parses is an error (HolidayCalendar::availability), not a fall-back to the rules.
    m_calendar = std::make_unique<HolidayCalendar>([this](int year) { return officialSchedule(year); });
    m_calendar->setInvalidationListener([this] { calendarInvalidated(); });
}

ReferenceData::~ReferenceData() = default;

std::shared_ptr<const Catalogue> ReferenceData::catalogue() const
{
    std::lock_guard lock(m_dataMutex);
    return m_catalogue;
}

void ReferenceData::attach(Database &db)
{
    {
        std::lock_guard lock(m_lendersMutex);
        m_lenders.append({QThread::currentThread(), &db});
    }
    std::lock_guard lock(m_dataMutex);
    if (!m_calendarFingerprint)  // the calendar as the first connection found it
        if (auto f = ReferenceStamp(db.sql()).calendarFingerprint())
            m_calendarFingerprint = f.value();
}

void ReferenceData::detach(Database &db)
{
    {
        std::lock_guard lock(m_lendersMutex);
        m_lenders.removeIf([&db](const Lender &l) { return l.db == &db; });
    }
    // A later connection of the same name counts its data_version afresh.
    std::lock_guard lock(m_dataMutex);
    m_seenDataVersion.erase(db.sql().connectionName());
}

QSqlDatabase *ReferenceData::connectionOfThisThread() const
{
    std::lock_guard lock(m_lendersMutex);
    for (const Lender &l : m_lenders)
        if (l.thread == QThread::currentThread())
            return &l.db->sql();
    return nullptr;
}

Result<std::optional<HolidaySchedule>> ReferenceData::officialSchedule(int year) const
{
    QSqlDatabase *db = connectionOfThisThread();
    if (!db) {
        // a programming error: every thread that computes dates owns a CounterServices
        qWarning("ReferenceData: calendar read on a thread without a database connection");
        return Error::internal(QStringLiteral("calendar read on a thread without a database connection"));
    }
    // an unreadable stored schedule is an error the clerk sees, never a silent fall-back
    return HolidayScheduleRepository(*db).newestFor(year);
}

Status ReferenceData::reloadCatalogue(QSqlDatabase &db)
{
    auto c = CatalogueRepository(db).current();
    if (!c)
        return c.error();
    bool adopted = false;
    {
        std::lock_guard lock(m_dataMutex);
        // versions only grow: an older one read by a slower thread never replaces a newer one
        if (!m_catalogue || c.value()->version() > m_catalogue->version()) {
            m_catalogue = c.value();
            adopted = true;
        }
    }
    if (adopted)
        emit changed(Change::Catalogue);
    return success();
}

void ReferenceData::calendarInvalidated()
{
    // Remember what is stored now, so that catchUp() does not announce the same change twice.
    if (QSqlDatabase *db = connectionOfThisThread())
        if (auto f = ReferenceStamp(*db).calendarFingerprint()) {
            std::lock_guard lock(m_dataMutex);
            m_calendarFingerprint = f.value();
        }
    emit changed(Change::Calendar);
}

void ReferenceData::catchUp(QSqlDatabase &db)
{
    ReferenceStamp stamp(db);
    // Every registration asks (CounterServices::catalogueInForce). What this connection itself
    // stores is announced on the spot (reloadCatalogue, CalendarService), so only another
    // connection's commit can have changed the reference data behind its back, and SQLite
    // counts those in PRAGMA data_version: while it stands still, nothing is read again.
    // Issue 13: re-reading the stamps on every registration was most of the intake overhead.
    // A fresh connection's data_version is at least 1, so its first catchUp() always reads
    // (that is how ensureBuiltInSchedules' quiet store at open is noticed).
    const auto version = stamp.dataVersion();
    if (version) {
        std::lock_guard lock(m_dataMutex);
        if (m_seenDataVersion[db.connectionName()] == version.value())
            return;
    }
    // Remembered as seen only when the stamps could be read: a failed read is tried again at
    // the next registration rather than waiting for another connection's next commit.
    const auto remember = [&] {
        if (!version)
            return;
        std::lock_guard lock(m_dataMutex);
        m_seenDataVersion[db.connectionName()] = version.value();
    };
    const auto held = catalogue();
    const auto newest = stamp.newestCatalogueVersion();
    if (newest && (!held || newest.value() > held->version())) {
        bool tried;
        {
            std::lock_guard lock(m_dataMutex);
            tried = newest.value() == m_unreadableCatalogueVersion;
        }
        if (!tried)
            if (auto r = reloadCatalogue(db); !r) {
                // Imports validate before storing, so this is a damaged row: keep the version in
                // force (CounterServices::open reports it on the next start) rather than fail here.
                qWarning("ReferenceData: stored catalogue version %d cannot be read: %s", newest.value(), qPrintable(r.error().message));
                std::lock_guard lock(m_dataMutex);
                m_unreadableCatalogueVersion = newest.value();
            }
    }
    const auto fingerprint = stamp.calendarFingerprint();
    if (newest && fingerprint)
        remember();
    bool calendarMoved = false;
    if (fingerprint) {
        std::lock_guard lock(m_dataMutex);
        calendarMoved = fingerprint.value() != m_calendarFingerprint;
    }
    if (!calendarMoved)
        return;
    // A rule set stored by another connection comes into force here; both calls announce
    // through calendarInvalidated().
    const auto stored = HolidayRuleSetRepository(db).current();
    if (stored && stored.value() && stored.value()->version != m_calendar->rules()->version)
        m_calendar->setRules(std::make_shared<const HolidayRuleSet>(*stored.value()));
    else
        m_calendar->invalidate();
}

void ReferenceData::checkForOutsideChanges()
{
    // catchUp() itself returns at once when nobody else committed anything since the last look.
    if (QSqlDatabase *db = connectionOfThisThread())
        catchUp(*db);
}

void ReferenceData::startWatching(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &ReferenceData::checkForOutsideChanges);
    }
    m_watch->start(intervalMs);
}

}  // namespace pc
