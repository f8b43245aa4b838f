#pragma once
// First start: who is this counter? Pre-filled with a clearly marked sample unit.
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
    void accept() override;

private:
    QLineEdit *m_unitId;
    QLineEdit *m_unitName;
    QSpinBox *m_counter;
    QLabel *m_range;
    QLabel *m_error;
    bool m_sample;
};

}  // namespace pc
