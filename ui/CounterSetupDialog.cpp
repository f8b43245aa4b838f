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
    : QDialog(parent), m_unitId(new QLineEdit(initial.unitId)), m_unitName(new QLineEdit(initial.unitName)),
      m_counter(new QSpinBox), m_range(new QLabel), m_error(new QLabel), m_sample(initial.isSample)
{
    setWindowTitle(tr("Thiết lập quầy giao dịch"));
    auto *intro = new QLabel(tr("Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp "
                                "(ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ."));
    intro->setWordWrap(true);
    auto *sampleNote = new QLabel(tr("<b>Đây là đơn vị MẪU</b>: hãy thay bằng đơn vị thật trước khi tiếp nhận hồ sơ của công dân."));
    sampleNote->setWordWrap(true);
    sampleNote->setVisible(initial.isSample);
    sampleNote->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_counter->setRange(0, 9);
    m_counter->setValue(initial.counterNumber);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_unitName->setMinimumWidth(420);

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
    // Editing the sample values makes the unit a real one.
    for (QLineEdit *e : {m_unitId, m_unitName})
        connect(e, &QLineEdit::textEdited, this, [this, sampleNote] { m_sample = false; sampleNote->hide(); });

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
    c.isSample = m_sample;
    return c;
}

void CounterSetupDialog::accept()
{
    if (auto v = identity().validate(); !v) {
        m_error->setText(v.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace pc
