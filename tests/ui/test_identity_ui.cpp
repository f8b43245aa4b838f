// Issue 9 item 13, offscreen: the first-start dialog does not accept the sample unit, and
// changing the unit identifier or the counter number later warns about the codes already
// issued and the neighbouring counters' ranges before anything is saved.
#include "CounterSetupDialog.h"
#include "FakeSeams.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace pc;

class IdentityUiTest : public QObject {
    Q_OBJECT
private slots:
    void firstStartMakesTheClerkTypeARealUnit()
    {
        CounterSetupDialog d(CounterIdentity::sample());
        QVERIFY(d.unitIdEdit()->text().isEmpty());  // the sample is an example, not a value
        QVERIFY(d.unitNameEdit()->text().isEmpty());
        d.open();
        d.accept();  // empty: refused
        QVERIFY(d.isVisible());
        QVERIFY(!d.errorLabel()->isHidden());
        // typing the sample's own identifier back in is refused too
        QTest::keyClicks(d.unitIdEdit(), QStringLiteral("000.00.00.H99"));
        d.unitNameEdit()->setText(QStringLiteral("Bưu cục thử"));
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(d.errorLabel()->text().contains(QStringLiteral("ĐƠN VỊ MẪU")));
        d.unitIdEdit()->clear();
        QTest::keyClicks(d.unitIdEdit(), QStringLiteral("000.00.16.H56"));
        d.accept();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.identity().isSample);
        QCOMPARE(d.identity().unitId, QStringLiteral("000.00.16.H56"));
    }

    void changingCounterNumberWarnsAboutIssuedCodesAndRanges()
    {
        test::TempCounter t;  // 000.00.16.H56, counter 2
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        QStringList asked;
        bool answer = false;
        w.setConfirmation([&](const QString &, const QString &text) { asked << text; return answer; });

        const CounterIdentity moved = CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 3);
        QVERIFY(!w.applyCounterIdentity(moved));  // the clerk answered No
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("2 mã hồ sơ")), qPrintable(asked.first()));
        // counter 2 owns 2001–2999, counter 3 owns 3001–3999 (DESIGN §4: N001–N999)
        QVERIFY(asked.first().contains(QStringLiteral("2001–2999")));
        QVERIFY(asked.first().contains(QStringLiteral("3001–3999")));
        QVERIFY(asked.first().contains(QStringLiteral("không quầy nào khác")));
        QVERIFY(asked.first().contains(QStringLiteral("trưởng bưu cục")));
        QCOMPARE(t.services->identity().load().value()->counterNumber, 2);  // nothing saved

        answer = true;
        QVERIFY(w.applyCounterIdentity(moved));
        QCOMPARE(t.services->identity().load().value()->counterNumber, 3);
    }

    void changingTheUnitIdentifierWarnsToo()
    {
        test::TempCounter t;
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        QStringList asked;
        w.setConfirmation([&](const QString &, const QString &text) { asked << text; return false; });
        QVERIFY(!w.applyCounterIdentity(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H57"), QStringLiteral("Bưu điện xã Yên Định"), 2)));
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("từ 000.00.16.H56 sang 000.00.16.H57")));
        QVERIFY(asked.first().contains(QStringLiteral("1 mã hồ sơ")));
        QCOMPARE(t.services->identity().load().value()->unitId, QStringLiteral("000.00.16.H56"));
    }

    void renamingTheUnitOrLeavingTheSampleAsksNothing()
    {
        test::TempCounter t(2, false);
        QVERIFY(t.services->identity().save(CounterIdentity::sample()));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        int asked = 0;
        w.setConfirmation([&](const QString &, const QString &) { ++asked; return false; });
        QVERIFY(w.applyCounterIdentity(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định"), 2)));
        QVERIFY(w.applyCounterIdentity(CounterIdentity::withDefaultRange(QStringLiteral("000.00.16.H56"), QStringLiteral("Bưu điện xã Yên Định (mới)"), 2)));
        QCOMPARE(asked, 0);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    IdentityUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_identity_ui.moc"
