#pragma once
// Who is this counter? At first start (or while the sample unit is stored) the fields are
// empty, with examples as placeholders: the sample unit cannot be accepted.
#include "services/CounterIdentity.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace pc {

class CounterSetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit CounterSetupDialog(const CounterIdentity &initial, QWidget *parent = nullptr);
    CounterIdentity identity() const;
    QLineEdit *unitIdEdit() const { return m_unitId; }
    QLineEdit *unitNameEdit() const { return m_unitName; }
    QSpinBox *counterBox() const { return m_counter; }
    QLabel *errorLabel() const { return m_error; }
    void accept() override;

private:
    QLineEdit *m_unitId;
    QLineEdit *m_unitName;
    QSpinBox *m_counter;
    QLabel *m_range;
    QLabel *m_error;
};

}  // namespace pc
