#include "AccountPassword.h"

#include <QCoreApplication>
#include <sodium.h>

namespace pc::password {
namespace {
class PasswordText {
    Q_DECLARE_TR_FUNCTIONS(pc::PasswordText)
};

// sodium_init is thread-safe and idempotent; a function-local static runs it once per process.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
}  // namespace

Result<QString> hash(const QString &password)
{
    if (!sodiumReady())
        return Error::internal(PasswordText::tr("Không khởi tạo được thư viện mật mã (libsodium)."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::internal(PasswordText::tr("Không băm được mật khẩu (thiếu bộ nhớ?)."));
    return QString::fromLatin1(out);
}

bool matches(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

}  // namespace pc::password
