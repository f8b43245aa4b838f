#pragma once
// A counter's month, written row by row so every figure of the day report can be counted by
// hand (tests/unit/test_reports.cpp writes the counts out). Times are Vietnam local (UTC+7).
// The day under test is Friday 27/11/2026; "now" is Saturday 28/11/2026 09:00.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>

namespace pc::test {

class ReportFixture {
public:
    static inline const QString CongThuong = QStringLiteral("Công Thương");
    // A field name with commas: it must come out of a CSV as one cell.
    static inline const QString VanHoa = QStringLiteral("Văn hóa, Thể thao và Du lịch");
    static inline const QString SoCongThuong = QStringLiteral("Sở Công Thương");
    static inline const QString SoVanHoa = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch");

    explicit ReportFixture(TempCounter &t) : m_t(t)
    {
        t.clock.setLocal(QDate(2026, 11, 28), QTime(9, 0));
        // code, field, agency, fee, charge, received, appointment, status now
        const qint64 d1 = dossier(1, CongThuong, SoCongThuong, 400000, 0, local(2026, 11, 27, 8, 10), local(2026, 12, 9, 16, 0), 2);
        const qint64 d2 = dossier(2, CongThuong, SoCongThuong, 0, 0, local(2026, 11, 27, 10, 0), local(2026, 12, 10, 16, 0), 4);
        dossier(3, VanHoa, SoVanHoa, 150000, 50000, local(2026, 11, 27, 14, 30), local(2026, 12, 1, 16, 0), 2,
                QStringLiteral("Trần \"Bé\" Hai, con"), QStringLiteral("Thôn Đông,\nxã Yên Định"));
        dossier(4, CongThuong, SoCongThuong, 1000000, 0, local(2026, 11, 26, 23, 59), local(2026, 12, 8, 16, 0), 2);  // the day before
        dossier(5, CongThuong, SoCongThuong, 300000, 0, local(2026, 11, 28, 0, 0), local(2026, 12, 9, 16, 0), 2);     // the day after
        const qint64 d6 = dossier(6, CongThuong, SoCongThuong, 0, 0, local(2026, 11, 10, 8, 0), local(2026, 11, 20, 17, 0), 4);  // overdue
        dossier(7, CongThuong, SoCongThuong, 0, 0, local(2026, 11, 12, 8, 0), local(2026, 11, 30, 17, 0), 4);  // due later
        dossier(8, VanHoa, SoVanHoa, 0, 0, local(2026, 11, 5, 8, 0), local(2026, 11, 25, 17, 0), 5);  // with the citizen: clock stopped
        const qint64 d9 = dossier(9, CongThuong, SoCongThuong, 0, 0, local(2026, 11, 3, 8, 0), local(2026, 11, 20, 17, 0), 10);
        const qint64 d10 = dossier(10, CongThuong, SoCongThuong, 0, 0, local(2026, 11, 2, 8, 0), local(2026, 11, 16, 17, 0), 10, {}, {}, "post");
        const qint64 d11 = dossier(11, VanHoa, SoVanHoa, 0, 0, local(2026, 10, 20, 8, 0), local(2026, 10, 30, 17, 0), 10);
        const qint64 d12 = dossier(12, VanHoa, SoVanHoa, 0, 0, local(2026, 11, 4, 8, 0), local(2026, 11, 6, 17, 0), 9);

        handover(QStringLiteral("HS-2026-1"), d6, local(2026, 11, 11, 9, 0));
        handover(QStringLiteral("HS-2026-2"), d2, local(2026, 11, 27, 15, 0), true);
        // Dossier 3 went out at 16:00 and the supervisor cancelled that handover at 16:30: not handed over.
        const qint64 cancelled = handover(QStringLiteral("HS-2026-3"), 3, local(2026, 11, 27, 16, 0));
        exec(QStringLiteral("UPDATE handovers SET cancelled_at = ?, cancelled_by = 'Trưởng bưu cục', cancelled_by_user = 'tbc', "
                            "cancel_reason = 'Nhầm cơ quan' WHERE id = ?"), {toStoredUtc(local(2026, 11, 27, 16, 30)), cancelled});
        event(3, "dossier.handover_cancelled", 2, local(2026, 11, 27, 16, 30));
        handover(QStringLiteral("HS-2026-4"), d1, local(2026, 11, 28, 0, 30), true);  // the next day: not on the 27th
        event(d9, "dossier.result_received", 9, local(2026, 11, 19, 10, 0));        // before its appointment: on time
        // Returned at the counter, collecting 50.000 đ still due (counted with the 27th's fees).
        returned(d9, "dossier.returned", local(2026, 11, 27, 10, 0), QStringLiteral("Lê Văn Chín"), {}, 50000, true);
        event(d10, "dossier.result_received", 9, local(2026, 11, 18, 10, 0));       // two days late
        returned(d10, "dossier.dispatched", local(2026, 11, 27, 11, 0), {}, QStringLiteral("EE123456785VN"), 0, true);
        event(d11, "dossier.result_received", 9, local(2026, 10, 29, 10, 0));       // resolved in October
        returned(d11, "dossier.returned", local(2026, 11, 3, 10, 0), QStringLiteral("Phạm Mười Một"), {}, 0);
        event(d12, "dossier.status_changed", 9, local(2026, 11, 6, 16, 0));         // from the centre, on time
        // Received in October, due 25/11 on the receipt, rescheduled to 30/11: not overdue on the 27th.
        const qint64 d13 = dossier(13, CongThuong, SoCongThuong, 0, 0, local(2026, 10, 20, 9, 0), local(2026, 11, 25, 17, 0), 4);
        event(d13, "dossier.rescheduled", 4, local(2026, 11, 24, 9, 0));
        exec(QStringLiteral("UPDATE dossiers SET due_at = ? WHERE id = ?"), {toStoredUtc(local(2026, 11, 30, 17, 0)), d13});

        guidance("supplement", QStringLiteral("HD-1/2026"), local(2026, 11, 27, 8, 30));
        guidance("supplement", QStringLiteral("HD-2/2026"), local(2026, 11, 27, 16, 59));
        guidance("refusal", QStringLiteral("TC-1/2026"), local(2026, 11, 27, 9, 45));
        guidance("supplement", QStringLiteral("HD-3/2026"), local(2026, 11, 26, 9, 0));  // the day before
    }

