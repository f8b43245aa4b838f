#pragma once
// The procedure's document checklist: Space ticks a received document (with the catalogue's
// original/copy counts), the counts can be edited, unlisted documents can be added, and a
// received document that is not acceptable as it is (unsigned, expired, uncertified) gets a
// note saying what it needs, for the supplement request. Required documents that are not
// ticked are listed in red below. The table is one Tab stop; arrows move inside it.
#include "catalogue/Procedure.h"
#include "domain/Dossier.h"

#include <QWidget>

class QTableWidget;
class QLabel;
class QPushButton;

namespace pc {

// A received document marked as needing something before the dossier can be accepted.
struct DocumentDefect {
    QString name;
    int originals = 0;
    int copies = 0;
    QString need;  // what the clerk wrote: "chưa ký", "hết hạn", "bản sao chưa chứng thực"
};

class DocumentChecklist : public QWidget {
    Q_OBJECT
public:
    enum Column { Received, Name, Originals, Copies, Need, ColumnCount };
    explicit DocumentChecklist(QWidget *parent = nullptr);
    void setProcedure(const Procedure *p);
    QList<SubmittedDocument> documents() const;
    QList<DocumentDefect> defects() const;
    QStringList missingRequired() const;
    // Ticks the given documents (catalogue rows by name, others added), e.g. from a draft.
    void restore(const QList<SubmittedDocument> &received);
    // Adds a row for a document the catalogue does not list and opens its name for typing.
    void addUnlisted();
    // Writes a cell that is still being edited (typed without Enter) into the table.
    void commitOpenEditor();
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *e) override;

private:
    int appendRow(const QString &name, const QString &shown, int originals, int copies, Qt::CheckState state);
    void toggle(int row);
    void refreshMissing();
    void retranslate();
    QTableWidget *m_table;
    QLabel *m_missing;
    QPushButton *m_add;
    QList<DocumentRequirement> m_required;
};

}  // namespace pc
