#pragma once
// User management for the supervisor (clerks) and the admin (everyone): the list of accounts,
// a new account, disabling and enabling one. Every rule and message is AccountService's.
#include "domain/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pc {

class CounterServices;

class UsersDialog : public QDialog {
    Q_OBJECT
public:
    UsersDialog(CounterServices &services, const Actor &actor, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *roleBox() const { return m_role; }
    QLabel *messageLabel() const { return m_message; }
    bool addAccount();
    bool setSelectedDisabled(bool disabled);
    // A new password for the selected account (forgotten password); `password` is asked for
    // in a dialog when empty.
    bool setSelectedPassword(QString password = {});
    void reload();

private:
    CounterServices &m_services;
    Actor m_actor;
    QTableWidget *m_table;
    QLineEdit *m_username, *m_fullName, *m_password;
    QComboBox *m_role;
    QLabel *m_message;
};

}  // namespace pc
