#pragma once
// The dossier queue as a lazily fetching table: pages of 200 rows, newest first, fetched
// through QueueService as the view scrolls, so a million dossiers never load at once.
#include "storage/DossierRepository.h"
#include "queue/QueueRows.h"
#include "tracking/DueWindow.h"

#include <QAbstractTableModel>

namespace pc {

class QueueService;

class DossierQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Applicant, Procedure, Received, Appointment, Status, ColumnCount };
    enum Flag { NoFlag = 0, Overdue = 1, ResultReady = 2, DueToday = 3, DueSoon = 4 };
    static constexpr int FlagRole = Qt::UserRole + 1;  // Flag of the row, for tests and delegates
    explicit DossierQueueModel(QueueService &queue, QObject *parent = nullptr);

    void setFilter(const DossierFilter &f);  // resets and fetches the first page
    // The due bounds the row marks use (set before each reload); without one only "overdue"
    // is marked, from the clock.
    void setDueWindow(const DueWindow &w) { m_window = w; }
    void reload();
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;  // in the database: the list is paged

signals:
    void loadFailed(const QString &message);

private:
    Flag flagOf(const DossierSummary &d) const;
    QueueService &m_queue;
    DossierFilter m_filter;
    DueWindow m_window;
    QueueRows m_rows;  // compact: a million fetched rows stay well under 200 MB
    bool m_atEnd = false;
};

}  // namespace pc
