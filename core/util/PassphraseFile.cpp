#include "PassphraseFile.h"

#include "FileSync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace pc {
namespace {
class PassphraseText {
    Q_DECLARE_TR_FUNCTIONS(pc::PassphraseText)
};

constexpr char kMagic[8] = {'P', 'C', 'B', 'A', 'K', '1', '\n', '\0'};
constexpr qint64 kChunk = 64 * 1024;
// Argon2id "interactive" limits (64 MiB): the counter PC also serves the clerk while it backs up.
const quint64 kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const quint64 kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady() { return sodium_init() >= 0; }

bool deriveKey(const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem,
               unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES])
{
    const QByteArray p = passphrase.toUtf8();
    return crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, p.constData(), quint64(p.size()), salt, ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

void writeU64(QByteArray &out, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
quint64 readU64(const char *p)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v |= quint64(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}

Status failWith(QFile &out, const QString &message)
{
    out.close();
    out.remove();
    return Error::badInput(message);
}
}  // namespace

bool isPassphraseEncrypted(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(sizeof kMagic) == QByteArray(kMagic, sizeof kMagic);
}

Status encryptFileWithPassphrase(const QString &plainPath, const QString &cipherPath, const QString &passphrase)
{
    if (!sodiumReady())
        return Error::internal(PassphraseText::tr("Không khởi tạo được thư viện mã hóa (libsodium)."));
    if (passphrase.size() < 8)
        return Error::badInput(PassphraseText::tr("Mật khẩu mã hóa bản sao lưu phải có ít nhất 8 ký tự."));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::storage(PassphraseText::tr("Không đọc được tệp %1.").arg(plainPath));
    QFile out(cipherPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::badInput(PassphraseText::tr("Không tạo được tệp %1.").arg(cipherPath));
    restrictToOwnerOnly(cipherPath);
    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(passphrase, salt, kOps, kMem, key))
        return failWith(out, PassphraseText::tr("Không đủ bộ nhớ để tạo khóa mã hóa."));
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key);
    sodium_memzero(key, sizeof key);
    QByteArray head(kMagic, sizeof kMagic);
    head.append(reinterpret_cast<const char *>(salt), sizeof salt);
    writeU64(head, kOps);
    writeU64(head, kMem);
    head.append(reinterpret_cast<const char *>(header), sizeof header);
    const QString diskError = PassphraseText::tr("Không ghi được %1: ổ đĩa đầy hoặc đã bị rút ra.").arg(cipherPath);
    if (out.write(head) != head.size())
        return failWith(out, diskError);
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    for (;;) {
        const QByteArray plain = in.read(kChunk);
        const bool last = in.atEnd();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&st, reinterpret_cast<unsigned char *>(cipher.data()), &written,
                                                   reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()), nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (out.write(cipher.constData(), qint64(written)) != qint64(written))
            return failWith(out, diskError);
        if (last)
            break;
    }
    if (!syncFile(out))
        return failWith(out, diskError);
    out.close();
    return success();
}

Status decryptFileWithPassphrase(const QString &cipherPath, const QString &plainPath, const QString &passphrase)
{
    if (!sodiumReady())
        return Error::internal(PassphraseText::tr("Không khởi tạo được thư viện mã hóa (libsodium)."));
    QFile in(cipherPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::badInput(PassphraseText::tr("Không đọc được tệp %1.").arg(cipherPath));
    const qint64 headSize = qint64(sizeof kMagic) + crypto_pwhash_SALTBYTES + 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    const QByteArray head = in.read(headSize);
    if (head.size() != headSize || !head.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return Error::badInput(PassphraseText::tr("%1 không phải bản sao lưu mã hóa của PostCounter.").arg(cipherPath));
    const char *p = head.constData() + sizeof kMagic;
    const auto *salt = reinterpret_cast<const unsigned char *>(p);
    const quint64 ops = readU64(p + crypto_pwhash_SALTBYTES), mem = readU64(p + crypto_pwhash_SALTBYTES + 8);
    // Limits come from the file: bounded, so a forged header cannot make the counter spin or swap.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Error::badInput(PassphraseText::tr("%1 không phải bản sao lưu mã hóa của PostCounter.").arg(cipherPath));
    const auto *header = reinterpret_cast<const unsigned char *>(p + crypto_pwhash_SALTBYTES + 16);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(passphrase, salt, ops, mem, key))
        return Error::storage(PassphraseText::tr("Không đủ bộ nhớ để tạo khóa giải mã."));
    crypto_secretstream_xchacha20poly1305_state st;
    const bool initOk = crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key) == 0;
    sodium_memzero(key, sizeof key);
    const QString wrong = PassphraseText::tr("Không giải mã được %1: sai mật khẩu, hoặc tệp đã bị cắt cụt hay sửa đổi.").arg(cipherPath);
    if (!initOk)
        return Error::badInput(wrong);
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::badInput(PassphraseText::tr("Không tạo được tệp %1.").arg(plainPath));
    restrictToOwnerOnly(plainPath);
    QByteArray plain(kChunk, Qt::Uninitialized);
    bool final = false;
    while (!final) {
        const QByteArray chunk = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (chunk.isEmpty())
            return failWith(out, wrong);  // ended before the FINAL chunk: a cut file
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&st, reinterpret_cast<unsigned char *>(plain.data()), &got, &tag,
                                                       reinterpret_cast<const unsigned char *>(chunk.constData()), quint64(chunk.size()),
                                                       nullptr, 0) != 0)
            return failWith(out, wrong);
        if (out.write(plain.constData(), qint64(got)) != qint64(got))
            return failWith(out, PassphraseText::tr("Không ghi được %1: ổ đĩa đầy.").arg(plainPath));
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (!in.atEnd())
        return failWith(out, wrong);  // bytes after FINAL: appended to
    if (!syncFile(out))
        return failWith(out, PassphraseText::tr("Không ghi được %1: ổ đĩa đầy.").arg(plainPath));
    out.close();
    return success();
}

}  // namespace pc
