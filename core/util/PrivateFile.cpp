#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace pc {
namespace {
class PrivateFileText {
    Q_DECLARE_TR_FUNCTIONS(pc::PrivateFileText)
};

Status checkTarget(const QString &path, const QString &what)
{
    const QFileInfo target(path);
    // A link could point anywhere (another user's file, a device): the clerk picks a real path.
    if (target.isSymLink())
        return Error::badInput(PrivateFileText::tr("Không ghi %1 vào %2: đường dẫn này là một liên kết (symlink). Hãy chọn tên tệp khác.").arg(what, path));
    if (target.exists()) {
        if (target.isDir())
            return Error::badInput(PrivateFileText::tr("Không ghi %1 vào %2: đó là một thư mục. Hãy ghi rõ tên tệp.").arg(what, path));
        if (!target.isFile())
            return Error::badInput(PrivateFileText::tr("Không ghi %1 vào %2: đó là một thiết bị hoặc FIFO, không phải tệp thường.").arg(what, path));
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return Error::badInput(PrivateFileText::tr("Không ghi %1 vào %2: không có thư mục %3.").arg(what, path, folder.filePath()));
    return success();
}
}  // namespace

Status writePrivateFile(const QString &path, const QByteArray &bytes, const QString &what)
{
    if (auto s = checkTarget(path, what); !s)
        return s;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        const bool writable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
        return Error::badInput(writable ? PrivateFileText::tr("Không tạo được %1 %2.").arg(what, path)
                                        : PrivateFileText::tr("Không ghi được %1 %2: thư mục này không cho phép ghi.").arg(what, path));
    }
    // The temporary file becomes the target on commit, permissions included: owner only,
    // whatever the umask or the permissions of a file being replaced.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::badInput(PrivateFileText::tr("Không ghi được %1 %2: ổ đĩa đầy hoặc lỗi ghi đĩa. Tệp cũ (nếu có) vẫn giữ nguyên.").arg(what, path));
    return success();
}

}  // namespace pc
