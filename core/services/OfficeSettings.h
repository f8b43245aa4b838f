#pragma once
// The office settings printed on the forms and used at intake: the one owner of these keys in
// a process (the CLI `settings` command and the office settings screen both go through it).
// Every value is checked here, so a bad value never reaches the database or a form.
#include "domain/Actor.h"
#include "util/Money.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace pc {

class Database;

class OfficeSettings {
public:
    static inline const QString GoverningBody = QStringLiteral("office.governing_body");
    static inline const QString Place = QStringLiteral("office.place");
    static inline const QString GuidanceContact = QStringLiteral("office.guidance_contact");
    static inline const QString Postage = QStringLiteral("office.postage");
    // Minutes without keyboard or mouse before the window locks (issue 12: default 10).
    static inline const QString IdleLockMinutes = QStringLiteral("office.idle_lock_minutes");
    static constexpr int DefaultIdleLockMinutes = 10;
    static constexpr int MaxIdleLockMinutes = 240;
    // Postage when none was set (đồng): what IntakePage used before this setting had an owner.
    static constexpr qint64 DefaultPostage = 25000;

    OfficeSettings(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    static QStringList keys();
    static QString label(const QString &key);
    static Status checkKey(const QString &key);  // bad input naming the known keys  // translated, for the screen and the CLI help
    // The stored form of a value, or a Vietnamese reason why it is not acceptable.
    static Result<QString> normalize(const QString &key, const QString &value);

    // The stored value ("" when unset, the default for office.postage); unknown key = bad input.
    Result<QString> get(const QString &key);
    // Supervisor only (access::changeOfficeSettings); a change is audited.
    Status set(const Actor &actor, const QString &key, const QString &value);

    QString governingBody();
    QString place();
    QString guidanceContact();
    Money postage();
    int idleLockMinutes();

private:
    QString stored(const QString &key);
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
