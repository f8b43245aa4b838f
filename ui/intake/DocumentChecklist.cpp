#include "DocumentChecklist.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
enum Column { Received, Name, Originals, Copies, ColumnCount };

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
}

DocumentChecklist::DocumentChecklist(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount)), m_missing(new QLabel), m_add(new QPushButton)
{
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Received, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Originals, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Copies, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->installEventFilter(this);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this, &DocumentChecklist::addUnlisted);
    connect(m_add, &QPushButton::clicked, this, &DocumentChecklist::addUnlisted);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { refreshMissing(); emit changed(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_missing);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    retranslate();
}

void DocumentChecklist::setProcedure(const Procedure *p)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_required.clear();
    if (p) {
        for (const DocumentRequirement &r : p->documents) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, Received, receivedItem(Qt::Unchecked));
            auto *name = new QTableWidgetItem(r.required ? r.name : tr("%1 (không bắt buộc)").arg(r.name));
            name->setData(Qt::UserRole, r.name);
            name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, Name, name);
            m_table->setItem(row, Originals, countItem(r.originals));
            m_table->setItem(row, Copies, countItem(r.copies));
            if (r.required)
                m_required.append(r);
        }
        m_table->setCurrentCell(0, Received);
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
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Received, receivedItem(Qt::Checked));
    m_table->setItem(row, Name, new QTableWidgetItem);
    m_table->setItem(row, Originals, countItem(0));
    m_table->setItem(row, Copies, countItem(1));
    m_table->setCurrentCell(row, Name);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, Name));
}

QList<SubmittedDocument> DocumentChecklist::documents() const
{
    QList<SubmittedDocument> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Received)->checkState() != Qt::Checked)
            continue;
        const QTableWidgetItem *name = m_table->item(row, Name);
        const QString text = name->data(Qt::UserRole).isValid() ? name->data(Qt::UserRole).toString() : name->text().trimmed();
        if (text.isEmpty())
            continue;
        out.append({text, m_table->item(row, Originals)->data(Qt::EditRole).toInt(), m_table->item(row, Copies)->data(Qt::EditRole).toInt()});
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
        if (key->key() == Qt::Key_Space) {  // an open cell editor has the focus, not the table
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
    m_table->setHorizontalHeaderLabels({tr("Đã nhận"), tr("Giấy tờ (Space: đánh dấu đã nhận)"), tr("Bản chính"), tr("Bản sao")});
    m_add->setText(tr("Thêm giấy tờ khác (Ctrl+D)"));
    refreshMissing();
}

}  // namespace pc
