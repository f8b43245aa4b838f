#pragma once
// The rows the window's queue has fetched so far, kept compact. A clerk holding Page Down
// through a million dossiers made the model keep a million DossierSummary values: 512 MB
// resident (bench/queue_memory). Here a row is a fixed 48-byte record (id, times, status, an
// index into the few distinct procedures) and its code and applicant name sit in one shared
// UTF-8 buffer; a DossierSummary is rebuilt only for the rows the view asks about.
#include "domain/Dossier.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <limits>
#include <vector>

namespace pc {

class QueueRows {
public:
    void clear();
    void append(const QList<DossierSummary> &page);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    DossierSummary at(qsizetype i) const;
    qint64 idAt(qsizetype i) const { return m_rows[size_t(i)].id; }
    QString codeAt(qsizetype i) const;

private:
    struct Row {
        qint64 id;
        qint64 receivedMs, appointmentMs, dueMs;  // UTC, ms since the epoch; kNoTime when none
        quint32 textOffset;                       // code, then the applicant's name, in m_text
        quint16 codeBytes, nameBytes;
        quint32 procedure;                        // index into m_procedures
        quint8 status;
    };
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    std::vector<Row> m_rows;
    QByteArray m_text;
    QList<std::pair<QString, QString>> m_procedures;  // (code, name), shared by every row of it
    QHash<QString, quint32> m_procedureIndex;         // code + '\n' + name
};

}  // namespace pc
