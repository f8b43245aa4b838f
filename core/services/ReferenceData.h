#pragma once
// The one owner, per process, of the reference data the services read: the catalogue in force
// and the holiday calendar (DESIGN §2; issue 8 §6). The window's services and the sync thread's
// services share it, so a catalogue version or a calendar change stored by either is seen by
// both at once, and changed() tells the screens (queued to their thread). What another process
// stores (the CLI importing a schedule while the window is open) is noticed by catchUp(): the
// owner's timer polls PRAGMA data_version and compares what is stored with what is held.
#include "calendar/HolidayCalendar.h"
#include "catalogue/Catalogue.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

class QThread;
class QTimer;

namespace pc {

class Database;

class ReferenceData : public QObject {
    Q_OBJECT
public:
    enum class Change { Catalogue = 0x1, Calendar = 0x2 };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit ReferenceData(QObject *parent = nullptr);
    ~ReferenceData() override;

    // Reads from any thread.
    std::shared_ptr<const Catalogue> catalogue() const;
    HolidayCalendar &calendar() { return *m_calendar; }

    // Each CounterServices lends its connection for the calendar's reads on its thread
    // (a QSqlDatabase is used only by the thread that opened it); it detaches before closing.
    // One owner serves one database file.
    void attach(Database &db);
    void detach(Database &db);

    // After a catalogue version was stored through `db` (the caller's own connection): adopts
    // the newest stored version when it is newer than the one held, and announces it.
    Status reloadCatalogue(QSqlDatabase &db);
    // Compares what `db` sees stored (newest catalogue version, calendar fingerprint) with what
    // is held, and adopts and announces any difference: another connection or process wrote it.
    void catchUp(QSqlDatabase &db);
    // Polls on a timer in this object's thread: when the data_version of the connection lent
    // by this thread moved (another connection committed something), catchUp() on it.
    void startWatching(int intervalMs = 2000);
    void checkForOutsideChanges();  // one poll; the timer's slot

signals:
    // From whichever thread adopted the change; receivers in other threads get it queued.
    void changed(pc::ReferenceData::Changes what);

private:
    QSqlDatabase *connectionOfThisThread() const;
    Result<std::optional<HolidaySchedule>> officialSchedule(int year) const;
    void calendarInvalidated();

    mutable std::mutex m_dataMutex;  // m_catalogue, m_calendarFingerprint, m_seenDataVersion
    std::shared_ptr<const Catalogue> m_catalogue;
    std::optional<QString> m_calendarFingerprint;  // unknown until the first connection is lent
    int m_unreadableCatalogueVersion = 0;  // stored but not adoptable: not parsed again and again
    struct Lender {
        QThread *thread;
        Database *db;
    };
    mutable std::mutex m_lendersMutex;
    QList<Lender> m_lenders;
    std::unique_ptr<HolidayCalendar> m_calendar;
    QTimer *m_watch = nullptr;
    // PRAGMA data_version each connection (by name) showed at its last catchUp(); under m_dataMutex.
    std::unordered_map<QString, qint64> m_seenDataVersion;
};

}  // namespace pc

Q_DECLARE_OPERATORS_FOR_FLAGS(pc::ReferenceData::Changes)
