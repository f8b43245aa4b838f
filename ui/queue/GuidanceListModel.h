#pragma once
// The supplement requests and refusals given at this counter, newest first, for F3's second
// list. Slips are few (a few thousand a year), so a search loads its matches at once.
#include "domain/Guidance.h"
#include "storage/GuidanceRepository.h"

#include <QAbstractTableModel>

namespace pc {

class GuidanceService;

class GuidanceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Kind, Applicant, Procedure, Created, Reason, ColumnCount };
    explicit GuidanceListModel(GuidanceService &guidance, QObject *parent = nullptr);

    void setFilter(const GuidanceFilter &f);
    const GuidanceRecord *recordAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString &message);

private:
    GuidanceService &m_guidance;
    QList<GuidanceRecord> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    void applySort();
};

QString guidanceKindName(const GuidanceRecord &r);

}  // namespace pc
