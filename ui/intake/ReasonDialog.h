#pragma once
// The reason asked for a refusal (F11) or a supplement request (F10), keyboard first: the
// reason box wraps its text, Ctrl+Enter or the confirm button (with its mnemonic) confirms,
// Esc cancels. For a refusal without a catalogue procedure it also asks what the citizen
// requested ("Nội dung yêu cầu"), since the commonest refusal is a request the post office
// does not receive.
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pc {

class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Refusal, Supplement };
    // `request`: the procedure's name, or empty when none was chosen (then the clerk types it).
    ReasonDialog(Purpose purpose, const QString &request, bool requestFixed, QWidget *parent = nullptr);

    QString request() const;
    QString reason() const;
    void setReason(const QString &text);
    QLineEdit *requestEdit() const { return m_request; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *problemLabel() const { return m_problem; }

    // Confirms when the answer is complete; otherwise says what is missing and stays open.
    void tryAccept();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Purpose m_purpose;
    bool m_requestFixed;
    QLineEdit *m_request;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

}  // namespace pc
