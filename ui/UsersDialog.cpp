#include "UsersDialog.h"

#include "services/CounterServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

UsersDialog::UsersDialog(CounterServices &services, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_services(services), m_actor(actor), m_table(new QTableWidget(0, 4)), m_username(new QLineEdit),
      m_fullName(new QLineEdit), m_password(new QLineEdit), m_role(new QComboBox), m_message(new QLabel)
{
    setWindowTitle(tr("Tài khoản người dùng"));
    m_table->setHorizontalHeaderLabels({tr("Tên đăng nhập"), tr("Họ và tên"), tr("Vai trò"), tr("Trạng thái")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_password->setEchoMode(QLineEdit::Password);
    for (Role r : {Role::Clerk, Role::Supervisor, Role::Admin})
        m_role->addItem(roleName(r), roleKey(r));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *disable = new QPushButton(tr("&Khóa tài khoản"));
    auto *enable = new QPushButton(tr("&Mở lại tài khoản"));
    auto *password = new QPushButton(tr("Đặt mật khẩu &mới…"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(disable);
    rowButtons->addWidget(enable);
    rowButtons->addWidget(password);
    rowButtons->addStretch();

    auto *newBox = new QGroupBox(tr("Tài khoản mới"));
    auto *form = new QFormLayout(newBox);
    form->addRow(tr("Tên đăng nhập:"), m_username);
    form->addRow(tr("Họ và tên:"), m_fullName);
    form->addRow(tr("Vai trò:"), m_role);
    form->addRow(tr("Mật khẩu (ít nhất %n ký tự):", nullptr, AccountService::kMinPasswordLength), m_password);
    auto *add = new QPushButton(tr("&Tạo tài khoản"));
    form->addRow(QString(), add);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(newBox);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &UsersDialog::addAccount);
    connect(disable, &QPushButton::clicked, this, [this] { setSelectedDisabled(true); });
    connect(enable, &QPushButton::clicked, this, [this] { setSelectedDisabled(false); });
    connect(password, &QPushButton::clicked, this, [this] { setSelectedPassword(); });
    resize(760, 520);
    reload();
}

void UsersDialog::reload()
{
    m_table->setRowCount(0);
    auto users = m_services.accounts().list(m_actor);
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    for (const UserAccount &u : users.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(u.username));
        m_table->setItem(row, 1, new QTableWidgetItem(u.fullName));
        m_table->setItem(row, 2, new QTableWidgetItem(roleName(u.role)));
        m_table->setItem(row, 3, new QTableWidgetItem(u.disabled ? tr("Đã khóa") : tr("Đang dùng")));
    }
}

bool UsersDialog::addAccount()
{
    const Role role = roleFromKey(m_role->currentData().toString()).value_or(Role::Clerk);
    auto r = m_services.accounts().create(m_actor, NewAccount{m_username->text().trimmed(), m_fullName->text(), role, m_password->text()});
    m_password->clear();
    if (!r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->clear();
    m_username->clear();
    m_fullName->clear();
    reload();
    return true;
}

bool UsersDialog::setSelectedDisabled(bool disabled)
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Hãy chọn một tài khoản trong danh sách."));
        return false;
    }
    auto r = m_services.accounts().setDisabled(m_actor, m_table->item(row, 0)->text(), disabled);
    if (!r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->clear();
    reload();
    return true;
}

bool UsersDialog::setSelectedPassword(QString password)
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Hãy chọn một tài khoản trong danh sách."));
        return false;
    }
    const QString username = m_table->item(row, 0)->text();
    if (password.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("Đặt mật khẩu mới"), tr("Mật khẩu mới cho %1:").arg(username), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
    }
    auto r = m_services.accounts().setPassword(m_actor, username, password);
    if (!r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->setText(tr("Đã đặt mật khẩu mới cho %1.").arg(username));
    return true;
}

}  // namespace pc
