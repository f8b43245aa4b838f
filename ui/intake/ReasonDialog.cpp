#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pc {

ReasonDialog::ReasonDialog(Purpose purpose, const QString &request, bool requestFixed, QWidget *parent)
    : QDialog(parent), m_purpose(purpose), m_requestFixed(requestFixed), m_request(new QLineEdit(request)), m_reason(new QPlainTextEdit),
      m_problem(new QLabel), m_confirm(new QPushButton), m_cancel(new QPushButton)
{
    const bool refusal = purpose == Purpose::Refusal;
    setWindowTitle(refusal ? tr("Từ chối tiếp nhận hồ sơ") : tr("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"));
    m_request->setReadOnly(requestFixed);
    m_request->setPlaceholderText(tr("Ví dụ: Cấp đổi giấy phép lái xe (không nhận tại bưu cục)"));
    m_reason->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_reason->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(refusal ? tr("Lý do từ chối, in trên phiếu (ví dụ: thủ tục không thuộc danh mục tiếp nhận tại bưu cục)")
                                         : tr("Lý do, in trên phiếu (ví dụ: đơn chưa ký; bản sao chưa chứng thực)"));
    m_reason->installEventFilter(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_confirm->setText(refusal ? tr("&Từ chối và in phiếu (Ctrl+Enter)") : tr("&In phiếu yêu cầu bổ sung (Ctrl+Enter)"));
    m_cancel->setText(tr("&Quay lại (Esc)"));
    m_confirm->setDefault(false);
    m_confirm->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto *form = new QFormLayout;
    auto *requestLabel = new QLabel(tr("&Nội dung yêu cầu:"));
    requestLabel->setBuddy(m_request);
    form->addRow(requestLabel, m_request);
    auto *reasonLabel = new QLabel(refusal ? tr("&Lý do từ chối:") : tr("&Lý do:"));
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    form->setRowVisible(m_request, refusal);  // a supplement request is about the chosen procedure
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_confirm, &QPushButton::clicked, this, &ReasonDialog::tryAccept);
    // A problem shown goes as soon as it is put right.
    auto recheck = [this] {
        if (m_problem->isVisible() && (m_purpose != Purpose::Refusal || !this->request().isEmpty()) && !reason().isEmpty())
            m_problem->hide();
    };
    connect(m_request, &QLineEdit::textChanged, this, recheck);
    connect(m_reason, &QPlainTextEdit::textChanged, this, recheck);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &ReasonDialog::tryAccept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 280);
    setTabOrder(m_request, m_reason);
    setTabOrder(m_reason, m_confirm);
    setTabOrder(m_confirm, m_cancel);
    if (!refusal || requestFixed || !request.isEmpty())
        m_reason->setFocus();
    else
        m_request->setFocus();
}

QString ReasonDialog::request() const { return m_request->text().simplified(); }

QString ReasonDialog::reason() const { return m_reason->toPlainText().trimmed(); }

void ReasonDialog::setReason(const QString &text) { m_reason->setPlainText(text); }

void ReasonDialog::tryAccept()
{
    QString problem;
    if (m_purpose == Purpose::Refusal && request().isEmpty())
        problem = tr("Ghi nội dung công dân yêu cầu (in trên phiếu).");
    else if (reason().isEmpty())
        problem = m_purpose == Purpose::Refusal ? tr("Phải ghi rõ lý do từ chối tiếp nhận.") : tr("Ghi lý do yêu cầu bổ sung.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        accept();
        return;
    }
    (m_purpose == Purpose::Refusal && request().isEmpty() ? static_cast<QWidget *>(m_request) : m_reason)->setFocus();
}

bool ReasonDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter inside the text box confirms, whatever the text box would make of it.
    if (watched == m_reason && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            tryAccept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

}  // namespace pc
