#include "SyncWorker.h"

#include "services/CounterServices.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace pc {

SyncWorker::SyncWorker(QString dbPath, const Clock &clock, int intervalMs, std::shared_ptr<ReferenceData> reference)
    : m_dbPath(std::move(dbPath)), m_clock(clock), m_intervalMs(intervalMs), m_reference(std::move(reference))
{
    qRegisterMetaType<pc::SyncSnapshot>();
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    auto s = CounterServices::open(m_dbPath, m_clock, m_reference);  // its own connection, on this thread
    if (!s) {
        SyncSnapshot snap;
        snap.lastError = s.error().message;
        emit snapshot(snap);
        return;
    }
    m_services = std::move(s).value();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    // The OS's word that the network is back is only a hint: try, and let the centre answer.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Online)
                syncNow();
        });
    syncNow();  // start-up
}

void SyncWorker::syncNow()
{
    if (!m_services || m_running)
        return;
    m_running = true;
    publish();
    SyncService sync(*m_services);
    SyncOptions o;
    o.maxAttempts = 3;  // the worker's own backoff takes over after that
    o.progress = [this](int sent, int pending) { emit progress(sent, pending); };
    const SyncReport r = sync.runOnce(o);
    m_running = false;
    m_warnings = r.warnings;
    m_online = r.outcome == SyncReport::Outcome::Complete;
    if (m_online) {
        m_failures = 0;
        m_timer->start(m_intervalMs);
    } else {
        // exponential backoff with full jitter: somewhere up to 30 s × 2^failures, at most the interval
        const qint64 cap = std::min<qint64>(m_intervalMs, 30000LL << std::min(++m_failures, 10));
        m_timer->start(static_cast<int>(QRandomGenerator::global()->bounded(cap) + 1000));
    }
    publish();
}

void SyncWorker::enrol(const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    if (!m_services)
        return emit enrolled(false, QString());
    const Status r = SyncService(*m_services).enrol(url, caFile, pin, code);
    emit enrolled(r.ok(), r.ok() ? QString() : r.error().message);
    publish();
    if (r.ok())
        syncNow();
}

void SyncWorker::publish()
{
    SyncSnapshot snap;
    snap.running = m_running;
    snap.online = m_online;
    snap.warnings = m_warnings;
    if (m_services) {
        if (auto st = SyncService(*m_services).status()) {
            snap.enrolled = st->enrolled;
            snap.pending = st->pending;
            snap.quarantined = st->quarantined;
            snap.lastSuccess = st->lastSuccess;
            snap.lastError = st->lastError;
        }
    }
    emit snapshot(snap);
}

}  // namespace pc
