// Issue 11 §3–4 in the window, offscreen, on a real temporary database: the result comes back
// (F7, the control sheet's code typed as a scanner does), waits in "Kết quả chờ trả" with the
// phone number, and is returned at the counter (F8) after the receipt's QR is scanned: the
// scanner's keystrokes are simulated. A recipient whose ID does not match is refused with the
// service's message and nothing changes; an authorised person with a document is accepted.
// By post: a bad S10 check digit is refused, a good one dispatches; a failed delivery brings
// the result back. A withdrawal is recorded with its reason.
#include "CurrentActor.h"
#include "FakeSeams.h"
#include "IntakeScreen.h"
#include "TestSupport.h"
#include "returns/CodeScan.h"
#include "returns/ResultsPage.h"
#include "returns/ReturnPage.h"
#include "services/LifecycleService.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace pc;

namespace {
const QString kApplicantId = QStringLiteral("001089012345");  // test::completeDraft()'s applicant

struct Counter {
    test::TempCounter t;
    test::RecordingPresenter presenter;
    CurrentActor actor;
    Counter() { actor.signIn({QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk}); }

    // Registered on 25/11 and handed over to its agency on 26/11.
    QString handedOver(DeliveryMethod delivery = DeliveryMethod::Counter)
    {
        DossierDraft d = test::completeDraft();
        if (delivery == DeliveryMethod::Post) {
            d.delivery = {DeliveryMethod::Post, QStringLiteral("Số 5 ngõ 12 phố Huế, Hà Nội")};
            d.postage = Money{25000};
        }
        d.receivedAt = test::local(2026, 11, 25, 9, 0).toUTC();
        t.clock.now = d.receivedAt;
        auto r = t.services->intake().registerDossier(test::clerk(), d);
        if (!r)
            qFatal("register: %s", qPrintable(r.error().message));
        t.clock.setLocal(QDate(2026, 11, 26), QTime(8, 0));
        auto h = t.services->lifecycle().createHandover(r->dossier.agencyName, {r->dossier.code}, QStringLiteral("Trần Văn Bưu"), QString(), actor.actor());
        if (!h)
            qFatal("handover: %s", qPrintable(h.error().message));
        t.clock.setLocal(QDate(2026, 12, 4), QTime(14, 0));
        return r->dossier.code;
    }
    QString withResult(DeliveryMethod delivery = DeliveryMethod::Counter)
    {
        const QString code = handedOver(delivery);
        auto e = t.services->lifecycle().receiveResult(code, {QStringLiteral("Giấy phép bán lẻ rượu"), 1, QStringLiteral("Sở Công Thương"), {}}, actor.actor());
        if (!e)
            qFatal("result: %s", qPrintable(e.error().message));
        return code;
    }
    DossierStatus status(const QString &code) { return t.services->queue().dossier(code).value()->status; }
    qint64 events() { return t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM dossier_events")); }
};

// A keyboard-wedge scanner: the payload's characters, fast, then Enter, into whatever has focus.
void scan(const QString &payload)
{
    for (QChar c : payload)
        test::typeChar(QApplication::focusWidget(), c);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

bool showAndFocus(QWidget &page, QLineEdit *edit)
{
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    page.activateWindow();
    edit->setFocus();
    return QApplication::focusWidget() == edit;
}
}  // namespace

class ReturnPageTest : public QObject {
    Q_OBJECT
private slots:
    void codeFromWhatTheScannerTypes()
    {
        QCOMPARE(dossierCodeFromScan(QStringLiteral("000.00.16.H56-261125-2001")), QStringLiteral("000.00.16.H56-261125-2001"));
        QCOMPARE(dossierCodeFromScan(QStringLiteral(" 000.00.16.h56-261125-2001\r")), QStringLiteral("000.00.16.H56-261125-2001"));
        // the receipt's look-up QR: a URL carrying the code
        QCOMPARE(dossierCodeFromScan(QStringLiteral("https://dichvucong.thanhhoa.gov.vn/tra-cuu?ma=000.00.16.H56-261125-2001")),
                 QStringLiteral("000.00.16.H56-261125-2001"));
        QCOMPARE(dossierCodeFromScan(QStringLiteral("Nguyễn Văn Đức")), QString());
    }

