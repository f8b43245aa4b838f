// Offscreen: the intake-screen defects of issue 9, each reproduced first — Ctrl+D, a count
// typed without Enter, the Tab route, scanner bursts on a busy PC, stale messages.
#include "IntakeScreen.h"
#include "intake/AddressEditor.h"
#include "intake/ApplicantForm.h"
#include "intake/DocumentChecklist.h"
#include "intake/ProcedurePicker.h"
#include "intake/UnitPicker.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace pc;
using namespace pc::test;

namespace {
const QString kCardA = QStringLiteral("001089012345|123456789|Nguyễn Văn Đức|02051989|Nam|Thôn Đông, xã Yên Định, Thanh Hóa|15082021");
const QList<int> kScannerGaps = {3, 5, 8, 4, 6, 7};  // ms between keys, as a keyboard-wedge scanner sends them

// Makes every key press cost `ms` of processing before it reaches the widgets: a busy
// counter PC, where the time between two processed keys says nothing about how fast they
// were typed.
class SlowKeys : public QObject {
public:
    explicit SlowKeys(int ms) : m_ms(ms) { qApp->installEventFilter(this); }
    ~SlowKeys() override { qApp->removeEventFilter(this); }
    int slowed = 0;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::KeyPress && o->isWidgetType()) {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < m_ms) {
            }
            ++slowed;
        }
        return false;
    }

private:
    int m_ms;
};

void tickAll(DocumentChecklist *c)
{
    for (int row = 0; row < c->table()->rowCount(); ++row)
        c->table()->item(row, 0)->setCheckState(Qt::Checked);
}
}  // namespace

