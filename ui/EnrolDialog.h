#pragma once
// The supervisor enrols the counter with the provincial centre: its https address, the CA
// certificate file, an optional key pin, and the one-time code the centre issued.
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
    EnrolDialog(SyncController &sync, QWidget *parent = nullptr);
    void accept() override;

private:
    SyncController &m_sync;
    QLineEdit *m_url;
    QLineEdit *m_ca;
    QLineEdit *m_pin;
    QLineEdit *m_code;
    QLabel *m_message;
    QPushButton *m_ok;
};

}  // namespace pc