    void resultArrivesAndWaitsWithPhoneNumber()
    {
        Counter c;
        const QString code = c.handedOver();
        ResultsPage page(*c.t.services, c.actor);
        QVERIFY(showAndFocus(page, page.codeEdit()));
        scan(code);  // the control sheet's QR
        QVERIFY2(page.dossierLabel()->text().contains(QStringLiteral("Nguyễn Văn Đức")), qPrintable(page.messageLabel()->text()));
        QCOMPARE(QApplication::focusWidget(), page.fromEdit());
        page.whatEdit()->setText(QStringLiteral("Giấy phép bán lẻ rượu"));
        page.fromEdit()->setText(QStringLiteral("Lê Văn Giao"));
        QVERIFY2(page.receive(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Resolved);
        const DossierEvent e = c.t.services->queue().dossier(code).value()->events.last();
        QCOMPARE(e.type, QStringLiteral("dossier.result_received"));
        QCOMPARE(e.data.value(QStringLiteral("from")).toString(), QStringLiteral("Lê Văn Giao"));
        QCOMPARE(e.data.value(QStringLiteral("by")).toString(), QStringLiteral("Nguyễn Thị Lan"));
        // waiting for the citizen, with the number to call
        QCOMPARE(page.waitingTable()->rowCount(), 1);
        QCOMPARE(page.waitingTable()->item(0, ResultsPage::Code)->text(), code);
        QCOMPARE(page.waitingTable()->item(0, ResultsPage::Phone)->text().remove(u' '), QStringLiteral("0912345678"));
        QVERIFY(page.codeEdit()->text().isEmpty());  // ready for the next sheet
        // an unknown code is said, nothing written
        const qint64 before = c.events();
        page.codeEdit()->setText(QStringLiteral("000.00.16.H56-261125-9999"));
        QVERIFY(!page.receive());
        QVERIFY(page.messageLabel()->text().contains(QStringLiteral("Không tìm thấy hồ sơ")));
        QCOMPARE(c.events(), before);
    }

    void returnByQrScanRefusesAMismatchedId()
    {
        Counter c;
        const QString code = c.withResult();
        ReturnPage page(*c.t.services, c.presenter, c.actor);
        QVERIFY(showAndFocus(page, page.codeEdit()));
        scan(code);  // the QR on the citizen's receipt
        QCOMPARE(page.currentCode(), code);
        QVERIFY(page.dossierLabel()->text().contains(QStringLiteral("Nguyễn Văn Đức")));
        QVERIFY(page.dossierLabel()->text().contains(QStringLiteral("Giấy phép bán lẻ rượu")));
        QCOMPARE(QApplication::focusWidget(), page.recipientIdEdit());
        QCOMPARE(page.recipientNameEdit()->text(), QStringLiteral("Nguyễn Văn Đức"));

        // someone else's card, no authorisation: refused with the service's reason, nothing changes
        const qint64 before = c.events();
        const qint64 outbox = c.t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM outbox"));
        page.recipientIdEdit()->setText(QStringLiteral("001089099999"));
        QVERIFY(!page.returnAtCounter());
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("không khớp")), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Resolved);
        QCOMPARE(c.events(), before);
        QCOMPARE(c.t.scalarInt(QStringLiteral("SELECT COUNT(*) FROM outbox")), outbox);
        QVERIFY(c.presenter.shown.isEmpty());
        QCOMPARE(page.currentCode(), code);  // still on screen: the clerk corrects and retries

        // the applicant's own number
        page.recipientIdEdit()->setText(kApplicantId);
        QVERIFY2(page.returnAtCounter(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Returned);
        const DossierEvent e = c.t.services->queue().dossier(code).value()->events.last();
        QCOMPARE(e.type, QStringLiteral("dossier.returned"));
        QCOMPARE(e.data.value(QStringLiteral("recipient_id")).toString(), kApplicantId);
        QCOMPARE(c.presenter.shown.size(), 1);  // the return slip
        QCOMPARE(c.presenter.shown.first().subject, code);
        QCOMPARE(QApplication::focusWidget(), page.codeEdit());  // ready for the next citizen
    }

