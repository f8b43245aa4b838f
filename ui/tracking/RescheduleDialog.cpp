#include "RescheduleDialog.h"

#include "util/Clock.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pc {

RescheduleDialog::RescheduleDialog(const QString &code, const QDateTime &current, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_now(now), m_when(new QDateTimeEdit), m_reason(new QPlainTextEdit), m_problem(new QLabel)
{
    setWindowTitle(tr("Hẹn lại ngày trả kết quả – %1").arg(code));
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setTimeSpec(Qt::LocalTime);
    // Offered one day after the current appointment, at the same time: the clerk adjusts it.
    m_when->setDateTime(QDateTime((current.isValid() ? current : now).date().addDays(1), (current.isValid() ? current : now).time()));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Ví dụ: Cơ quan cần thêm thời gian xác minh thông tin"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *current_ = new QLabel(current.isValid() ? current.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : tr("Theo thông báo"));
    form->addRow(tr("Hẹn trả hiện tại:"), current_);
    form->addRow(tr("&Ngày giờ hẹn mới:"), m_when);
    form->addRow(tr("&Lý do chậm trả:"), m_reason);
    auto *buttons = new QDialogButtonBox;
    QPushButton *ok = buttons->addButton(tr("&Hẹn lại và in phiếu xin lỗi (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Hủy"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ok, &QPushButton::clicked, this, &RescheduleDialog::tryAccept);
    for (QKeySequence key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &RescheduleDialog::tryAccept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_when->setFocus();
}

RescheduleAnswer RescheduleDialog::answer() const
{
    const QDateTime t = m_when->dateTime();
    return {QDateTime(t.date(), t.time(), vietnamTime()), m_reason->toPlainText().trimmed()};
}

void RescheduleDialog::tryAccept()
{
    const RescheduleAnswer a = answer();
    if (a.newAppointmentLocal <= m_now) {
        m_problem->setText(tr("Ngày giờ hẹn mới phải sau thời điểm hiện tại."));
        m_when->setFocus();
        return;
    }
    if (a.reason.isEmpty()) {
        m_problem->setText(tr("Nhập lý do chậm trả kết quả: lý do này được in trên phiếu xin lỗi gửi công dân."));
        m_reason->setFocus();
        return;
    }
    accept();
}

}  // namespace pc
