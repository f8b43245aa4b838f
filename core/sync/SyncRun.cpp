#include "SyncRun.h"

#include "Gzip.h"
#include "Wire.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class RunText {
    Q_DECLARE_TR_FUNCTIONS(pc::RunText)
};
// A Retry-After longer than this ends the run instead of holding it (the next run comes later).
constexpr int kMaxRetryAfterSeconds = 120;

qint64 encodedSize(const wire::Event &e) { return wire::encodeBatch({QString(), QString(), {e}, 0, QString()}).size(); }
}  // namespace

SyncRun::SyncRun(SyncParts parts, SyncOptions options, QObject *parent)
    : QObject(parent), m_sync(parts), m_options(std::move(options)), m_batchSize(m_options.initialBatch)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_retryNext)
            (this->*m_retryNext)();
    });
}

SyncRun::~SyncRun() = default;

bool SyncRun::start()
{
    auto config = m_sync.config();
    if (!config || !m_sync.enrolled()) {
        m_report.outcome = SyncReport::Outcome::ConfigError;
        m_report.message = config ? RunText::tr("Quầy chưa đăng ký với trung tâm (chạy \"sync enrol\").") : config.error().message;
        m_phase = Phase::Done;
        return false;
    }
    CentreConfig c = config.value();
    if (m_options.deadlineMs > 0)
        c.deadlineMs = m_options.deadlineMs;
    m_client = std::make_unique<CentreClient>(c);
    m_phase = Phase::Push;
    // Started from the event loop, so that finished is never emitted before the caller listens.
    QTimer::singleShot(0, this, &SyncRun::pushMore);
    return true;
}

void SyncRun::stop()
{
    if (isRunning())
        finish(SyncReport::Outcome::Stopped, RunText::tr("Đã dừng đồng bộ."));
}

bool SyncRun::spendRequest()
{
    if (m_report.requests >= m_options.maxRequests) {
        finish(SyncReport::Outcome::BudgetExhausted,
               RunText::tr("Đã gửi %1 yêu cầu tới trung tâm trong lần đồng bộ này mà chưa xong (trung tâm trả lời bất thường hoặc còn quá nhiều dữ liệu). "
                           "Dừng tại đây; lần đồng bộ sau sẽ tiếp tục.")
                   .arg(m_options.maxRequests));
        return false;
    }
    ++m_report.requests;
    return true;
}

void SyncRun::retryLater(const HttpReply &r, const QString &message, void (SyncRun::*next)())
{
    m_report.message = message;
    if (r.retryAfterSeconds > kMaxRetryAfterSeconds || ++m_attempt >= m_options.maxAttempts) {
        finish(SyncReport::Outcome::Unreachable, message);
        return;
    }
    // Full jitter: a random wait up to an exponentially growing cap, at least Retry-After.
    const int cap = std::min(m_options.capDelayMs, m_options.baseDelayMs << std::min(m_attempt, 16));
    int wait = static_cast<int>(QRandomGenerator::global()->bounded(cap + 1));
    if (r.retryAfterSeconds >= 0)
        wait = std::max(wait, r.retryAfterSeconds * 1000);
    m_retryNext = next;
    m_retry.start(wait);
}

bool SyncRun::endsRun(const HttpReply &r)
{
    if (r.failure == HttpReply::Failure::Tls || r.failure == HttpReply::Failure::PinMismatch) {
        finish(SyncReport::Outcome::ConfigError, r.errorText);
        return true;
    }
    if (r.failure == HttpReply::Failure::Redirect) {
        finish(SyncReport::Outcome::Unreachable, r.errorText);
        return true;
    }
    if (r.transportOk() && (r.status == 401 || r.status == 403)) {
        finish(SyncReport::Outcome::ConfigError, RunText::tr("Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm."));
        return true;
    }
    return false;
}

// ---- events up ----------------------------------------------------------------------------

