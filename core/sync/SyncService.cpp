#include "SyncService.h"

#include "EnrolmentRequest.h"
#include "services/AccountRules.h"
#include "SyncRun.h"
#include "Wire.h"
#include "services/CalendarService.h"
#include "services/ReferenceData.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/DossierRepository.h"
#include "storage/HolidayScheduleRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlHelpers.h"
#include "util/SecretSeal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class SyncText {
    Q_DECLARE_TR_FUNCTIONS(pc::SyncText)
};
const QString kUrl = u"sync.url"_s, kCa = u"sync.ca_file"_s, kPin = u"sync.pin"_s, kToken = u"sync.token"_s, kDevice = u"sync.device_id"_s,
              kCursor = u"sync.cursor"_s, kLastSuccess = u"sync.last_success"_s, kLastError = u"sync.last_error"_s,
              kClockOffset = u"sync.clock_offset"_s,
              // Changes the counter could not apply, as a JSON list (newest last, at most kMaxQuarantinedChanges).
              kQuarantinedChanges = u"sync.quarantined_changes"_s;
constexpr int kMaxQuarantinedChanges = 1000;

bool atTopLevel()
{
    // A QEventLoop here must not nest inside a running one (the sync thread's, the UI's).
    return QThread::currentThread()->loopLevel() == 0;
}
}  // namespace

Result<CentreConfig> SyncService::candidateConfig(const QUrl &url, const QString &caFile, const QString &pin)
{
    CentreConfig c;
    c.baseUrl = url;
    if (!c.baseUrl.isValid() || c.baseUrl.scheme() != u"https" || c.baseUrl.host().isEmpty())
        return Error::badInput(SyncText::tr("Địa chỉ trung tâm phải là một địa chỉ https:// đầy đủ."));
    const QFileInfo ca(caFile);
    if (!ca.isFile() || !ca.isReadable())
        return Error::badInput(SyncText::tr("Không đọc được tệp chứng chỉ của cơ quan chứng thực: %1").arg(caFile));
    c.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (c.caCertificates.isEmpty())
        return Error::badInput(SyncText::tr("Tệp %1 không chứa chứng chỉ PEM của cơ quan chứng thực.").arg(caFile));
    static const QRegularExpression hex64(u"^[0-9A-Fa-f]{64}$"_s);
    if (!pin.isEmpty() && !hex64.match(pin).hasMatch())
        return Error::badInput(SyncText::tr("Ghim khóa phải gồm đúng 64 ký tự hex (SHA-256)."));
    c.pinSha256 = pin;
    return c;
}

Result<CentreConfig> SyncService::config()
{
    const QString url = preference(kUrl);
    if (url.isEmpty())
        return Error::badInput(SyncText::tr("Chưa cấu hình địa chỉ https của trung tâm (chạy \"sync enrol\")."));
    return candidateConfig(QUrl(url), preference(kCa), preference(kPin));
}

QHash<QByteArray, QByteArray> SyncService::authHeaders()
{
    // The token is sealed with a key outside the database (util/SecretSeal.h).
    auto token = openSecret(preference(kToken));
    if (!token) {
        qCWarning(lcSync, "the device token cannot be opened on this PC; the centre will refuse until the counter enrols again");
        return {{"Authorization", "Bearer -"}};
    }
    return {{"Authorization", "Bearer " + token->toUtf8()}};
}

bool SyncService::enrolled() { return !preference(kToken).isEmpty(); }

QString SyncService::deviceId() { return preference(kDevice); }
QString SyncService::cursor() { return preference(kCursor); }
Status SyncService::setCursor(const QString &cursor) { return setPreference(kCursor, cursor); }

QString SyncService::preference(const QString &key)
{
    auto v = SettingsRepository(m_parts.database.sql()).get(key);
    return v && v.value() ? **v : QString();
}

Status SyncService::setPreference(const QString &key, const QString &value) { return SettingsRepository(m_parts.database.sql()).set(key, value); }

Status SyncService::storeEnrolment(const QUrl &url, const QString &caFile, const QString &pin, const QString &token, const QString &device)
{
    QSqlDatabase &db = m_parts.database.sql();
    sql::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto sealed = sealSecret(token);
    if (!sealed)
        return sealed.error();
    // A new centre or device starts its changes feed from the beginning.
    for (const auto &[k, v] : {std::pair{kUrl, url.toString()}, std::pair{kCa, QFileInfo(caFile).absoluteFilePath()}, std::pair{kPin, pin},
                               std::pair{kToken, sealed.value()}, std::pair{kDevice, device}, std::pair{kCursor, QString()}})
        if (auto s = setPreference(k, v); !s)
            return s;
    return tx.commit();
}

Status SyncService::enrol(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    if (!atTopLevel())
        return Error::internal(u"SyncService::enrol called inside an event loop"_s);
    EnrolmentRequest request(m_parts);
    QEventLoop loop;
    Status result = success();
    QObject::connect(&request, &EnrolmentRequest::finished, &loop, [&](const Status &s) {
        result = s;
        loop.quit();
    });
    if (!request.start(actor, url, caFile, pin, code))
        return request.result();
    loop.exec();
    return result;
}

