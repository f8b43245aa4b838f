// Issue 11 in the window on an offscreen 1024×768 screen: the F3, F4, F7 and F8 pages with a
// dossier at every step fit without clipping a Vietnamese label or button, the status bar's
// tracking counts are readable, and (POSTCOUNTER_SCREENSHOTS=DIR) the clerk's guide pictures.
#include "CurrentActor.h"
#include "FakeSeams.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "handover/HandoverPage.h"
#include "queue/QueuePage.h"
#include "returns/ResultsPage.h"
#include "returns/ReturnPage.h"
#include "services/LifecycleService.h"
#include "storage/DossierRepository.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace pc;

namespace {
// Texts that do not fit their widget: a label that does not wrap, a button, a tab.
QStringList clipped(QWidget *root)
{
    QStringList out;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisible() && !l->wordWrap() && !l->text().isEmpty() && l->width() < l->minimumSizeHint().width())
            out << QStringLiteral("label “%1”: %2 < %3 px").arg(l->text()).arg(l->width()).arg(l->minimumSizeHint().width());
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            out << QStringLiteral("button “%1”: %2 < %3 px").arg(b->text()).arg(b->width()).arg(b->sizeHint().width());
    // a column narrower than its header's words (a stretched column may share what is left)
    for (QHeaderView *h : root->findChildren<QHeaderView *>()) {
        if (!h->isVisible() || h->orientation() != Qt::Horizontal)
            continue;
        for (int i = 0; i < h->count(); ++i) {
            const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
            const int needed = h->fontMetrics().horizontalAdvance(text) + 6;  // the words and a little margin
            if (!h->isSectionHidden(i) && h->sectionResizeMode(i) != QHeaderView::Stretch && h->sectionSize(i) < needed)
                out << QStringLiteral("column “%1”: %2 < %3 px").arg(text).arg(h->sectionSize(i)).arg(needed);
        }
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>())
        if (bar->isVisible() && bar->count() > 0 && bar->tabRect(bar->count() - 1).right() > bar->width())
            out << QStringLiteral("tab bar: last tab ends at %1, bar %2 px").arg(bar->tabRect(bar->count() - 1).right()).arg(bar->width());
    return out;
}

struct Day {
    test::TempCounter t;
    test::RecordingPresenter presenter;
    test::ScriptedPrompts prompts;
    QStringList codes;
    Day()
    {
        const Actor clerk{QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk};
        int minute = 0;
        for (const QString &n : {QStringLiteral("Trần Thị Bích"), QStringLiteral("Lê Văn Đạt"), QStringLiteral("Phạm Đức Anh"),
                                 QStringLiteral("Nguyễn Thị Phương Thảo"), QStringLiteral("Đỗ Minh Châu"), QStringLiteral("Hoàng Văn Em")}) {
            DossierDraft d = test::completeDraft();
            d.applicant.name = n;
            d.receivedAt = test::local(2026, 11, 25, 8, 30 + 5 * minute++).toUTC();
            if (n.startsWith(QStringLiteral("Phạm")))
                d.delivery = {DeliveryMethod::Post, QStringLiteral("Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội")};
            t.clock.now = d.receivedAt;
            auto r = t.services->intake().registerDossier(test::clerk(), d);
            if (!r)
                qFatal("register: %s", qPrintable(r.error().message));
            codes << r->dossier.code;
        }
        LifecycleService &life = t.services->lifecycle();
        t.clock.setLocal(QDate(2026, 11, 26), QTime(8, 0));
        const QString agency = t.services->queue().dossier(codes[0]).value()->agencyName;
        if (!life.createHandover(agency, codes.mid(0, 4), QStringLiteral("Trần Văn Bưu"), QStringLiteral("Lê Thị Nhận"), clerk))
            qFatal("handover");
        t.clock.setLocal(QDate(2026, 12, 4), QTime(14, 0));
        for (const QString &code : {codes[1], codes[2]})
            if (!life.receiveResult(code, {QStringLiteral("Giấy phép bán lẻ rượu"), 1, QStringLiteral("Lê Văn Giao"), {}}, clerk))
                qFatal("result");
        DossierRepository(t.services->database().sql())
            .applyCentreStatus(codes[3], DossierStatus::SupplementRequested, test::local(2026, 12, 1, 9, 0).toUTC(), QStringLiteral("e1"),
                               QStringLiteral("Bổ sung bản sao hợp đồng thuê có chứng thực"));
        t.clock.setLocal(QDate(2026, 12, 7), QTime(10, 0));
    }
};

