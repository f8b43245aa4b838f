#pragma once
// The fee line that applies to this applicant, when a procedure's phí / lệ phí depend on who
// applies or where (issue 8 §4): the clerk picks one; a procedure with a single fee shows it
// preselected and there is nothing to choose.
#include "catalogue/Procedure.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pc {

class FeeVariantPicker : public QWidget {
    Q_OBJECT
public:
    explicit FeeVariantPicker(QWidget *parent = nullptr);
    // Shows the procedure's variants; keeps the choice when it is the same procedure again.
    void setProcedure(const Procedure *p);
    QString chosenId() const;                // FeeVariant::id, empty when none is chosen
    void choose(const QString &id);          // e.g. from a restored draft; an unknown id chooses nothing
    const FeeVariant *chosen() const;        // null when none is chosen
    bool needsChoice() const;                // several variants and none chosen yet
    QComboBox *combo() const { return m_combo; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    static QString itemText(const FeeVariant &v);
    QLabel *m_label;
    QComboBox *m_combo;
    QString m_procedureCode;
    QList<FeeVariant> m_variants;
};

}  // namespace pc
