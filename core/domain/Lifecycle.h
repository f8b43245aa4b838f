#pragma once
// Value types of the dossier's life after the receipt (issue 11, DESIGN §1 steps 2-5):
// handover to the agency, tracking, results back, return to the citizen, withdrawal.
#include "Dossier.h"
#include "util/Money.h"

#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace pc {

// Event types of the life after the receipt; sent to the centre as they are (docs/sync-protocol.md).
namespace lifecycle_event {
inline constexpr QLatin1String HandedOver{"dossier.handed_over"};               // -> 4
inline constexpr QLatin1String HandoverConfirmed{"dossier.handover_confirmed"}; // status unchanged
inline constexpr QLatin1String HandoverCancelled{"dossier.handover_cancelled"}; // 4 -> 2
inline constexpr QLatin1String Rescheduled{"dossier.rescheduled"};              // status unchanged
inline constexpr QLatin1String ResultReceived{"dossier.result_received"};       // -> 9
inline constexpr QLatin1String Returned{"dossier.returned"};                    // 9 -> 10, at the counter
inline constexpr QLatin1String Dispatched{"dossier.dispatched"};                // 9 -> 10, by post
inline constexpr QLatin1String DeliveryFailed{"dossier.delivery_failed"};       // 10 -> 9
inline constexpr QLatin1String Withdrawn{"dossier.withdrawn"};                  // -> 7
}  // namespace lifecycle_event

// A registered dossier not yet handed over (status 2), as the handover screen lists it.
struct PendingDossier {
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    int sets = 1;
    QDateTime receivedAt;  // UTC
    QDateTime dueAt;       // UTC, the appointment in force; invalid = no fixed time
};

// Pending dossiers of one deciding agency, oldest first.
struct PendingAgency {
    QString agency;
    QList<PendingDossier> dossiers;
};

// One row of a handover manifest (STT / mã hồ sơ / thủ tục / người nộp / số bộ / hẹn trả / ghi chú).
struct HandoverItem {
    int position = 0;  // STT, from 1
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    int sets = 1;
    QDateTime receivedAt;  // UTC
    QDateTime dueAt;       // UTC, the appointment in force when read
    DossierStatus status = DossierStatus::InProgress;  // the dossier's status now
    QString note;          // the dossier's note
};

// A handover batch (biên bản bàn giao hồ sơ). Never deleted: confirmed or cancelled, once.
struct Handover {
    enum class State { Open, Confirmed, Cancelled };
    qint64 id = 0;
    QString number;   // HS-{yyyy}-{n}, per office (unit_id) and year
    QString unitId;
    QString agency;
    QString courier;   // who carries the dossiers
    QString receiver;  // who receives them at the agency ('' = not named at creation)
    QDateTime createdAt;  // UTC
    QString createdBy;    // clerk's full name
    QString createdByUser;
    QDateTime confirmedAt;  // invalid until the agency's confirmation is recorded
    QString confirmedBy;    // the agency's person who signed
    QString confirmedByUser;  // the clerk who recorded the confirmation
    QDateTime cancelledAt;
    QString cancelledBy;
    QString cancelledByUser;
    QString cancelReason;
    QList<HandoverItem> items;

    State state() const
    {
        return cancelledAt.isValid() ? State::Cancelled : confirmedAt.isValid() ? State::Confirmed : State::Open;
    }
};

// What arrived from the agency for one dossier.
struct ResultReceipt {
    QString what;      // e.g. "Giấy phép bán lẻ rượu"; '' = "Kết quả giải quyết hồ sơ"
    int count = 1;
    QString from;      // who brought it
    QString note;
};

// A result at the counter waiting for the citizen ("Kết quả chờ trả"), status 9.
struct WaitingResult {
    QString code;
    QString applicantName;
    QString phone;
    QString procedureName;
    QString agency;
    DeliveryMethod delivery = DeliveryMethod::Counter;
    QString deliveryAddress;
    QDateTime resultReceivedAt;  // UTC; invalid when the centre reported it (no local receipt)
    QDateTime dueAt;             // UTC
};

// Who takes the result at the counter.
struct ReturnRequest {
    QString recipientName;
    QString recipientId;    // must be the applicant's ID unless `authorisation` is given
    QString authorisation;  // the authorisation document noted (giấy ủy quyền …); '' = in person
    Money feeCollected;     // fees still due, collected now
};

// A recorded return (counter) or dispatch (post).
struct ReturnRecord {
    DeliveryMethod method = DeliveryMethod::Counter;
    QString recipientName;
    QString recipientId;
    QString authorisation;
    Money feeCollected;
    QString tracking;      // S10 item number, by post
    QDateTime returnedAt;  // UTC
    QString by;
    QString byUser;
};

// One dossier's whole history: local steps and the centre's changes, in the order they happened.
struct Timeline {
    QString code;
    DossierStatus status = DossierStatus::Received;
    QDateTime appointmentAt;  // UTC, what the receipt promised (never changes)
    QDateTime dueAt;          // UTC, the appointment in force (after reschedules)
    QList<DossierEvent> events;
};

}  // namespace pc
