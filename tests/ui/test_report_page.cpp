// Issue 11 §5, offscreen: the F6 page shows the hand-counted figures of ReportFixture, draws
// both charts from them, exports the CSVs and prints through its seams, refuses a reversed
// period with a message, and F6 in the main window opens it.
#include "CurrentActor.h"
#include "FakeSeams.h"
#include "MainWindow.h"
#include "ReportFixture.h"
#include "reports/ReportPage.h"
#include "documents/ReportRenderer.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pc;
using namespace Qt::StringLiterals;
using test::ReportFixture;

namespace {
QList<qreal> barValues(QChartView *view)
{
    const auto series = view->chart()->series();
    if (series.size() != 1)
        return {};
    auto *bars = qobject_cast<QHorizontalBarSeries *>(series.first());
    if (!bars || bars->barSets().size() != 1)
        return {};
    QList<qreal> out;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        out << bars->barSets().first()->at(i);
    return out;
}
}  // namespace

class ReportPageTest : public QObject {
    Q_OBJECT
private slots:
    void showsTheDayAndItsCharts()
    {
        test::TempCounter t;
        ReportFixture fixture(t);
        CurrentActor actor;
        ReportPage page(*t.services, actor);
        page.setPeriod(QDate(2026, 11, 27), QDate(2026, 11, 27));
        QCOMPARE(page.report().received, 3);
        QVERIFY(page.figures()->text().contains(QStringLiteral("650.000 đ")));
        QCOMPARE(page.fieldTable()->rowCount(), 2);
        QCOMPARE(page.fieldTable()->item(1, 0)->text(), ReportFixture::VanHoa);  // fields in name order
        QCOMPARE(page.fieldTable()->item(1, 3)->text(), QStringLiteral("200.000 đ"));
        QCOMPARE(page.statusTable()->rowCount(), 2);  // statuses 2 and 4
        // November per field: Công Thương 8, Văn hóa 3; on time: Sở Công Thương 1 of 2, Sở Văn hóa 1 of 1.
        // Bar sets run bottom-up, so the first in name order (Công Thương, Sở Công Thương) is drawn on top.
        QCOMPARE(barValues(page.fieldChart()), (QList<qreal>{3, 8}));
        QCOMPARE(barValues(page.onTimeChart()), (QList<qreal>{100, 50}));
    }

    void exportsAndPrintsThroughItsSeams()
    {
        test::TempCounter t;
        ReportFixture fixture(t);
        CurrentActor actor;
        ReportPage page(*t.services, actor);
        page.setPeriod(QDate(2026, 11, 27), QDate(2026, 11, 27));
        QStringList suggested;
        page.setFileChooser([&](const QString &name, const QString &) {
            suggested << name;
            return t.dir.filePath(name);
        });
        QList<ReportContent> printed;
        page.setPrinter([&](const ReportContent &c) { printed << c; });

        QTest::mouseClick(page.exportDayButton(), Qt::LeftButton);
        QTest::mouseClick(page.exportLedgerButton(), Qt::LeftButton);
        QCOMPARE(suggested, (QStringList{u"bao-cao-2026-11-27.csv"_s, u"so-theo-doi-2026-11-27.csv"_s}));
        for (const QString &name : suggested) {
            QFile f(t.dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
        }
        QVERIFY(page.message()->text().contains(QStringLiteral("so-theo-doi-2026-11-27.csv")));

        QTest::mouseClick(page.printDayButton(), Qt::LeftButton);
        QTest::mouseClick(page.printLedgerButton(), Qt::LeftButton);
        QCOMPARE(printed.size(), 2);
        QCOMPARE(printed.at(0).orientation, QPageLayout::Portrait);
        QVERIFY(printed.at(0).html.contains(QStringLiteral("BÁO CÁO TIẾP NHẬN VÀ TRẢ KẾT QUẢ HỒ SƠ")));
        QCOMPARE(printed.at(1).orientation, QPageLayout::Landscape);
        QVERIFY(printed.at(1).html.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")));
        QVERIFY(printed.at(1).html.contains(ReportFixture::code(3)));
    }

    void refusesAReversedPeriod()
    {
        test::TempCounter t;
        ReportFixture fixture(t);
        CurrentActor actor;
        ReportPage page(*t.services, actor);
        page.setPeriod(QDate(2026, 11, 27), QDate(2026, 11, 27));
        page.setPeriod(QDate(2026, 11, 28), QDate(2026, 11, 27));
        QVERIFY(page.message()->text().contains(QStringLiteral("sau ngày kết thúc")));
        QCOMPARE(page.report().from, QDate(2026, 11, 27));  // the last good report stays on screen
        bool chose = false;
        page.setFileChooser([&](const QString &, const QString &) { chose = true; return t.dir.filePath(u"x.csv"_s); });
        QTest::mouseClick(page.exportDayButton(), Qt::LeftButton);
        QVERIFY(!chose);  // refused before asking where to save
        QVERIFY(!QFile::exists(t.dir.filePath(u"x.csv"_s)));
    }

    void f6OpensTheReportTab()
    {
        test::TempCounter t;
        ReportFixture fixture(t);
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.resize(1366, 768);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F6);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.reportPage()));
        QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), QStringLiteral("Báo cáo (F6)"));
        // Today (28/11, the fixture's clock) is shown on opening: dossier 5, received at midnight.
        QCOMPARE(w.reportPage()->report().received, 1);

        const QString dir = qEnvironmentVariable("POSTCOUNTER_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        w.reportPage()->setPeriod(QDate(2026, 11, 27), QDate(2026, 11, 27));
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(dir + QStringLiteral("/report.png")));
    }
};

int main(int argc, char **argv)
{
    // The window keeps its geometry in QSettings: a temporary home, not the tester's. The guide's
    // screenshot (POSTCOUNTER_SCREENSHOTS=DIR) is taken on a 1366×768 screen without frames.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    if (!qEnvironmentVariableIsEmpty("POSTCOUNTER_SCREENSHOTS")) {
        QFile f(home.filePath(QStringLiteral("screen.json")));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(R"({"windowFrameMargins": false, "screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        f.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + f.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    ReportPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_report_page.moc"
