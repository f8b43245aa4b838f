#pragma once
// The supervisor's view of the audit trail: filter by user, action and days, check the hash
// chain, export what is shown as CSV. Reading and checking are AuditLog's.
#include "domain/Actor.h"
#include "storage/AuditRepository.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pc {

class CounterServices;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(CounterServices &services, const Actor &actor, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QLineEdit *userFilter() const { return m_user; }
    QLineEdit *actionFilter() const { return m_action; }
    QLabel *statusLabel() const { return m_status; }
    void reload();
    void verify();
    // Writes the rows shown to `path`; the window asks where (tests pass a path).
    bool exportCsv(const QString &path);

private:
    AuditFilter filter() const;
    CounterServices &m_services;
    Actor m_actor;
    QLineEdit *m_user, *m_action;
    QCheckBox *m_byDate;
    QDateEdit *m_from, *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<AuditEntry> m_rows;
};

}  // namespace pc