SyncReport SyncService::runOnce(const SyncOptions &options)
{
    SyncReport report;
    if (!atTopLevel()) {
        report.outcome = SyncReport::Outcome::ConfigError;
        report.message = u"SyncService::runOnce called inside an event loop"_s;
        return report;
    }
    SyncRun run(m_parts, options);
    QEventLoop loop;
    QObject::connect(&run, &SyncRun::finished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    if (run.start())
        loop.exec();
    else
        report = run.report();
    return report;
}

void SyncService::checkClock(const HttpReply &reply, SyncReport &report)
{
    // Once per run: the first dated answer says all there is to say about the clock.
    if (!reply.serverDate.isValid() || report.clockChecked)
        return;
    report.clockChecked = true;
    const QDateTime now = m_parts.clock.nowUtc();
    const qint64 offset = now.secsTo(reply.serverDate);
    (void)setPreference(kClockOffset, QString::number(offset));
    if (std::abs(offset) > 300)
        report.warnings << SyncText::tr("Đồng hồ máy quầy lệch %1 phút so với trung tâm: ngày hẹn in trên giấy tiếp nhận có thể sai. Hãy chỉnh đồng hồ.")
                               .arg(offset / 60);
    auto latest = DossierRepository(m_parts.database.sql()).latestEventTime();
    if (latest && latest->isValid() && reply.serverDate < latest.value().addSecs(-300))
        report.warnings << SyncText::tr("Đã có hồ sơ ghi thời điểm muộn hơn giờ của trung tâm: đồng hồ máy quầy từng chạy sai.");
}

void SyncService::recordOutcome(const SyncReport &report)
{
    // The diagnostic log (util/Log.h): counts and the error, never event contents or the token.
    if (report.outcome == SyncReport::Outcome::Complete)
        qCInfo(lcSync, "sync run complete: accepted %d, duplicates %d, rejected %d, changes %d, quarantined changes %d, requests %d",
               report.accepted, report.duplicates, report.rejected, report.changesApplied, report.changesQuarantined, report.requests);
    else
        qCWarning(lcSync, "sync run ended (outcome %d) after %d requests: %s", static_cast<int>(report.outcome), report.requests,
                  qUtf8Printable(report.message));
    if (report.outcome == SyncReport::Outcome::Complete) {
        (void)setPreference(kLastSuccess, toStoredUtc(m_parts.clock.nowUtc()));
        (void)setPreference(kLastError, QString());
    } else if (report.outcome != SyncReport::Outcome::Stopped) {
        (void)setPreference(kLastError, report.message);
    }
}

// ---- changes from the centre --------------------------------------------------------------
// One change at a time. Other change kinds are added here, next to these.
ChangeOutcome SyncService::applyChange(const wire::Change &c)
{
    QSqlDatabase &db = m_parts.database.sql();
    auto quarantine = [&](const QString &reason) -> ChangeOutcome {
        if (auto s = quarantineChange(c, reason); !s)
            return {ChangeOutcome::Kind::Failed, s.error().message};
        return {ChangeOutcome::Kind::Quarantined, reason};
    };
    auto failedOrQuarantined = [&](const Error &e) -> ChangeOutcome {
        return e.isUserError() ? quarantine(e.message) : ChangeOutcome{ChangeOutcome::Kind::Failed, e.message};
    };
    if (c.kind == wire::Change::Kind::Status) {
        const auto to = statusFromCode(c.status);
        if (!to)
            return quarantine(SyncText::tr("Trạng thái %1 không có trong bảng mã trạng thái quốc gia (1–10).").arg(c.status));
        DossierRepository dossiers(db);
        auto found = dossiers.findByCode(c.dossierCode);
        if (!found)
            return failedOrQuarantined(found.error());
        if (!found.value())
            return quarantine(SyncText::tr("Quầy không có hồ sơ %1.").arg(c.dossierCode));
        const Dossier &d = *found.value();
        const QString eventId = u"centre-status-"_s + QString::number(c.seq);
        // A local event the centre rejected (quarantined) does not outrank its decision: the
        // centre's status is the one in force for that dossier (issue 11 §6).
        auto rejected = OutboxRepository(db).quarantinedIdsOf(d.id);
        if (!rejected)
            return failedOrQuarantined(rejected.error());
        QDateTime newest;
        for (const DossierEvent &e : d.events) {
            if (e.uuid == eventId)
                return {};  // applied before: a replayed page
            if (!rejected->contains(e.uuid))
                newest = std::max(newest, e.at);
        }
        if ((newest.isValid() && c.at < newest) || d.status == *to)
            return {};  // an older decision never overwrites a newer local event; the same status is no change
        if (!isAllowedTransition(d.status, *to))
            return quarantine(SyncText::tr("Không thể chuyển hồ sơ %1 từ \"%2\" sang \"%3\".").arg(c.dossierCode, statusName(d.status), statusName(*to)));
        sql::Transaction tx(db);
        if (!tx.begun())
            return {ChangeOutcome::Kind::Failed, tx.begun().error().message};
        auto applied = dossiers.applyCentreStatus(c.dossierCode, *to, c.at, eventId, c.note);
        if (!applied)
            return failedOrQuarantined(applied.error());
        if (auto s = tx.commit(); !s)
            return {ChangeOutcome::Kind::Failed, s.error().message};
        return {*applied ? ChangeOutcome::Kind::Applied : ChangeOutcome::Kind::Unchanged, {}};
    }
    if (c.kind == wire::Change::Kind::Catalogue) {
        const int version = c.document.value(u"version").toInt();
        auto current = CatalogueRepository(db).current();
        if (current && current.value() && version <= current.value()->version())
            return {};  // in force already or older: nothing to do
        auto imported = CatalogueRepository(db).import(QJsonDocument(c.document).toJson(QJsonDocument::Compact), u"centre"_s);
        if (!imported)
            return failedOrQuarantined(imported.error());
        (void)m_parts.reference.reloadCatalogue(db);
        return {ChangeOutcome::Kind::Applied, {}};
    }
    if (c.kind == wire::Change::Kind::HolidayRules) {
        // Like a catalogue: applied when newer than the rule set in force, else nothing to do.
        const QString version = c.document.value(u"version").toString();
        if (auto current = m_parts.calendar.ruleSet(); current && HolidayRuleSet::compareVersions(version, current->version) <= 0)
            return {};
        auto imported = m_parts.calendar.importRuleSet(QJsonDocument(c.document).toJson(QJsonDocument::Compact), u"centre"_s);
        if (!imported)
            return failedOrQuarantined(imported.error());
        return {ChangeOutcome::Kind::Applied, {}};
    }
    const int year = c.document.value(u"year").toInt();
    auto newest = HolidayScheduleRepository(db).newestFor(year);
    const QByteArray json = QJsonDocument(c.document).toJson(QJsonDocument::Compact);
    auto incoming = HolidaySchedule::fromJson(json);
    if (!incoming)
        return failedOrQuarantined(incoming.error());
    if (newest && newest.value() && newest.value()->toJson() == incoming->toJson())
        return {};
    auto imported = m_parts.calendar.importSchedule(json, u"centre"_s);
    if (!imported)
        return failedOrQuarantined(imported.error());
    return {ChangeOutcome::Kind::Applied, {}};
}

Status SyncService::quarantineChange(const wire::Change &c, const QString &reason)
{
    QJsonArray list = QJsonDocument::fromJson(preference(kQuarantinedChanges).toUtf8()).array();
    const QString kind = wire::changeKindKey(c.kind);
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        if (o.value(u"seq").toInteger() == c.seq && o.value(u"kind").toString() == kind && o.value(u"dossier_code").toString() == c.dossierCode)
            return success();  // a replayed page: quarantined once
    }
    list.append(QJsonObject{{u"seq"_s, c.seq}, {u"kind"_s, kind}, {u"dossier_code"_s, c.dossierCode}, {u"status"_s, c.status},
                            {u"reason"_s, reason}, {u"quarantined_at"_s, toStoredUtc(m_parts.clock.nowUtc())}});
    while (list.size() > kMaxQuarantinedChanges)
        list.removeFirst();
    return setPreference(kQuarantinedChanges, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

Result<QList<QuarantinedEvent>> SyncService::quarantined(const Actor &actor)
{
    if (auto allowed = access::handleQuarantine(actor); !allowed)
        return allowed.error();
    auto events = OutboxRepository(m_parts.database.sql()).quarantined();
    if (!events)
        return events.error();
    QList<QuarantinedEvent> out = events.value();
    const QJsonArray changes = QJsonDocument::fromJson(preference(kQuarantinedChanges).toUtf8()).array();
    for (const QJsonValue &v : changes) {
        const QJsonObject o = v.toObject();
        out.append({u"centre-change-"_s + QString::number(o.value(u"seq").toInteger()), o.value(u"dossier_code").toString(),
                    u"centre."_s + o.value(u"kind").toString(), o.value(u"reason").toString(), fromStoredUtc(o.value(u"quarantined_at").toString())});
    }
    std::stable_sort(out.begin(), out.end(), [](const QuarantinedEvent &a, const QuarantinedEvent &b) { return a.at < b.at; });
    return out;
}

Result<SyncStatus> SyncService::status()
{
    OutboxRepository outbox(m_parts.database.sql());
    auto pending = outbox.pending();
    if (!pending)
        return pending.error();
    auto quarantined = outbox.quarantinedCount();
    if (!quarantined)
        return quarantined.error();
    SyncStatus s;
    s.pending = *pending;
    s.quarantined = *quarantined + static_cast<int>(QJsonDocument::fromJson(preference(kQuarantinedChanges).toUtf8()).array().size());
    s.lastSuccess = fromStoredUtc(preference(kLastSuccess));
    s.lastError = preference(kLastError);
    s.enrolled = !preference(kToken).isEmpty();
    s.clockOffsetSeconds = preference(kClockOffset).toLongLong();
    return s;
}

}  // namespace pc
