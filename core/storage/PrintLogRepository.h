#pragma once
// The print log (migration 004, paper flag 009): which document was printed for which subject,
// so a second paper copy carries the reprint mark. Its own repository: it records documents of
// dossiers and of guidance records alike, so it belongs to neither.
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace pc {

class PrintLogRepository {
public:
    explicit PrintLogRepository(QSqlDatabase &db) : m_db(db) {}
    // Successful prints on paper only: a PDF export or a CLI render is not a print the citizen
    // holds, so it never turns the next paper copy into a reprint.
    Result<int> paperPrints(const QString &document, const QString &subject);
    Status record(const QString &document, const QString &subject, const QString &layout, const QString &target, bool reprint,
                  bool paper, const QDateTime &at);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
