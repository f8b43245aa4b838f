#include "BackupStatus.h"

#include "BackupController.h"
#include "SyncController.h"  // withoutUntranslatedDetail

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace pc {

BackupStatus::BackupStatus(QMainWindow *window, QMenu *fileMenu, BackupController *backups, const Clock &clock, std::function<Actor()> who)
    : QObject(window), m_window(window), m_backups(backups), m_clock(clock), m_label(new QLabel), m_action(new QAction(this)),
      m_timer(new QTimer(this)), m_who(std::move(who))
{
    m_label->setObjectName(QStringLiteral("backupAgeLabel"));
    window->statusBar()->addPermanentWidget(m_label);
    m_action->setObjectName(QStringLiteral("backupNowAction"));
    fileMenu->insertAction(fileMenu->actions().value(0), m_action);
    connect(m_action, &QAction::triggered, this, [this] { m_backups->backupNowAs(m_who ? m_who() : Actor::system()); });
    connect(backups, &BackupController::started, this, [this] {
        m_action->setEnabled(false);
        m_label->setText(tr("Đang sao lưu…"));
        m_label->setStyleSheet(QString());
    });
    connect(backups, &BackupController::finished, this, [this](bool ok, const QString &message) {
        m_action->setEnabled(true);
        m_lastProblem = ok ? QString() : withoutUntranslatedDetail(message);
        if (!ok)
            m_window->statusBar()->showMessage(tr("Sao lưu không thành công: %1").arg(m_lastProblem), 30000);
        else
            m_window->statusBar()->showMessage(tr("Đã sao lưu vào %1").arg(message), 10000);
        refresh();
    });
    // The age grows while the window stays open.
    m_timer->setInterval(10 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupStatus::refresh);
    m_timer->start();
    window->installEventFilter(this);
    retranslate();
}

void BackupStatus::refresh()
{
    if (m_backups->busy())
        return;
    const BackupAgeView v = describeBackupAge(m_backups->lastBackupAt(), m_clock.nowUtc());
    m_label->setText(v.text);
    m_label->setStyleSheet(v.styleSheet());
    m_label->setToolTip(m_lastProblem.isEmpty() ? tr("Bản sao lưu gần nhất của dữ liệu quầy. Quá 2 ngày: màu vàng; quá 7 ngày: màu đỏ.")
                                                : tr("Lần sao lưu gần nhất không thành công: %1").arg(m_lastProblem));
}

void BackupStatus::retranslate()
{
    m_action->setText(tr("Sao lưu ngay"));
    refresh();
}

bool BackupStatus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace pc
