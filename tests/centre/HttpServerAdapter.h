#pragma once
// The one place that knows how Qt HttpServer listens and sets up TLS: that API changed after
// Qt 6.4 (bind() to a QSslServer in 6.7), so only this file moves when Qt does.
#include <QHostAddress>
#include <QString>

class QHttpServer;

namespace pc::centre {

// Listens on address:port (0 = any free port) with TLS from PEM files; returns the port, 0 on failure.
quint16 listenTls(QHttpServer &server, const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile,
                  QString *error);

}  // namespace pc::centre
