#include "SyncWorker.h"

#include "EnrolmentRequest.h"
#include "SyncRun.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

namespace pc {

SyncWorker::SyncWorker(SyncConnectionOpener open, int intervalMs) : m_open(std::move(open)), m_intervalMs(intervalMs)
{
    qRegisterMetaType<pc::SyncSnapshot>();
}

SyncWorker::~SyncWorker()
{
    m_run.reset();  // aborts what is in flight before the database connection goes
    m_enrolment.reset();
}

void SyncWorker::start()
{
    auto s = m_open();  // its own connection, on this thread
    if (!s) {
        SyncSnapshot snap;
        snap.lastError = s.error().message;
        emit snapshot(snap);
        return;
    }
    m_connection = std::move(s).value();
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
    if (!m_connection || m_stopped)
        return;
    if (m_run || m_enrolment || m_enrolWaiting) {
        m_again = true;  // taken up as soon as the current work ends
        return;
    }
    m_again = false;
    SyncOptions o;
    o.maxAttempts = 3;  // the worker's own backoff takes over after that
    o.progress = [this](int sent, int pending) { emit progress(sent, pending); };
    m_run = std::make_unique<SyncRun>(m_connection->parts(), o);
    connect(m_run.get(), &SyncRun::finished, this, &SyncWorker::runFinished);
    if (!m_run->start()) {
        m_run.reset();
        m_online = false;
        publish();
        return;
    }
    publish();
}

void SyncWorker::runFinished(const SyncReport &r)
{
    // Called from inside the run's own callback: release it once that has returned.
    if (m_run)
        m_run.release()->deleteLater();
    if (m_stopped)
        return;
    m_warnings = r.warnings;
    if (r.outcome != SyncReport::Outcome::Stopped) {
        m_online = r.outcome == SyncReport::Outcome::Complete;
        if (m_online) {
            m_failures = 0;
            m_timer->start(m_intervalMs);
        } else {
            // exponential backoff with full jitter: somewhere up to 30 s × 2^failures, at most the interval
            const qint64 cap = std::min<qint64>(m_intervalMs, 30000LL << std::min(++m_failures, 10));
            m_timer->start(static_cast<int>(QRandomGenerator::global()->bounded(cap) + 1000));
        }
    }
    publish();
    if (m_enrolWaiting)
        return startEnrolment();
    if (m_again)
        syncNow();
}

void SyncWorker::enrol(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    if (!m_connection || m_stopped)
        return emit enrolled(false, QString());
    m_enrolWaiting = EnrolArgs{actor, url, caFile, pin, code};
    if (m_enrolment) {
        m_enrolment->abort();  // the newer request replaces it
        m_enrolment.release()->deleteLater();
    }
    if (m_run)
        return m_run->stop();  // runFinished starts the enrolment; no push is ever half-way
    startEnrolment();
}

void SyncWorker::startEnrolment()
{
    const EnrolArgs a = *m_enrolWaiting;
    m_enrolWaiting.reset();
    m_enrolment = std::make_unique<EnrolmentRequest>(m_connection->parts());
    connect(m_enrolment.get(), &EnrolmentRequest::finished, this, [this](const Status &r) {
        if (m_enrolment)
            m_enrolment.release()->deleteLater();
        emit enrolled(r.ok(), r.ok() ? QString() : r.error().message);
        publish();
        if (m_enrolWaiting)
            return startEnrolment();
        syncNow();  // enrolled or not, the queue is tried (with the configuration now in force)
    });
    if (!m_enrolment->start(a.actor, a.url, a.caFile, a.pin, a.code)) {
        const Status r = m_enrolment->result();
        m_enrolment.reset();
        emit enrolled(false, r.error().message);
        publish();
        if (m_again)
            syncNow();
    }
}

void SyncWorker::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (m_run)
        m_run->stop();
    if (m_enrolment)
        m_enrolment->abort();
}

void SyncWorker::publish()
{
    SyncSnapshot snap;
    snap.running = m_run && m_run->isRunning();
    snap.online = m_online;
    snap.warnings = m_warnings;
    if (m_connection) {
        if (auto st = SyncService(m_connection->parts()).status()) {
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