    void authorisedPersonByIdCardScan()
    {
        Counter c;
        const QString code = c.withResult();
        ReturnPage page(*c.t.services, c.presenter, c.actor);
        QVERIFY(showAndFocus(page, page.codeEdit()));
        scan(code);
        // the person's ID card: not the applicant's, so an authorised person with a document
        scan(QStringLiteral("079301000123|Trần Thị Ánh|01012001|Nữ|Phường Bến Thành, TP. Hồ Chí Minh|20042022"));
        QTRY_VERIFY_WITH_TIMEOUT(page.authorisedButton()->isChecked(), 5000);
        QCOMPARE(page.recipientNameEdit()->text(), QStringLiteral("Trần Thị Ánh"));
        QCOMPARE(page.recipientIdEdit()->text(), QStringLiteral("079301000123"));
        QVERIFY(!page.returnAtCounter());  // no authorisation document noted yet
        QCOMPARE(c.status(code), DossierStatus::Resolved);
        page.authorisationEdit()->setText(QStringLiteral("Giấy ủy quyền ngày 01/12/2026, chứng thực tại UBND xã Yên Định"));
        QVERIFY2(page.returnAtCounter(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Returned);
    }

    void byPostChecksTheS10NumberAndFailedDeliveryComesBack()
    {
        Counter c;
        const QString code = c.withResult(DeliveryMethod::Post);
        ReturnPage page(*c.t.services, c.presenter, c.actor);
        QVERIFY(page.open(code));
        QCOMPARE(page.modes()->currentIndex(), int(ReturnPage::ByPost));
        // S10 check digit of 12345678, weights 8,6,4,2,3,5,9,7: 8+12+12+8+15+30+63+56 = 204,
        // 204 mod 11 = 6, 11 - 6 = 5. So RR123456785VN is valid and …784VN is not.
        const qint64 before = c.events();
        page.trackingEdit()->setText(QStringLiteral("RR123456784VN"));
        QVERIFY(!page.trackingCheck()->text().isEmpty());
        QVERIFY(!page.dispatchByPost());
        QCOMPARE(c.status(code), DossierStatus::Resolved);
        QCOMPARE(c.events(), before);
        page.trackingEdit()->setText(QStringLiteral("rr123456785vn"));
        QVERIFY(page.trackingCheck()->text().contains(QStringLiteral("hợp lệ")));
        QVERIFY2(page.dispatchByPost(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Returned);
        QCOMPARE(c.t.services->queue().dossier(code).value()->events.last().data.value(QStringLiteral("tracking")).toString(),
                 QStringLiteral("RR123456785VN"));
        QCOMPARE(c.presenter.shown.size(), 1);  // the address label
        // the parcel came back
        QVERIFY(page.open(code));
        QCOMPARE(page.modes()->currentIndex(), int(ReturnPage::ByPost));
        page.failureReasonEdit()->setText(QStringLiteral("Không có người nhận"));
        QVERIFY2(page.deliveryFailed(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Resolved);
    }

    void withdrawalIsRecordedWithItsReason()
    {
        Counter c;
        const QString code = c.handedOver();
        ReturnPage page(*c.t.services, c.presenter, c.actor);
        QVERIFY(page.open(code));
        page.modes()->setCurrentIndex(ReturnPage::Withdrawal);
        QVERIFY(!page.withdraw());  // no reason
        QCOMPARE(c.status(code), DossierStatus::InProgress);
        page.withdrawReasonEdit()->setText(QStringLiteral("Công dân có đơn xin rút hồ sơ ngày 04/12/2026"));
        QVERIFY2(page.withdraw(), qPrintable(page.messageLabel()->text()));
        QCOMPARE(c.status(code), DossierStatus::Withdrawn);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ReturnPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_return_page.moc"
