# cmake -DSOURCE_DIR=… -DWORK_DIR=… -P ladder_check.cmake (CTest layers.ladder_check):
# the ladder check passes on the real core/, and fails, naming file, line and both layers, on
# copies of core/ with one planted include each, so the check itself can fail.
cmake_minimum_required(VERSION 3.20)
set(_check "${SOURCE_DIR}/cmake/CheckCoreLayer.cmake")

function(run_check core_dir out_rc out_text)
  execute_process(COMMAND "${CMAKE_COMMAND}" "-DCORE_DIR=${core_dir}" -P "${_check}"
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  string(REGEX REPLACE "[ \t\r\n]+" " " _text "${_out}${_err}")  # CMake wraps long messages
  set(${out_rc} "${_rc}" PARENT_SCOPE)
  set(${out_text} "${_text}" PARENT_SCOPE)
endfunction()

run_check("${SOURCE_DIR}/core" _rc _text)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the real core/ breaks its ladder:\n${_text}")
endif()

# name: folder/file planted, its text, then the words the failure must name.
set(_cases
  "storage_to_sync|storage/Planted.h|#pragma once\n// planted: storage reaching up to the wire format\n#include \"sync/Wire.h\"\n|core/storage/Planted.h:3|storage (rung 3) must not include sync (rung 5)"
  "sync_to_root|sync/Planted.cpp|#include \"SyncService.h\"\n#include \"services/CounterServices.h\"\n|core/sync/Planted.cpp:2|sync (rung 5) must not include services/CounterServices (rung 6)"
  "service_to_root_bare|services/Planted.cpp|\n\n\n#include \"CounterServices.h\"\n|core/services/Planted.cpp:4|services (rung 4) must not include services/CounterServices (rung 6)"
  "peers|documents/Planted.cpp|#include \"storage/Database.h\"\n|core/documents/Planted.cpp:1|documents and storage are peers on rung 3"
  "catalogue_to_domain|catalogue/Planted.h|#include \"util/Result.h\"\n#include \"domain/Dossier.h\"\n|core/catalogue/Planted.h:2|catalogue (rung 1) must not include domain (rung 2)"
  "unlisted_folder|widgets/Planted.h|#include \"util/Result.h\"\n|core/widgets/Planted.h|which is on no rung")
foreach(_case IN LISTS _cases)
  string(REPLACE "|" ";" _parts "${_case}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _file)
  list(GET _parts 2 _body)
  list(GET _parts 3 _where)
  list(GET _parts 4 _words)
  string(REPLACE "\\n" "\n" _body "${_body}")
  set(_copy "${WORK_DIR}/${_name}/core")
  file(REMOVE_RECURSE "${WORK_DIR}/${_name}")
  file(COPY "${SOURCE_DIR}/core" DESTINATION "${WORK_DIR}/${_name}")
  file(WRITE "${_copy}/${_file}" "${_body}")
  run_check("${_copy}" _rc _text)
  if(_rc EQUAL 0)
    message(FATAL_ERROR "${_name}: the check passed with ${_file} planted")
  endif()
  foreach(_expected IN ITEMS "${_where}" "${_words}")
    string(FIND "${_text}" "${_expected}" _at)
    if(_at EQUAL -1)
      message(FATAL_ERROR "${_name}: the failure does not say \"${_expected}\":\n${_text}")
    endif()
  endforeach()
  message(STATUS "${_name}: refused as expected")
  file(REMOVE_RECURSE "${WORK_DIR}/${_name}")
endforeach()
