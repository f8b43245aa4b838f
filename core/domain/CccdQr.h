#pragma once
// The QR code on a Vietnamese citizen identity card, as a keyboard-wedge scanner types it:
// ID|old ID|Full name|DDMMYYYY|Nam/Nữ|Address|DDMMYYYY (issue date); 6 fields without the
// old ID. Empty fields are allowed; a trailing CR/LF from the scanner is ignored.
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace pc {

struct CccdQr {
    QString idNumber;
    QString oldIdNumber;
    QString name;
    QDate birthDate;
    QString gender;  // "Nam" | "Nữ" | empty
    QString address;
    QDate issueDate;

    static Result<CccdQr> parse(const QString &payload);
    // A quick look, for telling a scanner burst from typing: 12 digits then '|'.
    static bool looksLikePayload(const QString &text);
};

}  // namespace pc
