// Offscreen: the fee-line picker of the intake screen (issue 8 §4). The only line is preselected
// and nothing is shown to choose; among several nothing is guessed; the choice survives a refresh.
#include "catalogue/Catalogue.h"
#include "intake/FeeVariantPicker.h"
#include "util/Result.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace pc;

class FeeVariantPickerTest : public QObject {
    Q_OBJECT
    std::shared_ptr<const Catalogue> m_catalogue;

private slots:
    void initTestCase()
    {
        auto c = Catalogue::fromJson(Catalogue::builtInJson());
        QVERIFY(c);
        m_catalogue = c.value();
    }

    void singleFeeIsPreselectedAndHidden()
    {
        FeeVariantPicker picker;
        picker.show();
        picker.setProcedure(m_catalogue->procedure(QStringLiteral("TC.02")));  // one fee for everyone
        QVERIFY(!picker.isVisible());
        QVERIFY(!picker.needsChoice());
        QVERIFY(picker.chosen());
        QCOMPARE(picker.chosen()->fee.dong, 100000);  // phí công bố, Circular 47/2019/TT-BTC
        QCOMPARE(picker.chosen()->charge.dong, 50000);  // lệ phí đăng ký doanh nghiệp
    }

    void severalFeesWaitForTheClerk()
    {
        FeeVariantPicker picker;
        picker.show();
        QSignalSpy changed(&picker, &FeeVariantPicker::changed);
        picker.setProcedure(m_catalogue->procedure(QStringLiteral("2.000620")));
        QVERIFY(picker.isVisible());
        QCOMPARE(picker.combo()->count(), 4);
        QVERIFY(picker.needsChoice());
        QVERIFY(!picker.chosen());
        QVERIFY(picker.chosenId().isEmpty());
        picker.combo()->setCurrentIndex(picker.combo()->findData(QStringLiteral("hkd-khac")));
        QCOMPARE(picker.chosenId(), QStringLiteral("hkd-khac"));
        QCOMPARE(picker.chosen()->fee.dong, 200000);  // household business, other area (TT 299/2016)
        QVERIFY(picker.combo()->currentText().contains(QStringLiteral("200.000 đ")));
        QVERIFY(changed.count() >= 2);
        // the same procedure again (a preview refresh) keeps the choice
        picker.setProcedure(m_catalogue->procedure(QStringLiteral("2.000620")));
        QCOMPARE(picker.chosenId(), QStringLiteral("hkd-khac"));
        // another procedure resets it; no procedure clears it
        picker.setProcedure(m_catalogue->procedure(QStringLiteral("CT.02")));
        QVERIFY(picker.needsChoice());
        picker.setProcedure(nullptr);
        QVERIFY(!picker.chosen());
        QVERIFY(!picker.isVisible());
    }
};

QTEST_MAIN(FeeVariantPickerTest)
#include "test_fee_variant_picker.moc"