bool visit(MainWindow &w, QWidget *page)
{
    w.tabs()->setCurrentWidget(page);
    QCoreApplication::sendPostedEvents();
    return page->isVisible();
}
}  // namespace

class LifecycleScreensTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }

    void everyPageFitsAt1024()
    {
        Day day;
        MainWindow w(*day.t.services, day.presenter, day.prompts);
        w.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.frameGeometry().width() <= 1024 && w.frameGeometry().height() <= 768);
        const QString dir = qEnvironmentVariable("POSTCOUNTER_SCREENSHOTS");
        const std::pair<QWidget *, QString> pages[] = {{w.queuePage(), QStringLiteral("theo-doi")},
                                                       {w.handoverPage(), QStringLiteral("ban-giao")},
                                                       {w.resultsPage(), QStringLiteral("nhan-ket-qua")},
                                                       {w.returnPage(), QStringLiteral("tra-ket-qua")}};
        for (const auto &[page, name] : pages) {
            QVERIFY(visit(w, page));
            if (page == w.returnPage())
                QVERIFY(w.returnPage()->open(day.codes[1]));  // a result waiting at the counter
            if (page == w.queuePage())
                w.queueView()->setCurrentIndex(w.queueView()->model()->index(0, 0));
            QCoreApplication::sendPostedEvents();
            const QStringList bad = clipped(&w);
            QVERIFY2(bad.isEmpty(), qPrintable(name + QStringLiteral(": ") + bad.join(QStringLiteral("; "))));
            if (!dir.isEmpty())
                QVERIFY(w.grab().save(dir + QStringLiteral("/") + name + QStringLiteral("-1024.png")));
        }
        // the counts in the status bar, in words: 25/11 08:30 + 8 working days = 07/12 08:30 (hand
        // count 26,27,30,1,2,3,4,7): at 10:00 on 07/12 those still with the agency are late
        QVERIFY2(w.trackingLabel()->text().startsWith(QStringLiteral("Quá hạn: 3")), qPrintable(w.trackingLabel()->text()));
        QVERIFY(w.trackingLabel()->width() >= w.trackingLabel()->minimumSizeHint().width());
        // the keys: F4, F7 and F8 open their page, the last two ready for a scan in the code box
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_F4);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.handoverPage()));
        QTest::keyClick(&w, Qt::Key_F7);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.resultsPage()));
        QCOMPARE(QApplication::focusWidget(), w.resultsPage()->codeEdit());
        QTest::keyClick(&w, Qt::Key_F8);
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.returnPage()));
        QCOMPARE(QApplication::focusWidget(), w.returnPage()->codeEdit());
        // the post dossier on the return page by post, the label tab
        QVERIFY(visit(w, w.returnPage()));
        QVERIFY(w.returnPage()->open(day.codes[2]));
        QCOMPARE(w.returnPage()->modes()->currentIndex(), int(ReturnPage::ByPost));
        w.returnPage()->trackingEdit()->setText(QStringLiteral("RR123456785VN"));
        QCoreApplication::sendPostedEvents();
        QVERIFY2(clipped(&w).isEmpty(), qPrintable(clipped(&w).join(QStringLiteral("; "))));
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(dir + QStringLiteral("/gui-buu-chinh-1024.png")));
        w.returnPage()->modes()->setCurrentIndex(ReturnPage::Withdrawal);
        QCoreApplication::sendPostedEvents();
        QVERIFY2(clipped(&w).isEmpty(), qPrintable(clipped(&w).join(QStringLiteral("; "))));
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(dir + QStringLiteral("/rut-ho-so-1024.png")));
    }
};

int main(int argc, char **argv)
{
    // One 1024×768 offscreen screen without window frames (set before the application exists).
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(R"({"windowFrameMargins": false, "screens": [{"name": "counter", "x": 0, "y": 0, "width": 1024, "height": 768,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PostCounterTest"));
    QCoreApplication::setApplicationName(QStringLiteral("LifecycleScreens"));
    LifecycleScreensTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_lifecycle_screens.moc"
