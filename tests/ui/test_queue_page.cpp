// Issue 9 items 8 and 9, offscreen: the F3 page lists dossiers and guidance slips, shows what
// the clerk needs in the details panel, flags late and ready rows, sorts, says when nothing
// matched, and lets the keyboard go from the search box into the list.
#include "DossierQueueModel.h"
#include "FakeSeams.h"
#include "TestSupport.h"
#include "queue/GuidanceListModel.h"
#include "queue/QueuePage.h"
#include "storage/DossierRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace pc;

namespace {
QString registerFor(test::TempCounter &t, const QString &name, const QDateTime &receivedLocal)
{
    DossierDraft d = test::completeDraft();
    d.applicant.name = name;
    d.receivedAt = receivedLocal.toUTC();
    t.clock.now = d.receivedAt;  // typed in as it arrived
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    if (!r)
        qFatal("register failed: %s", qPrintable(r.error().message));
    return r->dossier.code;
}

void centreStatus(test::TempCounter &t, const QString &code, DossierStatus s, const QDateTime &atLocal, const QString &note)
{
    auto r = DossierRepository(t.services->database().sql()).applyCentreStatus(code, s, atLocal.toUTC(), code + QString::number(int(s)), note);
    QVERIFY(r && r.value());
}

int rowOf(const QAbstractItemModel *m, const QString &code)
{
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, DossierQueueModel::Code).data().toString() == code)
            return row;
    return -1;
}
}  // namespace

class QueuePageTest : public QObject {
    Q_OBJECT
private slots:
    void detailsShowDeliveryFeesAndAgencyNotes()
    {
        test::TempCounter t;
        DossierDraft d = test::completeDraft();
        d.delivery = {DeliveryMethod::Post, QStringLiteral("Số 5 ngõ 12 phố Huế, Hà Nội")};
        d.postage = Money{25000};
        d.receivedAt = test::local(2026, 11, 25, 9, 0).toUTC();
        auto r = t.services->intake().registerDossier(test::clerk(), d);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const QString code = r->dossier.code;
        centreStatus(t, code, DossierStatus::SupplementRequested, test::local(2026, 11, 26, 10, 0),
                     QStringLiteral("Bổ sung bản sao hợp đồng thuê có chứng thực"));
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        const QString text = page.details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("qua bưu chính công ích")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Số 5 ngõ 12 phố Huế, Hà Nội")));
        // fee of 2.000620 in the built-in catalogue: 400 000 đ; postage as typed: 25 000 đ
        QVERIFY(text.contains(QStringLiteral("Phí: 400.000 đ")));
        QVERIFY(text.contains(QStringLiteral("Cước bưu chính: 25.000 đ")));
        QVERIFY(text.contains(QStringLiteral("Tổng cộng: 425.000 đ")));
        QVERIFY(text.contains(QStringLiteral("Ghi chú của cơ quan: Bổ sung bản sao hợp đồng thuê có chứng thực")));
    }

