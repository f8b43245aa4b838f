# CPack: a Debian package of the two programs and their desktop files (scripts/package.sh).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME postcounter)
set(CPACK_PACKAGE_VENDOR "PostCounter")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "PostCounter maintainers <maintainers@postcounter.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "post-office counter for administrative-procedure dossiers")
# Lines under 80 columns (Debian policy); CPack indents each one for the control file.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PostCounter registers the administrative-procedure dossiers citizens hand in"
    "at the post-office counter in a local SQLite queue that survives power cuts,"
    "computes the appointment date on the Vietnamese working calendar (lunar"
    "holidays included), prints the receipt and syncs with the provincial"
    "public-service centre when the link is up."
    "."
    "The package holds the counter application (postcounter) and the"
    "command-line tool (postcounter-cli) for operators and scripts.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Directories 0755 whatever the packager's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)              # postcounter_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binaries link come from dpkg-shlibdeps (Debian 12's own package names and
# minimum versions). Qt loads the SQLite driver as a plug-in, which no linker sees: named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
