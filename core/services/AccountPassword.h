#pragma once
// Password hashing for the counter's accounts: Argon2id through libsodium's crypto_pwhash_str
// with the interactive limits (a salted, slow hash; salt and limits live inside the string).
#include "util/Result.h"

#include <QString>

namespace pc::password {

// The string to store, or an internal error when libsodium cannot work (out of memory).
Result<QString> hash(const QString &password);
bool matches(const QString &storedHash, const QString &password);

}  // namespace pc::password
