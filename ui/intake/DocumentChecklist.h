#pragma once
// The procedure's document checklist: Space ticks a received document (with the catalogue's
// original/copy counts), the counts can be edited, unlisted documents can be added. Required
// documents that are not ticked are listed in red below.
#include "catalogue/Procedure.h"
#include "domain/Dossier.h"

#include <QWidget>

class QTableWidget;
class QLabel;
class QPushButton;

namespace pc {

class DocumentChecklist : public QWidget {
    Q_OBJECT
public:
    explicit DocumentChecklist(QWidget *parent = nullptr);
    void setProcedure(const Procedure *p);
    QList<SubmittedDocument> documents() const;
    QStringList missingRequired() const;
    void addUnlisted();
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *e) override;

private:
    void toggle(int row);
    void refreshMissing();
    void retranslate();
    QTableWidget *m_table;
    QLabel *m_missing;
    QPushButton *m_add;
    QList<DocumentRequirement> m_required;
};

}  // namespace pc
