#pragma once
// The agency will be late (issue 11 §2): the clerk records the new appointment and the reason;
// the apology and new appointment slip is then printed for the citizen. Keyboard first:
// Ctrl+Enter confirms, Esc cancels; the dialog says what is missing instead of closing.
#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pc {

struct RescheduleAnswer {
    QDateTime newAppointmentLocal;  // Asia/Ho_Chi_Minh wall-clock time
    QString reason;
};

class RescheduleDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the appointment in force (local); `now`: the counter's clock (local), the floor.
    RescheduleDialog(const QString &code, const QDateTime &current, const QDateTime &now, QWidget *parent = nullptr);
    RescheduleAnswer answer() const;
    QDateTimeEdit *dateEdit() const { return m_when; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *problemLabel() const { return m_problem; }
    void tryAccept();

private:
    QDateTime m_now;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
};

}  // namespace pc