class IntakeDefectsTest : public QObject {
    Q_OBJECT
private slots:
    // Defect 1: "Thêm giấy tờ khác (Ctrl+D)" crashed in documents(); Ctrl+D only worked in the table.
    void ctrlDAddsAnUnlistedDocumentFromAnyField()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        QTableWidget *table = s.intake->checklist()->table();
        const int rows = table->rowCount();
        // the button, with the focus in the procedure box (this crashed, every time)
        s.intake->procedurePicker()->searchEdit()->setFocus();
        s.intake->checklist()->addButton()->click();
        QCOMPARE(table->rowCount(), rows + 1);
        kb.type(QStringLiteral("Giấy ủy quyền"));
        kb.key(Qt::Key_Return);
        // Ctrl+D from the name field
        s.intake->applicantForm()->nameEdit()->setFocus();
        kb.type(QStringLiteral("Vũ Văn Hải"));
        kb.key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(table->rowCount(), rows + 2);
        kb.type(QStringLiteral("Bản sao sổ hộ khẩu"));
        kb.key(Qt::Key_Return);
        tickAll(s.intake->checklist());
        QVERIFY(s.intake->save());
        auto d = s.t.services->queue().dossier(s.presenter.shown.first().subject);
        QVERIFY(d && d.value());
        QCOMPARE(d.value()->documents.size(), 6);
        QCOMPARE(d.value()->documents.at(4).name, QStringLiteral("Giấy ủy quyền"));
        QCOMPARE(d.value()->documents.at(5).name, QStringLiteral("Bản sao sổ hộ khẩu"));
    }

    // Defect 2: a count typed into a cell without Enter was dropped by F9.
    void countTypedWithoutEnterIsSaved()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Đỗ Thị Hoa"));
        QTableWidget *table = s.intake->checklist()->table();
        tickAll(s.intake->checklist());
        table->setFocus();
        table->setCurrentCell(1, 3);  // row 2, "Bản sao"
        kb.type(QStringLiteral("3"));  // opens the editor with 3 … and no Enter
        QVERIFY(QApplication::focusWidget() != table);  // the cell editor is open
        kb.key(Qt::Key_F9);
        QCOMPARE(s.dossiers(), 1);
        auto d = s.t.services->queue().dossier(s.presenter.shown.first().subject);
        QCOMPARE(d.value()->documents.at(1).copies, 3);
    }

    void supplementAndRefusalCommitTheOpenEditorToo()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Đỗ Thị Hoa"));
        QTableWidget *table = s.intake->checklist()->table();
        table->item(0, 0)->setCheckState(Qt::Checked);
        table->setFocus();
        table->setCurrentCell(0, 2);  // "Bản chính" of the application form
        kb.type(QStringLiteral("0"));  // no original after all: the form becomes missing
        kb.key(Qt::Key_F10);
        QCOMPARE(s.presenter.shown.size(), 1);
        QVERIFY(s.presenter.shown.first().content.html.contains(QStringLiteral("Đơn đề nghị")));
    }

    // Defect 4: Tab cycled inside the table; sets, delivery and the postal address were mouse-only.
    void tabRouteCoversEveryControlOnceInReadingOrder()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        s.intake->deliveryBox()->setCurrentIndex(1);  // by post: the postal address shows
        QLineEdit *search = s.intake->procedurePicker()->searchEdit();
        search->setFocus();
        QList<QWidget *> route;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            if (w == search)
                break;
            route << w;
        }
        QCOMPARE(QApplication::focusWidget(), search);  // the route comes back round
        ApplicantForm *f = s.intake->applicantForm();
        QTableWidget *table = s.intake->checklist()->table();
        QCOMPARE(route.count(table), 1);  // one Tab stop
        const QList<QWidget *> expected = {f->kindBox(), f->nameEdit(), f->idEdit(), f->birthEdit(), f->genderBox(), f->phoneEdit(),
                                           f->emailEdit(), f->address()->provincePicker(), f->address()->communePicker(),
                                           f->address()->detailEdit(), table, s.intake->setsBox(), s.intake->deliveryBox(),
                                           s.intake->postalAddress()->provincePicker(), s.intake->postalAddress()->communePicker(),
                                           s.intake->postalAddress()->detailEdit()};
        int at = -1;
        for (QWidget *w : expected) {
            const int i = int(route.indexOf(w));
            QVERIFY2(i > at, qPrintable(QStringLiteral("out of order or unreachable: %1").arg(QString::fromLatin1(w->metaObject()->className()))));
            at = i;
        }
        // the buttons are on the route too, after the fields
        QAbstractButton *save = nullptr;
        for (QAbstractButton *b : s.intake->findChildren<QAbstractButton *>())
            if (b->text().contains(QStringLiteral("F9")))
                save = b;
        QVERIFY(route.indexOf(save) > at);
        // and straight there by the labels' mnemonics
        for (const auto &[key, target] : {std::pair{Qt::Key_S, static_cast<QWidget *>(s.intake->setsBox())},
                                          std::pair{Qt::Key_K, static_cast<QWidget *>(s.intake->deliveryBox())},
                                          std::pair{Qt::Key_A, static_cast<QWidget *>(s.intake->postalAddress()->provincePicker())}}) {
            search->setFocus();
            QTest::keyClick(search, key, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), target);
        }
    }

    // Defect 5: bursts on a busy PC. Keys 3–8 ms apart by their own timestamps, each costing
    // 45 ms to process; the scan must still be recognised wherever the focus is.
    void scanOnABusyPcIntoTheNameField()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        kb.type(QStringLiteral("Ng"));
        SlowKeys slow(45);
        postKeys(s.window.get(), kCardA, 1'000'000, kScannerGaps, true);
        ApplicantForm *f = s.intake->applicantForm();
        QTRY_COMPARE_WITH_TIMEOUT(f->idEdit()->text(), QStringLiteral("001089012345"), 20000);
        QVERIFY(slow.slowed > 50);  // the fault happened: every key was slow to process
        QCOMPARE(f->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"));
        QCOMPARE(f->birthEdit()->text(), QStringLiteral("02/05/1989"));
        QCOMPARE(QApplication::focusWidget(), f->phoneEdit());
    }

    void scanOnABusyPcIntoATableCell()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        QTableWidget *table = s.intake->checklist()->table();
        table->setFocus();
        table->setCurrentCell(1, 2);  // "Bản chính": a digit opens the cell editor
        const QVariant before = table->item(1, 2)->data(Qt::EditRole);
        SlowKeys slow(45);
        postKeys(s.window.get(), kCardA, 2'000'000, kScannerGaps, true);
        ApplicantForm *f = s.intake->applicantForm();
        QTRY_COMPARE_WITH_TIMEOUT(f->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"), 20000);
        QVERIFY(slow.slowed > 50);
        QCOMPARE(table->item(1, 2)->data(Qt::EditRole), before);  // no prefix left in the cell
        QVERIFY(!table->indexWidget(table->model()->index(1, 2)));  // and no editor left open
    }

    void scanOnABusyPcIntoTheProcedureBox()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        kb.type(QStringLiteral("ban le"));
        SlowKeys slow(45);
        postKeys(s.window.get(), kCardA, 3'000'000, kScannerGaps, false);  // this scanner sends no Enter
        ApplicantForm *f = s.intake->applicantForm();
        QTRY_COMPARE_WITH_TIMEOUT(f->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"), 20000);
        QVERIFY(slow.slowed > 50);
        QCOMPARE(s.intake->procedurePicker()->searchEdit()->text(), QStringLiteral("ban le"));
        QVERIFY(s.intake->procedurePicker()->resultList()->count() >= 1);  // the search still shows its hits
    }

    void scanWhileTheProvinceListIsOpen()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        UnitPicker *province = s.intake->applicantForm()->address()->provincePicker();
        province->setFocus();
        Keyboard kb;
        kb.type(QStringLiteral("thanh"));  // the type-ahead list is open
        SlowKeys slow(45);
        postKeys(s.window.get(), kCardA, 5'000'000, kScannerGaps, true);
        ApplicantForm *f = s.intake->applicantForm();
        QTRY_COMPARE_WITH_TIMEOUT(f->nameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"), 20000);
        QVERIFY(slow.slowed > 50);
        // no prefix left in the picker; the card's address replaces what was typed there
        QVERIFY(province->text().isEmpty());
        QCOMPARE(s.intake->applicantForm()->address()->detailEdit()->text(), QStringLiteral("Thôn Đông, xã Yên Định, Thanh Hóa"));
    }

    // A person typing the same characters (150 ms apart by the timestamps) is not a scanner,
    // even when the PC processes the keys back to back.
    void typingAsFastAsTheLoopIsNotAScan()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        s.intake->procedurePicker()->choose(QStringLiteral("2.000620"));
        QLineEdit *name = s.intake->applicantForm()->nameEdit();
        name->setFocus();
        const QString typed = QStringLiteral("001089012345|x");
        postKeys(s.window.get(), typed, 4'000'000, {150}, false);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), typed, 5000);
        QVERIFY(s.intake->applicantForm()->idEdit()->text().isEmpty());
    }

    // Defect 12: messages belong to the dossier being typed.
    void messagesBelongToTheDossierBeingTyped()
    {
        Screen s;
        pickHouseholdCityFee(s.intake);
        Keyboard kb;
        QLabel *message = s.intake->messageLabel();
        kb.key(Qt::Key_F9);  // no procedure yet
        QVERIFY(message->text().contains(QStringLiteral("Chưa chọn thủ tục")));
        kb.type(QStringLiteral("2.000620"));
        kb.key(Qt::Key_Return);
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));  // resolved: gone at once
        kb.type(QStringLiteral("Lý Thị Sen"));
        kb.key(Qt::Key_F9);  // documents missing
        QVERIFY(message->text().contains(QStringLiteral("F10")));
        tickAll(s.intake->checklist());
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        kb.key(Qt::Key_F9);
        QVERIFY(message->text().contains(QStringLiteral("Đã tiếp nhận")));
        QCOMPARE(s.dossiers(), 1);
        // the next citizen: the previous dossier's success message goes as soon as typing starts
        kb.type(QStringLiteral("2.0"));
        QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
        // an error for a dossier does not survive Ctrl+N
        kb.type(QStringLiteral("00620"));
        kb.key(Qt::Key_Return);
        kb.key(Qt::Key_F9);
        QVERIFY(!message->text().isEmpty());
        s.intake->startNew();
        QVERIFY(message->text().isEmpty());
        // a field's own message goes when the field is corrected
        ApplicantForm *f = s.intake->applicantForm();
        f->phoneEdit()->setFocus();
        kb.type(QStringLiteral("09123"));
        kb.key(Qt::Key_Tab);
        QVERIFY(f->messageFor(f->phoneEdit())->isVisible());
        f->phoneEdit()->setFocus();
        kb.type(QStringLiteral("45678"));
        QVERIFY(!f->messageFor(f->phoneEdit())->isVisible());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    IntakeDefectsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_intake_defects.moc"
