#include "DossierQueueModel.h"

#include "services/QueueService.h"
#include "util/Clock.h"

namespace pc {

DossierQueueModel::DossierQueueModel(QueueService &queue, QObject *parent) : QAbstractTableModel(parent), m_queue(queue)
{
    m_filter.limit = 200;
}

void DossierQueueModel::setFilter(const DossierFilter &f)
{
    m_filter = f;
    m_filter.beforeId = 0;
    reload();
}

void DossierQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_filter.beforeId = 0;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

QString DossierQueueModel::codeAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString(); }

int DossierQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int DossierQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DossierQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DossierSummary &d = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Procedure)
        return d.procedureName;
    if (role != Qt::DisplayRole)
        return {};
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    switch (index.column()) {
    case Code: return d.code;
    case Applicant: return d.applicantName;
    case Procedure: return d.procedureCode + QStringLiteral(" – ") + d.procedureName;
    case Received: return toLocal(d.receivedAt).toString(format);
    case Appointment: return toLocal(d.appointmentAt).toString(format);
    case Status: return statusName(d.status);
    }
    return {};
}

QVariant DossierQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Mã hồ sơ");
    case Applicant: return tr("Người nộp");
    case Procedure: return tr("Thủ tục");
    case Received: return tr("Tiếp nhận");
    case Appointment: return tr("Hẹn trả");
    case Status: return tr("Trạng thái");
    }
    return {};
}

bool DossierQueueModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void DossierQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_queue.page(m_filter);
    if (!page) {
        m_atEnd = true;  // stop asking until the next reload; the window shows the error
        emit loadFailed(page.error().message);
        return;
    }
    if (page->size() < m_filter.limit)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_filter.beforeId = m_rows.last().id;
}

}  // namespace pc
