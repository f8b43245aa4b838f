#include "OfficeSettingsDialog.h"

#include "services/OfficeSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc {

OfficeSettingsDialog::OfficeSettingsDialog(OfficeSettings &settings, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_actor(actor), m_error(new QLabel)
{
    setWindowTitle(tr("Thông tin đơn vị in trên phiếu"));
    auto *intro = new QLabel(tr("Các thông tin này được in trên giấy tiếp nhận, phiếu yêu cầu bổ sung và phiếu từ chối "
                                "(Thông tư 03/2025/TT-VPCP). Ngày trên phiếu là ngày tiếp nhận hồ sơ."));
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    const QHash<QString, QString> placeholders{
        {OfficeSettings::GoverningBody, tr("ví dụ: Bưu điện tỉnh Quảng Trị")},
        {OfficeSettings::Place, tr("ví dụ: Quảng Trị")},
        {OfficeSettings::GuidanceContact, tr("ví dụ: Chị Lan, 0233 3852 123")},
        {OfficeSettings::Postage, tr("ví dụ: 25000")}};
    for (const QString &key : OfficeSettings::keys()) {
        auto *edit = new QLineEdit(m_settings.get(key).value_or(QString()));
        edit->setPlaceholderText(placeholders.value(key));
        edit->setMinimumWidth(360);
        m_fields.insert(key, edit);
        form->addRow(OfficeSettings::label(key) + u':', edit);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lưu"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void OfficeSettingsDialog::accept()
{
    // Check everything first: one bad value leaves every stored setting as it was.
    for (const QString &key : OfficeSettings::keys()) {
        if (auto v = OfficeSettings::normalize(key, m_fields.value(key)->text()); !v) {
            m_error->setText(v.error().message);
            m_error->show();
            m_fields.value(key)->setFocus();
            m_fields.value(key)->selectAll();
            return;
        }
    }
    for (const QString &key : OfficeSettings::keys()) {
        if (auto r = m_settings.set(m_actor, key, m_fields.value(key)->text()); !r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

}  // namespace pc
