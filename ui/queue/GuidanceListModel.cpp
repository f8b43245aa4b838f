#include "GuidanceListModel.h"

#include "services/GuidanceService.h"
#include "util/Clock.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>

namespace pc {

QString guidanceKindName(const GuidanceRecord &r)
{
    return r.kind == GuidanceRecord::Kind::Supplement ? QCoreApplication::translate("pc::GuidanceListModel", "Yêu cầu bổ sung")
                                                      : QCoreApplication::translate("pc::GuidanceListModel", "Từ chối tiếp nhận");
}

GuidanceListModel::GuidanceListModel(GuidanceService &guidance, QObject *parent) : QAbstractTableModel(parent), m_guidance(guidance) {}

void GuidanceListModel::setFilter(const GuidanceFilter &f)
{
    auto rows = m_guidance.list(f);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<GuidanceRecord>();
    applySort();
    endResetModel();
    if (!rows)
        emit loadFailed(rows.error().message);
}

const GuidanceRecord *GuidanceListModel::recordAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

int GuidanceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int GuidanceListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GuidanceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GuidanceRecord &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == Procedure || index.column() == Reason))
        return index.column() == Procedure ? r.procedureName : r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return r.number();
    case Kind: return guidanceKindName(r);
    case Applicant: return r.applicant.name;
    case Procedure: return r.procedureCode + QStringLiteral(" – ") + r.procedureName;
    case Created: return toLocal(r.createdAt).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Reason: return r.reason;
    }
    return {};
}

QVariant GuidanceListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Số phiếu");
    case Kind: return tr("Loại phiếu");
    case Applicant: return tr("Người được hướng dẫn");
    case Procedure: return tr("Thủ tục");
    case Created: return tr("Thời điểm");
    case Reason: return tr("Lý do");
    }
    return {};
}

void GuidanceListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_order = order;
    beginResetModel();
    applySort();
    endResetModel();
}

void GuidanceListModel::applySort()
{
    if (m_sortColumn < 0)
        return;  // as loaded: newest first
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const GuidanceRecord &a, const GuidanceRecord &b) {
        auto text = [column](const GuidanceRecord &r) -> QString {
            switch (column) {
            case Number: return r.number();
            case Kind: return guidanceKindName(r);
            case Applicant: return r.applicant.name;
            case Procedure: return r.procedureCode;
            case Created: return toStoredUtc(r.createdAt);
            case Reason: return r.reason;
            }
            return {};
        };
        const int c = collator.compare(text(a), text(b));
        return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

}  // namespace pc
