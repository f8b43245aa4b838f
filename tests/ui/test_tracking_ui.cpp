// Issue 11 §2, offscreen, with a fixed clock: late, due-today and due-soon dossiers are marked
// on the queue rows in words (not colour alone) and counted in the status bar; a dossier back
// with the citizen (5) shows its clock stopped; a financial obligation (6) shows the centre's
// amount; a stopped dossier (8) shows the reason and leaves every tracking list.
#include "CurrentActor.h"
#include "DossierQueueModel.h"
#include "FakeSeams.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "queue/QueueDetails.h"
#include "queue/QueuePage.h"
#include "services/LifecycleService.h"
#include "storage/DossierRepository.h"
#include "tracking/DueWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace pc;

namespace {
QString registerAt(test::TempCounter &t, const QString &name, const QDateTime &receivedLocal)
{
    DossierDraft d = test::completeDraft();
    d.applicant.name = name;
    d.receivedAt = receivedLocal.toUTC();
    t.clock.now = d.receivedAt;
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    if (!r)
        qFatal("register failed: %s", qPrintable(r.error().message));
    return r->dossier.code;
}

bool centreStatus(test::TempCounter &t, const QString &code, DossierStatus s, const QDateTime &atLocal, const QString &note)
{
    auto r = DossierRepository(t.services->database().sql()).applyCentreStatus(code, s, atLocal.toUTC(), code + QString::number(int(s)), note);
    return r && r.value();
}

int rowOf(const QAbstractItemModel *m, const QString &code)
{
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, DossierQueueModel::Code).data().toString() == code)
            return row;
    return -1;
}

QStringList codesIn(const QAbstractItemModel *m)
{
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row)
        out << m->index(row, DossierQueueModel::Code).data().toString();
    out.sort();
    return out;
}

// Procedure 2.000620 takes 8 working days (built-in catalogue). Hand counts, weekends skipped:
//   Wed 25/11 09:00 -> Mon 07/12 09:00   (26,27,30,1,2,3,4,7)
//   Thu 26/11 14:00 -> Tue 08/12 14:00   (27,30,1,2,3,4,7,8)
//   Fri 27/11 09:00 -> Wed 09/12 09:00   (30,1,2,3,4,7,8,9)
//   Tue 01/12 09:00 -> Fri 11/12 09:00   (2,3,4,7,8,9,10,11)
// The clock then reads Tue 08/12/2026 10:00: two working days later is Thu 10/12 10:00.
struct Scene {
    QString late, today, soon, later, supplement, stopped;
};

Scene seed(test::TempCounter &t)
{
    Scene s;
    s.late = registerAt(t, QStringLiteral("Trễ Hạn"), test::local(2026, 11, 25, 9, 0));
    s.today = registerAt(t, QStringLiteral("Hạn Hôm Nay"), test::local(2026, 11, 26, 14, 0));
    s.soon = registerAt(t, QStringLiteral("Sắp Đến Hạn"), test::local(2026, 11, 27, 9, 0));
    s.later = registerAt(t, QStringLiteral("Còn Lâu"), test::local(2026, 12, 1, 9, 0));
    s.supplement = registerAt(t, QStringLiteral("Chờ Bổ Sung"), test::local(2026, 11, 25, 9, 0));
    s.stopped = registerAt(t, QStringLiteral("Dừng Xử Lý"), test::local(2026, 11, 25, 9, 0));
    if (!centreStatus(t, s.supplement, DossierStatus::SupplementRequested, test::local(2026, 11, 30, 9, 0), QStringLiteral("Bổ sung hợp đồng thuê")))
        qFatal("supplement not applied");
    if (!centreStatus(t, s.stopped, DossierStatus::Stopped, test::local(2026, 12, 2, 9, 0), QStringLiteral("Cơ sở đã ngừng kinh doanh")))
        qFatal("stop not applied");
    t.clock.setLocal(QDate(2026, 12, 8), QTime(10, 0));
    return s;
}
}  // namespace

