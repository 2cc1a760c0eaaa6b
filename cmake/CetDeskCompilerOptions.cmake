# Project-wide compile definitions and warnings, applied through an interface target so that
# every library, executable and test of CET Desk is built the same way.
add_library(cetdesk_options INTERFACE)
target_compile_definitions(cetdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CETDESK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(cetdesk_options INTERFACE /W4 /permissive- /utf-8)
    if(CETDESK_WERROR)
        target_compile_options(cetdesk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(cetdesk_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CETDESK_WERROR)
        target_compile_options(cetdesk_options INTERFACE -Werror)
    endif()
endif()

# Sanitizer builds (the "asan" preset).
option(CETDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CETDESK_SANITIZE AND NOT MSVC)
    target_compile_options(cetdesk_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(cetdesk_options INTERFACE -fsanitize=address,undefined)
endif()
