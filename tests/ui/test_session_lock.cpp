// Issue 12 in the window, offscreen: the first start creates the admin on the lock screen; the
// idle lock and Ctrl+L hide the pages without destroying them, so a dossier being typed survives
// the lock and the unlock (and its draft is on disk meanwhile); another clerk may sign in; a
// clerk's office settings are refused by the service and the dialog says why.
#include "FakeSeams.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "OfficeSettingsDialog.h"
#include "CurrentActor.h"
#include "SessionLock.h"
#include "TestSupport.h"
#include "UsersDialog.h"
#include "intake/ApplicantForm.h"
#include "intake/IntakePage.h"

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>
#include <QLabel>
#include <QMenuBar>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pc;

namespace {
const QString kPassword = QStringLiteral("mat-khau-quay-2");

void signIn(LockScreen *screen, const QString &user, const QString &password = kPassword)
{
    screen->usernameEdit()->setText(user);
    screen->passwordEdit()->setText(password);
    QTest::mouseClick(screen->signInButton(), Qt::LeftButton);
}
}  // namespace

class SessionLockTest : public QObject {
    Q_OBJECT
private slots:
    void firstStartCreatesTheAdminThenSignsIn()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        w.session()->lock();  // what main() does after the counter identity
        QVERIFY(w.session()->isLocked());
        LockScreen *screen = w.session()->lockScreen();
        QVERIFY(screen->isFirstStart());
        screen->usernameEdit()->setText(QStringLiteral("admin"));
        screen->fullNameEdit()->setText(QStringLiteral("Lê Quốc Bảo"));
        screen->passwordEdit()->setText(kPassword);
        screen->repeatEdit()->setText(QStringLiteral("khac-mat-khau"));
        QTest::mouseClick(screen->signInButton(), Qt::LeftButton);
        QVERIFY(w.session()->isLocked());
        QCOMPARE(screen->messageLabel()->text(), QStringLiteral("Hai lần nhập mật khẩu không giống nhau."));
        screen->passwordEdit()->setText(kPassword);
        screen->repeatEdit()->setText(kPassword);
        QTest::mouseClick(screen->signInButton(), Qt::LeftButton);
        QVERIFY(!w.session()->isLocked());
        QCOMPARE(w.currentActor().actor().username, QStringLiteral("admin"));
        QCOMPARE(w.currentActor().actor().role, Role::Admin);
        QCOMPARE(t.scalarInt(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin'")), 1);
    }

    void idleLockKeepsTheDossierBeingTyped()
    {
        test::TempCounter t;
        const Actor admin = t.services->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Lê Quốc Bảo"), kPassword).value();
        QVERIFY(t.services->accounts().create(admin, {QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk, kPassword}));
        QVERIFY(t.services->accounts().create(admin, {QStringLiteral("mai.pt"), QStringLiteral("Phạm Thị Mai"), Role::Clerk, kPassword}));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        w.session()->lock();
        signIn(w.session()->lockScreen(), QStringLiteral("lan.nt"));
        QVERIFY(!w.session()->isLocked());
        QCOMPARE(w.currentActor().actor().fullName, QStringLiteral("Nguyễn Thị Lan"));

        IntakePage *intake = w.intakePage();
        intake->applicantForm()->nameEdit()->setText(QStringLiteral("Trần Văn An"));
        QVERIFY(intake->hasUnsavedWork());

        // A short idle time for the test; the lock comes from the timer, awaited with a deadline.
        w.session()->setIdleInterval(200);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->isLocked(), 10000);
        QVERIFY(!w.currentActor().isSignedIn());
        QVERIFY(!intake->isVisible());  // hidden, not destroyed
        QCOMPARE(intake->applicantForm()->nameEdit()->text(), QStringLiteral("Trần Văn An"));
        auto saved = t.services->drafts().load();
        QVERIFY(saved && saved.value());
        QCOMPARE(saved.value()->draft.applicant.name, QStringLiteral("Trần Văn An"));
        QVERIFY(w.session()->lockScreen()->isVisible());
        QCOMPARE(t.scalarInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock' AND username = 'lan.nt'")), 1);

        // A wrong password keeps the screen locked and says so in Vietnamese.
        signIn(w.session()->lockScreen(), QStringLiteral("mai.pt"), QStringLiteral("sai-mat-khau"));
        QVERIFY(w.session()->isLocked());
        QVERIFY(w.session()->lockScreen()->messageLabel()->text().startsWith(QStringLiteral("Sai tên đăng nhập hoặc mật khẩu.")));
        // Another clerk signs in: the half-typed dossier is still on the intake page.
        signIn(w.session()->lockScreen(), QStringLiteral("mai.pt"));
        QVERIFY(!w.session()->isLocked());
        QCOMPARE(w.currentActor().actor().username, QStringLiteral("mai.pt"));
        QVERIFY(intake->isVisible());
        QCOMPARE(intake->applicantForm()->nameEdit()->text(), QStringLiteral("Trần Văn An"));
        QVERIFY(intake->hasUnsavedWork());
    }

    void ctrlLLocksAtOnce()
    {
        test::TempCounter t;
        QVERIFY(t.services->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Lê Quốc Bảo"), kPassword));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->lock();
        signIn(w.session()->lockScreen(), QStringLiteral("admin"));
        QVERIFY(!w.session()->isLocked());
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->isLocked(), 5000);
        QVERIFY(!w.menuBar()->isEnabled());
    }

    void aClerkSeesWhyTheOfficeSettingsAreNotSaved()
    {
        test::TempCounter t;
        OfficeSettingsDialog dialog(t.services->office(), test::clerk());
        dialog.field(OfficeSettings::GoverningBody)->setText(QStringLiteral("Bưu điện tỉnh Thanh Hóa"));
        dialog.field(OfficeSettings::Place)->setText(QStringLiteral("Thanh Hóa"));
        dialog.field(OfficeSettings::GuidanceContact)->setText(QStringLiteral("Chị Lan, 0233 3852 123"));
        dialog.open();
        dialog.accept();
        QVERIFY(dialog.isVisible());  // not saved, so not closed
        QStringList shown;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            if (l->isVisible())
                shown << l->text();
        QVERIFY2(shown.join(u'\n').contains(QStringLiteral("Sửa thông tin đơn vị in trên phiếu cần quyền Trưởng bưu cục")), qPrintable(shown.join(u'\n')));
        QVERIFY(t.services->office().place().isEmpty());
    }

    void usersDialogFollowsTheRoles()
    {
        test::TempCounter t;
        const Actor admin = t.services->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Lê Quốc Bảo"), kPassword).value();
        QVERIFY(t.services->accounts().create(admin, {QStringLiteral("hung.tv"), QStringLiteral("Trần Văn Hùng"), Role::Supervisor, kPassword}));
        const Actor supervisor = t.services->accounts().resolve(QStringLiteral("hung.tv")).value();
        {
            UsersDialog d(*t.services, supervisor);
            QCOMPARE(d.table()->rowCount(), 2);
            d.usernameEdit()->setText(QStringLiteral("lan.nt"));
            d.fullNameEdit()->setText(QStringLiteral("Nguyễn Thị Lan"));
            d.passwordEdit()->setText(kPassword);
            QVERIFY(d.addAccount());
            QCOMPARE(d.table()->rowCount(), 3);
            d.usernameEdit()->setText(QStringLiteral("tuan.pa"));
            d.fullNameEdit()->setText(QStringLiteral("Phạm Anh Tuấn"));
            d.roleBox()->setCurrentIndex(d.roleBox()->findData(QStringLiteral("supervisor")));
            d.passwordEdit()->setText(kPassword);
            QVERIFY(!d.addAccount());
            QVERIFY(d.messageLabel()->text().contains(QStringLiteral("cần quyền Quản trị hệ thống")));
            d.table()->setCurrentCell(2, 0);  // lan.nt (sorted by username)
            QCOMPARE(d.table()->item(2, 0)->text(), QStringLiteral("lan.nt"));
            QVERIFY(d.setSelectedPassword(QStringLiteral("mat-khau-moi-lan")));
            QVERIFY(t.services->accounts().signIn(QStringLiteral("lan.nt"), QStringLiteral("mat-khau-moi-lan")));
            QVERIFY(d.setSelectedDisabled(true));
            QCOMPARE(d.table()->item(2, 3)->text(), QStringLiteral("Đã khóa"));
        }
        UsersDialog clerkView(*t.services, test::clerk());
        QCOMPARE(clerkView.table()->rowCount(), 0);
        QVERIFY(clerkView.messageLabel()->text().endsWith(QStringLiteral("cần quyền Trưởng bưu cục; tài khoản lan.nt là Giao dịch viên.")));
    }
};

QTEST_MAIN(SessionLockTest)
#include "test_session_lock.moc"