class TrackingUiTest : public QObject {
    Q_OBJECT
private slots:
    void rowsAreMarkedInWords()
    {
        test::TempCounter t;
        const Scene s = seed(t);
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        const QAbstractItemModel *m = page.model();
        auto cell = [m](const QString &code, int column, int role = Qt::DisplayRole) { return m->index(rowOf(m, code), column).data(role); };
        QCOMPARE(cell(s.late, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::Overdue));
        QCOMPARE(cell(s.late, DossierQueueModel::Status).toString(), QStringLiteral("QUÁ HẠN · Được tiếp nhận"));
        QCOMPARE(cell(s.today, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::DueToday));
        QCOMPARE(cell(s.today, DossierQueueModel::Status).toString(), QStringLiteral("HẠN HÔM NAY · Được tiếp nhận"));
        QVERIFY(cell(s.today, DossierQueueModel::Code, Qt::BackgroundRole).isValid());
        QCOMPARE(cell(s.soon, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::DueSoon));
        QCOMPARE(cell(s.soon, DossierQueueModel::Status).toString(), QStringLiteral("SẮP ĐẾN HẠN · Được tiếp nhận"));
        QCOMPARE(cell(s.later, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::NoFlag));
        QCOMPARE(cell(s.later, DossierQueueModel::Status).toString(), QStringLiteral("Được tiếp nhận"));
        // the citizen's turn: no mark, and the appointment says the clock stands still
        QCOMPARE(cell(s.supplement, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::NoFlag));
        QCOMPARE(cell(s.supplement, DossierQueueModel::Appointment).toString(), QStringLiteral("07/12/2026 09:00 · dừng tính hạn"));
        // stopped by the centre: past its appointment, never late
        QCOMPARE(cell(s.stopped, DossierQueueModel::Status, DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::NoFlag));
        QCOMPARE(cell(s.stopped, DossierQueueModel::Status).toString(), QStringLiteral("Dừng xử lý"));
    }

    void filtersListExactlyTheMarkedOnes()
    {
        test::TempCounter t;
        const Scene s = seed(t);
        test::RecordingPresenter presenter;
        QueuePage page(*t.services, presenter);
        page.periodBox()->setCurrentIndex(QueuePage::Overdue);
        QCOMPARE(codesIn(page.model()), QStringList{s.late});
        page.periodBox()->setCurrentIndex(QueuePage::DueToday);
        QCOMPARE(codesIn(page.model()), QStringList{s.today});
        page.periodBox()->setCurrentIndex(QueuePage::DueSoon);  // within 2 working days, today's included
        QStringList soon{s.today, s.soon};
        soon.sort();
        QCOMPARE(codesIn(page.model()), soon);
    }

    void statusBarCountsThem()
    {
        test::TempCounter t;
        seed(t);
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        // late: 1 (25/11); due today: 1 (26/11 14:00); within 2 working days: 26/11 and 27/11
        QCOMPARE(w.trackingLabel()->text(), QStringLiteral("Quá hạn: 1 · Đến hạn hôm nay: 1 · Trong 2 ngày làm việc: 2"));
        // a day later everything but the 01/12 one has passed; the stopped one is still not counted
        t.clock.setLocal(QDate(2026, 12, 10), QTime(10, 0));
        w.refreshStatus();
        QCOMPARE(w.trackingLabel()->text(), QStringLiteral("Quá hạn: 3 · Đến hạn hôm nay: 0 · Trong 2 ngày làm việc: 1"));
    }

