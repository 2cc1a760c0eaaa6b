# Script mode: see CMakeLists.txt beside this file.
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.ui)
set(list_file ${WORK_DIR}/lupdate-sources.lst)
string(REPLACE ";" "\n" sources_text "${sources}")
file(WRITE ${list_file} "${sources_text}\n")

set(failed "")
# lupdate only sees translate() calls whose context and text are string literals: a context in a
# variable (QCoreApplication::translate(kContext, "…")) leaves the text out of every .ts file, so
# it stays English on a Chinese screen and the check below can not notice.
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "translate\\([ \t]*[A-Za-z_]")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "retranslate\\(")
            file(RELATIVE_PATH where ${SOURCE_DIR} ${source})
            list(APPEND failed "${where}: translate() with a context lupdate can not read: ${line}")
        endif()
    endforeach()
endforeach()
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    execute_process(
        COMMAND ${LUPDATE} -locations none -no-obsolete -silent @${list_file} -ts ${copy}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${out}${err}")
    endif()
    file(READ ${copy} content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" hits "${content}")
    list(LENGTH hits count)
    if(count GREATER 0)
        list(APPEND failed "${name}: ${count} unfinished")
        foreach(hit IN LISTS hits)
            string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${hit}")
            message(STATUS "  unfinished in ${name}: ${text}")
        endforeach()
    endif()
endforeach()

if(failed)
    message(FATAL_ERROR "Unfinished translations: ${failed}. Run the update_translations target and translate them.")
endif()
message(STATUS "All translations complete: ${TS_FILES}")