    void overdueAndResultReadyRowsAreFlagged()
    {
        test::TempCounter t;
        // 8 working days from 09:00 Wed 25/11/2026 is 09:00 Mon 07/12/2026 (cli test, hand count)
        const QString late = registerFor(t, QStringLiteral("Trễ Hạn"), test::local(2026, 11, 25, 9, 0));
        const QString waiting = registerFor(t, QStringLiteral("Chờ Bổ Sung"), test::local(2026, 11, 25, 9, 0));
        const QString ready = registerFor(t, QStringLiteral("Có Kết Quả"), test::local(2026, 11, 25, 9, 0));
        const QString onTime = registerFor(t, QStringLiteral("Đúng Hạn"), test::local(2026, 11, 27, 9, 0));
        centreStatus(t, waiting, DossierStatus::SupplementRequested, test::local(2026, 11, 30, 9, 0), QString());
        centreStatus(t, ready, DossierStatus::Resolved, test::local(2026, 12, 4, 9, 0), QString());
        t.clock.setLocal(QDate(2026, 12, 8), QTime(10, 0));  // a day after the appointment
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        const QAbstractItemModel *m = page.model();
        auto flag = [m](const QString &code) { return m->index(rowOf(m, code), DossierQueueModel::Status).data(DossierQueueModel::FlagRole).toInt(); };
        auto status = [m](const QString &code) { return m->index(rowOf(m, code), DossierQueueModel::Status).data().toString(); };
        QCOMPARE(flag(late), int(DossierQueueModel::Overdue));
        QVERIFY(status(late).contains(QStringLiteral("QUÁ HẠN")));
        QVERIFY(m->index(rowOf(m, late), DossierQueueModel::Code).data(Qt::BackgroundRole).isValid());
        QCOMPARE(flag(waiting), int(DossierQueueModel::NoFlag));  // the citizen's turn: nobody is late
        QCOMPARE(status(waiting), QStringLiteral("Yêu cầu bổ sung"));
        QCOMPARE(flag(ready), int(DossierQueueModel::ResultReady));
        QVERIFY(status(ready).contains(QStringLiteral("CÓ KẾT QUẢ")));
        QVERIFY(m->index(rowOf(m, ready), DossierQueueModel::Code).data(Qt::BackgroundRole).isValid());
        // received 27/11 09:00 + 8 working days = 09/12 09:00: not yet due on 08/12
        QCOMPARE(flag(onTime), int(DossierQueueModel::NoFlag));
        // the "Quá hạn" filter lists exactly the late one
        page.periodBox()->setCurrentIndex(QueuePage::Overdue);
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, DossierQueueModel::Code).data().toString(), late);
    }

    void columnsSort()
    {
        test::TempCounter t;
        for (const QString &n : {QStringLiteral("Bùi Văn Cường"), QStringLiteral("An Thị Lan"), QStringLiteral("Đặng Minh")})
            registerFor(t, n, test::local(2026, 11, 25, 9, 0));
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        QTableView *v = page.view();
        QVERIFY(v->isSortingEnabled());
        QCOMPARE(v->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("Đặng Minh"));  // newest first
        v->sortByColumn(DossierQueueModel::Code, Qt::AscendingOrder);
        QCOMPARE(v->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("Bùi Văn Cường"));  // -2001
        v->sortByColumn(DossierQueueModel::Code, Qt::DescendingOrder);
        QCOMPARE(v->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("Đặng Minh"));  // -2003
        v->sortByColumn(DossierQueueModel::Applicant, Qt::AscendingOrder);
        QCOMPARE(v->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("An Thị Lan"));
        // a new search keeps the clerk's order
        page.searchEdit()->setText(QStringLiteral("thi"));
        page.reload();
        QCOMPARE(v->model()->rowCount(), 1);
        page.searchEdit()->clear();
        page.reload();
        QCOMPARE(v->model()->index(0, DossierQueueModel::Applicant).data().toString(), QStringLiteral("An Thị Lan"));
    }

    void emptyResultSaysSo()
    {
        test::TempCounter t;
        registerFor(t, QStringLiteral("Trần Thị Bích"), test::local(2026, 11, 25, 9, 0));
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        page.show();
        QVERIFY(page.emptyNote()->isHidden());
        page.searchEdit()->setText(QStringLiteral("không ai tên thế này"));
        page.reload();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.emptyNote()->isVisible());
        QVERIFY(page.emptyNote()->text().contains(QStringLiteral("Không có hồ sơ nào khớp với “không ai tên thế này”")));
        page.searchEdit()->clear();
        page.reload();
        QVERIFY(page.emptyNote()->isHidden());
    }

    void downAndEnterMoveFromSearchIntoTheList()
    {
        test::TempCounter t;
        const QString bich = registerFor(t, QStringLiteral("Trần Thị Bích"), test::local(2026, 11, 25, 9, 0));
        registerFor(t, QStringLiteral("Lê Văn Đạt"), test::local(2026, 11, 25, 9, 5));
        registerFor(t, QStringLiteral("Lê Thị Hoa"), test::local(2026, 11, 25, 9, 10));
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.searchEdit()->setFocus();
        // a single hit is selected as soon as the search runs, details included
        QTest::keyClicks(page.searchEdit(), QStringLiteral("tran thi"));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 5000);
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QVERIFY(page.details()->toPlainText().contains(bich));
        // Down: into the list
        QTest::keyClick(page.searchEdit(), Qt::Key_Down);
        QVERIFY(page.view()->hasFocus());
        // Enter right after typing (before the search pause): searches now, then moves in
        page.searchEdit()->setFocus();
        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(), QStringLiteral("le"));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.view()->hasFocus());
        QCOMPARE(page.view()->currentIndex().row(), 0);
    }

    void guidanceSlipsAreListedSearchedAndReprinted()
    {
        test::TempCounter t;
        t.clock.setLocal(QDate(2026, 11, 25), QTime(9, 0));
        DossierDraft d = test::completeDraft();
        d.applicant.name = QStringLiteral("Trần Thị Ánh");
        d.documents.removeLast();
        auto s = t.services->guidance().recordSupplement(test::clerk(), d, QString(), QString());
        QVERIFY(s);
        d.applicant.name = QStringLiteral("Lê Văn Đạt");
        auto r = t.services->guidance().recordRefusal(test::clerk(), d, QStringLiteral("Không thuộc thẩm quyền tiếp nhận của bưu cục"));
        QVERIFY(r);
        registerFor(t, QStringLiteral("Trần Thị Bích"), test::local(2026, 11, 25, 9, 30));
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        QCOMPARE(page.guidanceModel()->rowCount(), 2);
        QVERIFY(page.lists()->tabText(QueuePage::Guidance).contains(QStringLiteral("(2)")));
        // one search box for both lists
        page.searchEdit()->setText(QStringLiteral("tran thi anh"));
        page.reload();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.guidanceModel()->rowCount(), 1);
        page.lists()->setCurrentIndex(QueuePage::Guidance);
        QCOMPARE(page.guidanceView()->currentIndex().row(), 0);  // the single hit
        QCOMPARE(page.guidanceModel()->index(0, GuidanceListModel::Number).data().toString(), QStringLiteral("HD-1/2026"));
        QVERIFY(page.details()->toPlainText().contains(QStringLiteral("Phiếu yêu cầu bổ sung HD-1/2026")));
        QVERIFY(page.reprintSelected());
        QCOMPARE(presenter.shown.size(), 1);
        QCOMPARE(presenter.shown.first().subject, QStringLiteral("HD-1/2026"));
        // Ctrl+Tab from inside a list switches between the two lists, keyboard only
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.guidanceView()->setFocus();
        QTest::keyClick(page.guidanceView(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(page.lists()->currentIndex(), int(QueuePage::Dossiers));
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(page.lists()->currentIndex(), int(QueuePage::Guidance));
        // the refusal, found by the words of its number
        page.searchEdit()->setText(QStringLiteral("TC-1/2026"));
        page.reload();
        QCOMPARE(page.guidanceModel()->rowCount(), 1);
        QCOMPARE(page.guidanceModel()->index(0, GuidanceListModel::Kind).data().toString(), QStringLiteral("Từ chối tiếp nhận"));
        QVERIFY(page.reprintSelected());
        QCOMPARE(presenter.shown.last().subject, QStringLiteral("TC-1/2026"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QueuePageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_queue_page.moc"
