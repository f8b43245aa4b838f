#include "DossierQueueModel.h"

#include "services/QueueService.h"
#include "util/Clock.h"

#include <QBrush>
#include <QHash>

namespace pc {

DossierQueueModel::DossierQueueModel(QueueService &queue, QObject *parent) : QAbstractTableModel(parent), m_queue(queue)
{
    m_filter.limit = 200;
}

void DossierQueueModel::setFilter(const DossierFilter &f)
{
    const DossierFilter::Sort sort = m_filter.sort;  // the clerk's column order survives a new search
    const bool descending = m_filter.descending;
    m_filter = f;
    m_filter.sort = sort;
    m_filter.descending = descending;
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

QString DossierQueueModel::codeAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.codeAt(row) : QString(); }

int DossierQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int DossierQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

namespace {
// The appointment in force: a reschedule's, else the receipt's (rows read before schema 14
// have no due_at).
QDateTime dueOf(const DossierSummary &d) { return d.dueAt.isValid() ? d.dueAt : d.appointmentAt; }
}  // namespace

DossierQueueModel::Flag DossierQueueModel::flagOf(const DossierSummary &d) const
{
    if (!m_window.nowUtc.isValid()) {
        if (QueueService::isOverdue(d.status, dueOf(d), m_queue.clock().nowUtc()))
            return Overdue;
    } else {
        switch (dueMark(d.status, dueOf(d), m_window)) {
        case DueMark::Overdue: return Overdue;
        case DueMark::DueToday: return DueToday;
        case DueMark::DueSoon: return DueSoon;
        case DueMark::None: break;
        }
    }
    return QueueService::isResultReady(d.status) ? ResultReady : NoFlag;
}

QVariant DossierQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DossierSummary d = m_rows.at(index.row());
    const Flag flag = flagOf(d);
    switch (role) {
    case FlagRole:
        return flag;
    case Qt::BackgroundRole:
        // Pale tints with the default dark text: readable on every monitor and still
        // distinguishable without colour thanks to the words in the status column.
        if (flag == Overdue)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (flag == ResultReady)
            return QBrush(QColor(0xdf, 0xf3, 0xe3));
        if (flag == DueToday)
            return QBrush(QColor(0xff, 0xe9, 0xc7));
        if (flag == DueSoon)
            return QBrush(QColor(0xff, 0xf8, 0xd6));
        return {};
    case Qt::ForegroundRole:
        return flag == NoFlag ? QVariant() : QVariant(QBrush(QColor(0x1f, 0x1f, 0x1f)));
    case Qt::ToolTipRole:
        if (index.column() == Procedure)
            return d.procedureName;
        if (index.column() == Status && flag == Overdue)
            return tr("Đã quá ngày hẹn trả mà cơ quan chưa có kết quả.");
        if (index.column() == Status && flag == ResultReady)
            return tr("Đã có kết quả: chờ trả cho công dân hoặc gửi bưu chính.");
        if (index.column() == Status && flag == DueToday)
            return tr("Hẹn trả trong hôm nay mà cơ quan chưa có kết quả.");
        if (index.column() == Status && flag == DueSoon)
            return tr("Hẹn trả trong 2 ngày làm việc tới mà cơ quan chưa có kết quả.");
        if (index.column() == Appointment && d.status == DossierStatus::SupplementRequested)
            return tr("Hồ sơ đang chờ công dân bổ sung: thời hạn giải quyết tạm dừng.");
        if (index.column() == Appointment && dueOf(d) != d.appointmentAt && d.appointmentAt.isValid())
            return tr("Đã hẹn lại; giấy tiếp nhận hẹn %1.").arg(toLocal(d.appointmentAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    switch (index.column()) {
    case Code: return d.code;
    case Applicant: return d.applicantName;
    case Procedure: return d.procedureCode + QStringLiteral(" – ") + d.procedureName;
    case Received: return toLocal(d.receivedAt).toString(format);
    case Appointment:
        if (!dueOf(d).isValid())
            return tr("Theo thông báo");
        // The citizen's turn: the clock stands still, so the date is not a deadline now.
        if (d.status == DossierStatus::SupplementRequested)
            return tr("%1 · dừng tính hạn").arg(toLocal(dueOf(d)).toString(format));
        return toLocal(dueOf(d)).toString(format);
    case Status:
        if (flag == Overdue)
            return tr("QUÁ HẠN · %1").arg(statusName(d.status));
        if (flag == ResultReady)
            return tr("CÓ KẾT QUẢ · %1").arg(statusName(d.status));
        if (flag == DueToday)
            return tr("HẠN HÔM NAY · %1").arg(statusName(d.status));
        if (flag == DueSoon)
            return tr("SẮP ĐẾN HẠN · %1").arg(statusName(d.status));
        return statusName(d.status);
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
    m_filter.beforeId = m_rows.idAt(m_rows.size() - 1);
}

void DossierQueueModel::sort(int column, Qt::SortOrder order)
{
    using Sort = DossierFilter::Sort;
    static const QHash<int, Sort> sorts{{Code, Sort::Code}, {Applicant, Sort::Applicant}, {Procedure, Sort::Procedure},
                                        {Received, Sort::Received}, {Appointment, Sort::Appointment}, {Status, Sort::StatusCode}};
    m_filter.sort = sorts.value(column, Sort::Newest);
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

}  // namespace pc
