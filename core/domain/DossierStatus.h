#pragma once
// The national dossier status codes 1–10 (DESIGN §8), used as-is locally and on the wire.
#include <QString>
#include <optional>

namespace pc {

enum class DossierStatus : int {
    NewlyRegistered = 1,     // Mới đăng ký
    Received = 2,            // Được tiếp nhận
    NotReceived = 3,         // Không được tiếp nhận
    InProgress = 4,          // Đang xử lý
    SupplementRequested = 5, // Yêu cầu bổ sung
    FinancialObligation = 6, // Yêu cầu thực hiện nghĩa vụ tài chính
    Withdrawn = 7,           // Công dân rút hồ sơ
    Stopped = 8,             // Dừng xử lý
    Resolved = 9,            // Đã xử lý xong
    Returned = 10,           // Đã trả kết quả
};

QString statusName(DossierStatus s);          // Vietnamese (translated in the UI)
QString statusKey(DossierStatus s);           // stable ASCII key: "received", "in_progress", …
std::optional<DossierStatus> statusFromCode(int code);
std::optional<DossierStatus> statusFromKey(const QString &keyOrCode);
// Whether the centre or the counter may move a dossier from one status to another.
bool isAllowedTransition(DossierStatus from, DossierStatus to);

}  // namespace pc
