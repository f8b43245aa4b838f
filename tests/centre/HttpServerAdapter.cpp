#include "HttpServerAdapter.h"

#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>

namespace pc::centre {

quint16 listenTls(QHttpServer &server, const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile,
                  QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    QFile keyIn(keyFile);
    if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return 0;
    }
    const QSslKey key(keyIn.readAll(), QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("not an RSA PEM key: %1").arg(keyFile);
        return 0;
    }
    server.sslSetup(chain.first(), key);  // Qt 6.4 API
    const quint16 bound = server.listen(address, port);
    if (!bound)
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
    return bound;
}

}  // namespace pc::centre
