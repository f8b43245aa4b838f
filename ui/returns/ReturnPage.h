#pragma once
// F8 "Trả kết quả" (issue 11 §4): the citizen comes back with the receipt. The clerk scans its
// QR (the scanner types the dossier code and Enter) or types the code; the page shows the
// applicant, what to hand over and the fees, then records who takes the result: the applicant
// (the ID number must be the dossier's) or an authorised person (name, ID number, the
// authorisation document). Scanning the recipient's ID card fills name and number. The service
// refuses a mismatch or a result that is not there, and its Vietnamese reason is shown; nothing
// is recorded then. Also here: sending the result by post (UPU S10 number, address label), a
// failed delivery back to waiting, and the citizen's written withdrawal.
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace pc {

class CounterServices;
class CurrentActor;
class DocumentPresenter;
class ScannerBurstFilter;
struct Dossier;

class ReturnPage : public QWidget {
    Q_OBJECT
public:
    ReturnPage(CounterServices &services, DocumentPresenter &presenter, CurrentActor &actor, QWidget *parent = nullptr);
    enum Mode { AtCounter, ByPost, Withdrawal };
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *dossierLabel() const { return m_dossier; }
    QTabWidget *modes() const { return m_modes; }
    QRadioButton *applicantButton() const { return m_byApplicant; }
    QRadioButton *authorisedButton() const { return m_byAuthorised; }
    QLineEdit *recipientNameEdit() const { return m_name; }
    QLineEdit *recipientIdEdit() const { return m_id; }
    QLineEdit *authorisationEdit() const { return m_authorisation; }
    QSpinBox *feeBox() const { return m_fee; }
    QPushButton *returnButton() const { return m_return; }
    QLineEdit *trackingEdit() const { return m_tracking; }
    QLabel *trackingCheck() const { return m_trackingCheck; }
    QPushButton *dispatchButton() const { return m_dispatch; }
    QLineEdit *failureReasonEdit() const { return m_failure; }
    QPushButton *failedButton() const { return m_failed; }
    QLineEdit *withdrawReasonEdit() const { return m_withdrawReason; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QLabel *messageLabel() const { return m_message; }
    QString currentCode() const { return m_current; }

    // Shows `code` as if scanned (from the results list); false when unknown.
    bool open(const QString &code);
    bool lookUp();  // the code box's text
    bool returnAtCounter();
    bool dispatchByPost();
    bool deliveryFailed();
    bool withdraw();
    void focusCode();

signals:
    void changed();

protected:
    void changeEvent(QEvent *e) override;

private:
    void showDossier(const Dossier &d);
    void onIdCardScan(const QString &payload);
    void updateRecipientMode();
    void afterStep(const QString &done);
    void say(const QString &text, bool problem);
    void retranslate();
    CounterServices &m_services;
    DocumentPresenter &m_presenter;
    CurrentActor &m_actor;
    ScannerBurstFilter *m_scanner;
    QString m_current;
    QString m_applicantName;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_dossier;
    QTabWidget *m_modes;
    QButtonGroup *m_who;
    QRadioButton *m_byApplicant;
    QRadioButton *m_byAuthorised;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_idLabel;
    QLineEdit *m_id;
    QLabel *m_authorisationLabel;
    QLineEdit *m_authorisation;
    QLabel *m_feeLabel;
    QSpinBox *m_fee;
    QPushButton *m_return;
    QLabel *m_trackingLabel;
    QLineEdit *m_tracking;
    QLabel *m_trackingCheck;
    QPushButton *m_dispatch;
    QLabel *m_failureLabel;
    QLineEdit *m_failure;
    QPushButton *m_failed;
    QLabel *m_withdrawLabel;
    QLineEdit *m_withdrawReason;
    QPushButton *m_withdraw;
    QLabel *m_message;
};

}  // namespace pc
