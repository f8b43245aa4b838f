#pragma once
// The sign-in page shown at start and whenever the window is locked (Ctrl+L, idle time).
// While no account exists yet (first start, after the counter identity) it creates the admin
// account instead. It only collects what is typed: AccountService checks and audits.
#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pc {

class CounterServices;

class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(CounterServices &services, QWidget *parent = nullptr);
    // Re-reads whether accounts exist and clears the fields; `lockedBy`: who was signed in.
    void reset(const QString &lockedBy = {});
    bool isFirstStart() const { return m_firstStart; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *messageLabel() const { return m_message; }
    void submit();

signals:
    void signedIn(const pc::Actor &actor);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    CounterServices &m_services;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_usernameLabel, *m_fullNameLabel, *m_passwordLabel, *m_repeatLabel;
    QLineEdit *m_username, *m_fullName, *m_password, *m_repeat;
    QPushButton *m_signIn;
    QLabel *m_message;
    QString m_lockedBy;
    bool m_firstStart = false;
};

}  // namespace pc
