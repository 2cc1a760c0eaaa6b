# cetdesk_add_test(NAME name SOURCES ... [LIBS ...] [GUI] [TIMEOUT s] [LABELS ...])
#
# One QtTest executable per unit (tst_<thing>.cpp), registered with ctest. GUI tests run on the
# offscreen platform; every test gets its own temporary HOME-like folders so that settings and
# application data never touch the developer's own.
function(cetdesk_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test cetdesk_options ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        CETDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/config"
        "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/data"
        "XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-home/${T_NAME}/cache"
        "QT_LOGGING_RULES=*.debug=false")
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    else()
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT 300)
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if(T_GUI)
        set_property(TEST ${T_NAME} APPEND PROPERTY LABELS gui)
    endif()
endfunction()
