#include "SyncService.h"

#include "Gzip.h"
#include "Wire.h"
#include "services/CounterServices.h"
#include "storage/CatalogueRepository.h"
#include "storage/DossierRepository.h"
#include "storage/HolidayScheduleRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>
#include <deque>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class SyncText {
    Q_DECLARE_TR_FUNCTIONS(pc::SyncText)
};
const QString kUrl = u"sync.url"_s, kCa = u"sync.ca_file"_s, kPin = u"sync.pin"_s, kToken = u"sync.token"_s, kDevice = u"sync.device_id"_s,
              kCursor = u"sync.cursor"_s, kLastSuccess = u"sync.last_success"_s, kLastError = u"sync.last_error"_s,
              kClockOffset = u"sync.clock_offset"_s;

QString serverError(const HttpReply &r)
{
    const QJsonObject e = QJsonDocument::fromJson(r.body).object().value(u"error").toObject();
    return e.value(u"message").toString(e.value(u"code").toString());
}
}  // namespace

Result<CentreConfig> SyncService::config()
{
    CentreConfig c;
    c.baseUrl = QUrl(m_services.preference(kUrl));
    if (!c.baseUrl.isValid() || c.baseUrl.scheme() != u"https")
        return Error::badInput(SyncText::tr("Chưa cấu hình địa chỉ https của trung tâm (chạy \"sync enrol\")."));
    const QString ca = m_services.preference(kCa);
    c.caCertificates = QSslCertificate::fromPath(ca, QSsl::Pem);
    if (c.caCertificates.isEmpty())
        return Error::badInput(SyncText::tr("Không đọc được chứng chỉ của cơ quan chứng thực: %1").arg(ca));
    c.pinSha256 = m_services.preference(kPin);
    return c;
}

QHash<QByteArray, QByteArray> SyncService::authHeaders()
{
    return {{"Authorization", "Bearer " + m_services.preference(kToken).toUtf8()}};
}

Status SyncService::enrol(const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    auto identity = m_services.identity().load();
    if (!identity || !identity.value())
        return Error::refused(SyncText::tr("Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm."));
    for (const auto &[k, v] : {std::pair{kUrl, url.toString()}, std::pair{kCa, caFile}, std::pair{kPin, pin}})
        if (auto s = m_services.setPreference(k, v); !s)
            return s;
    auto c = config();
    if (!c)
        return c.error();
    CentreClient client(c.value());
    const QByteArray body = QJsonDocument(QJsonObject{{u"protocol"_s, wire::kProtocol}, {u"code"_s, code.trimmed()},
                                                      {u"unit_id"_s, identity.value()->unitId}, {u"counter"_s, identity.value()->counterNumber}})
                                .toJson(QJsonDocument::Compact);
    const HttpReply r = client.post(u"v1/enrol"_s, body, {{"Content-Type", "application/json"}});
    if (!r.ok())
        return Error::refused(r.errorText);
    if (r.status != 200)
        return Error::refused(SyncText::tr("Trung tâm từ chối mã đăng ký (%1): %2").arg(r.status).arg(serverError(r)));
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    const QString token = o.value(u"token").toString(), device = o.value(u"device_id").toString();
    if (token.isEmpty() || device.isEmpty())
        return Error::refused(SyncText::tr("Trả lời đăng ký của trung tâm không hợp lệ."));
    if (auto s = m_services.setPreference(kToken, token); !s)
        return s;
    return m_services.setPreference(kDevice, device);
}

void SyncService::checkClock(const HttpReply &reply, SyncReport &report)
{
    // Once per run: the first dated answer says all there is to say about the clock.
    if (!reply.serverDate.isValid() || report.clockChecked)
        return;
    report.clockChecked = true;
    const QDateTime now = m_services.clock().nowUtc();
    const qint64 offset = now.secsTo(reply.serverDate);
    (void)m_services.setPreference(kClockOffset, QString::number(offset));
    if (std::abs(offset) > 300)
        report.warnings << SyncText::tr("Đồng hồ máy quầy lệch %1 phút so với trung tâm: ngày hẹn in trên giấy tiếp nhận có thể sai. Hãy chỉnh đồng hồ.")
                               .arg(offset / 60);
    auto latest = DossierRepository(m_services.database().sql()).latestEventTime();
    if (latest && latest->isValid() && reply.serverDate < latest.value().addSecs(-300))
        report.warnings << SyncText::tr("Đã có hồ sơ ghi thời điểm muộn hơn giờ của trung tâm: đồng hồ máy quầy từng chạy sai.");
}

bool SyncService::backoff(int &attempt, const SyncOptions &o, const HttpReply &reply, SyncReport &report)
{
    report.message = reply.errorText;
    if (++attempt >= o.maxAttempts)
        return false;
    // Full jitter: a random wait up to an exponentially growing cap, at least Retry-After.
    const int cap = std::min(o.capDelayMs, o.baseDelayMs << std::min(attempt, 16));
    int wait = static_cast<int>(QRandomGenerator::global()->bounded(cap + 1));
    if (reply.retryAfterSeconds >= 0)
        wait = std::max(wait, reply.retryAfterSeconds * 1000);
    QThread::msleep(static_cast<unsigned long>(wait));
    return true;
}

