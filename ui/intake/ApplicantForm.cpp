#include "ApplicantForm.h"

#include "AddressEditor.h"
#include "UnitPicker.h"
#include "domain/CccdQr.h"
#include "domain/Identifiers.h"
#include "util/TextFold.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pc {

ApplicantForm::ApplicantForm(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox), m_name(new QLineEdit), m_id(new QLineEdit), m_birth(new QLineEdit),
      m_gender(new QComboBox), m_phone(new QLineEdit), m_email(new QLineEdit), m_address(new AddressEditor), m_form(new QFormLayout(this))
{
    m_kind->addItems({QString(), QString()});
    m_gender->addItems({QString(), QString(), QString()});
    m_birth->setInputMask(QStringLiteral("00/00/0000;_"));  // dd/MM/yyyy, digits only
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_name, m_id, m_birth, m_gender, m_phone, m_email, m_address}) {
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        v->addWidget(field);
        auto *message = new QLabel;
        message->setStyleSheet(QStringLiteral("color: #b00020;"));
        message->setWordWrap(true);
        message->hide();
        v->addWidget(message);
        m_messages.insert(field, message);
        auto *label = new QLabel;
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, box);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool org = isOrganisation();
        m_form->setRowVisible(3, !org);
        m_form->setRowVisible(4, !org);
        retranslate();
        emit changed();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &ApplicantForm::checkName);
    connect(m_id, &QLineEdit::editingFinished, this, &ApplicantForm::checkId);
    connect(m_birth, &QLineEdit::editingFinished, this, &ApplicantForm::checkBirth);
    connect(m_phone, &QLineEdit::editingFinished, this, &ApplicantForm::checkPhone);
    connect(m_email, &QLineEdit::editingFinished, this, &ApplicantForm::checkEmail);
    for (QLineEdit *e : {m_name, m_id, m_birth, m_phone, m_email})
        connect(e, &QLineEdit::textChanged, this, &ApplicantForm::changed);
    connect(m_gender, &QComboBox::currentIndexChanged, this, &ApplicantForm::changed);
    connect(m_address, &AddressEditor::changed, this, &ApplicantForm::changed);
    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_id);
    setTabOrder(m_id, m_birth);
    setTabOrder(m_birth, m_gender);
    setTabOrder(m_gender, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_address->provincePicker());
    retranslate();
}

bool ApplicantForm::isOrganisation() const { return m_kind->currentIndex() == 1; }

QDate ApplicantForm::birthDate() const { return QDate::fromString(m_birth->text(), QStringLiteral("dd/MM/yyyy")); }

QLabel *ApplicantForm::messageFor(QWidget *field) const { return m_messages.value(field); }

QWidget *ApplicantForm::lastField() const { return m_address->detailEdit(); }

Applicant ApplicantForm::applicant() const
{
    Applicant a;
    a.organisation = isOrganisation();
    a.name = text::clean(m_name->text());
    a.idNumber = m_id->text().trimmed();
    if (!a.organisation && std::any_of(a.idNumber.cbegin(), a.idNumber.cend(), [](QChar c) { return c.isLetter(); }))
        a.idDocument = QStringLiteral("passport");  // letters: a foreign applicant's passport
    if (!a.organisation) {
        a.birthDate = birthDate();
        a.gender = m_gender->currentIndex() == 1 ? QStringLiteral("Nam") : m_gender->currentIndex() == 2 ? QStringLiteral("Nữ") : QString();
    }
    a.phone = m_phone->text().trimmed();
    a.email = m_email->text().trimmed();
    a.address = m_address->address();
    return a;
}

