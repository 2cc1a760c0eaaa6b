# Windows only (included from packaging/CMakeLists.txt when WIN32).
#
# The executable icon, and deployment of the Qt runtime (DLLs, platform, style, image-format and
# SQL-driver plugins, Qt's translations) next to cetdesk.exe in the install tree, so that CPack's
# NSIS installer is self-contained. Needs Qt >= 6.3 (qt_generate_deploy_app_script).
target_sources(cetdesk PRIVATE ${CMAKE_CURRENT_LIST_DIR}/cetdesk.rc)

qt_generate_deploy_app_script(
    TARGET cetdesk
    OUTPUT_SCRIPT cetdesk_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${cetdesk_deploy_script})

# Libraries from vcpkg that are not Qt (libxlsxwriter, zlib, libzip, libsodium, qtkeychain):
# with the vcpkg toolchain, VCPKG_APPLOCAL_DEPS copies them next to the build's executables;
# install every DLL found there as well.
install(CODE [[
    file(GLOB cetdesk_runtime_dlls "${CMAKE_BINARY_DIR}/bin/*.dll")
    file(INSTALL ${cetdesk_runtime_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])
