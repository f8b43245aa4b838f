#include "PrintLogRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {

Result<int> PrintLogRepository::paperPrints(const QString &document, const QString &subject)
{
    auto v = sql::scalar(m_db, u"SELECT count(*) FROM print_log WHERE document = ? AND subject = ? AND paper = 1"_s, {document, subject});
    if (!v)
        return v.error();
    return v->toInt();
}

Status PrintLogRepository::record(const QString &document, const QString &subject, const QString &layout, const QString &target,
                                  bool reprint, bool paper, const QDateTime &at)
{
    auto r = sql::exec(m_db, u"INSERT INTO print_log (document, subject, layout, target, reprint, paper, printed_at) VALUES (?,?,?,?,?,?,?)"_s,
                       {document, subject, layout, target, reprint ? 1 : 0, paper ? 1 : 0, toStoredUtc(at)});
    if (!r)
        return r.error();
    return success();
}

}  // namespace pc
