// Issue 9 item 15, offscreen: offline is a calm state, Qt's English never reaches the clerk,
// and Qt's standard dialogs speak Vietnamese.
#include "FakeSeams.h"
#include "Language.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace pc;

namespace {
QString statusBarText(MainWindow &w)
{
    QStringList texts;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    return texts.join(u'|');
}

// The colour a style sheet gives the text ("color: #rrggbb").
QColor textColour(const QString &styleSheet)
{
    const qsizetype at = styleSheet.indexOf(QStringLiteral("color: #"));
    return at < 0 ? QColor() : QColor(styleSheet.mid(at + 7, 7));
}
}  // namespace

class OfflineUiTest : public QObject {
    Q_OBJECT
private slots:
    void offlineIsACalmStateWithoutQtEnglish()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        SyncSnapshot s;
        s.enrolled = true;
        s.online = false;
        s.pending = 3;
        s.lastSuccess = QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());
        // what core/sync/CentreClient.cpp makes of a refused connection today
        s.lastError = QStringLiteral("Không kết nối được tới trung tâm: Connection refused");
        w.showSync(s);
        QCOMPARE(w.syncLabel()->text(), QStringLiteral("Ngoại tuyến – sẽ đồng bộ khi có mạng"));
        const QColor c = textColour(w.syncLabel()->styleSheet());
        QVERIFY(c.isValid());
        QVERIFY2(c.red() < c.blue() + 16 && c.red() < 128, qPrintable(w.syncLabel()->styleSheet()));  // grey-blue, not red
        QVERIFY(w.problemLabel()->text().isEmpty());  // offline is not a problem to report
        QVERIFY(w.syncLabel()->toolTip().contains(QStringLiteral("Không kết nối được tới trung tâm")));
        QVERIFY(w.syncLabel()->toolTip().contains(QStringLiteral("16:30 24/11")));  // 09:30 UTC in Việt Nam
        QVERIFY2(!statusBarText(w).contains(QStringLiteral("Connection refused")), qPrintable(statusBarText(w)));
        QVERIFY(statusBarText(w).contains(QStringLiteral("Chờ đồng bộ: 3 sự kiện")));
    }

    void qtDetailsAreCutFromSyncMessages()
    {
        QCOMPARE(withoutUntranslatedDetail(QStringLiteral("Không kết nối được tới trung tâm: Host 127.0.0.1 not found")),
                 QStringLiteral("Không kết nối được tới trung tâm"));
        QCOMPARE(withoutUntranslatedDetail(QStringLiteral("Kết nối tới trung tâm không an toàn: The certificate has expired. "
                                                          "Không gửi dữ liệu; hãy báo bộ phận CNTT.")),
                 QStringLiteral("Kết nối tới trung tâm không an toàn. Không gửi dữ liệu; hãy báo bộ phận CNTT."));
        QCOMPARE(withoutUntranslatedDetail(QStringLiteral("Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).")),
                 QStringLiteral("Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt)."));
        QCOMPARE(withoutUntranslatedDetail(QStringLiteral("Network unreachable")), QStringLiteral("Không kết nối được tới trung tâm."));
        // warnings shown in the problem area go through the same filter
        SyncSnapshot s;
        s.enrolled = true;
        s.online = true;
        s.warnings << QStringLiteral("Đồng hồ máy lệch 12 phút so với trung tâm: Clock skew detected");
        const SyncStatusView v = describeSync(s);
        QCOMPARE(v.problems, QStringList{QStringLiteral("Đồng hồ máy lệch 12 phút so với trung tâm")});
        QVERIFY(v.text.startsWith(QStringLiteral("Trực tuyến")));
    }

    void standardDialogsSpeakVietnamese()
    {
        QVERIFY(Language::apply(QStringLiteral("vi")));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes | QDialogButtonBox::No);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Có"));
        QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Không"));
        QMessageBox message(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"), QMessageBox::Save | QMessageBox::Discard);
        QCOMPARE(message.button(QMessageBox::Save)->text(), QStringLiteral("Lưu"));
        QCOMPARE(message.button(QMessageBox::Discard)->text(), QStringLiteral("Bỏ"));
        // Qt's own file dialog (the one used where the platform has none)
        QFileDialog files(nullptr, QStringLiteral("x"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        QStringList labels;
        for (QLabel *l : files.findChildren<QLabel *>())
            labels << l->text();
        QVERIFY2(labels.contains(QStringLiteral("&Tên tệp:")), qPrintable(labels.join(u'|')));
        QVERIFY(labels.contains(QStringLiteral("Loại tệp:")));
        // a text field's context menu
        QLineEdit edit;
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList actions;
        for (QAction *a : menu->actions())
            actions << a->text();
        QVERIFY2(actions.join(u'|').contains(QStringLiteral("&Dán")), qPrintable(actions.join(u'|')));
        // English switches them back
        QVERIFY(Language::apply(QStringLiteral("en")));
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QVERIFY(Language::apply(QStringLiteral("vi")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    OfflineUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_offline_ui.moc"
