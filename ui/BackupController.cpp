#include "BackupController.h"

#include "services/BackupService.h"
#include "util/Log.h"

#include <QTimer>

namespace pc {

QString BackupAgeView::styleSheet() const
{
    switch (tone) {
    case Tone::Fresh: return QString();
    case Tone::Amber: return QStringLiteral("QLabel { background: #ffbf00; color: black; padding: 0 4px; }");
    case Tone::Red: return QStringLiteral("QLabel { background: #c62828; color: white; padding: 0 4px; }");
    }
    return QString();
}

BackupAgeView describeBackupAge(const QDateTime &lastUtc, const QDateTime &nowUtc)
{
    BackupAgeView v;
    if (!lastUtc.isValid()) {
        v.text = BackupController::tr("Chưa sao lưu lần nào");
        v.tone = BackupAgeView::Tone::Red;
        return v;
    }
    const qint64 hours = std::max<qint64>(0, lastUtc.secsTo(nowUtc) / 3600);
    const QString when = toLocal(lastUtc).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (hours < 24)
        v.text = BackupController::tr("Sao lưu: %n giờ trước (%1)", nullptr, int(hours)).arg(when);
    else
        v.text = BackupController::tr("Sao lưu: %n ngày trước (%1)", nullptr, int(hours / 24)).arg(when);
    v.tone = hours > 7 * 24 ? BackupAgeView::Tone::Red : hours > 2 * 24 ? BackupAgeView::Tone::Amber : BackupAgeView::Tone::Fresh;
    return v;
}

BackupController::BackupController(QString dbPath, const Clock &clock, WorkingHours hours, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_clock(clock), m_hours(std::move(hours)), m_timer(new QTimer(this))
{
    m_last = BackupService(m_dbPath, m_clock).lastBackupAt();
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupController::tick);
    m_timer->start();
}

BackupController::~BackupController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupController::dueAt(const QDateTime &nowUtc) const
{
    if (m_hours.periods.isEmpty())
        return false;
    const QDateTime local = toLocal(nowUtc);
    const QDateTime closing(local.date(), m_hours.closing(), vietnamTime());
    return local >= closing && (!m_last.isValid() || m_last < closing.toUTC());
}

void BackupController::tick()
{
    if (!busy() && dueAt(m_clock.nowUtc()))
        backupNow();
}

void BackupController::backupNowAs(const Actor &actor)
{
    if (busy())
        return;
    const QString path = m_dbPath;
    const Clock &clock = m_clock;
    // The service opens its own connections in this thread; the result comes back queued.
    m_thread = QThread::create([this, path, &clock, actor] {
        auto r = BackupService(path, clock).create(actor);
        const bool ok = r.ok();
        const QString message = ok ? r.value() : r.error().message;
        QMetaObject::invokeMethod(this, [this, ok, message] { done(ok, message); }, Qt::QueuedConnection);
    });
    emit started();
    m_thread->start();
}

void BackupController::done(bool ok, const QString &message)
{
    if (m_thread) {
        m_thread->wait();  // already past its last statement: returns at once
        delete m_thread;
        m_thread = nullptr;
    }
    if (ok)
        m_last = BackupService(m_dbPath, m_clock).lastBackupAt();
    else
        qCWarning(lcStorage, "backup failed: %s", qUtf8Printable(message));
    emit finished(ok, message);
}

void BackupController::backupAtQuit()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (auto r = BackupService(m_dbPath, m_clock).create(Actor::system()); !r)
        qCWarning(lcStorage, "backup at quit failed: %s", qUtf8Printable(r.error().message));
}

}  // namespace pc
