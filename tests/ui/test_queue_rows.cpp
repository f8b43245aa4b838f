// The queue model's compact row store (issue 13: a million fetched rows under 200 MB) gives
// back exactly what it was given: codes, Vietnamese names, both procedure strings, the three
// times (UTC, to the millisecond, or none) and the status, in order across pages.
#include "queue/QueueRows.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace pc;

namespace {
DossierSummary summary(qint64 id, const QString &code, const QString &name, const QString &procCode, const QString &procName,
                       const QDateTime &received, const QDateTime &appointment, DossierStatus status, const QDateTime &due)
{
    DossierSummary d;
    d.id = id;
    d.code = code;
    d.applicantName = name;
    d.procedureCode = procCode;
    d.procedureName = procName;
    d.receivedAt = received;
    d.appointmentAt = appointment;
    d.status = status;
    d.dueAt = due;
    return d;
}
void requireSame(const DossierSummary &a, const DossierSummary &b)
{
    CHECK(a.id == b.id);
    CHECK(a.code == b.code);
    CHECK(a.applicantName == b.applicantName);
    CHECK(a.procedureCode == b.procedureCode);
    CHECK(a.procedureName == b.procedureName);
    CHECK(a.receivedAt == b.receivedAt);
    CHECK(a.appointmentAt == b.appointmentAt);
    CHECK(a.appointmentAt.isValid() == b.appointmentAt.isValid());
    CHECK(a.dueAt == b.dueAt);
    CHECK(a.dueAt.isValid() == b.dueAt.isValid());
    CHECK(a.status == b.status);
}
}  // namespace

TEST_CASE("queue rows give back every field of every row, across pages", "[queue][memory]")
{
    const QDateTime t0(QDate(2026, 11, 25), QTime(2, 0, 0, 123), Qt::UTC);  // 09:00:00.123 in Hà Nội
    const QString liquor = QStringLiteral("Cấp Giấy phép bán lẻ rượu");
    const QList<DossierSummary> first{
        summary(900, QStringLiteral("000.00.16.H56-261125-2001"), QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("2.000620"), liquor,
                t0, t0.addDays(13), DossierStatus::Received, t0.addDays(13)),
        // no appointment ("theo thông báo"): both times stay empty
        summary(899, QStringLiteral("000.00.16.H56-261125-2002"), QStringLiteral("Đặng Thị Hương"), QStringLiteral("1.001234"),
                QStringLiteral("Đăng ký khai sinh"), t0.addSecs(60), QDateTime(), DossierStatus::SupplementRequested, QDateTime())};
    const QList<DossierSummary> second{
        // rescheduled: the due time differs from the receipt's appointment
        summary(5, QStringLiteral("000.00.16.H56-260102-2001"), QString(), QStringLiteral("2.000620"), liquor, t0.addDays(-327),
                t0.addDays(-320), DossierStatus::Returned, t0.addDays(-318))};
    QueueRows rows;
    rows.append(first);
    rows.append(second);
    REQUIRE(rows.size() == 3);
    requireSame(rows.at(0), first[0]);
    requireSame(rows.at(1), first[1]);
    requireSame(rows.at(2), second[0]);
    CHECK(rows.idAt(2) == 5);
    CHECK(rows.codeAt(1) == QStringLiteral("000.00.16.H56-261125-2002"));
    // one procedure, two rows: the same shared strings, not a copy per row
    CHECK(rows.at(0).procedureName.constData() == rows.at(2).procedureName.constData());

    rows.clear();
    CHECK(rows.size() == 0);
    rows.append(second);
    requireSame(rows.at(0), second[0]);
}
