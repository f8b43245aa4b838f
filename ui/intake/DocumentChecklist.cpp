#include "DocumentChecklist.h"

#include "util/TextFold.h"

#include <QAbstractItemDelegate>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
QTableWidgetItem *receivedItem(Qt::CheckState state)
{
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    check->setCheckState(state);
    return check;
}

QTableWidgetItem *countItem(int n)
{
    auto *count = new QTableWidgetItem;
    count->setData(Qt::EditRole, n);
    return count;
}

QString textOf(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    return i ? i->text().trimmed() : QString();
}

int countOf(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *i = t->item(row, column);
    return i ? i->data(Qt::EditRole).toInt() : 0;
}
}  // namespace

DocumentChecklist::DocumentChecklist(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount)), m_missing(new QLabel), m_add(new QPushButton)
{
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    // One Tab stop for the whole table: arrows move between cells, Tab leaves.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c : {Received, Originals, Copies})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Need, QHeaderView::Interactive);
    m_table->setColumnWidth(Need, 115);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->installEventFilter(this);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Ctrl+D belongs to the whole intake page (IntakePage), not only to this table.
    m_add->setFocusPolicy(Qt::StrongFocus);
    connect(m_add, &QPushButton::clicked, this, &DocumentChecklist::addUnlisted);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        refreshMissing();
        emit changed();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_missing);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    setTabOrder(m_table, m_add);
    retranslate();
}

int DocumentChecklist::appendRow(const QString &name, const QString &shown, int originals, int copies, Qt::CheckState state)
{
    // A row is built cell by cell; nobody may look at it (itemChanged → documents()) half-built.
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Received, receivedItem(state));
    auto *nameItem = new QTableWidgetItem(shown);
    if (!name.isEmpty()) {
        nameItem->setData(Qt::UserRole, name);
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_table->setItem(row, Name, nameItem);
    m_table->setItem(row, Originals, countItem(originals));
    m_table->setItem(row, Copies, countItem(copies));
    m_table->setItem(row, Need, new QTableWidgetItem);
    return row;
}

void DocumentChecklist::setProcedure(const Procedure *p)
{
    {
        const QSignalBlocker block(m_table);
        m_table->setRowCount(0);
    }
    m_required.clear();
    if (p) {
        for (const DocumentRequirement &r : p->documents) {
            appendRow(r.name, r.required ? r.name : tr("%1 (không bắt buộc)").arg(r.name), r.originals, r.copies, Qt::Unchecked);
            if (r.required)
                m_required.append(r);
        }
        m_table->setCurrentCell(0, Received);
    }
    refreshMissing();
    emit changed();
}

void DocumentChecklist::restore(const QList<SubmittedDocument> &received)
{
    for (const SubmittedDocument &d : received) {
        int row = -1;
        for (int r = 0; r < m_table->rowCount() && row < 0; ++r)
            if (text::fold(m_table->item(r, Name)->data(Qt::UserRole).toString()) == text::fold(d.name))
                row = r;
        if (row < 0) {
            appendRow(QString(), d.name, d.originals, d.copies, Qt::Checked);
            continue;
        }
        const QSignalBlocker block(m_table);
        m_table->item(row, Received)->setCheckState(Qt::Checked);
        m_table->item(row, Originals)->setData(Qt::EditRole, d.originals);
        m_table->item(row, Copies)->setData(Qt::EditRole, d.copies);
    }
    refreshMissing();
    emit changed();
}

void DocumentChecklist::toggle(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    QTableWidgetItem *check = m_table->item(row, Received);
    check->setCheckState(check->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void DocumentChecklist::addUnlisted()
{
    commitOpenEditor();
    const int row = appendRow(QString(), QString(), 0, 1, Qt::Checked);
    refreshMissing();
    emit changed();
    m_table->setCurrentCell(row, Name);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, Name));
}

void DocumentChecklist::commitOpenEditor()
{
    const QModelIndex current = m_table->currentIndex();
    QWidget *editor = current.isValid() ? m_table->indexWidget(current) : nullptr;
    if (!editor)
        return;
    // What the view does itself when Enter is pressed: write the editor's value, then close it.
    QAbstractItemDelegate *delegate = m_table->itemDelegateForIndex(current);
    emit delegate->commitData(editor);
    emit delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
}

QList<SubmittedDocument> DocumentChecklist::documents() const
{
    QList<SubmittedDocument> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *check = m_table->item(row, Received);
        const QTableWidgetItem *name = m_table->item(row, Name);
        if (!check || !name || check->checkState() != Qt::Checked)
            continue;
        const QString text = name->data(Qt::UserRole).isValid() ? name->data(Qt::UserRole).toString() : name->text().trimmed();
        if (text.isEmpty())
            continue;
        out.append({text, countOf(m_table, row, Originals), countOf(m_table, row, Copies)});
    }
    return out;
}

QList<DocumentDefect> DocumentChecklist::defects() const
{
    QList<DocumentDefect> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString need = textOf(m_table, row, Need);
        const QTableWidgetItem *name = m_table->item(row, Name);
        if (need.isEmpty() || !name)
            continue;
        const QString text = name->data(Qt::UserRole).isValid() ? name->data(Qt::UserRole).toString() : name->text().trimmed();
        out.append({text, countOf(m_table, row, Originals), countOf(m_table, row, Copies), need});
    }
    return out;
}

QStringList DocumentChecklist::missingRequired() const
{
    QStringList received;
    for (const SubmittedDocument &d : documents())
        if (d.originals + d.copies > 0)
            received << d.name;
    QStringList missing;
    for (const DocumentRequirement &r : m_required)
        if (!received.contains(r.name))
            missing << r.name;
    return missing;
}

void DocumentChecklist::refreshMissing()
{
    const QStringList missing = missingRequired();
    m_missing->setVisible(!missing.isEmpty() && m_table->rowCount() > 0);
    m_missing->setText(tr("Còn thiếu %n giấy tờ bắt buộc: %1", nullptr, static_cast<int>(missing.size())).arg(missing.join(QStringLiteral("; "))));
}

bool DocumentChecklist::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {  // an open cell editor has the focus, not the table
            toggle(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentChecklist::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void DocumentChecklist::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Đã nhận"), tr("Giấy tờ (Space: đánh dấu đã nhận)"), tr("Bản chính"), tr("Bản sao"),
                                        tr("Cần bổ sung/sửa")});
    m_table->horizontalHeaderItem(Need)->setToolTip(tr("Ghi khi giấy tờ đã nộp nhưng chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): "
                                                       "in trên phiếu yêu cầu bổ sung (F10)"));
    m_add->setText(tr("Thêm giấy tờ khác (Ctrl+D)"));
    refreshMissing();
}

}  // namespace pc
