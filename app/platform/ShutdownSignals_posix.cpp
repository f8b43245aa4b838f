// POSIX side of the shutdown seam: the self-pipe pattern. The handler only write()s the signal's
// number into a pipe (async-signal-safe, no Qt call); a QSocketNotifier on the read end turns it
// into shutdownRequested() on the main thread's event loop.
#include "ShutdownSignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace pc {

namespace {
int g_pipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void onShutdownSignal(int number)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);  // full pipe: one is already pending
    errno = savedErrno;
}
}  // namespace

struct ShutdownSignals::Impl {
    std::unique_ptr<QSocketNotifier> notifier;
    bool installed = false;
};

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return;  // one instance per process
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);  // child processes (the CLI in tests, pdftotext) must not inherit it
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : kSignals)
        ::sigaction(number, &action, nullptr);
    d->notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        int last = 0;
        while (::read(g_pipe[0], &byte, 1) == 1)
            last = byte;
        if (last == 0)
            return;
        // A second request while shutting down (a clerk pressing Ctrl-C twice) stops at once.
        for (int number : kSignals)
            ::signal(number, SIG_DFL);
        emit shutdownRequested(last);
    });
    d->installed = true;
}

ShutdownSignals::~ShutdownSignals()
{
    if (!d->installed)
        return;
    for (int number : kSignals)
        ::signal(number, SIG_DFL);
    d->notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

bool ShutdownSignals::isInstalled() const { return d->installed; }

}  // namespace pc
