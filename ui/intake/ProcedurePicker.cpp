#include "ProcedurePicker.h"

#include "catalogue/Catalogue.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pc {

ProcedurePicker::ProcedurePicker(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit), m_list(new QListWidget), m_chosen(new QLabel)
{
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setFocusPolicy(Qt::NoFocus);  // the keyboard stays in the search field
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setMaximumHeight(170);
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_chosen);
    // textChanged, not textEdited: text put back by the scanner filter searches again too.
    connect(m_edit, &QLineEdit::textChanged, this, &ProcedurePicker::search);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { chooseRow(m_list->row(item)); });
    retranslate();
}

void ProcedurePicker::setCatalogue(std::shared_ptr<const Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    clear();
}

bool ProcedurePicker::replaceCatalogue(std::shared_ptr<const Catalogue> catalogue)
{
    const QString code = m_current ? m_current->code : QString();  // m_current points into the old version
    m_current = nullptr;
    m_catalogue = std::move(catalogue);
    if (m_list->isVisible())
        search();
    if (code.isEmpty())
        return true;
    m_current = m_catalogue ? m_catalogue->procedure(code) : nullptr;
    if (!m_current) {
        m_chosen->clear();
        return false;
    }
    showChosen();
    return true;
}

void ProcedurePicker::clear()
{
    m_current = nullptr;
    m_edit->clear();
    m_list->clear();
    m_list->hide();
    m_chosen->clear();
}

void ProcedurePicker::search()
{
    m_list->clear();
    if (!m_catalogue)
        return;
    const auto hits = m_catalogue->search(m_edit->text(), 20);
    for (const SearchHit &h : hits) {
        const Procedure &p = *h.procedure;
        const Field *f = m_catalogue->field(p.fieldCode);
        const Agency *a = m_catalogue->agency(p.agencyCode);
        auto *item = new QListWidgetItem(tr("%1 – %2\n    %3 · %4 · %5 · phí %6, lệ phí %7")
                                             .arg(p.code, p.name, f ? f->name : QString(), a ? a->name : QString(),
                                                  p.duration.describe(), p.fee.format(), p.charge.format()));
        item->setData(Qt::UserRole, p.code);
        m_list->addItem(item);
    }
    m_list->setVisible(!hits.isEmpty());
    if (!hits.isEmpty())
        m_list->setCurrentRow(0);
}

void ProcedurePicker::choose(const QString &code)
{
    const Procedure *p = m_catalogue ? m_catalogue->procedure(code) : nullptr;
    if (!p)
        return;
    m_current = p;
    m_list->hide();
    showChosen();
    emit procedureChosen(p->code);
}

void ProcedurePicker::showChosen()
{
    const Procedure *p = m_current;
    const Agency *a = m_catalogue->agency(p->agencyCode);
    m_chosen->setText(tr("<b>%1</b> – %2<br/>Cơ quan giải quyết: %3 · Thời hạn: %4")
                          .arg(p->code.toHtmlEscaped(), p->name.toHtmlEscaped(), (a ? a->name : QString()).toHtmlEscaped(),
                               p->duration.describe()));
}

void ProcedurePicker::chooseRow(int row)
{
    if (QListWidgetItem *item = m_list->item(row))
        choose(item->data(Qt::UserRole).toString());
}

bool ProcedurePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->count();
        switch (key->key()) {
        case Qt::Key_Down:
            if (count)
                m_list->setCurrentRow(std::min(m_list->currentRow() + 1, count - 1));
            return true;
        case Qt::Key_Up:
            if (count)
                m_list->setCurrentRow(std::max(m_list->currentRow() - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_list->isVisible() && m_list->currentRow() >= 0) {
                chooseRow(m_list->currentRow());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProcedurePicker::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void ProcedurePicker::retranslate()
{
    m_edit->setPlaceholderText(tr("Gõ mã hoặc vài chữ của tên thủ tục (không cần dấu), ↑↓ để chọn, Enter để lấy"));
    if (m_current)
        choose(m_current->code);
}

}  // namespace pc
