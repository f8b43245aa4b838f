// The main window's part of issue 11, kept apart from MainWindow.cpp: the F4 handover, F7
// results and F8 return tabs, their shortcuts, and the refresh after each step.
#include "MainWindow.h"

#include "CurrentActor.h"
#include "SyncController.h"
#include "handover/HandoverPage.h"
#include "queue/QueuePage.h"
#include "returns/ResultsPage.h"
#include "returns/ReturnPage.h"

#include <QLineEdit>
#include <QShortcut>
#include <QTabWidget>

namespace pc {

void MainWindow::addLifecyclePages(DocumentPresenter &presenter)
{
    m_handover = new HandoverPage(m_services, presenter, *m_actor);
    m_results = new ResultsPage(m_services, *m_actor);
    m_return = new ReturnPage(m_services, presenter, *m_actor);
    m_queue->setActor(m_actor);
    m_tabs->addTab(m_handover, QString());
    m_tabs->addTab(m_results, QString());
    m_tabs->addTab(m_return, QString());
    // A step on one page moves dossiers on the others and in the status bar's counts.
    auto afterStep = [this] {
        m_queue->reload();
        m_handover->reload();
        m_results->reload();
        refreshStatus();
    };
    connect(m_handover, &HandoverPage::changed, this, afterStep);
    connect(m_results, &ResultsPage::changed, this, afterStep);
    connect(m_return, &ReturnPage::changed, this, afterStep);
    connect(m_queue, &QueuePage::dossierChanged, this, [this] { refreshStatus(); });
    connect(m_results, &ResultsPage::returnRequested, this, [this](const QString &code) {
        m_tabs->setCurrentWidget(m_return);
        m_return->open(code);
    });
    auto *toHandover = new QShortcut(QKeySequence(Qt::Key_F4), this);
    connect(toHandover, &QShortcut::activated, this, [this] {
        m_handover->reload();
        m_tabs->setCurrentWidget(m_handover);
    });
    auto *toResults = new QShortcut(QKeySequence(Qt::Key_F7), this);
    connect(toResults, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_results);
        m_results->codeEdit()->setFocus();  // ready for the control sheet's QR
    });
    auto *toReturn = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(toReturn, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_return);
        m_return->focusCode();  // ready for the receipt's QR
    });
}

void MainWindow::retranslateLifecyclePages()
{
    m_tabs->setTabText(m_tabs->indexOf(m_handover), tr("Bàn giao (F4)"));
    m_tabs->setTabText(m_tabs->indexOf(m_results), tr("Nhận kết quả (F7)"));
    m_tabs->setTabText(m_tabs->indexOf(m_return), tr("Trả kết quả (F8)"));
}

void MainWindow::syncAfterLifecycleSteps(SyncController *sync)
{
    connect(m_handover, &HandoverPage::changed, sync, &SyncController::syncNow);
    connect(m_results, &ResultsPage::changed, sync, &SyncController::syncNow);
    connect(m_return, &ReturnPage::changed, sync, &SyncController::syncNow);
    connect(m_queue, &QueuePage::dossierChanged, sync, &SyncController::syncNow);
}

}  // namespace pc
