#pragma once
// The one look of a page's message line: red for a problem the clerk must act on, green for a
// step done. Every page's say() goes through here, so the colours cannot drift apart.
#include <QLabel>
#include <QString>

namespace pc {

inline void showPageMessage(QLabel *line, const QString &text, bool problem)
{
    line->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    line->setText(text);
}

}  // namespace pc
