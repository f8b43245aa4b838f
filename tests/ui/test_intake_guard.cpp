// Offscreen: what protects a citizen's intake from being lost or doubled (issue 9): questions
// before Ctrl+N / closing discard a half-typed dossier, the draft kept in the database through
// a crash, the duplicate guard; and the guidance paths by keyboard — F11 without a catalogue
// procedure, the reason dialog (Ctrl+Enter, mnemonics, wrapping), F10 for a defective
// document; the representative on the receipt.
#include "ClerkDialogs.h"
#include "IntakeScreen.h"
#include "intake/AddressEditor.h"
#include "intake/ApplicantForm.h"
#include "intake/DocumentChecklist.h"
#include "intake/ProcedurePicker.h"
#include "intake/ReasonDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace pc;
using namespace pc::test;

namespace {
void tickAll(DocumentChecklist *c)
{
    for (int row = 0; row < c->table()->rowCount(); ++row)
        c->table()->item(row, 0)->setCheckState(Qt::Checked);
}

// The applicant of test::completeDraft(), typed into the screen.
void typeCompleteDossier(Screen &s)
{
    s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
    ApplicantForm *f = s.intake->applicantForm();
    f->nameEdit()->setText(QStringLiteral("Nguyễn Văn Đức"));
    f->idEdit()->setText(QStringLiteral("001089012345"));
    f->birthEdit()->setText(QStringLiteral("02/05/1989"));
    f->genderBox()->setCurrentIndex(1);
    tickAll(s.intake->checklist());
}

// Answers the next modal question with keys, as a clerk does: polls (every 10 ms, up to 10 s)
// until the dialog is up AND is the active window (a key sent before activation is lost on a
// busy machine), then sends `key` to it. Returns the dialog's text through `seen`. A question
// that never comes up, or never goes away, fails the run instead of hanging it.
void answerNextQuestion(Qt::Key key, Qt::KeyboardModifiers mods, QString *seen, QStringList *buttons)
{
    auto *poll = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    auto answered = std::make_shared<QPointer<QMessageBox>>();  // null again once it is deleted
    auto sent = std::make_shared<bool>(false);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (*sent && (!box || box != answered->data())) {  // the answered question is gone
            poll->stop();
            poll->deleteLater();
            return;
        }
        if (deadline->hasExpired())
            qFatal("answerNextQuestion: no question came up, or the key did not answer it, within 10 s");
        if (!box || *sent || QApplication::activeWindow() != box)
            return;
        *seen = box->text();
        for (QAbstractButton *b : box->buttons())
            *buttons << b->text();
        *answered = box;
        *sent = true;
        QTest::keyClick(box, key, mods);
    });
    poll->start();
}

qint64 drafts(Screen &s) { return s.t.scalarInt(QStringLiteral("SELECT count(*) FROM intake_drafts")); }
}  // namespace

