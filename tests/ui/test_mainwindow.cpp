// Offscreen: the main window opens on a seeded database and shows its dossiers.
#include "DossierQueueModel.h"
#include "FakeSeams.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QTableView>
#include <QTest>

using namespace pc;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void showsSeededDossiers()
    {
        test::TempCounter t;
        DossierDraft d = test::completeDraft();
        for (const QString &n : {QStringLiteral("Trần Thị Bích"), QStringLiteral("Lê Văn Đạt"), QStringLiteral("Phạm Đức Anh")}) {
            d.applicant.name = n;
            QVERIFY(t.services->intake().registerDossier(test::clerk(), d));
        }
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView *view = w.queueView();
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("Phạm Đức Anh"));
        QCOMPARE(view->model()->index(2, DossierQueueModel::Code).data().toString(), QStringLiteral("000.00.16.H56-261125-2001"));
        QCOMPARE(view->model()->index(0, DossierQueueModel::Status).data().toString(), QStringLiteral("Được tiếp nhận"));
        QVERIFY(w.ensureCounterIdentity());  // configured: no dialog
        const QString shot = qEnvironmentVariable("POSTCOUNTER_SCREENSHOT");
        if (!shot.isEmpty())
            w.grab().save(shot);
    }

    void pagesLazily()
    {
        test::TempCounter t;
        for (int i = 0; i < 450; ++i)
            QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        DossierQueueModel model(t.services->queue());
        model.reload();
        QCOMPARE(model.rowCount(), 200);  // one page, not everything
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }

    void switchesLanguage()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCoreApplication::processEvents();  // LanguageChange is delivered through the event loop
        QCOMPARE(w.queueModel()->headerData(DossierQueueModel::Code, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Dossier code"));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("PostCounter – Administrative")));
        QVERIFY(Language::apply(QStringLiteral("vi")));
        QCoreApplication::processEvents();
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("PostCounter – Tiếp nhận")));
        QCOMPARE(w.queueModel()->headerData(DossierQueueModel::Code, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Mã hồ sơ"));
        QVERIFY(!Language::apply(QStringLiteral("fr")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_mainwindow.moc"