    static QString code(int n) { return QStringLiteral("000.00.16.H56-2611%1-20%2").arg(n, 2, 10, QLatin1Char('0')).arg(n, 2, 10, QLatin1Char('0')); }

    void exec(const QString &statement, const QVariantList &binds)
    {
        auto r = sql::exec(m_t.services->database().sql(), statement, binds);
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
    }

    qint64 dossier(int n, const QString &field, const QString &agency, qint64 fee, qint64 charge, const QDateTime &received,
                   const QDateTime &appointment, int status, QString applicant = {}, QString address = {}, const char *delivery = "counter")
    {
        if (applicant.isEmpty())
            applicant = QStringLiteral("Người nộp %1").arg(n);
        exec(QStringLiteral("INSERT INTO dossiers (id, code, unit_id, counter_number, procedure_code, procedure_name, field_name, agency_name, "
                            "duration_text, applicant_name, address, phone, sets, delivery_method, fee, charge, received_at, appointment_at, "
                            "status, search_key, ledger_entry) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
             {n, code(n), QStringLiteral("000.00.16.H56"), 2, QStringLiteral("2.000620"), QStringLiteral("Cấp Giấy phép bán lẻ rượu"), field, agency,
              QStringLiteral("8 ngày làm việc"), applicant, address, QStringLiteral("0912345678"), 1, QString::fromLatin1(delivery), fee, charge,
              toStoredUtc(received), toStoredUtc(appointment), status, applicant.toLower(), n});
        event(n, "dossier.registered", 2, received, {}, true);
        return n;
    }

    QString event(qint64 dossierId, const char *type, int status, const QDateTime &at, const QJsonObject &data = {}, bool pending = false)
    {
        const QString uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_events, 12, 10, QLatin1Char('0'));
        exec(QStringLiteral("INSERT INTO dossier_events (uuid, dossier_id, type, status, at, data) VALUES (?,?,?,?,?,?)"),
             {uuid, dossierId, QString::fromLatin1(type), status, toStoredUtc(at), QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
        // Only the 27th's events wait for the centre; the rest went up long ago.
        if (pending && toLocal(at).date() == QDate(2026, 11, 27))
            exec(QStringLiteral("INSERT INTO outbox (event_uuid, enqueued_at) VALUES (?, ?)"), {uuid, toStoredUtc(at)});
        return uuid;
    }

    // A handover batch of one dossier (schema 14), with its dossier.handed_over event.
    qint64 handover(const QString &number, qint64 dossierId, const QDateTime &at, bool pending = false)
    {
        exec(QStringLiteral("INSERT INTO handovers (number, unit_id, agency_name, courier, created_at, created_by, created_by_user) "
                            "VALUES (?, '000.00.16.H56', (SELECT agency_name FROM dossiers WHERE id = ?), 'Nguyễn Văn Giao', ?, 'GDV', 'gdv')"),
             {number, dossierId, toStoredUtc(at)});
        auto id = sql::scalar(m_t.services->database().sql(), QStringLiteral("SELECT id FROM handovers WHERE number = ?"), {number});
        exec(QStringLiteral("INSERT INTO handover_items (handover_id, position, dossier_id) VALUES (?, 1, ?)"), {id->toLongLong(), dossierId});
        event(dossierId, "dossier.handed_over", 4, at, {{QStringLiteral("handover"), number}}, pending);
        return id->toLongLong();
    }

    // A return at the counter or a dispatch by post (schema 14), with its event.
    void returned(qint64 dossierId, const char *type, const QDateTime &at, const QString &recipient, const QString &tracking, qint64 fee,
                  bool pending = false)
    {
        QJsonObject data{{QStringLiteral("fee_collected"), fee}};
        if (!recipient.isEmpty())
            data.insert(QStringLiteral("recipient_name"), recipient);
        if (!tracking.isEmpty())
            data.insert(QStringLiteral("tracking"), tracking);
        const QString uuid = event(dossierId, type, 10, at, data, pending);
        exec(QStringLiteral("INSERT INTO dossier_returns (dossier_id, method, recipient_name, fee_collected, tracking, returned_at, by_name, "
                            "by_user, event_uuid) VALUES (?, ?, ?, ?, ?, ?, 'GDV', 'gdv', ?)"),
             {dossierId, tracking.isEmpty() ? QStringLiteral("counter") : QStringLiteral("post"), recipient, fee, tracking, toStoredUtc(at), uuid});
    }

    void guidance(const char *kind, const QString &number, const QDateTime &at)
    {
        exec(QStringLiteral("INSERT INTO guidance_records (kind, unit_id, procedure_code, procedure_name, applicant_name, applicant, created_at, number) "
                            "VALUES (?, '000.00.16.H56', '2.000620', 'Cấp Giấy phép bán lẻ rượu', 'Người được hướng dẫn', '{}', ?, ?)"),
             {QString::fromLatin1(kind), toStoredUtc(at), number});
    }

private:
    TempCounter &m_t;
    int m_events = 0;
};

}  // namespace pc::test