class IntakeGuardTest : public QObject {
    Q_OBJECT
private slots:
    // Defect 3: Ctrl+N, Ctrl+Q and closing the window discarded a half-typed dossier.
    void ctrlNAsksBeforeDiscardingAHalfTypedDossier()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Hà Thị Thu"));
        s.prompts.unsaved = UnsavedAnswer::Cancel;
        kb.key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(s.prompts.asked, QStringList{QStringLiteral("unsaved-new")});
        QCOMPARE(s.intake->applicantForm()->nameEdit()->text(), QStringLiteral("Hà Thị Thu"));  // nothing lost
        s.prompts.unsaved = UnsavedAnswer::Discard;
        kb.key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(s.intake->applicantForm()->nameEdit()->text().isEmpty());
        QCOMPARE(drafts(s), 0);
        // an empty form asks nothing
        s.prompts.asked.clear();
        kb.key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(s.prompts.asked.isEmpty());
    }

    void closingOrCtrlQAsksAndKeepsTheDraftWhenTold()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Hà Thị Thu"));
        s.prompts.unsaved = UnsavedAnswer::Cancel;
        kb.key(Qt::Key_Q, Qt::ControlModifier);  // Ctrl+Q: Thoát
        QCOMPARE(s.prompts.asked, QStringList{QStringLiteral("unsaved-quit")});
        QVERIFY(s.window->isVisible());
        QVERIFY(!s.window->close());  // the window's close button: the same question
        QVERIFY(s.window->isVisible());
        s.prompts.unsaved = UnsavedAnswer::KeepDraft;
        QVERIFY(s.window->close());
        QCOMPARE(drafts(s), 1);
        auto saved = s.t.services->drafts().load();
        QVERIFY(saved && saved.value());
        QCOMPARE(saved.value()->draft.applicant.name, QStringLiteral("Hà Thị Thu"));
    }

    void closingAnEmptyFormAsksNothing()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        QVERIFY(s.window->close());
        QVERIFY(s.prompts.asked.isEmpty());
    }

    void aDraftSurvivesACrashAndIsOfferedAtTheNextStart()
    {
        auto s = std::make_unique<Screen>();
        pickHouseholdCityFee(s->intake);
        typeCompleteDossier(*s);
        s->intake->setsBox()->setValue(2);
        s->intake->checklist()->table()->item(1, 3)->setData(Qt::EditRole, 2);
        s->intake->applicantForm()->phoneEdit()->setFocus();
        Keyboard kb;
        kb.type(QStringLiteral("0912345678"));
        // kept in the database as the clerk types, without any save key
        QTRY_VERIFY_WITH_TIMEOUT(s->t.scalarInt(QStringLiteral("SELECT count(*) FROM intake_drafts WHERE payload LIKE '%0912345678%'")) == 1, 5000);
        // the crash: no close event, no question, the process is gone; then a fresh start on the same file
        TempCounter &t = s->t;
        s->window.release()->deleteLater();  // never closed
        t.services.reset();
        auto reopened = CounterServices::open(t.dbPath(), t.clock);
        QVERIFY(reopened);
        t.services = std::move(reopened.value());
        ScriptedPrompts prompts;
        RecordingPresenter presenter;
        MainWindow window(*t.services, presenter, prompts);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(prompts.asked.contains(QStringLiteral("restore")), 5000);
        QVERIFY(prompts.draftSummary.contains(QStringLiteral("Nguyễn Văn Đức")));
        IntakePage *intake = window.intakePage();
        QCOMPARE(intake->procedurePicker()->current()->code, QStringLiteral("2.000620"));
        QCOMPARE(intake->applicantForm()->phoneEdit()->text(), QStringLiteral("0912345678"));
        QCOMPARE(intake->setsBox()->value(), 2);
        QCOMPARE(intake->checklist()->documents().size(), 4);
        QCOMPARE(intake->checklist()->documents().at(1).copies, 2);
        QVERIFY(intake->save());  // registered: the draft is gone
        QCOMPARE(t.scalarInt(QStringLiteral("SELECT count(*) FROM intake_drafts")), 0);
        auto d = t.services->queue().dossier(presenter.shown.first().subject);
        QCOMPARE(d.value()->sets, 2);
        QCOMPARE(d.value()->documents.at(1).copies, 2);
        s.reset();
    }

    void aDeclinedDraftIsDiscarded()
    {
        TempCounter t;
        DossierDraft d;
        d.applicant.name = QStringLiteral("Phan Văn Tú");
        QVERIFY(t.services->drafts().save(d));
        ScriptedPrompts prompts;
        prompts.restore = false;
        RecordingPresenter presenter;
        MainWindow window(*t.services, presenter, prompts);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(prompts.asked.contains(QStringLiteral("restore")), 5000);
        QVERIFY(window.intakePage()->applicantForm()->nameEdit()->text().isEmpty());
        QCOMPARE(t.scalarInt(QStringLiteral("SELECT count(*) FROM intake_drafts")), 0);
    }

    // The real questions: Vietnamese, answered by keyboard, Enter never throws work away.
    void theRealQuestionsAreAnsweredByKeyboard()
    {
        DialogPrompts prompts(nullptr);
        QString text;
        QStringList buttons;
        answerNextQuestion(Qt::Key_Return, Qt::NoModifier, &text, &buttons);
        QCOMPARE(prompts.unsavedWork(false), UnsavedAnswer::Cancel);  // Enter = back to the dossier
        QVERIFY(text.contains(QStringLiteral("chưa được tiếp nhận")));
        QVERIFY(buttons.contains(QStringLiteral("&Bỏ hồ sơ đang nhập")));
        buttons.clear();
        answerNextQuestion(Qt::Key_T, Qt::AltModifier, &text, &buttons);
        QCOMPARE(prompts.unsavedWork(true), UnsavedAnswer::KeepDraft);  // Alt+T: Thoát, giữ bản nháp
        answerNextQuestion(Qt::Key_B, Qt::AltModifier, &text, &buttons);
        QCOMPARE(prompts.unsavedWork(true), UnsavedAnswer::Discard);  // Alt+B: Bỏ hồ sơ đang nhập
        answerNextQuestion(Qt::Key_Escape, Qt::NoModifier, &text, &buttons);
        QCOMPARE(prompts.unsavedWork(true), UnsavedAnswer::Cancel);
        answerNextQuestion(Qt::Key_Return, Qt::NoModifier, &text, &buttons);
        QVERIFY(!prompts.registerDuplicate(QStringLiteral("000.00.16.H56-261125-2001"), QStringLiteral("09:00 25/11/2026")));
        QVERIFY(text.contains(QStringLiteral("000.00.16.H56-261125-2001")));
        answerNextQuestion(Qt::Key_V, Qt::AltModifier, &text, &buttons);
        QVERIFY(prompts.registerDuplicate(QStringLiteral("000.00.16.H56-261125-2001"), QStringLiteral("09:00 25/11/2026")));
        answerNextQuestion(Qt::Key_Return, Qt::NoModifier, &text, &buttons);
        QVERIFY(prompts.restoreDraft(QStringLiteral("Phan Văn Tú – 2.000620")));
        QVERIFY(text.contains(QStringLiteral("Phan Văn Tú")));
    }

    // Defect 16: the same applicant ID and procedure a second time the same day.
    void aSecondRegistrationTheSameDayAsksAndShowsTheEarlierCode()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        auto first = s.t.services->intake().registerDossier(test::clerk(), completeDraft());
        QVERIFY(first);
        typeCompleteDossier(s);
        s.prompts.registerAnyway = false;
        QVERIFY(!s.intake->save());
        QCOMPARE(s.prompts.duplicateShown, first->dossier.code);
        QCOMPARE(s.dossiers(), 1);
        QVERIFY(s.intake->messageLabel()->text().contains(first->dossier.code));
        QCOMPARE(s.intake->applicantForm()->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"));  // nothing lost
        s.prompts.registerAnyway = true;
        QVERIFY(s.intake->save());
        QCOMPARE(s.dossiers(), 2);
        // the next day it is a new dossier, no question
        s.prompts.asked.clear();
        s.t.clock.setLocal(QDate(2026, 11, 26), QTime(9, 0));
        typeCompleteDossier(s);
        QVERIFY(s.intake->save());
        QVERIFY(!s.prompts.asked.contains(QStringLiteral("duplicate")));
    }

    // Defect 6: a refusal without a catalogue procedure, with a free-text request.
    void refusalOfARequestOutsideTheCatalogue()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("cap doi giay phep lai xe"));
        QVERIFY(!s.intake->procedurePicker()->current());
        s.intake->applicantForm()->nameEdit()->setFocus();
        kb.type(QStringLiteral("Lê Văn Đạt"));
        s.prompts.reason = QStringLiteral("Thủ tục không thuộc danh mục tiếp nhận tại bưu cục.");
        s.prompts.freeRequest = QStringLiteral("Cấp đổi giấy phép lái xe");
        kb.key(Qt::Key_F11);
        QCOMPARE(s.prompts.refusalRequestShown, QStringLiteral("cap doi giay phep lai xe"));  // the search, as a first guess
        QVERIFY(!s.prompts.refusalRequestFixed);
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Refusal);
        QVERIFY(s.presenter.shown.first().content.html.contains(QStringLiteral("Cấp đổi giấy phép lái xe")));
        QCOMPARE(s.t.scalarInt(QStringLiteral("SELECT count(*) FROM guidance_records WHERE kind = 'refusal' AND procedure_code = ''")), 1);
        QCOMPARE(s.dossiers(), 0);
    }

    // The F11/F10 dialog itself, driven by keys, shown without a nested event loop.
    void reasonDialogConfirmsWithCtrlEnterAndWraps()
    {
        ReasonDialog d(ReasonDialog::Purpose::Refusal, QString(), false);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QCOMPARE(QApplication::focusWidget(), d.requestEdit());  // no procedure: the request comes first
        for (QChar c : QStringLiteral("Cấp đổi giấy phép lái xe"))
            typeChar(d.requestEdit(), c);
        QTest::keyClick(d.requestEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d.reasonEdit());
        QTest::keyClick(d.reasonEdit(), Qt::Key_Return, Qt::ControlModifier);  // no reason yet: stays open
        QVERIFY(d.isVisible());
        QVERIFY(d.problemLabel()->isVisible());
        for (QChar c : QStringLiteral("Thủ tục không thuộc danh mục tiếp nhận tại bưu cục; đề nghị ông/bà liên hệ Bộ phận một cửa của tỉnh."))
            typeChar(d.reasonEdit(), c);
        QVERIFY(!d.problemLabel()->isVisible());  // put right: the message went at once
        if (const QString dir = qEnvironmentVariable("POSTCOUNTER_SCREENSHOTS"); !dir.isEmpty())
            d.grab().save(dir + QStringLiteral("/refusal-dialog.png"));
        QVERIFY(d.confirmButton()->isVisible());
        QTest::keyClick(d.reasonEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.request(), QStringLiteral("Cấp đổi giấy phép lái xe"));
        QVERIFY(d.reason().startsWith(QStringLiteral("Thủ tục không thuộc danh mục")));
        // Vietnamese buttons with mnemonics; the reason wraps
        QVERIFY(d.confirmButton()->text().startsWith(QStringLiteral("&Từ chối")));
        QCOMPARE(d.reasonEdit()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    }

    void reasonDialogConfirmsWithTheMnemonic()
    {
        ReasonDialog d(ReasonDialog::Purpose::Refusal, QStringLiteral("Cấp Giấy phép bán lẻ rượu"), true);
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(d.requestEdit()->isReadOnly());
        QCOMPARE(QApplication::focusWidget(), d.reasonEdit());
        QTest::keyClicks(d.reasonEdit(), QStringLiteral("Thieu ho so goc"));
        QCOMPARE(d.confirmButton()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_T));
        QTest::keyClick(d.reasonEdit(), Qt::Key_T, Qt::AltModifier);  // &Từ chối
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), 5000);  // a mnemonic "animates" the click first
    }

    void supplementDialogOpensOnTheReason()
    {
        ReasonDialog d(ReasonDialog::Purpose::Supplement, QString(), false);
        d.setReason(QStringLiteral("Đơn đề nghị: chưa ký."));
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(!d.requestEdit()->isVisible());  // a supplement request is about the chosen procedure
        QCOMPARE(QApplication::focusWidget(), d.reasonEdit());
        QTest::keyClick(d.reasonEdit(), Qt::Key_Enter, Qt::ControlModifier);  // the keypad's Enter too
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.reason(), QStringLiteral("Đơn đề nghị: chưa ký."));
    }

    // Defect 7: every document ticked but one defective; the clerk marks what it needs, F10.
    void supplementForADefectiveDocumentByKeyboard()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        typeCompleteDossier(s);
        QTableWidget *table = s.intake->checklist()->table();
        table->setFocus();
        table->setCurrentCell(1, DocumentChecklist::Need);
        kb.type(QStringLiteral("ban sao chua chung thuc"));
        kb.key(Qt::Key_Return);
        kb.key(Qt::Key_F10);
        QCOMPARE(s.prompts.asked, QStringList{QStringLiteral("supplement")});
        QVERIFY(s.prompts.suggestedSupplementReason.contains(QStringLiteral("ban sao chua chung thuc")));
        QCOMPARE(s.presenter.shown.size(), 1);
        QCOMPARE(s.presenter.shown.first().kind, FormKind::Supplement);
        QVERIFY(s.presenter.shown.first().content.html.contains(QStringLiteral("– ban sao chua chung thuc")));
        QCOMPARE(s.dossiers(), 0);
        QCOMPARE(s.t.scalarInt(QStringLiteral("SELECT count(*) FROM guidance_records WHERE kind = 'supplement'")), 1);
    }

    void supplementWithNothingToAskSaysWhereToMarkIt()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        typeCompleteDossier(s);
        QVERIFY(!s.intake->printSupplement());
        QVERIFY(s.intake->messageLabel()->text().contains(QStringLiteral("Cần bổ sung/sửa")));
        QVERIFY(s.presenter.shown.isEmpty());
        QVERIFY(s.prompts.asked.isEmpty());
    }

    // Defect 11: the person who submits for an organisation signs the receipt.
    void anOrganisationsReceiptIsSignedByItsRepresentative()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        ApplicantForm *f = s.intake->applicantForm();
        f->kindBox()->setCurrentIndex(1);
        f->nameEdit()->setText(QStringLiteral("Công ty TNHH Rượu Yên Định"));
        tickAll(s.intake->checklist());
        QVERIFY(!s.intake->save());  // an organisation needs the person who submits
        QVERIFY(f->messageFor(f->representativeNameEdit())->isVisible());
        QCOMPARE(s.dossiers(), 0);
        f->representativeNameEdit()->setText(QStringLiteral("Trần Văn Bình"));
        f->representativeIdEdit()->setText(QStringLiteral("038090001234"));
        QVERIFY(s.intake->save());
        const QString html = s.presenter.shown.first().content.html;
        QVERIFY(html.contains(QStringLiteral("Người đại diện nộp hồ sơ: <b>Trần Văn Bình</b>")));
        QVERIFY(html.contains(QStringLiteral("038090001234")));
        // the company is named where the dossier's owner is named, once per liên, never under a signature
        QCOMPARE(html.count(QStringLiteral("Công ty TNHH Rượu Yên Định")), 2);
        QVERIFY(html.count(QStringLiteral("Trần Văn Bình")) >= 4);  // the line and the signature, on each liên
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    IntakeGuardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_intake_guard.moc"
