#pragma once
// The supervisor enrols the counter with the provincial centre: its https address, the CA
// certificate file, an optional key pin, and the one-time code the centre issued.
#include "domain/Actor.h"

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;
class QPushButton;

namespace pc {

class SyncController;

class EnrolDialog : public QDialog {
    Q_OBJECT
public:
    // `actor`: who enrols (a supervisor; the service refuses anyone else and says why).
    EnrolDialog(SyncController &sync, const Actor &actor, QWidget *parent = nullptr);
    void accept() override;

private:
    SyncController &m_sync;
    Actor m_actor;
    QLineEdit *m_url;
    QLineEdit *m_ca;
    QLineEdit *m_pin;
    QLineEdit *m_code;
    QLabel *m_message;
    QPushButton *m_ok;
};

}  // namespace pc