void ApplicantForm::fillFrom(const CccdQr &qr)
{
    m_kind->setCurrentIndex(0);
    m_name->setText(qr.name);
    m_id->setText(qr.idNumber);
    m_birth->setText(qr.birthDate.isValid() ? qr.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_gender->setCurrentIndex(qr.gender == u"Nam" ? 1 : qr.gender == u"Nữ" ? 2 : 0);
    if (!qr.address.isEmpty())
        m_address->setFreeText(qr.address);
    for (QLabel *l : std::as_const(m_messages))
        l->hide();
}

void ApplicantForm::clear()
{
    m_kind->setCurrentIndex(0);
    for (QLineEdit *e : {m_name, m_id, m_birth, m_phone, m_email})
        e->clear();
    m_gender->setCurrentIndex(0);
    m_address->clear();
    for (QLabel *l : std::as_const(m_messages))
        l->hide();
}

void ApplicantForm::setMessage(QWidget *field, const QString &message)
{
    QLabel *l = m_messages.value(field);
    l->setText(message);
    l->setVisible(!message.isEmpty());
}

void ApplicantForm::checkName()
{
    setMessage(m_name, text::clean(m_name->text()).isEmpty() ? tr("Cần nhập họ tên người nộp hồ sơ.") : QString());
}

void ApplicantForm::checkId()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty()) {
        setMessage(m_id, {});
        return;
    }
    if (isOrganisation()) {
        setMessage(m_id, checkTaxCode(id));
        return;
    }
    const IdCheck r = checkIdentityDocument(applicant().idDocument, id, QDate::currentDate(), birthDate(), applicant().gender);
    setMessage(m_id, r.valid ? r.warnings.join(u' ') : r.reason);
    // The ID number says the gender: fill it when the clerk has not chosen one.
    if (r.valid && r.kind == u"cccd" && m_gender->currentIndex() == 0)
        m_gender->setCurrentIndex(id.at(3).digitValue() % 2 == 0 ? 1 : 2);
}

void ApplicantForm::checkBirth()
{
    const bool empty = m_birth->text().remove(u'/').trimmed().isEmpty();
    setMessage(m_birth, !empty && !birthDate().isValid() ? tr("Ngày sinh không hợp lệ (ngày/tháng/năm, ví dụ 02/05/1989).")
                        : birthDate() > QDate::currentDate() ? tr("Ngày sinh ở tương lai.") : QString());
}

void ApplicantForm::checkPhone()
{
    setMessage(m_phone, m_phone->text().trimmed().isEmpty() ? QString() : pc::checkPhone(m_phone->text()));
}

void ApplicantForm::checkEmail()
{
    setMessage(m_email, m_email->text().trimmed().isEmpty() ? QString() : pc::checkEmail(m_email->text()));
}

bool ApplicantForm::validate()
{
    checkName();
    checkId();
    if (!isOrganisation())
        checkBirth();
    checkPhone();
    checkEmail();
    const IdCheck id = isOrganisation() ? IdCheck{} : checkIdentityDocument(applicant().idDocument, m_id->text().trimmed(), QDate::currentDate(), birthDate(), applicant().gender);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_birth), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_email)})
        if (m_messages.value(w)->isVisible())
            return false;
    // an ID message that is only a warning (disagreement) does not block
    if (m_messages.value(m_id)->isVisible()) {
        const QString id2 = m_id->text().trimmed();
        if (isOrganisation() ? !pc::checkTaxCode(id2).isEmpty() : !id.valid)
            return false;
    }
    return true;
}

QStringList ApplicantForm::warnings() const
{
    if (isOrganisation() || m_id->text().trimmed().isEmpty())
        return {};
    return checkPersonalId(m_id->text().trimmed(), QDate::currentDate(), birthDate(), applicant().gender).warnings;
}

void ApplicantForm::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void ApplicantForm::retranslate()
{
    const bool org = isOrganisation();
    m_kind->setItemText(0, tr("Công dân"));
    m_kind->setItemText(1, tr("Tổ chức, doanh nghiệp"));
    m_gender->setItemText(0, tr("—"));
    m_gender->setItemText(1, tr("Nam"));
    m_gender->setItemText(2, tr("Nữ"));
    const QStringList labels = {tr("Người nộp:"), org ? tr("Tên tổ chức (*):") : tr("Họ và tên (*):"),
                                org ? tr("Mã số thuế:") : tr("Số định danh/CCCD:"), tr("Ngày sinh:"), tr("Giới tính:"),
                                tr("Điện thoại:"), tr("Thư điện tử:"), tr("Địa chỉ:")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_birth->setToolTip(tr("ngày/tháng/năm, ví dụ 02/05/1989"));
    m_id->setPlaceholderText(org ? tr("10 chữ số (chi nhánh: thêm -3 chữ số)") : tr("12 chữ số (CMND cũ: 9 chữ số)"));
    m_phone->setPlaceholderText(tr("0912345678 hoặc +84912345678"));
}

}  // namespace pc
