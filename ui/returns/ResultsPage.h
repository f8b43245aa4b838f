#pragma once
// F7 "Nhận kết quả" (issue 11 §3): the result of a dossier arrives from the agency. The clerk
// scans the control sheet's QR (the scanner types the code and Enter) or types the code, notes
// what arrived (documents, count, from whom) and records it. Below, "Kết quả chờ trả": every
// result waiting at the counter, with the phone number to call the citizen; Enter on a row
// opens the return screen for it.
#include "LoadWhenShown.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pc {

class CounterServices;
class CurrentActor;

class ResultsPage : public QWidget {
    Q_OBJECT
public:
    ResultsPage(CounterServices &services, CurrentActor &actor, QWidget *parent = nullptr);
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *whatEdit() const { return m_what; }
    QSpinBox *countBox() const { return m_count; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *receiveButton() const { return m_receive; }
    QTableWidget *waitingTable() const { return m_waiting; }
    QLabel *dossierLabel() const { return m_dossier; }
    QLabel *messageLabel() const { return m_message; }

    enum WaitingColumn { Code, Applicant, Phone, Procedure, Arrived, Delivery, WaitingColumnCount };

    void reload();  // at once when shown, else when next shown (LoadWhenShown)
    // Looks the typed or scanned code up and shows the dossier; false when there is none.
    bool lookUp();
    bool receive();

signals:
    void changed();
    void returnRequested(const QString &code);

protected:
    void changeEvent(QEvent *e) override;

protected:
    void showEvent(QShowEvent *e) override;

private:
    void loadNow();
    LoadWhenShown m_load{[this] { loadNow(); }};
    void say(const QString &text, bool problem);
    void retranslate();
    CounterServices &m_services;
    CurrentActor &m_actor;
    QString m_current;  // the code looked up
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_dossier;
    QLabel *m_whatLabel;
    QLineEdit *m_what;
    QLabel *m_countLabel;
    QSpinBox *m_count;
    QLabel *m_fromLabel;
    QLineEdit *m_from;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QPushButton *m_receive;
    QLabel *m_waitingTitle;
    QTableWidget *m_waiting;
    QPushButton *m_toReturn;
    QLabel *m_message;
};

}  // namespace pc
