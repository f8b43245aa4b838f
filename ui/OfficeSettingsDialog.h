#pragma once
// The office settings printed on the forms (governing body, place name, guidance contact) and
// the postage charged for returning a result by post. The dialog only edits: the checks and
// the storage belong to OfficeSettings, the same owner the CLI `settings` command uses.
#include "domain/Actor.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;

namespace pc {

class OfficeSettings;

class OfficeSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `actor`: who saves (a supervisor; the service refuses anyone else and the dialog says why).
    OfficeSettingsDialog(OfficeSettings &settings, const Actor &actor, QWidget *parent = nullptr);
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    void accept() override;  // writes nothing unless every value is acceptable

private:
    OfficeSettings &m_settings;
    Actor m_actor;
    QHash<QString, QLineEdit *> m_fields;
    QLabel *m_error;
};

}  // namespace pc
