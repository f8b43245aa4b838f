#include "SecretSeal.h"

#include "FileSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

namespace pc {
namespace {
class SecretText {
    Q_DECLARE_TR_FUNCTIONS(pc::SecretText)
};
const QString kPrefix = QStringLiteral("sealed:v1:");

Result<QByteArray> readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(SecretText::tr("Không đọc được tệp khóa %1.").arg(path));
    const QByteArray key = f.read(crypto_secretbox_KEYBYTES + 1);
    if (key.size() != crypto_secretbox_KEYBYTES)
        return Error::storage(SecretText::tr("Tệp khóa %1 bị hỏng.").arg(path));
    return key;
}

// The key, made once. Two processes starting together both write a candidate and rename it
// without replacing (RENAME_NOREPLACE under QFile::rename): the loser reads the winner's key.
Result<QByteArray> loadOrCreateKey()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    const QString path = secretKeyPath();
    if (QFileInfo::exists(path))
        return readKey(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(SecretText::tr("Không tạo được thư mục %1.").arg(QFileInfo(path).absolutePath()));
    restrictToOwnerOnlyFolder(QFileInfo(path).absolutePath());
    const QString candidate = path + QStringLiteral(".%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128));
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    {
        QFile f(candidate);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::storage(SecretText::tr("Không tạo được tệp khóa %1.").arg(path));
        restrictToOwnerOnly(candidate);
        if (f.write(key) != key.size() || !syncFile(f)) {
            f.close();
            QFile::remove(candidate);
            return Error::storage(SecretText::tr("Không ghi được tệp khóa %1: ổ đĩa đầy.").arg(path));
        }
    }
    if (!QFile::rename(candidate, path)) {
        QFile::remove(candidate);
        return readKey(path);  // another process made it first
    }
    syncFolderOf(path);
    return key;
}
}  // namespace

QString secretKeyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/PostCounter/secret.key");
}

bool isSealed(const QString &stored) { return stored.startsWith(kPrefix); }

Result<QString> sealSecret(const QString &plain)
{
    if (sodium_init() < 0)
        return Error::internal(SecretText::tr("Không khởi tạo được thư viện mã hóa (libsodium)."));
    auto key = loadOrCreateKey();
    if (!key)
        return key.error();
    const QByteArray message = plain.toUtf8();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + message.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.constData()),
                          quint64(message.size()), nonce, reinterpret_cast<const unsigned char *>(key->constData()));
    return kPrefix + QString::fromLatin1(out.toBase64());
}

Result<QString> openSecret(const QString &stored)
{
    if (!isSealed(stored))
        return stored;
    if (sodium_init() < 0)
        return Error::internal(SecretText::tr("Không khởi tạo được thư viện mã hóa (libsodium)."));
    const QString unreadable = SecretText::tr("Không mở được mã thiết bị đồng bộ trên máy này (cơ sở dữ liệu được chép từ máy khác, "
                                              "hoặc tệp khóa %1 đã mất). Hãy đăng ký lại quầy với trung tâm.").arg(secretKeyPath());
    if (!QFileInfo::exists(secretKeyPath()))
        return Error::badInput(unreadable);
    auto key = readKey(secretKeyPath());
    if (!key)
        return key.error();
    const QByteArray sealed = QByteArray::fromBase64(stored.mid(kPrefix.size()).toLatin1());
    if (sealed.size() < int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES))
        return Error::badInput(unreadable);
    QByteArray plain(sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(key->constData())) != 0)
        return Error::badInput(unreadable);
    return QString::fromUtf8(plain);
}

}  // namespace pc
