#pragma once
// A type-ahead picker over administrative units: the popup lists units whose folded name
// contains what was typed ("yen dinh" finds "Xã Yên Định"); Enter takes the highlighted one.
#include "catalogue/AdminUnits.h"

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace pc {

class UnitPicker : public QLineEdit {
    Q_OBJECT
public:
    explicit UnitPicker(QWidget *parent = nullptr);
    void setUnits(QList<AdminUnit> units);
    // The chosen unit; nullopt while the text is not exactly one of the units.
    std::optional<AdminUnit> chosen() const;

signals:
    void unitChosen(const QString &code);

private:
    void refilter(const QString &text);
    void keyPressEvent(QKeyEvent *e) override;
    QList<AdminUnit> m_units;
    QList<AdminUnit> m_shown;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

}  // namespace pc
