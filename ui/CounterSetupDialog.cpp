#include "CounterSetupDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc {

CounterSetupDialog::CounterSetupDialog(const CounterIdentity &initial, QWidget *parent)
    : QDialog(parent), m_unitId(new QLineEdit), m_unitName(new QLineEdit), m_counter(new QSpinBox), m_range(new QLabel),
      m_error(new QLabel)
{
    // The sample unit is shown as an example, never as a value: the clerk types the real one.
    const bool sample = initial.isSample || CounterIdentity::isSampleUnitId(initial.unitId);
    if (!sample) {
        m_unitId->setText(initial.unitId);
        m_unitName->setText(initial.unitName);
    }
    m_unitId->setPlaceholderText(tr("ví dụ 000.00.16.H56"));
    m_unitName->setPlaceholderText(tr("ví dụ Bưu điện xã Yên Định"));
    setWindowTitle(tr("Thiết lập quầy giao dịch"));
    auto *intro = new QLabel(tr("Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp "
                                "(ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ."));
    intro->setWordWrap(true);
    auto *sampleNote = new QLabel(tr("<b>Quầy chưa có đơn vị thật</b>: chưa tiếp nhận được hồ sơ cho đến khi nhập mã định danh và tên "
                                     "đơn vị do tỉnh cấp."));
    sampleNote->setWordWrap(true);
    sampleNote->setVisible(sample);
    sampleNote->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_counter->setRange(0, 9);
    m_counter->setValue(initial.counterNumber);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_unitName->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *form = new QFormLayout;
    form->addRow(tr("Mã định danh đơn vị:"), m_unitId);
    form->addRow(tr("Tên đơn vị:"), m_unitName);
    form->addRow(tr("Số quầy:"), m_counter);
    form->addRow(tr("Dãy số hồ sơ:"), m_range);
    auto updateRange = [this] {
        const CounterIdentity c = CounterIdentity::withDefaultRange({}, {}, m_counter->value());
        m_range->setText(tr("%1–%2 mỗi ngày").arg(c.sequenceStart, 4, 10, QLatin1Char('0')).arg(c.sequenceEnd, 4, 10, QLatin1Char('0')));
    };
    connect(m_counter, &QSpinBox::valueChanged, this, updateRange);
    updateRange();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(sampleNote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

CounterIdentity CounterSetupDialog::identity() const
{
    CounterIdentity c = CounterIdentity::withDefaultRange(m_unitId->text(), m_unitName->text(), m_counter->value());
    c.isSample = CounterIdentity::isSampleUnitId(c.unitId);
    return c;
}

void CounterSetupDialog::accept()
{
    const CounterIdentity c = identity();
    Status ok = c.validate();
    if (ok && c.isSample)
        ok = Error::badInput(tr("%1 là mã của ĐƠN VỊ MẪU. Hãy nhập mã định danh đơn vị thật do tỉnh cấp.").arg(c.unitId));
    if (!ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace pc
