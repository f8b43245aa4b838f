// Windows half of restrictToOwnerOnly (FileSync.h): POSIX modes mean nothing on NTFS, so the
// file gets a protected DACL (no inherited entries) with one entry: full control for the
// file's owner (the OS user running PostCounter). Administrators keep their privilege to take
// ownership; that is Windows' own limit, documented in docs/windows.md.
#include <QString>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

namespace pc {

bool restrictToOwnerOnlyWindows(const QString &path)
{
    // "P" = protected (inheritance off); (A;;FA;;;OW) = allow full access to the owner rights SID.
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;OW)", SDDL_REVISION_1, &sd, nullptr))
        return false;
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    bool ok = GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted) && present;
    if (ok) {
        std::wstring wide = path.toStdWString();
        ok = SetNamedSecurityInfoW(wide.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                   nullptr, nullptr, dacl, nullptr) == ERROR_SUCCESS;
    }
    LocalFree(sd);
    return ok;
}

}  // namespace pc
