// Offscreen: the office settings screen edits through OfficeSettings; one bad value writes
// nothing; the postage it stores is the one intake charges.
#include "OfficeSettingsDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace pc;

class OfficeSettingsTest : public QObject {
    Q_OBJECT
private slots:
    void badValueWritesNothing()
    {
        test::TempCounter t;
        QVERIFY(t.services->office().set(test::supervisor(), OfficeSettings::Place, QStringLiteral("Thanh Hóa")));
        OfficeSettingsDialog dialog(t.services->office(), test::supervisor());
        QCOMPARE(dialog.field(OfficeSettings::Place)->text(), QStringLiteral("Thanh Hóa"));  // shows what is stored
        QCOMPARE(dialog.field(OfficeSettings::Postage)->text(), QStringLiteral("25000"));
        dialog.field(OfficeSettings::GoverningBody)->setText(QStringLiteral("Bưu điện tỉnh Thanh Hóa"));
        dialog.field(OfficeSettings::Place)->setText(QStringLiteral("Yên Định"));
        dialog.field(OfficeSettings::GuidanceContact)->setText(QStringLiteral("Anh Minh, 0237 3852 123"));
        dialog.field(OfficeSettings::Postage)->setText(QStringLiteral("-1"));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());  // not closed
        const auto errors = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(errors.begin(), errors.end(),
                            [](QLabel *l) { return l->isVisible() && l->text().contains(QStringLiteral("Cước bưu chính")); }));
        QCOMPARE(t.services->office().place(), QStringLiteral("Thanh Hóa"));  // nothing written
        QVERIFY(t.services->office().governingBody().isEmpty());
    }

    void savesEveryValue()
    {
        test::TempCounter t;
        OfficeSettingsDialog dialog(t.services->office(), test::supervisor());
        dialog.field(OfficeSettings::GoverningBody)->setText(QStringLiteral("UBND xã Yên Định"));
        dialog.field(OfficeSettings::Place)->setText(QStringLiteral("Yên Định"));
        dialog.field(OfficeSettings::GuidanceContact)->setText(QStringLiteral("Anh Minh, 0237 3852 123"));
        dialog.field(OfficeSettings::Postage)->setText(QStringLiteral("30.000"));
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.services->office().governingBody(), QStringLiteral("UBND xã Yên Định"));
        QCOMPARE(t.services->office().guidanceContact(), QStringLiteral("Anh Minh, 0237 3852 123"));
        QCOMPARE(t.services->office().postage().dong, qint64(30000));
        // intake charges the same postage for a result returned by post
        DossierDraft d = test::completeDraft();
        d.delivery = {DeliveryMethod::Post, QStringLiteral("Thôn Đông, xã Yên Định")};
        d.postage = t.services->office().postage();
        auto r = t.services->intake().registerDossier(test::clerk(), d);
        QVERIFY(r);
        QCOMPARE(r->dossier.postage.dong, qint64(30000));
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    OfficeSettingsTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_office_settings.moc"
