#include "QueueRows.h"

#include <QTimeZone>
#include <limits>

namespace pc {
namespace {
qint64 toMs(const QDateTime &t, qint64 none) { return t.isValid() ? t.toMSecsSinceEpoch() : none; }
QDateTime fromMs(qint64 ms, qint64 none) { return ms == none ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
}  // namespace

void QueueRows::clear()
{
    m_rows = {};
    m_text = {};
    m_procedures.clear();
    m_procedureIndex.clear();
}

void QueueRows::append(const QList<DossierSummary> &page)
{
    for (const DossierSummary &d : page) {
        const QString key = d.procedureCode + QLatin1Char('\n') + d.procedureName;
        auto found = m_procedureIndex.constFind(key);
        if (found == m_procedureIndex.cend()) {
            m_procedures.append({d.procedureCode, d.procedureName});
            found = m_procedureIndex.insert(key, quint32(m_procedures.size() - 1));
        }
        // Codes are ~25 bytes and names at most 200 characters (TextRules); the clamps only keep
        // a length field from wrapping, cutting at a character, never inside one.
        constexpr qsizetype kMaxChars = std::numeric_limits<quint16>::max() / 4;  // UTF-8: <= 4 bytes each
        const QByteArray code = QStringView(d.code).left(kMaxChars).toUtf8();
        const QByteArray name = QStringView(d.applicantName).left(kMaxChars).toUtf8();
        Row r{d.id,
              toMs(d.receivedAt, kNoTime),
              toMs(d.appointmentAt, kNoTime),
              toMs(d.dueAt, kNoTime),
              quint32(m_text.size()),
              quint16(code.size()),
              quint16(name.size()),
              found.value(),
              quint8(d.status)};
        m_text += code;
        m_text += name;
        m_rows.push_back(r);
    }
}

QString QueueRows::codeAt(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    return QString::fromUtf8(m_text.constData() + r.textOffset, r.codeBytes);
}

DossierSummary QueueRows::at(qsizetype i) const
{
    const Row &r = m_rows[size_t(i)];
    DossierSummary d;
    d.id = r.id;
    d.code = QString::fromUtf8(m_text.constData() + r.textOffset, r.codeBytes);
    d.applicantName = QString::fromUtf8(m_text.constData() + r.textOffset + r.codeBytes, r.nameBytes);
    d.procedureCode = m_procedures.at(r.procedure).first;
    d.procedureName = m_procedures.at(r.procedure).second;
    d.receivedAt = fromMs(r.receivedMs, kNoTime);
    d.appointmentAt = fromMs(r.appointmentMs, kNoTime);
    d.dueAt = fromMs(r.dueMs, kNoTime);
    d.status = DossierStatus(r.status);
    return d;
}

}  // namespace pc
