#pragma once
// F3: the registered dossiers and, on a second tab, the supplement requests and refusals.
// Filters (today, status, field, due soon, overdue), one folded search box for both lists
// (name, code or slip number, ID number, phone), a details panel, reprint.
#include "tracking/RescheduleDialog.h"

#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace pc {

class CounterServices;
class CurrentActor;
class DocumentPresenter;
class DossierQueueModel;
class GuidanceListModel;
struct DossierFilter;
struct GuidanceFilter;

class QueuePage : public QWidget {
    Q_OBJECT
public:
    enum Period { All, Today, DueToday, DueSoon, Overdue };
    enum List { Dossiers, Guidance };
    QueuePage(CounterServices &services, DocumentPresenter &presenter, QWidget *parent = nullptr);
    DossierQueueModel *model() const { return m_model; }
    GuidanceListModel *guidanceModel() const { return m_guidanceModel; }
    QTableView *view() const { return m_view; }
    QTableView *guidanceView() const { return m_guidanceView; }
    QTabWidget *lists() const { return m_lists; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *fieldBox() const { return m_field; }
    QTextBrowser *details() const { return m_details; }
    QLabel *emptyNote() const { return m_emptyNote; }
    QTableView *currentView() const;
    void reload();
    // Reprints the selected dossier's receipt or the selected slip.
    bool reprintSelected();
    // The clerk at the counter, for the actions that change a dossier (reschedule).
    void setActor(CurrentActor *actor);
    // Asks for the new appointment and reason (default: RescheduleDialog); tests answer it.
    using RescheduleAsk = std::function<std::optional<RescheduleAnswer>(const QString &code, const QDateTime &currentLocal)>;
    void setRescheduleAsk(RescheduleAsk ask) { m_askReschedule = std::move(ask); }
    QPushButton *rescheduleButton() const { return m_reschedule; }
    // The agency will be late: new appointment + reason, then the apology slip is printed.
    bool rescheduleSelected();

signals:
    void dossierChanged();

protected:
    void changeEvent(QEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DossierFilter filter() const;
    GuidanceFilter guidanceFilter() const;
    void afterReload();
    void showDetails();
    void fillFields();  // from the catalogue in force, keeping the chosen field
    void retranslate();
    CounterServices &m_services;
    DocumentPresenter &m_presenter;
    DossierQueueModel *m_model;
    GuidanceListModel *m_guidanceModel;
    QTabWidget *m_lists;
    QTableView *m_view;
    QTableView *m_guidanceView;
    QLineEdit *m_search;
    QComboBox *m_period;
    QComboBox *m_status;
    QComboBox *m_field;
    QLabel *m_emptyNote;
    QTextBrowser *m_details;
    QPushButton *m_reprint;
    QPushButton *m_reschedule;
    CurrentActor *m_actor = nullptr;
    RescheduleAsk m_askReschedule;
    QTimer *m_searchDelay;
};

}  // namespace pc
