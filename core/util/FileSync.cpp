#include "FileSync.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pc {

#if defined(Q_OS_WIN)
bool restrictToOwnerOnlyWindows(const QString &path);  // PrivateAcl_win.cpp
#endif

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#else
    return true;  // QSaveFile/QFile::commit flush through FlushFileBuffers on Windows
#endif
}

void syncFolderOf(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

bool restrictToOwnerOnly(const QString &path)
{
#if defined(Q_OS_WIN)
    return restrictToOwnerOnlyWindows(path);
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

}  // namespace pc

namespace pc {
bool restrictToOwnerOnlyFolder(const QString &path)
{
#if defined(Q_OS_WIN)
    return restrictToOwnerOnlyWindows(path);
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
}
}  // namespace pc
