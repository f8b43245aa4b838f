#pragma once
// The one platform seam for "please stop" requests from outside the window (issue 13): on POSIX
// SIGTERM (logout, systemd, kill) and SIGINT (Ctrl-C) arrive here, on the main thread, as a Qt
// signal, so main() can leave the event loop and let the destructors close the database. A
// process killed by the default action leaves its session lock behind and the next start takes
// the crash path (quick_check over the whole file).
#include <QObject>
#include <memory>

namespace pc {

class ShutdownSignals final : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;
    // False where the platform has nothing to install (the Windows stub) or installing failed.
    bool isInstalled() const;

signals:
    void shutdownRequested(int signalNumber);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace pc
