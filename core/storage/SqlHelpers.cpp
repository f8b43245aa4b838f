#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pc::sql {
class StorageText {
    Q_DECLARE_TR_FUNCTIONS(pc::sql::StorageText)
};

Error toError(const QSqlError &e, const QString &what)
{
    // SQLite primary result codes (the low byte of an extended code).
    const int code = e.nativeErrorCode().toInt() & 0xff;
    QString reason;
    switch (code) {
    case 13: reason = StorageText::tr("Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; không có dữ liệu nào bị mất."); break;
    case 5:
    case 6: reason = StorageText::tr("Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây."); break;
    case 8: reason = StorageText::tr("Không có quyền ghi vào tệp cơ sở dữ liệu."); break;
    case 10: reason = StorageText::tr("Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa."); break;
    case 11:
    case 26: reason = StorageText::tr("Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu."); break;
    case 14: reason = StorageText::tr("Không mở được tệp cơ sở dữ liệu."); break;
    default: reason = e.text(); break;
    }
    return Error::storage(QCoreApplication::translate("Storage", "%1: %2").arg(what, reason));
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return toError(q.lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
    for (const QVariant &b : binds) {
        // A null QString would bind as SQL NULL; the schema stores "no value" as ''.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        return toError(q.lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
    return q;
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = exec(db, statement, binds);
    if (!q)
        return q.error();
    QSqlQuery &query = q.value();
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(QSqlDatabase &db) : m_db(db), m_begun(success())
{
    auto r = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (r)
        m_open = true;
    else
        m_begun = r.error();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)exec(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::internal(QStringLiteral("commit twice"))) : m_begun;
    auto r = exec(m_db, QStringLiteral("COMMIT"));
    if (!r)
        return r.error();  // still open: the destructor rolls back
    m_open = false;
    return success();
}

QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    int triggerDepth = 0;
    const QStringList lines = script.split(QLatin1Char('\n'));
    static const QRegularExpression createTrigger(QStringLiteral("^\\s*CREATE\\s+TRIGGER"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endLine(QStringLiteral("^\\s*END\\s*;\\s*$"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("--")) || line.isEmpty())
            continue;
        if (createTrigger.match(line).hasMatch())
            triggerDepth = 1;
        current += raw + QLatin1Char('\n');
        const bool ends = triggerDepth ? endLine.match(line).hasMatch() : line.endsWith(QLatin1Char(';'));
        if (ends) {
            out.append(current.trimmed());
            current.clear();
            triggerDepth = 0;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

}  // namespace pc::sql
