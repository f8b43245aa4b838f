#include "UnitPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace pc {

UnitPicker::UnitPicker(QWidget *parent) : QLineEdit(parent), m_model(new QStringListModel(this)), m_completer(new QCompleter(this))
{
    m_completer->setModel(m_model);
    // We filter ourselves (folded); the completer only shows the list. It is attached with
    // setWidget, not QLineEdit::setCompleter, so highlighting a row never rewrites the text.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &UnitPicker::refilter);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &name) {
        setText(name);
        if (const auto u = chosen())
            emit unitChosen(u->code);
    });
}

void UnitPicker::setUnits(QList<AdminUnit> units)
{
    m_units = std::move(units);
    clear();
    m_shown = m_units;
    m_model->setStringList({});
}

void UnitPicker::refilter(const QString &text)
{
    m_shown = AdminUnits::filter(m_units, text);
    QStringList names;
    for (const AdminUnit &u : m_shown)
        names << u.name;
    m_model->setStringList(names);
    if (text.trimmed().isEmpty() || names.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void UnitPicker::keyPressEvent(QKeyEvent *e)
{
    // Enter takes the best match even when the popup is closed.
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && !chosen() && !m_shown.isEmpty() && !text().trimmed().isEmpty()) {
        setText(m_shown.first().name);
        m_completer->popup()->hide();
        emit unitChosen(m_shown.first().code);
        return;
    }
    QLineEdit::keyPressEvent(e);
}

std::optional<AdminUnit> UnitPicker::chosen() const
{
    for (const AdminUnit &u : m_units)
        if (u.name == text())
            return u;
    return std::nullopt;
}

}  // namespace pc
