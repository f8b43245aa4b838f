#include "MainWindow.h"

#include "CounterSetupDialog.h"
#include "DossierQueueModel.h"
#include "Language.h"
#include "services/CounterServices.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {

MainWindow::MainWindow(CounterServices &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_model(new DossierQueueModel(services.queue(), this)),
      m_view(new QTableView), m_search(new QLineEdit), m_unitLabel(new QLabel), m_todayLabel(new QLabel),
      m_outboxLabel(new QLabel), m_errorLabel(new QLabel), m_statusTimer(new QTimer(this)), m_searchDelay(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DossierQueueModel::Procedure, QHeaderView::Stretch);
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);  // search after typing pauses, not on every key
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_model, &DossierQueueModel::loadFailed, this, [this](const QString &m) { m_errorLabel->setText(m); });

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setCentralWidget(central);

    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    statusBar()->addWidget(m_unitLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_todayLabel);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_statusTimer->setInterval(15000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();

    buildMenus();
    retranslate();
    m_model->reload();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 720);  // fits the common 1366×768 counter monitor
    const QByteArray header = settings.value(QStringLiteral("window/queueHeader")).toByteArray();
    if (header.isEmpty() || !m_view->horizontalHeader()->restoreState(header)) {
        m_view->setColumnWidth(DossierQueueModel::Code, 210);
        m_view->setColumnWidth(DossierQueueModel::Applicant, 200);
        m_view->setColumnWidth(DossierQueueModel::Received, 130);
        m_view->setColumnWidth(DossierQueueModel::Appointment, 130);
        m_view->setColumnWidth(DossierQueueModel::Status, 150);
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_setupAction = m_fileMenu->addAction(QString(), this, [this] { editCounterIdentity(false); });
    m_refreshAction = m_fileMenu->addAction(QString(), this, [this] { m_model->reload(); refreshStatus(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const auto &[code, label] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = m_languageMenu->addAction(label);  // each language named in itself
        a->setCheckable(true);
        a->setChecked(Language::current() == code);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PostCounter – Tiếp nhận hồ sơ thủ tục hành chính"));
    m_search->setPlaceholderText(tr("Tìm theo tên người nộp, mã hồ sơ, số định danh hoặc số điện thoại"));
    m_fileMenu->setTitle(tr("&Tệp"));
    m_setupAction->setText(tr("Thiết lập &quầy…"));
    m_refreshAction->setText(tr("&Làm mới"));
    m_quitAction->setText(tr("Th&oát"));
    m_languageMenu->setTitle(tr("&Ngôn ngữ"));
    m_helpMenu->setTitle(tr("Trợ &giúp"));
    m_aboutAction->setText(tr("&Giới thiệu PostCounter"));
    m_model->headerDataChanged(Qt::Horizontal, 0, DossierQueueModel::ColumnCount - 1);
    m_model->reload();  // status names are translated in the rows too
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    auto identity = m_services.identity().load();
    if (identity && identity.value()) {
        const CounterIdentity &c = **identity;
        m_unitLabel->setText(tr("%1 – quầy %2%3").arg(c.unitName).arg(c.counterNumber).arg(c.isSample ? tr(" (ĐƠN VỊ MẪU)") : QString()));
    } else {
        m_unitLabel->setText(tr("Quầy chưa được thiết lập"));
    }
    auto today = m_services.queue().receivedToday();
    auto waiting = m_services.queue().waitingToSync();
    m_todayLabel->setText(today ? tr("Hôm nay: %n hồ sơ", nullptr, *today) : today.error().message);
    m_outboxLabel->setText(waiting ? tr("Chờ đồng bộ: %n sự kiện", nullptr, *waiting) : waiting.error().message);
}

void MainWindow::applySearch()
{
    DossierFilter f;
    f.search = m_search->text();
    m_model->setFilter(f);
}

void MainWindow::switchLanguage(const QString &lang)
{
    if (!Language::apply(lang))
        return;
    if (auto r = m_services.setPreference(QStringLiteral("ui.language"), lang); !r)
        m_errorLabel->setText(r.error().message);
    // Language::apply installs translators; QEvent::LanguageChange then calls retranslate().
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(e);
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/queueHeader"), m_view->horizontalHeader()->saveState());
    QMainWindow::closeEvent(e);
}

bool MainWindow::ensureCounterIdentity()
{
    auto identity = m_services.identity().load();
    if (identity && identity.value())
        return true;
    editCounterIdentity(true);
    identity = m_services.identity().load();
    return identity && identity.value();
}

void MainWindow::editCounterIdentity(bool firstStart)
{
    auto current = m_services.identity().load();
    const CounterIdentity initial = current && current.value() ? **current : CounterIdentity::sample();
    CounterSetupDialog dialog(initial, this);
    if (firstStart)
        dialog.setWindowTitle(tr("Thiết lập quầy lần đầu"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_services.identity().save(dialog.identity()); !r)
        QMessageBox::warning(this, tr("Không lưu được"), r.error().message);
    refreshStatus();
}

void MainWindow::showAbout()
{
    const auto catalogue = m_services.catalogue();
    QMessageBox::about(this, tr("Giới thiệu PostCounter"),
        tr("<h3>PostCounter %1</h3><p>Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục "
           "(Quyết định 468/QĐ-TTg).</p><p>Danh mục thủ tục: phiên bản %2%3.</p><p>Cơ sở dữ liệu: %4</p>")
            .arg(QApplication::applicationVersion())
            .arg(catalogue->version())
            .arg(catalogue->isSample() ? tr(" (dữ liệu mẫu)") : QString())
            .arg(m_services.database().path().toHtmlEscaped()));
}

}  // namespace pc