bool SyncService::push(CentreClient &client, const SyncOptions &o, SyncReport &report)
{
    OutboxRepository outbox(m_services.database().sql());
    const QString device = m_services.preference(kDevice);
    struct Flight {
        QStringList ids;
        std::shared_ptr<CentreClient::Pending> exchange;
    };
    // Two batches in flight: the next one travels while the centre answers the previous one,
    // so the link's latency is not paid once per batch. Each answer settles only its own batch.
    std::deque<Flight> flights;
    QSet<QString> inFlight;
    int batchSize = o.initialBatch, attempt = 0, sent = 0, depth = 2;
    auto fail = [&](SyncReport::Outcome outcome, const QString &message) {
        flights.clear();  // aborts what is still in flight; those events stay in the outbox
        report.outcome = outcome;
        report.message = message;
        return false;
    };
    for (;;) {
        while (static_cast<int>(flights.size()) < depth) {
            auto waiting = outbox.oldest(batchSize + static_cast<int>(inFlight.size()));
            if (!waiting)
                return fail(SyncReport::Outcome::ConfigError, waiting.error().message);
            wire::Batch batch{QUuid::createUuid().toString(QUuid::WithoutBraces), device, {}};
            for (const wire::Event &e : waiting.value())
                if (!inFlight.contains(e.id) && batch.events.size() < batchSize)
                    batch.events.append(e);
            if (batch.events.isEmpty())
                break;
            auto headers = authHeaders();
            headers.insert({{"Idempotency-Key", batch.batchId.toLatin1()}, {"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
            Flight f;
            for (const wire::Event &e : batch.events) {
                f.ids << e.id;
                inFlight.insert(e.id);
            }
            f.exchange = client.start("POST", u"v1/events:batch"_s, gzip::compress(wire::encodeBatch(batch)), headers);
            flights.push_back(std::move(f));
        }
        if (flights.empty())
            return true;
        Flight f = std::move(flights.front());
        flights.pop_front();
        HttpReply r = client.wait(f.exchange);
        for (const QString &id : std::as_const(f.ids))
            inFlight.remove(id);
        checkClock(r, report);
        if (r.failure == HttpReply::Failure::Tls || r.failure == HttpReply::Failure::PinMismatch)
            return fail(SyncReport::Outcome::ConfigError, r.errorText);
        if (r.ok() && (r.status == 401 || r.status == 403))
            return fail(SyncReport::Outcome::ConfigError,
                        SyncText::tr("Trung tâm không nhận mã thiết bị của quầy (%1). Hãy đăng ký lại quầy với trung tâm.").arg(serverError(r)));
        if ((r.ok() && r.status == 413) || r.failure == HttpReply::Failure::Timeout) {
            batchSize = std::max(1, batchSize / 2);  // too big for the link or the centre
            depth = 1;
            if (r.failure == HttpReply::Failure::Timeout && !backoff(attempt, o, r, report))
                return fail(SyncReport::Outcome::Unreachable, r.errorText);
            continue;
        }
        std::optional<wire::BatchResult> result;
        if (r.ok() && r.status == 200) {
            auto decoded = wire::decodeBatchResult(r.body);
            if (decoded)
                result = decoded.value();
            else  // a 200 without the expected answer (a captive portal, a cut body): nothing settled
                r.errorText = SyncText::tr("Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1").arg(decoded.error().message);
        } else if (r.ok()) {
            r.errorText = SyncText::tr("Trung tâm trả lời lỗi %1 %2.").arg(r.status).arg(serverError(r));
        }
        if (!result) {
            depth = 1;
            if (!backoff(attempt, o, r, report))
                return fail(SyncReport::Outcome::Unreachable, r.errorText);
            continue;
        }
        if (auto st = outbox.settle(result->results, m_services.clock().nowUtc()); !st)
            return fail(SyncReport::Outcome::ConfigError, st.error().message);
        for (const wire::EventResult &e : result->results) {
            report.accepted += e.outcome == wire::EventResult::Outcome::Accepted;
            report.duplicates += e.outcome == wire::EventResult::Outcome::Duplicate;
            report.rejected += e.outcome == wire::EventResult::Outcome::Rejected;
        }
        sent += static_cast<int>(result->results.size());
        attempt = 0;
        depth = 2;
        batchSize = std::min(o.maxBatch, batchSize * 2);
        if (o.progress)
            o.progress(sent, outbox.pending().value_or(0));
    }
}

bool SyncService::pull(CentreClient &client, const SyncOptions &o, SyncReport &report)
{
    int attempt = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(u"cursor"_s, m_services.preference(kCursor));
        q.addQueryItem(u"limit"_s, u"200"_s);
        HttpReply r = client.get(u"v1/changes?"_s + q.toString(QUrl::FullyEncoded), authHeaders());
        if (r.failure == HttpReply::Failure::Tls || r.failure == HttpReply::Failure::PinMismatch) {
            report.message = r.errorText;
            report.outcome = SyncReport::Outcome::ConfigError;
            return false;
        }
        if (r.ok() && r.status == 410) {  // the centre forgot this cursor: full resync
            if (auto s = m_services.setPreference(kCursor, QString()); !s)
                return false;
            continue;
        }
        if (r.ok() && (r.status == 401 || r.status == 403)) {
            report.message = SyncText::tr("Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm.");
            report.outcome = SyncReport::Outcome::ConfigError;
            return false;
        }
        auto page = r.ok() && r.status == 200 ? wire::decodeChanges(r.body) : Result<wire::ChangesPage>(Error::badInput(QString()));
        if (!page) {
            if (r.ok())
                r.errorText = r.status == 200 ? SyncText::tr("Danh sách thay đổi từ trung tâm không hợp lệ: %1").arg(page.error().message)
                                              : SyncText::tr("Trung tâm trả lời lỗi %1 %2.").arg(r.status).arg(serverError(r));
            if (!backoff(attempt, o, r, report))
                return false;
            continue;
        }
        QSqlDatabase &db = m_services.database().sql();
        for (const wire::Change &c : page->changes) {
            // Each change is applied idempotently, so a page replayed after a crash is harmless.
            if (c.kind == wire::Change::Kind::Status) {
                sql::Transaction tx(db);
                auto applied = DossierRepository(db).applyCentreStatus(c.dossierCode, *statusFromCode(c.status), c.at,
                                                                       u"centre-status-"_s + QString::number(c.seq), c.note);
                if (applied && tx.commit())
                    report.changesApplied += *applied;
            } else if (c.kind == wire::Change::Kind::Catalogue) {
                if (CatalogueRepository(db).import(QJsonDocument(c.document).toJson(QJsonDocument::Compact), u"centre"_s)) {
                    ++report.changesApplied;
                    (void)m_services.reloadCatalogue();
                }
            } else if (c.kind == wire::Change::Kind::HolidayRules) {
                // Same as a catalogue: applied when newer than the rule set in force, else skipped.
                if (m_services.calendar().importRuleSet(QJsonDocument(c.document).toJson(QJsonDocument::Compact), u"centre"_s))
                    ++report.changesApplied;
            } else {
                const int year = c.document.value(u"year").toInt();
                auto newest = HolidayScheduleRepository(db).newestFor(year);
                const QByteArray json = QJsonDocument(c.document).toJson(QJsonDocument::Compact);
                auto incoming = HolidaySchedule::fromJson(json);
                if (incoming && !(newest && newest.value() && newest.value()->toJson() == incoming->toJson()) &&
                    m_services.calendar().importSchedule(json, u"centre"_s))
                    ++report.changesApplied;
            }
        }
        if (auto s = m_services.setPreference(kCursor, page->cursor); !s)
            return false;
        attempt = 0;
        if (!page->more)
            return true;
    }
}

SyncReport SyncService::runOnce(const SyncOptions &options)
{
    SyncReport report;
    auto c = config();
    if (!c || m_services.preference(kToken).isEmpty()) {
        report.outcome = SyncReport::Outcome::ConfigError;
        report.message = c ? SyncText::tr("Quầy chưa đăng ký với trung tâm (chạy \"sync enrol\").") : c.error().message;
        return report;
    }
    CentreClient client(c.value());
    const bool done = push(client, options, report) && pull(client, options, report);
    if (done) {
        (void)m_services.setPreference(kLastSuccess, toStoredUtc(m_services.clock().nowUtc()));
        (void)m_services.setPreference(kLastError, QString());
        report.message.clear();
        report.outcome = SyncReport::Outcome::Complete;
    } else {
        if (report.outcome == SyncReport::Outcome::Complete)
            report.outcome = SyncReport::Outcome::Unreachable;
        (void)m_services.setPreference(kLastError, report.message);
    }
    return report;
}

Result<SyncStatus> SyncService::status()
{
    OutboxRepository outbox(m_services.database().sql());
    auto pending = outbox.pending();
    if (!pending)
        return pending.error();
    auto quarantined = outbox.quarantinedCount();
    if (!quarantined)
        return quarantined.error();
    SyncStatus s;
    s.pending = *pending;
    s.quarantined = *quarantined;
    s.lastSuccess = fromStoredUtc(m_services.preference(kLastSuccess));
    s.lastError = m_services.preference(kLastError);
    s.enrolled = !m_services.preference(kToken).isEmpty();
    s.clockOffsetSeconds = m_services.preference(kClockOffset).toLongLong();
    return s;
}

}  // namespace pc

namespace pc {

Result<QList<QuarantinedEvent>> SyncService::quarantined() { return OutboxRepository(m_services.database().sql()).quarantined(); }

}  // namespace pc
