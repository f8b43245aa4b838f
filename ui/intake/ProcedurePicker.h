#pragma once
// Type a few words or a code; ranked results appear as you type (folded: case, diacritics,
// đ → d), each with its field, deciding agency, duration and fees. Up/Down move, Enter picks.
#include <QWidget>
#include <memory>

class QLineEdit;
class QListWidget;
class QLabel;

namespace pc {

class Catalogue;
struct Procedure;

class ProcedurePicker : public QWidget {
    Q_OBJECT
public:
    explicit ProcedurePicker(QWidget *parent = nullptr);
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue);  // and clears the choice
    // A newer catalogue while the clerk works: keeps the search and the chosen procedure, read
    // again from the new version, without procedureChosen(). False when the chosen procedure is
    // not in the new version (the choice is then cleared).
    bool replaceCatalogue(std::shared_ptr<const Catalogue> catalogue);
    const Procedure *current() const { return m_current; }
    void clear();
    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *resultList() const { return m_list; }
    void choose(const QString &code);

signals:
    void procedureChosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *e) override;

private:
    void search();
    void chooseRow(int row);
    void showChosen();
    void retranslate();
    std::shared_ptr<const Catalogue> m_catalogue;
    const Procedure *m_current = nullptr;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QLabel *m_chosen;
};

}  // namespace pc
