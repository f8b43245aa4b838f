// The window's backups (issue 12): the last backup's age in the status bar (calm, amber after
// 2 days, red after 7 or never), "Sao lưu ngay" running off the GUI thread while the window
// stays responsive, and the daily backup due at closing time.
#include "BackupController.h"
#include "BackupStatus.h"
#include "FakeSeams.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "services/BackupService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace pc;

namespace {
QDateTime utc(int y, int m, int d, int hh, int mm) { return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone::utc()); }
}  // namespace

class BackupUiTest : public QObject {
    Q_OBJECT
private slots:
    void ageTones()
    {
        const QDateTime now = utc(2026, 11, 25, 2, 0);  // 09:00 in Vietnam
        QCOMPARE(describeBackupAge({}, now).tone, BackupAgeView::Tone::Red);
        // 3 hours ago: 06:00 Vietnam time on 25/11/2026.
        const BackupAgeView fresh = describeBackupAge(utc(2026, 11, 24, 23, 0), now);
        QCOMPARE(fresh.tone, BackupAgeView::Tone::Fresh);
        QVERIFY2(fresh.text.contains(QStringLiteral("25/11/2026 06:00")), qPrintable(fresh.text));
        QVERIFY(fresh.styleSheet().isEmpty());
        // Exactly 2 days is still calm; 2 days and 1 hour is amber; 7 days and 1 hour is red.
        QCOMPARE(describeBackupAge(utc(2026, 11, 23, 2, 0), now).tone, BackupAgeView::Tone::Fresh);
        QCOMPARE(describeBackupAge(utc(2026, 11, 23, 1, 0), now).tone, BackupAgeView::Tone::Amber);
        QCOMPARE(describeBackupAge(utc(2026, 11, 18, 2, 0), now).tone, BackupAgeView::Tone::Amber);
        QCOMPARE(describeBackupAge(utc(2026, 11, 18, 1, 0), now).tone, BackupAgeView::Tone::Red);
    }

    void dailyBackupIsDueAfterClosingTime()
    {
        test::TempCounter t;
        // Standard hours close at 17:00 (Vietnam) = 10:00 UTC.
        BackupController c(t.dbPath(), t.clock, WorkingHours::standard());
        QVERIFY(!c.dueAt(utc(2026, 11, 25, 9, 59)));
        QVERIFY(c.dueAt(utc(2026, 11, 25, 10, 0)));
        t.clock.now = utc(2026, 11, 25, 10, 5);
        QVERIFY(BackupService(t.dbPath(), t.clock).create(Actor::system()));
        BackupController after(t.dbPath(), t.clock, WorkingHours::standard());
        QVERIFY(!after.dueAt(utc(2026, 11, 25, 11, 0)));  // today's is done
        QVERIFY(!after.dueAt(utc(2026, 11, 26, 9, 0)));   // tomorrow before closing
        QVERIFY(after.dueAt(utc(2026, 11, 26, 10, 1)));
    }

    void backupNowRunsOffTheGuiThreadAndUpdatesTheStatusBar()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        BackupController backups(t.dbPath(), t.clock, WorkingHours::standard());
        w.attachBackups(&backups);
        w.show();
        QLabel *label = w.backupStatus()->label();
        QCOMPARE(label->text(), QStringLiteral("Chưa sao lưu lần nào"));
        QVERIFY(label->styleSheet().contains(QStringLiteral("#c62828")));
        QSignalSpy done(&backups, &BackupController::finished);
        w.backupStatus()->backupNowAction()->trigger();
        QVERIFY(backups.busy());  // started and returned: the backup runs on its own thread
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 20000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(QFile::exists(done.at(0).at(1).toString()));
        QVERIFY(!backups.busy());
        QVERIFY2(label->text().startsWith(QStringLiteral("Sao lưu: 0 giờ trước")), qPrintable(label->text()));
        QVERIFY(label->styleSheet().isEmpty());
        // The counter's own connection kept working throughout.
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
    }

    void aFailedBackupSaysWhyInVietnamese()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        const test::FixedClock &clock = t.clock;
        const Actor supervisor{QStringLiteral("hoa.tt"), QStringLiteral("Trần Thị Hoa"), Role::Supervisor};
        QVERIFY(BackupService(t.dbPath(), clock).configure(supervisor, t.dir.filePath(QStringLiteral("usb-unplugged")), 14));
        BackupController backups(t.dbPath(), t.clock, WorkingHours::standard());
        w.attachBackups(&backups);
        QSignalSpy done(&backups, &BackupController::finished);
        backups.backupNow();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 20000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(done.at(0).at(1).toString().contains(QStringLiteral("Không thấy thư mục sao lưu")));
        QVERIFY(w.backupStatus()->label()->toolTip().contains(QStringLiteral("không thành công")));
        QVERIFY(!QDir(t.dir.filePath(QStringLiteral("usb-unplugged"))).exists());
    }
};

QTEST_MAIN(BackupUiTest)
#include "test_backup_ui.moc"
