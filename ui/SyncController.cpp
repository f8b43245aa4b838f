#include "SyncController.h"

#include "services/CounterServices.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QRegularExpression>

namespace pc {
namespace {
class SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(pc::SyncStatusText)
};

// Qt's own network and TLS messages are English ASCII sentences; the project's messages are
// Vietnamese and each of their phrases carries letters outside ASCII. A phrase of two or more
// ASCII words is therefore Qt's.
bool looksUntranslated(const QString &phrase)
{
    static const QRegularExpression asciiSentence(QStringLiteral("^[\\x20-\\x7E]*[A-Za-z]{2,}[\\x20-\\x7E]*\\s[\\x20-\\x7E]*[A-Za-z]{2,}[\\x20-\\x7E]*$"));
    return asciiSentence.match(phrase.trimmed()).hasMatch();
}
}  // namespace

QString withoutUntranslatedDetail(const QString &message)
{
    // Phrases are separated by ": ", "; " or ". "; an untranslated one goes with the separator
    // before it ("Không kết nối được: Connection refused. Thử lại sau" → "Không kết nối được. Thử lại sau").
    static const QRegularExpression separator(QStringLiteral("(: |; |\\. )"));
    QStringList phrases, separators;
    qsizetype from = 0;
    for (auto it = separator.globalMatch(message); it.hasNext();) {
        const auto m = it.next();
        phrases << message.mid(from, m.capturedStart() - from);
        separators << m.captured();
        from = m.capturedEnd();
    }
    phrases << message.mid(from);
    QString out;
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        if (looksUntranslated(phrases[i]))
            continue;
        if (!out.isEmpty())
            out += separators[i - 1];
        out += phrases[i];
    }
    out = out.trimmed();
    if (out.endsWith(u':') || out.endsWith(u';'))
        out.chop(1);
    if (out.isEmpty())
        return SyncStatusText::tr("Không kết nối được tới trung tâm.");
    return out;
}

QString SyncStatusView::styleSheet() const
{
    switch (tone) {
    case Tone::Calm: return QStringLiteral("color: #37474f; background: #e3ecf3; border-radius: 3px; padding: 1px 6px;");
    case Tone::Online: return QStringLiteral("color: #1b5e20; padding: 1px 6px;");
    case Tone::Working: return QStringLiteral("color: #0d47a1; padding: 1px 6px;");
    case Tone::Attention: return QStringLiteral("color: #6d4c00; background: #fff4d6; border-radius: 3px; padding: 1px 6px;");
    }
    return {};
}

SyncStatusView describeSync(const SyncSnapshot &s)
{
    SyncStatusView v;
    const QString last = s.lastSuccess.isValid() ? toLocal(s.lastSuccess).toString(QStringLiteral("HH:mm dd/MM")) : SyncStatusText::tr("chưa có");
    if (!s.enrolled) {
        v.text = SyncStatusText::tr("Chưa đăng ký với trung tâm");
        v.tooltip = SyncStatusText::tr("Hồ sơ vẫn được tiếp nhận và lưu tại quầy. Đăng ký quầy ở menu Đồng bộ khi có mã từ trung tâm.");
    } else if (s.running) {
        v.text = SyncStatusText::tr("Đang đồng bộ…");
        v.tone = SyncStatusView::Tone::Working;
    } else if (s.online) {
        v.text = SyncStatusText::tr("Trực tuyến · lần cuối: %1").arg(last);
        v.tone = SyncStatusView::Tone::Online;
    } else {
        v.text = SyncStatusText::tr("Ngoại tuyến – sẽ đồng bộ khi có mạng");
        QString why = s.lastError.isEmpty() ? QString() : withoutUntranslatedDetail(s.lastError);
        v.tooltip = SyncStatusText::tr("Hồ sơ vẫn được tiếp nhận và lưu tại quầy; quầy tự gửi khi có mạng. Lần đồng bộ được gần nhất: %1.")
                        .arg(last);
        if (!why.isEmpty())
            v.tooltip += QStringLiteral("\n") + SyncStatusText::tr("Lần thử gần nhất: %1").arg(why);
    }
    if (s.quarantined > 0) {
        v.text += SyncStatusText::tr(" · %n sự kiện bị từ chối", nullptr, s.quarantined);
        v.tone = SyncStatusView::Tone::Attention;
    }
    for (const QString &w : s.warnings)
        v.problems << withoutUntranslatedDetail(w);
    return v;
}

SyncController::SyncController(const QString &dbPath, const Clock &clock, std::shared_ptr<ReferenceData> reference, QObject *parent)
    : QObject(parent), m_worker(new SyncWorker(CounterServices::syncOpener(dbPath, clock, std::move(reference))))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::snapshot, this, [this](const SyncSnapshot &s) {
        m_last = s;
        m_hasSnapshot = true;
        emit changed(s);
    });
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::enrolled, this, &SyncController::enrolled);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

SyncController::~SyncController()
{
    // Aborts what is in flight (it stays in the outbox) before the thread goes away.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::enrol(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    QMetaObject::invokeMethod(m_worker, [=, this] { m_worker->enrol(actor, url, caFile, pin, code); }, Qt::QueuedConnection);
}

void SyncController::syncNow() { QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection); }

}  // namespace pc
