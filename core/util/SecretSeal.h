#pragma once
// Secrets kept in the database (the device token) are sealed with a key that is NOT in the
// database (issue 12, docs/security.md): a copy of the .sqlite file alone (a backup, a stolen
// stick) does not give the token. The key is 32 random bytes in a 0600 file under the OS
// user's config folder, made on first use; the seal is libsodium's crypto_secretbox.
// libsecret is not used: it needs a desktop session (the CLI runs without one) and is not a
// dependency of this build; see docs/security.md for the choice and its limits.
#include "util/Result.h"

#include <QString>

namespace pc {

// <GenericConfigLocation>/PostCounter/secret.key
QString secretKeyPath();
// "sealed:v1:<base64 nonce|ciphertext>"; an error when the key file cannot be made or read.
Result<QString> sealSecret(const QString &plain);
// The plain text of a sealed value. A value without the prefix is returned as it is (a token
// stored before sealing existed). A value sealed under another key (the database copied to
// another PC, the key file lost) is an error that says to enrol again.
Result<QString> openSecret(const QString &stored);
bool isSealed(const QString &stored);

}  // namespace pc
