#pragma once
// Province → commune pickers from the 2025 two-level units, plus house number/street/hamlet as
// free text. An address typed before the 2025 reorganisation (old district names) still saves:
// whatever is typed is kept as free text.
#include <QWidget>

class QLineEdit;
class QLabel;

namespace pc {

class UnitPicker;

class AddressEditor : public QWidget {
    Q_OBJECT
public:
    explicit AddressEditor(QWidget *parent = nullptr);
    QString address() const;
    void setFreeText(const QString &address);  // e.g. from an ID-card QR
    void clear();
    UnitPicker *provincePicker() const { return m_province; }
    UnitPicker *communePicker() const { return m_commune; }
    QLineEdit *detailEdit() const { return m_detail; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    UnitPicker *m_province;
    UnitPicker *m_commune;
    QLineEdit *m_detail;
};

}  // namespace pc
