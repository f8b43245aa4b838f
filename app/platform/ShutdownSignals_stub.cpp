// Shutdown seam where there are no POSIX signals (Windows): the window application learns of a
// logout through QGuiApplication::commitDataRequest / aboutToQuit, which main() already handles;
// a console Ctrl-C (SetConsoleCtrlHandler) is not wired yet, see docs/windows.md.
#include "ShutdownSignals.h"

namespace pc {

struct ShutdownSignals::Impl {};

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent), d(std::make_unique<Impl>()) {}
ShutdownSignals::~ShutdownSignals() = default;
bool ShutdownSignals::isInstalled() const { return false; }

}  // namespace pc
