# `cpack -G DEB` in the build folder: a Debian package of what `cmake
# --install` puts under /usr (the command, the clang-tidy plugin, the rule
# registry and built-in packs, the user guide).
#
# Dependencies: dpkg-shlibdeps reads the binaries' NEEDED entries
# (libclang-cpp19, libllvm19, libstdc++6, libc6, ...); clang's own headers
# (stddef.h and the rest, which every analysis needs: the command looks for
# them in LLVM 19's resource folder) come from libclang-common-19-dev. The
# plugin needs clang-tidy-19 to load it; the command does not, so it is a
# recommendation.
set(CPACK_PACKAGE_NAME metrics-init-check)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "finds code paths where a C/C++ service skips metrics initialisation")
set(CPACK_PACKAGE_DESCRIPTION
    "A static checker built on Clang LibTooling (LLVM 19) that reports the \
code paths, build configurations and links where a service's metrics are \
not set up or not exposed; also a clang-tidy-19 plugin.")
set(CPACK_PACKAGE_CONTACT "metrics-init-check maintainers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libclang-common-${LLVM_VERSION_MAJOR}-dev (>= 1:${LLVM_VERSION_MAJOR})")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-tidy-${LLVM_VERSION_MAJOR}")
set(CPACK_GENERATOR DEB)
include(CPack)
