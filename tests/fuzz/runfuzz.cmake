# Runs one libFuzzer target for SECONDS, then prints (and appends to STATS)
# how many inputs it tried. Fails on any crash, leak or sanitizer report.
file(MAKE_DIRECTORY ${CORPUS})
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -print_final_stats=1 -timeout=10
            -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=${CORPUS}/../ ${CORPUS} ${SEEDS}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
get_filename_component(name ${FUZZER} NAME)
string(REGEX MATCH "stat::number_of_executed_units: *([0-9]+)" m "${err}")
set(runs ${CMAKE_MATCH_1})
string(REGEX MATCH "stat::peak_rss_mb: *([0-9]+)" m "${err}")
set(rss ${CMAKE_MATCH_1})
string(REGEX MATCH "Done ([0-9]+) runs in ([0-9]+) second" m "${err}")
set(secs ${CMAKE_MATCH_2})
file(GLOB corpus_files ${CORPUS}/*)
list(LENGTH corpus_files corpus_size)
if(NOT rc EQUAL 0 OR NOT runs)
    string(LENGTH "${err}" len)
    if(len GREATER 8000)
        math(EXPR start "${len} - 8000")
        string(SUBSTRING "${err}" ${start} 8000 err)
    endif()
    message(FATAL_ERROR "${name} failed (exit ${rc}):\n${err}")
endif()
set(line "${name}: ${runs} inputs in ${secs} s, corpus ${corpus_size}, peak RSS ${rss} MB")
message(STATUS "FUZZ ${line}")
string(TIMESTAMP now "%Y-%m-%d %H:%M:%S")
file(APPEND ${STATS} "${now} ${line}\n")