void SyncRun::pushMore()
{
    if (m_phase != Phase::Push || m_retry.isActive())
        return;
    OutboxRepository outbox(m_sync.parts().database.sql());
    // A big event travelling alone does not count against the depth: it holds nothing back.
    auto shared = [this] { return std::count_if(m_flights.cbegin(), m_flights.cend(), [](const auto &f) { return !f.second.alone; }); };
    auto aloneInFlight = [this] { return std::any_of(m_flights.cbegin(), m_flights.cend(), [](const auto &f) { return f.second.alone; }); };
    while (shared() < m_depth) {
        auto waiting = outbox.oldest(m_batchSize + static_cast<int>(m_inFlight.size() + m_deferred.size()));
        if (!waiting)
            return finish(SyncReport::Outcome::StorageError, waiting.error().message);
        wire::Batch batch{QUuid::createUuid().toString(QUuid::WithoutBraces), m_sync.deviceId(), {}, 0, QString()};
        if (auto head = AuditLog(m_sync.parts().database, m_sync.parts().clock).head(); head && head->seq > 0) {
            batch.auditSeq = head->seq;
            batch.auditHash = head->hash;
        }
        Flight flight;
        qint64 bytes = 0;
        for (const wire::Event &e : waiting.value()) {
            if (m_inFlight.contains(e.id) || m_deferred.contains(e.id))
                continue;
            const qint64 size = encodedSize(e);
            if (size > m_options.maxBatchBytes) {
                if (batch.events.isEmpty() && !aloneInFlight()) {  // too big to share a batch: it travels alone
                    batch.events.append(e);
                    flight.alone = true;
                    break;
                }
                continue;  // one big event at a time; the ones after it do not wait for it
            }
            if (bytes + size > m_options.maxBatchBytes || batch.events.size() >= m_batchSize)
                break;
            bytes += size;
            batch.events.append(e);
        }
        if (batch.events.isEmpty())
            break;
        if (!spendRequest())
            return;
        HttpRequest request;
        request.verb = "POST";
        request.path = u"v1/events:batch"_s;
        request.headers = m_sync.authHeaders();
        request.headers.insert({{"Idempotency-Key", batch.batchId.toLatin1()}, {"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
        request.body = gzip::compress(wire::encodeBatch(batch));
        if (flight.alone)  // its own, longer deadline: the time its size needs on a slow link
            request.deadlineMs = m_client->config().deadlineMs +
                                 static_cast<int>(std::min<qint64>(request.body.size() * 1000 / std::max(1, m_options.slowLinkBytesPerSecond), 3600000));
        for (const wire::Event &e : std::as_const(batch.events)) {
            flight.ids << e.id;
            m_inFlight.insert(e.id);
        }
        flight.bytes = request.body.size();
        flight.sent.start();
        const quint64 key = m_nextFlight++;
        m_flights.emplace(key, flight);
        m_client->send(request, [this, key](const HttpReply &r) { onBatch(key, r); });
    }
    if (m_flights.empty())
        startPull();
}

void SyncRun::onBatch(quint64 flightKey, const HttpReply &r)
{
    const Flight flight = m_flights.at(flightKey);
    m_flights.erase(flightKey);
    for (const QString &id : flight.ids)
        m_inFlight.remove(id);
    m_sync.checkClock(r, m_report);
    if (endsRun(r))
        return;
    OutboxRepository outbox(m_sync.parts().database.sql());
    const bool tooLarge = r.transportOk() && r.status == 413;
    if (tooLarge || r.failure == HttpReply::Failure::Timeout) {
        if (flight.ids.size() == 1 && tooLarge) {
            // The centre will never take this one: quarantined with the reason, the queue moves on.
            const wire::EventResult refused{flight.ids.first(), wire::EventResult::Outcome::Rejected,
                                            RunText::tr("Trung tâm từ chối vì sự kiện quá lớn (HTTP 413).")};
            if (auto s = outbox.settle({refused}, m_sync.parts().clock.nowUtc()); !s)
                return finish(SyncReport::Outcome::StorageError, s.error().message);
            ++m_report.rejected;
            return pushMore();
        }
        if (flight.alone) {
            // Even its own deadline was not enough on this link: it waits for the next run and
            // blocks nothing meanwhile.
            m_deferred.insert(flight.ids.first());
            m_report.message = RunText::tr("Một sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.");
            return pushMore();
        }
        m_batchSize = std::max(1, static_cast<int>(flight.ids.size()) / 2);  // too big for the link or the centre
        m_depth = 1;
        if (tooLarge)
            return pushMore();
        return retryLater(r, r.errorText, &SyncRun::pushMore);
    }
    QString problem = r.errorText;
    std::optional<wire::BatchResult> result;
    if (r.transportOk() && r.status == 200) {
        auto decoded = wire::decodeBatchResult(r.body);
        if (decoded)
            result = decoded.value();
        else  // a 200 without the expected answer (a captive portal, a cut body): nothing settled
            problem = RunText::tr("Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1").arg(decoded.error().message);
    } else if (r.transportOk()) {
        problem = httpStatusText(r.status);
    }
    if (!result) {
        m_depth = 1;
        return retryLater(r, problem, &SyncRun::pushMore);
    }
    if (settleBatch(flight, result->results))
        pushMore();
}

// Settles what the answer says about this batch's own events; an answer about none of them
// is no progress and counts as a failed attempt. false when the run ended.
bool SyncRun::settleBatch(const Flight &flight, const QList<wire::EventResult> &results)
{
    const QSet<QString> sent(flight.ids.cbegin(), flight.ids.cend());
    QList<wire::EventResult> ours;
    QSet<QString> answered;
    for (const wire::EventResult &e : results)
        if (sent.contains(e.id) && !answered.contains(e.id)) {  // foreign ids and repeats are ignored
            answered.insert(e.id);
            ours.append(e);
        }
    if (ours.isEmpty()) {
        m_depth = 1;
        retryLater({}, RunText::tr("Trung tâm không trả lời về %n sự kiện vừa gửi; các sự kiện này vẫn chờ gửi lại.", nullptr,
                                   static_cast<int>(flight.ids.size())),
                   &SyncRun::pushMore);
        return false;
    }
    OutboxRepository outbox(m_sync.parts().database.sql());
    if (auto st = outbox.settle(ours, m_sync.parts().clock.nowUtc()); !st) {
        finish(SyncReport::Outcome::StorageError, st.error().message);
        return false;
    }
    for (const wire::EventResult &e : std::as_const(ours)) {
        m_report.accepted += e.outcome == wire::EventResult::Outcome::Accepted;
        m_report.duplicates += e.outcome == wire::EventResult::Outcome::Duplicate;
        m_report.rejected += e.outcome == wire::EventResult::Outcome::Rejected;
    }
    m_sent += static_cast<int>(ours.size());
    m_attempt = 0;
    m_depth = 2;
    m_batchSize = nextBatchSize(flight);
    if (m_options.progress)
        m_options.progress(m_sent, outbox.pending().value_or(0));
    return true;
}

// After an answered batch: twice as many events (a fast link reaches maxBatch in a few
// batches), but no more than this batch's own link speed carries in a third of the transfer
// timeout. The speed is measured from send to answer, latency and the centre's work included,
// so it errs on the slow side, and with two batches in flight it is already each one's share
// of the link. On a slow link a batch then ends well inside the timeout instead of running
// past it and going up again (issue 13: at 256 kbit/s, 2,000-event batches two at a time
// passed 15 s and 4,000 of 10,000 events were sent twice).
int SyncRun::nextBatchSize(const Flight &answered) const
{
    const int doubled = std::min(m_options.maxBatch, m_batchSize * 2);
    const qint64 ms = answered.sent.isValid() ? answered.sent.elapsed() : 0;
    if (answered.alone || answered.ids.isEmpty() || answered.bytes <= 0 || ms <= 0 || !m_client)
        return doubled;
    const double bytesPerSecond = double(answered.bytes) * 1000.0 / double(ms);
    const double bytesPerEvent = double(answered.bytes) / double(answered.ids.size());
    const double budgetSeconds = m_client->config().transferTimeoutMs / 3000.0;
    const int fits = static_cast<int>(bytesPerSecond * budgetSeconds / bytesPerEvent);
    return std::clamp(std::min(doubled, fits), 1, m_options.maxBatch);
}

// ---- changes down -------------------------------------------------------------------------

void SyncRun::startPull()
{
    m_phase = Phase::Pull;
    m_attempt = 0;
    requestPage();
}

void SyncRun::requestPage()
{
    if (m_phase != Phase::Pull)
        return;
    if (m_report.pages >= m_options.maxPages)
        return finish(SyncReport::Outcome::BudgetExhausted,
                      RunText::tr("Trung tâm vẫn còn thay đổi sau %1 trang; lần đồng bộ này dừng ở đây, lần sau sẽ đọc tiếp.").arg(m_options.maxPages));
    if (!spendRequest())
        return;
    QUrlQuery q;
    q.addQueryItem(u"cursor"_s, m_sync.cursor());
    q.addQueryItem(u"limit"_s, QString::number(m_options.pageLimit));
    HttpRequest request;
    request.path = u"v1/changes?"_s + q.toString(QUrl::FullyEncoded);
    request.headers = m_sync.authHeaders();
    m_client->send(request, [this](const HttpReply &r) { onPage(r); });
}

void SyncRun::onPage(const HttpReply &r)
{
    m_sync.checkClock(r, m_report);
    if (endsRun(r))
        return;
    if (r.transportOk() && r.status == 410) {  // the centre forgot this cursor: full resync
        if (auto s = m_sync.setCursor(QString()); !s)
            return finish(SyncReport::Outcome::StorageError, s.error().message);
        return requestPage();
    }
    auto page = r.transportOk() && r.status == 200 ? wire::decodeChanges(r.body) : Result<wire::ChangesPage>(Error::badInput(QString()));
    if (!page) {
        const QString problem = !r.transportOk() ? r.errorText
                                : r.status == 200 ? RunText::tr("Danh sách thay đổi từ trung tâm không hợp lệ: %1").arg(page.error().message)
                                                  : httpStatusText(r.status);
        return retryLater(r, problem, &SyncRun::requestPage);
    }
    ++m_report.pages;
    for (const wire::Change &c : std::as_const(page->changes)) {
        const ChangeOutcome o = m_sync.applyChange(c);
        if (o.kind == ChangeOutcome::Kind::Failed)  // the cursor stays before this change
            return finish(SyncReport::Outcome::StorageError, RunText::tr("Không lưu được thay đổi từ trung tâm: %1").arg(o.reason));
        m_report.changesApplied += o.kind == ChangeOutcome::Kind::Applied;
        m_report.changesQuarantined += o.kind == ChangeOutcome::Kind::Quarantined;
    }
    // Every change of the page was applied or quarantined: the cursor may pass them.
    if (auto s = m_sync.setCursor(page->cursor); !s)
        return finish(SyncReport::Outcome::StorageError, s.error().message);
    m_attempt = 0;
    if (!page->more)
        return finish(SyncReport::Outcome::Complete, QString());
    requestPage();
}

void SyncRun::finish(SyncReport::Outcome outcome, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_retry.stop();
    if (m_client)
        m_client->abortAll();  // what is still in flight stays in the outbox
    m_flights.clear();
    m_inFlight.clear();
    if (outcome == SyncReport::Outcome::Complete && !m_deferred.isEmpty()) {
        outcome = SyncReport::Outcome::Unreachable;
        m_report.message = RunText::tr("%n sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.", nullptr,
                                       static_cast<int>(m_deferred.size()));
    } else {
        m_report.message = message;
    }
    m_report.outcome = outcome;
    m_sync.recordOutcome(m_report);
    emit finished(m_report);
}

}  // namespace pc
