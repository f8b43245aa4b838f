#include "EnrolDialog.h"

#include "SyncController.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc {

EnrolDialog::EnrolDialog(SyncController &sync, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_actor(actor), m_url(new QLineEdit), m_ca(new QLineEdit), m_pin(new QLineEdit), m_code(new QLineEdit), m_message(new QLabel)
{
    setWindowTitle(tr("Đăng ký quầy với trung tâm"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_pin->setPlaceholderText(tr("không bắt buộc: SHA-256 khóa công khai (64 ký tự hex)"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *browse = new QPushButton(tr("Chọn tệp…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Chứng chỉ của cơ quan chứng thực"), QString(), tr("Chứng chỉ PEM (*.pem *.crt)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Địa chỉ trung tâm:"), m_url);
    form->addRow(tr("Chứng chỉ CA:"), caRow);
    form->addRow(tr("Ghim khóa:"), m_pin);
    form->addRow(tr("Mã đăng ký một lần:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Đăng ký"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sync, &SyncController::enrolled, this, [this](bool ok, const QString &message) {
        m_ok->setEnabled(true);
        if (ok)
            QDialog::accept();
        else
            m_message->setText(message);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void EnrolDialog::accept()
{
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || url.scheme() != u"https") {
        m_message->setText(tr("Địa chỉ trung tâm phải bắt đầu bằng https://"));
        return;
    }
    if (m_code->text().trimmed().isEmpty() || m_ca->text().trimmed().isEmpty()) {
        m_message->setText(tr("Cần chứng chỉ CA và mã đăng ký do trung tâm cấp."));
        return;
    }
    m_ok->setEnabled(false);  // the answer comes back from the sync thread
    m_message->setText(tr("Đang liên hệ trung tâm…"));
    m_sync.enrol(m_actor, url, m_ca->text().trimmed(), m_pin->text().trimmed(), m_code->text().trimmed());
}

}  // namespace pc
