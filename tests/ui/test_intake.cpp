// Offscreen: the intake screen driven by the keyboard alone, a QR scanner burst, the
// supplement and refusal paths, inline validation, and the queue's filters and reprint.
#include "DossierQueueModel.h"
#include "IntakeScreen.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "intake/AddressEditor.h"
#include "intake/ApplicantForm.h"
#include "intake/DocumentChecklist.h"
#include "intake/FeeVariantPicker.h"
#include "intake/IntakePage.h"
#include "intake/ProcedurePicker.h"
#include "intake/UnitPicker.h"
#include "queue/QueuePage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace pc;

namespace {
using test::Keyboard;
using test::Screen;
using test::typeChar;

void typeInto(QWidget *w, const QString &text)
{
    for (QChar c : text)
        typeChar(QApplication::focusWidget() ? QApplication::focusWidget() : w, c);
}
}  // namespace

class IntakeTest : public QObject {
    Q_OBJECT
private slots:
    void fullIntakeByKeyboard()
    {
        Screen s;
        Keyboard kb;
        QCOMPARE(QApplication::focusWidget(), s.intake->procedurePicker()->searchEdit());
        kb.type(QStringLiteral("ban le ruou"));
        QVERIFY(s.intake->procedurePicker()->resultList()->count() >= 1);
        kb.key(Qt::Key_Return);
        QCOMPARE(s.intake->procedurePicker()->current()->code, QStringLiteral("2.000620"));
        QCOMPARE(QApplication::focusWidget(), s.intake->applicantForm()->nameEdit());
        kb.type(QStringLiteral("Nguyễn Văn Đức"));
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("001089012345"));
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("02051989"));
        kb.key(Qt::Key_Tab);  // gender: already filled from the ID number
        QCOMPARE(s.intake->applicantForm()->genderBox()->currentIndex(), 1);
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("0912345678"));
        kb.key(Qt::Key_Tab);  // e-mail: none
        kb.key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), s.intake->applicantForm()->address()->provincePicker());
        kb.type(QStringLiteral("thanh hoa"));
        kb.key(Qt::Key_Return);
        QCOMPARE(s.intake->applicantForm()->address()->provincePicker()->text(), QStringLiteral("Tỉnh Thanh Hoá"));  // the dataset spells it "Hoá"
        kb.type(QStringLiteral("yen dinh"));
        kb.key(Qt::Key_Return);
        QCOMPARE(s.intake->applicantForm()->address()->communePicker()->text(), QStringLiteral("Xã Yên Định"));
        kb.type(QStringLiteral("Thôn Đông"));
        kb.key(Qt::Key_Tab);  // người nộp thay: none, the citizen came in person
        QCOMPARE(QApplication::focusWidget(), s.intake->applicantForm()->representativeNameEdit());
        kb.key(Qt::Key_Tab);
        kb.key(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), s.intake->checklist()->table());
        for (int i = 0; i < 4; ++i) {
            kb.key(Qt::Key_Space);
            if (i < 3)
                kb.key(Qt::Key_Down);
        }
        QVERIFY(s.intake->checklist()->missingRequired().isEmpty());
        // the liquor licence fee depends on who applies (issue 8 §4): Alt+P, then the 3rd line
        QVERIFY(s.intake->feeVariantPicker()->isVisible());
        QVERIFY(s.intake->feeVariantPicker()->needsChoice());
        kb.key(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), s.intake->feeVariantPicker()->combo());
        for (int i = 0; i < 3; ++i)
            kb.key(Qt::Key_Down);
        QCOMPARE(s.intake->feeVariantPicker()->chosenId(), QStringLiteral("hkd-thanh-pho"));
        kb.key(Qt::Key_F9);
        QCOMPARE(s.dossiers(), 1);
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Receipt);
        auto d = s.t.services->queue().dossier(s.presenter.shown.first().subject);
        QVERIFY(d && d.value());
        QCOMPARE(d.value()->applicant.name, QStringLiteral("Nguyễn Văn Đức"));
        QCOMPARE(d.value()->applicant.gender, QStringLiteral("Nam"));
        QCOMPARE(d.value()->applicant.birthDate, QDate(1989, 5, 2));
        QCOMPARE(d.value()->applicant.address, QStringLiteral("Thôn Đông, Xã Yên Định, Tỉnh Thanh Hoá"));
        QCOMPARE(d.value()->documents.size(), 4);
        QVERIFY(s.intake->messageLabel()->text().contains(d.value()->code));
        // ready for the next citizen
        QCOMPARE(QApplication::focusWidget(), s.intake->procedurePicker()->searchEdit());
        QVERIFY(s.intake->applicantForm()->nameEdit()->text().isEmpty());
        qInfo("KEYSTROKES for a complete intake: %d", kb.count);
        QVERIFY(kb.count < 120);
    }

    void qrScanFillsApplicant()
    {
        Screen s;
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        QLineEdit *name = s.intake->applicantForm()->nameEdit();
        QCOMPARE(QApplication::focusWidget(), name);
        kb.type(QStringLiteral("Ng"));  // the clerk had started typing …
        // … when the citizen's card is scanned: the scanner types the payload and Enter.
        typeInto(name, QStringLiteral("001089012345|123456789|Nguyễn Văn Đức|02051989|Nam|Thôn Đông, xã Yên Định, Thanh Hóa|15082021"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ApplicantForm *f = s.intake->applicantForm();
        QCOMPARE(f->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"));  // not "Ng001089…"
        QCOMPARE(f->idEdit()->text(), QStringLiteral("001089012345"));
        QCOMPARE(f->birthEdit()->text(), QStringLiteral("02/05/1989"));
        QCOMPARE(f->genderBox()->currentIndex(), 1);
        QCOMPARE(f->address()->detailEdit()->text(), QStringLiteral("Thôn Đông, xã Yên Định, Thanh Hóa"));
        QVERIFY(!f->phoneEdit()->text().contains(u'|'));
        QCOMPARE(QApplication::focusWidget(), f->phoneEdit());
        // a scan into another field behaves the same
        f->phoneEdit()->setFocus();
        typeInto(f->phoneEdit(), QStringLiteral("079301000123|Trần Thị Ánh|01012001|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|20042022"));
        // no Enter from this scanner: the pause ends the payload
        QTRY_COMPARE_WITH_TIMEOUT(f->nameEdit()->text(), QStringLiteral("Trần Thị Ánh"), 5000);
        QCOMPARE(f->genderBox()->currentIndex(), 2);
        QVERIFY(f->phoneEdit()->text().isEmpty());
    }

    void missingDocumentPrintsSupplementAndRegistersNothing()
    {
        Screen s;
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Trần Thị Bích"));
        s.intake->checklist()->table()->setFocus();
        kb.key(Qt::Key_Space);  // only the application form
        QCOMPARE(s.intake->checklist()->missingRequired().size(), 3);
        kb.key(Qt::Key_F9);
        QCOMPARE(s.dossiers(), 0);
        QVERIFY(s.intake->messageLabel()->text().contains(QStringLiteral("F10")));
        QCOMPARE(s.intake->applicantForm()->nameEdit()->text(), QStringLiteral("Trần Thị Bích"));  // nothing lost
        kb.key(Qt::Key_F10);
        QCOMPARE(s.dossiers(), 0);
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Supplement);
        QVERIFY(s.presenter.shown.first().content.html.contains(QStringLiteral("thương nhân sản xuất, phân phối rượu")));
        QCOMPARE(s.t.scalarInt(QStringLiteral("SELECT count(*) FROM guidance_records WHERE kind = 'supplement'")), 1);
    }

    void refusalNeedsAReason()
    {
        Screen s;
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Lê Văn Đạt"));
        s.prompts.reason.reset();  // the clerk cancels
        kb.key(Qt::Key_F11);
        QCOMPARE(s.presenter.shown.size(), 0);
        s.prompts.reason = QStringLiteral("Không thuộc thẩm quyền của tỉnh");
        kb.key(Qt::Key_F11);
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Refusal);
        QCOMPARE(s.dossiers(), 0);
    }

    void validationMessagesNextToTheFields()
    {
        Screen s;
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.key(Qt::Key_Tab);  // leave the name empty
        kb.type(QStringLiteral("00308901234"));  // 11 digits
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("31021989"));
        kb.key(Qt::Key_Tab);
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("09123"));
        kb.key(Qt::Key_Tab);
        kb.type(QStringLiteral("duc@"));
        kb.key(Qt::Key_Tab);
        ApplicantForm *f = s.intake->applicantForm();
        QVERIFY(f->messageFor(f->idEdit())->isVisible());
        QVERIFY(f->messageFor(f->idEdit())->text().contains(QStringLiteral("12 chữ số")));
        QVERIFY(f->messageFor(f->birthEdit())->text().contains(QStringLiteral("Ngày sinh")));
        QVERIFY(f->messageFor(f->phoneEdit())->text().contains(QStringLiteral("Số điện thoại")));
        QVERIFY(f->messageFor(f->emailEdit())->text().contains(QStringLiteral("thư điện tử")));
        QVERIFY(!s.intake->save());
        QVERIFY(f->messageFor(f->nameEdit())->isVisible());
        QCOMPARE(s.dossiers(), 0);
        QCOMPARE(f->phoneEdit()->text(), QStringLiteral("09123"));  // kept for correction
        // corrected, it goes through
        f->nameEdit()->setText(QStringLiteral("Phạm Đức Anh"));
        f->idEdit()->setText(QStringLiteral("001089012345"));
        f->birthEdit()->setText(QStringLiteral("02/05/1989"));
        f->phoneEdit()->setText(QStringLiteral("0912345678"));
        f->emailEdit()->setText(QStringLiteral("anh@example.vn"));
        for (int row = 0; row < 4; ++row)
            s.intake->checklist()->table()->item(row, 0)->setCheckState(Qt::Checked);
        QVERIFY(!s.intake->save());  // the fee line is not chosen yet: refused, listing the lines
        QVERIFY(s.intake->messageLabel()->text().contains(QStringLiteral("hkd-khac")));
        QCOMPARE(s.dossiers(), 0);
        s.intake->feeVariantPicker()->combo()->setCurrentIndex(3);  // household, other area
        QVERIFY(s.intake->feesLabel()->text().contains(QStringLiteral("200.000 đ")));
        QVERIFY(s.intake->save());
        QCOMPARE(s.dossiers(), 1);
    }

    void postDeliveryAddsPostageAndNeedsAnAddress()
    {
        Screen s;
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        s.intake->applicantForm()->nameEdit()->setText(QStringLiteral("Vũ Thị Mai"));
        for (int row = 0; row < 4; ++row)
            s.intake->checklist()->table()->item(row, 0)->setCheckState(Qt::Checked);
        s.intake->feeVariantPicker()->combo()->setCurrentIndex(2);  // household in a city: 400.000 đ
        s.intake->deliveryBox()->setCurrentIndex(1);
        QVERIFY(s.intake->feesLabel()->text().contains(QStringLiteral("25.000 đ")));
        QVERIFY(s.intake->feesLabel()->text().contains(QStringLiteral("425.000 đ")));
        QVERIFY(!s.intake->save());  // no postal address yet
        QCOMPARE(s.dossiers(), 0);
        s.intake->postalAddress()->detailEdit()->setText(QStringLiteral("Số 5 Lê Lợi, Phường Hạc Thành, Tỉnh Thanh Hóa"));
        QVERIFY(s.intake->save());
        auto d = s.t.services->queue().dossier(s.presenter.shown.first().subject);
        QCOMPARE(d.value()->postage.dong, 25000);
        QCOMPARE(d.value()->delivery.method, DeliveryMethod::Post);
    }

    void appointmentPreviewFollowsTheCalendar()
    {
        Screen s;
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        // Wednesday 25/11/2026 09:00 + 8 working days → 09:00 07/12/2026
        QVERIFY(s.intake->appointmentLabel()->text().contains(QStringLiteral("09:00 07/12/2026")));
    }

    void queueFiltersDetailsAndReprint()
    {
        Screen s;
        DossierDraft d = test::completeDraft();
        QVERIFY(s.t.services->intake().registerDossier(test::clerk(), d));  // due 07/12
        s.t.clock.setLocal(QDate(2026, 11, 10), QTime(9, 0));
        d.applicant.name = QStringLiteral("Hoàng Văn Long");
        d.receivedAt = test::local(2026, 11, 10, 9, 0);  // due 20/11: overdue on 25/11
        QVERIFY(s.t.services->intake().registerDossier(test::clerk(), d));
        s.t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
        QueuePage *q = s.window->queuePage();
        q->reload();
        QCOMPARE(q->model()->rowCount(), 2);
        q->periodBox()->setCurrentIndex(QueuePage::Overdue);
        QCOMPARE(q->model()->rowCount(), 1);
        QCOMPARE(q->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("Hoàng Văn Long"));
        q->periodBox()->setCurrentIndex(QueuePage::Today);
        QCOMPARE(q->model()->rowCount(), 1);
        q->periodBox()->setCurrentIndex(QueuePage::All);
        q->fieldBox()->setCurrentIndex(q->fieldBox()->findText(QStringLiteral("Công Thương")));
        QCOMPARE(q->model()->rowCount(), 2);
        q->fieldBox()->setCurrentIndex(q->fieldBox()->findText(QStringLiteral("Tài chính")));
        QCOMPARE(q->model()->rowCount(), 0);
        q->fieldBox()->setCurrentIndex(0);
        q->searchEdit()->setText(QStringLiteral("hoang van long"));
        QTRY_COMPARE(q->model()->rowCount(), 1);
        q->view()->setCurrentIndex(q->model()->index(0, 0));
        QVERIFY(q->details()->toPlainText().contains(QStringLiteral("Hoàng Văn Long")));
        QVERIFY(q->details()->toPlainText().contains(QStringLiteral("Được tiếp nhận")));
        QVERIFY(q->reprintSelected());
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Receipt);
    }

    void languageSwitchRetranslatesTheScreens()
    {
        Screen s;
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(s.window->tabs()->tabText(0), QStringLiteral("Dossier intake (F2)"));
        QVERIFY(s.intake->findChild<QPushButton *>() != nullptr);
        bool found = false;
        for (QPushButton *b : s.intake->findChildren<QPushButton *>())
            found = found || b->text() == QStringLiteral("Save and print the receipt (F9)");
        QVERIFY(found);
        QVERIFY(Language::apply(QStringLiteral("vi")));
        QCoreApplication::processEvents();
        QCOMPARE(s.window->tabs()->tabText(0), QStringLiteral("Tiếp nhận hồ sơ (F2)"));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("POSTCOUNTER_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set POSTCOUNTER_SCREENSHOTS=DIR to save screenshots");
        for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
            Screen s;
            s.window->resize(size);
            s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
            s.intake->feeVariantPicker()->choose(QStringLiteral("hkd-khac"));  // household, rural area
            ApplicantForm *f = s.intake->applicantForm();
            f->nameEdit()->setText(QStringLiteral("Nguyễn Văn Đức"));
            f->idEdit()->setText(QStringLiteral("001089012345"));
            f->birthEdit()->setText(QStringLiteral("02/05/1989"));
            f->genderBox()->setCurrentIndex(1);
            f->phoneEdit()->setText(QStringLiteral("0912345678"));
            f->address()->detailEdit()->setText(QStringLiteral("Thôn Đông, Xã Yên Định, Tỉnh Thanh Hoá"));
            for (int row = 0; row < 3; ++row)
                s.intake->checklist()->table()->item(row, 0)->setCheckState(Qt::Checked);
            s.intake->checklist()->table()->setFocus();
            QCoreApplication::processEvents();
            const bool small = size.width() < 1366;
            s.window->grab().save(dir + (small ? QStringLiteral("/intake-1024.png") : QStringLiteral("/intake.png")));
            if (small)
                continue;
            s.intake->checklist()->table()->item(3, 0)->setCheckState(Qt::Checked);
            s.intake->save();
            s.window->tabs()->setCurrentIndex(1);
            s.window->queuePage()->view()->setCurrentIndex(s.window->queuePage()->model()->index(0, 0));
            QCoreApplication::processEvents();
            s.window->grab().save(dir + QStringLiteral("/queue.png"));
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    IntakeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_intake.moc"