    void detailsShowStoppedClockAmountAndReason()
    {
        test::TempCounter t;
        const Scene s = seed(t);
        auto supplement = t.services->queue().dossier(s.supplement);
        QVERIFY(supplement && supplement.value());
        QTextDocument doc;
        doc.setHtml(QueueDetails::dossierHtml(**supplement, t.clock.now));
        QVERIFY2(doc.toPlainText().contains(QStringLiteral("DỪNG TÍNH HẠN")), qPrintable(doc.toPlainText()));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("Bổ sung hợp đồng thuê")));

        auto stopped = t.services->queue().dossier(s.stopped);
        QVERIFY(stopped && stopped.value());
        doc.setHtml(QueueDetails::dossierHtml(**stopped, t.clock.now));
        QVERIFY2(doc.toPlainText().contains(QStringLiteral("DỪNG XỬ LÝ: Cơ sở đã ngừng kinh doanh")), qPrintable(doc.toPlainText()));

        // Financial obligation with the amount the centre sent (1.250.000 đ written by hand).
        Dossier owed = **stopped;
        owed.status = DossierStatus::FinancialObligation;
        DossierEvent e;
        e.type = QStringLiteral("dossier.status_changed");
        e.status = DossierStatus::FinancialObligation;
        e.at = test::local(2026, 12, 3, 9, 0).toUTC();
        e.data.insert(QStringLiteral("amount_dong"), 1250000);
        owed.events.append(e);
        doc.setHtml(QueueDetails::dossierHtml(owed, t.clock.now));
        QVERIFY2(doc.toPlainText().contains(QStringLiteral("công dân cần nộp 1.250.000 đ")), qPrintable(doc.toPlainText()));
        owed.events.last().data = {};
        doc.setHtml(QueueDetails::dossierHtml(owed, t.clock.now));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("trung tâm chưa gửi số tiền")));
    }

    void rescheduleMovesTheMarkAndKeepsTheOldDateInHistory()
    {
        test::TempCounter t;
        const Scene s = seed(t);
        test::RecordingPresenter presenter;
        CurrentActor actor;
        actor.signIn({QStringLiteral("lan.nt"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk});
        QueuePage page(*t.services, presenter);
        page.setActor(&actor);
        QString askedFor;
        page.setRescheduleAsk([&askedFor](const QString &code, const QDateTime &) -> std::optional<RescheduleAnswer> {
            askedFor = code;
            return RescheduleAnswer{test::local(2026, 12, 15, 9, 0), QStringLiteral("Cơ quan cần xác minh thêm địa điểm kinh doanh")};
        });
        const QAbstractItemModel *m = page.model();
        page.view()->setCurrentIndex(m->index(rowOf(m, s.late), 0));
        QVERIFY(page.rescheduleButton()->isEnabled());
        QVERIFY(page.rescheduleSelected());
        QCOMPARE(askedFor, s.late);
        // 15/12 09:00 is after Thu 10/12 10:00: neither late nor due soon any more
        QCOMPARE(m->index(rowOf(m, s.late), DossierQueueModel::Status).data(DossierQueueModel::FlagRole).toInt(), int(DossierQueueModel::NoFlag));
        QCOMPARE(m->index(rowOf(m, s.late), DossierQueueModel::Appointment).data().toString(), QStringLiteral("15/12/2026 09:00"));
        // the history keeps the receipt's date beside the new one, with the reason
        const QString details = page.details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("giấy tiếp nhận hẹn 09:00 07/12/2026")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("09:00 07/12/2026 → 09:00 15/12/2026")));
        QVERIFY(details.contains(QStringLiteral("Cơ quan cần xác minh thêm địa điểm kinh doanh")));
        QVERIFY(details.contains(QStringLiteral("người thực hiện: Nguyễn Thị Lan")));
        QCOMPARE(presenter.shown.size(), 1);  // the apology and new appointment
        QCOMPARE(presenter.shown.first().subject, s.late);
        // not for a dossier the agency no longer holds
        page.view()->setCurrentIndex(m->index(rowOf(m, s.stopped), 0));
        QVERIFY(!page.rescheduleButton()->isEnabled());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TrackingUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_tracking_ui.moc"
