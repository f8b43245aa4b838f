#pragma once
// Files PostCounter writes for the clerk (receipts as PDF) hold personal data (Decree 13/2023).
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace pc {

// Writes `bytes` to `path` whole or not at all (a full disk leaves no half file), readable and
// writable by the owner only. Only a regular file or a new path is written: a device node, a
// directory, a FIFO or a symbolic link at `path` is refused with the reason, and nothing is
// replaced (issue 10, item 15). `what` names the file in messages, e.g. "tệp PDF".
Status writePrivateFile(const QString &path, const QByteArray &bytes, const QString &what);

}  // namespace pc
