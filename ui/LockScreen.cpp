#include "LockScreen.h"

#include "services/CounterServices.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc {

LockScreen::LockScreen(CounterServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_title(new QLabel), m_hint(new QLabel), m_usernameLabel(new QLabel),
      m_fullNameLabel(new QLabel), m_passwordLabel(new QLabel), m_repeatLabel(new QLabel), m_username(new QLineEdit),
      m_fullName(new QLineEdit), m_password(new QLineEdit), m_repeat(new QLineEdit), m_signIn(new QPushButton), m_message(new QLabel)
{
    m_title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_hint->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_signIn->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *box = new QWidget;
    box->setMaximumWidth(520);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(m_title);
    inner->addWidget(m_hint);
    inner->addLayout(form);
    inner->addWidget(m_signIn);
    inner->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(m_signIn, &QPushButton::clicked, this, &LockScreen::submit);
    for (QLineEdit *e : {m_username, m_fullName, m_password, m_repeat})
        connect(e, &QLineEdit::returnPressed, this, &LockScreen::submit);
    reset();
}

void LockScreen::reset(const QString &lockedBy)
{
    m_lockedBy = lockedBy;
    auto any = m_services.accounts().hasAccounts();
    m_firstStart = any && !*any;
    for (QLineEdit *e : {m_username, m_fullName, m_password, m_repeat})
        e->clear();
    m_message->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_fullNameLabel, m_fullName, m_repeatLabel, m_repeat})
        w->setVisible(m_firstStart);
    if (!any)
        m_message->setText(any.error().message);
    retranslate();
    m_username->setFocus();
}

void LockScreen::retranslate()
{
    m_usernameLabel->setText(tr("Tên đăng nhập:"));
    m_fullNameLabel->setText(tr("Họ và tên:"));
    m_passwordLabel->setText(tr("Mật khẩu:"));
    m_repeatLabel->setText(tr("Nhập lại mật khẩu:"));
    if (m_firstStart) {
        m_title->setText(tr("Tạo tài khoản quản trị"));
        m_hint->setText(tr("Lần đầu sử dụng: tạo tài khoản quản trị của quầy (cán bộ CNTT hoặc trưởng bưu cục). Tài khoản này tạo "
                           "tài khoản cho các giao dịch viên. Mật khẩu có ít nhất %n ký tự.", nullptr, AccountService::kMinPasswordLength));
        m_signIn->setText(tr("&Tạo tài khoản và đăng nhập"));
    } else {
        m_title->setText(tr("Đăng nhập"));
        m_hint->setText(m_lockedBy.isEmpty() ? tr("Màn hình đã khóa. Giao dịch viên đăng nhập để làm việc; hồ sơ đang nhập dở vẫn được giữ.")
                                             : tr("Màn hình đã khóa (%1). Đăng nhập lại, hoặc giao dịch viên khác đăng nhập; hồ sơ đang "
                                                  "nhập dở vẫn được giữ.").arg(m_lockedBy));
        m_signIn->setText(tr("Đăng &nhập"));
    }
}

void LockScreen::submit()
{
    m_message->clear();
    Result<Actor> r = Error::internal(QString());
    if (m_firstStart) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("Hai lần nhập mật khẩu không giống nhau."));
            m_repeat->setFocus();
            m_repeat->selectAll();
            return;
        }
        r = m_services.accounts().createFirstAdmin(m_username->text(), m_fullName->text(), m_password->text());
    } else {
        r = m_services.accounts().signIn(m_username->text(), m_password->text());
    }
    if (!r) {
        m_message->setText(r.error().message);
        m_password->clear();
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear();
    m_repeat->clear();
    emit signedIn(r.value());
}

void LockScreen::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

}  // namespace pc
