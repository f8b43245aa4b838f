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
      m_gender(new QComboBox), m_phone(new QLineEdit), m_email(new QLineEdit), m_address(new AddressEditor), m_repName(new QLineEdit), m_repId(new QLineEdit), m_form(new QFormLayout(this))
{
    m_kind->addItems({QString(), QString()});
    m_gender->addItems({QString(), QString(), QString()});
    m_birth->setInputMask(QStringLiteral("00/00/0000;_"));  // dd/MM/yyyy, digits only
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_name, m_id, m_birth, m_gender, m_phone, m_email, m_address, m_repName, m_repId}) {
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
    connect(m_repId, &QLineEdit::editingFinished, this, &ApplicantForm::checkRepresentative);
    connect(m_repName, &QLineEdit::editingFinished, this, &ApplicantForm::checkRepresentative);
    const QList<std::pair<QLineEdit *, void (ApplicantForm::*)()>> checks = {
        {m_name, &ApplicantForm::checkName}, {m_id, &ApplicantForm::checkId}, {m_birth, &ApplicantForm::checkBirth},
        {m_phone, &ApplicantForm::checkPhone}, {m_email, &ApplicantForm::checkEmail},
        {m_repName, &ApplicantForm::checkRepresentative}, {m_repId, &ApplicantForm::checkRepresentative}};
    for (const auto &[edit, check] : checks) {
        connect(edit, &QLineEdit::textChanged, this, &ApplicantForm::changed);
        // A message shown for a field goes as soon as the field is corrected, not at the next Tab.
        connect(edit, &QLineEdit::textChanged, this, [this, edit = edit, check = check] {
            if (m_messages.value(edit)->isVisible())
                (this->*check)();
        });
    }
    connect(m_gender, &QComboBox::currentIndexChanged, this, &ApplicantForm::changed);
    connect(m_address, &AddressEditor::changed, this, &ApplicantForm::changed);
    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_id);
    setTabOrder(m_id, m_birth);
    setTabOrder(m_birth, m_gender);
    setTabOrder(m_gender, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_address->provincePicker());
    setTabOrder(m_address->detailEdit(), m_repName);
    setTabOrder(m_repName, m_repId);
    retranslate();
}

bool ApplicantForm::isOrganisation() const { return m_kind->currentIndex() == 1; }

QDate ApplicantForm::birthDate() const { return QDate::fromString(m_birth->text(), QStringLiteral("dd/MM/yyyy")); }

QLabel *ApplicantForm::messageFor(QWidget *field) const { return m_messages.value(field); }

QWidget *ApplicantForm::lastField() const { return m_repId; }

QList<QWidget *> ApplicantForm::tabRoute() const
{
    return {m_kind, m_name, m_id, m_birth, m_gender, m_phone, m_email, m_address->provincePicker(), m_address->communePicker(),
            m_address->detailEdit(), m_repName, m_repId};
}

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
    a.representative = {text::clean(m_repName->text()), m_repId->text().trimmed()};
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

void ApplicantForm::setApplicant(const Applicant &a)
{
    m_kind->setCurrentIndex(a.organisation ? 1 : 0);
    m_name->setText(a.name);
    m_id->setText(a.idNumber);
    m_birth->setText(a.birthDate.isValid() ? a.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_gender->setCurrentIndex(a.gender == u"Nam" ? 1 : a.gender == u"Nữ" ? 2 : 0);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_address->setFreeText(a.address);
    m_repName->setText(a.representative.name);
    m_repId->setText(a.representative.idNumber);
}

void ApplicantForm::clear()
{
    m_kind->setCurrentIndex(0);
    for (QLineEdit *e : {m_name, m_id, m_birth, m_phone, m_email, m_repName, m_repId})
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

void ApplicantForm::checkRepresentative()
{
    const QString id = m_repId->text().trimmed();
    const IdCheck r = id.isEmpty() ? IdCheck{} : checkPersonalId(id, {}, {});
    setMessage(m_repId, id.isEmpty() || r.valid ? QString() : r.reason);
    // An organisation never signs for itself: a person submits for it.
    setMessage(m_repName, isOrganisation() && text::clean(m_repName->text()).isEmpty() && !text::clean(m_name->text()).isEmpty()
                              ? tr("Tổ chức nộp hồ sơ: ghi họ tên người nộp (người đại diện hoặc người được ủy quyền), người này ký giấy tiếp nhận.")
                          : !id.isEmpty() && text::clean(m_repName->text()).isEmpty() ? tr("Ghi họ tên người nộp thay.")
                                                                                       : QString());
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
    checkRepresentative();
    const IdCheck id = isOrganisation() ? IdCheck{} : checkIdentityDocument(applicant().idDocument, m_id->text().trimmed(), QDate::currentDate(), birthDate(), applicant().gender);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_birth), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_repName), static_cast<QWidget *>(m_repId)})
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
                                tr("Điện thoại:"), tr("Thư điện tử:"), tr("Địa chỉ:"),
                                org ? tr("Người nộp (đại diện) (*):") : tr("Người nộp thay:"), tr("Số định danh người nộp:")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_birth->setToolTip(tr("ngày/tháng/năm, ví dụ 02/05/1989"));
    m_id->setPlaceholderText(org ? tr("10 chữ số (chi nhánh: thêm -3 chữ số)") : tr("12 chữ số (CMND cũ: 9 chữ số)"));
    m_phone->setPlaceholderText(tr("0912345678 hoặc +84912345678"));
    m_repName->setPlaceholderText(org ? tr("Họ tên người đại diện hoặc người được ủy quyền") : tr("Chỉ ghi khi người khác nộp thay"));
    m_repId->setPlaceholderText(tr("12 chữ số"));
}

}  // namespace pc
