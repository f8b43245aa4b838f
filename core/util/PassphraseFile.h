#pragma once
// Backups that leave the office (issue 12): a whole file encrypted with a passphrase.
// Format "PCBAK1": magic (8 bytes), salt, the Argon2id limits used, the secretstream header,
// then chunks of at most 64 KiB, the last one tagged FINAL (a cut file is detected).
// Key: crypto_pwhash (Argon2id); the limits used are stored in the file, so they may change.
#include "util/Result.h"

#include <QString>

namespace pc {

// True when `path` starts with the PCBAK1 magic.
bool isPassphraseEncrypted(const QString &path);
// Encrypts `plainPath` into `cipherPath` (created 0600, fsynced). Nothing is left at
// `cipherPath` on failure.
Status encryptFileWithPassphrase(const QString &plainPath, const QString &cipherPath, const QString &passphrase);
// Decrypts into `plainPath` (0600); a wrong passphrase, a cut or an altered file is refused.
Status decryptFileWithPassphrase(const QString &cipherPath, const QString &plainPath, const QString &passphrase);

}  // namespace pc
