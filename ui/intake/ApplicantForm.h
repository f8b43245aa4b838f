#pragma once
// The applicant: a citizen (name, ID number, birth date, gender) or an organisation (name,
// tax code); phone, e-mail, address; and the person who actually submits for them (người nộp
// thay / người đại diện) with their ID — required for an organisation, whose receipt that
// person signs. Each field shows its own problem in Vietnamese next to
// it; nothing typed is ever cleared by a failed check.
#include "domain/Dossier.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QFormLayout;

namespace pc {

class AddressEditor;
struct CccdQr;

class ApplicantForm : public QWidget {
    Q_OBJECT
public:
    explicit ApplicantForm(QWidget *parent = nullptr);
    Applicant applicant() const;
    void fillFrom(const CccdQr &qr);
    void setApplicant(const Applicant &a);  // e.g. a restored draft
    void clear();
    // Checks every field, shows the messages, returns whether all are valid.
    bool validate();

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *birthEdit() const { return m_birth; }
    QComboBox *genderBox() const { return m_gender; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    AddressEditor *address() const { return m_address; }
    QLineEdit *representativeNameEdit() const { return m_repName; }
    QLineEdit *representativeIdEdit() const { return m_repId; }
    // Every control in reading (and Tab) order.
    QList<QWidget *> tabRoute() const;
    QLabel *messageFor(QWidget *field) const;
    QWidget *lastField() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *e) override;

private:
    QDate birthDate() const;
    bool isOrganisation() const;
    void setMessage(QWidget *field, const QString &message);
    void checkName();
    void checkId();
    void checkBirth();
    void checkPhone();
    void checkEmail();
    void checkRepresentative();
    void retranslate();
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QLineEdit *m_birth;
    QComboBox *m_gender;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    AddressEditor *m_address;
    QLineEdit *m_repName;  // người nộp thay / người đại diện
    QLineEdit *m_repId;
    QFormLayout *m_form;
    QHash<QWidget *, QLabel *> m_messages;
    QList<QLabel *> m_labels;
};

}  // namespace pc
