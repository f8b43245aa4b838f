#pragma once
// F4 "Bàn giao" (issue 11 §1): registered dossiers not yet handed over, grouped by deciding
// agency, oldest first, with their appointment. The clerk picks an agency, ticks dossiers (all
// by default), names the courier and the agency's receiver and creates the batch: the manifest
// and a control sheet per dossier go to the print preview. Below, the batches the agency has
// not confirmed yet: record its confirmation (who signed), or cancel one with a reason (a
// supervisor's action: the service refuses a clerk and the page shows its reason).
#include "domain/Lifecycle.h"

#include "LoadWhenShown.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pc {

class CounterServices;
class CurrentActor;
class DocumentPresenter;

class HandoverPage : public QWidget {
    Q_OBJECT
public:
    HandoverPage(CounterServices &services, DocumentPresenter &presenter, CurrentActor &actor, QWidget *parent = nullptr);
    QComboBox *agencyBox() const { return m_agency; }
    QTableWidget *pendingTable() const { return m_pending; }  // column 0 is the tick
    QLineEdit *courierEdit() const { return m_courier; }
    QLineEdit *receiverEdit() const { return m_receiver; }
    QPushButton *createButton() const { return m_create; }
    QTableWidget *openTable() const { return m_open; }
    QLineEdit *signerEdit() const { return m_signer; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLineEdit *cancelReasonEdit() const { return m_cancelReason; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *summaryLabel() const { return m_summary; }

    enum PendingColumn { Tick, Code, Procedure, Applicant, Sets, Received, Due, PendingColumnCount };
    enum OpenColumn { Number, Agency, Count, Created, Courier, Receiver, OpenColumnCount };

    void reload();  // at once when shown, else when next shown (LoadWhenShown)
    // Each returns whether the service accepted; the message label says what happened.
    bool createHandover();
    bool confirmSelected();
    bool cancelSelected();
    bool reprintSelected();

signals:
    void changed();  // dossiers moved: the queue and the status bar refresh

protected:
    void changeEvent(QEvent *e) override;

protected:
    void showEvent(QShowEvent *e) override;

private:
    void loadNow();
    LoadWhenShown m_load{[this] { loadNow(); }};
    void showAgency();
    QStringList tickedCodes() const;
    QString selectedHandover() const;
    void say(const QString &text, bool problem);
    void retranslate();
    CounterServices &m_services;
    DocumentPresenter &m_presenter;
    CurrentActor &m_actor;
    QList<PendingAgency> m_groups;
    QComboBox *m_agency;
    QLabel *m_summary;
    QTableWidget *m_pending;
    QLabel *m_courierLabel;
    QLineEdit *m_courier;
    QLabel *m_receiverLabel;
    QLineEdit *m_receiver;
    QPushButton *m_create;
    QLabel *m_openTitle;
    QLabel *m_pendingTitle;
    QTableWidget *m_open;
    QLineEdit *m_signer;
    QPushButton *m_confirm;
    QLineEdit *m_cancelReason;
    QPushButton *m_cancel;
    QPushButton *m_reprint;
    QLabel *m_message;
};

}  // namespace pc
