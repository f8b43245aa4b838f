#pragma once
// The dossier queue: filters (today, status, field, due soon, overdue), folded search by name,
// code, ID number or phone, a details panel with the documents and the event history, reprint.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace pc {

class CounterServices;
class DocumentPresenter;
class DossierQueueModel;
struct DossierFilter;

class QueuePage : public QWidget {
    Q_OBJECT
public:
    enum Period { All, Today, DueSoon, Overdue };
    QueuePage(CounterServices &services, DocumentPresenter &presenter, QWidget *parent = nullptr);
    DossierQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *fieldBox() const { return m_field; }
    QTextBrowser *details() const { return m_details; }
    void reload();
    bool reprintSelected();

protected:
    void changeEvent(QEvent *e) override;

private:
    DossierFilter filter() const;
    void showDetails();
    void fillFields();  // from the catalogue in force, keeping the chosen field
    void retranslate();
    CounterServices &m_services;
    DocumentPresenter &m_presenter;
    DossierQueueModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_period;
    QComboBox *m_status;
    QComboBox *m_field;
    QTextBrowser *m_details;
    QPushButton *m_reprint;
    QTimer *m_searchDelay;
};

}  // namespace pc
