# libFuzzer targets, built in their own tree with clang (the normal build uses GCC):
#   scripts/run-fuzzers.sh SECONDS
# configures build/fuzz with CC=clang CXX=clang++ -DCETDESK_FUZZ=ON and includes this file as the
# project's include (CMAKE_PROJECT_INCLUDE), so that the root CMakeLists.txt does not need to know.
#
# cetdesk_add_fuzzer(NAME <name> SOURCES <files> LIBS <libs> [CORPUS <dir>])
#   builds <name> with -fsanitize=fuzzer,address,undefined when CETDESK_FUZZ is ON (nothing
#   otherwise) and records it, with its seed corpus, for scripts/run-fuzzers.sh.
include_guard(GLOBAL)

option(CETDESK_FUZZ "Build the libFuzzer targets under tests/fuzz (clang only)" OFF)

function(cetdesk_add_fuzzer)
    cmake_parse_arguments(F "" "NAME;CORPUS" "SOURCES;LIBS" ${ARGN})
    if(NOT CETDESK_FUZZ)
        return()
    endif()
    add_executable(${F_NAME} ${F_SOURCES})
    target_link_libraries(${F_NAME} PRIVATE cetdesk_options ${F_LIBS})
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    # One line each: the executable, then the seed corpus (may be empty).
    file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/fuzzers/${F_NAME}.txt
         CONTENT "$<TARGET_FILE:${F_NAME}>\n${F_CORPUS}\n")
endfunction()

if(CETDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CETDESK_FUZZ needs clang: configure with CC=clang CXX=clang++ (scripts/run-fuzzers.sh does).")
    endif()
    # Everything the fuzzers link is instrumented for coverage and checked by the sanitizers.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer -O1 -g)
    add_link_options(-fsanitize=address,undefined)
    # Add tests/fuzz (once). Its targets may name libraries that are defined later: CMake
    # resolves link items when it generates the build.
    get_property(cetdesk_fuzz_added GLOBAL PROPERTY CETDESK_FUZZ_ADDED)
    if(NOT cetdesk_fuzz_added)
        set_property(GLOBAL PROPERTY CETDESK_FUZZ_ADDED TRUE)
        add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/../tests/fuzz ${CMAKE_BINARY_DIR}/tests/fuzz)
    endif()
endif()
