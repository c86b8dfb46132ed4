# One INTERFACE target carries the compile flags that every RelayDesk target links.
add_library(relaydesk_flags INTERFACE)
target_compile_features(relaydesk_flags INTERFACE cxx_std_17)
target_compile_definitions(relaydesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RELAYDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(relaydesk_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(RELAYDESK_WERROR)
    target_compile_options(relaydesk_flags INTERFACE -Werror)
endif()
# The hardening Debian gives its own packages (dpkg-buildflags with hardening=+all): stack
# protector and stack clash protection, fortified libc calls (they need the optimiser, so not in
# Debug builds), and a read-only GOT bound at start (RELRO, BIND_NOW). PIE is gcc's default on
# Debian already. A program that parses what the network sends should have all of it.
if(RELAYDESK_HARDENING)
    target_compile_options(relaydesk_flags INTERFACE -fstack-protector-strong -fstack-clash-protection)
    target_compile_definitions(relaydesk_flags INTERFACE
        $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
    target_link_options(relaydesk_flags INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
if(RELAYDESK_SANITIZE)
    target_compile_options(relaydesk_flags INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(relaydesk_flags INTERFACE -fsanitize=address,undefined)
endif()
if(RELAYDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "RELAYDESK_FUZZ needs clang: configure with CXX=clang++")
    endif()
    target_compile_options(relaydesk_flags INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(relaydesk_flags INTERFACE -fsanitize=address,undefined)
endif()
