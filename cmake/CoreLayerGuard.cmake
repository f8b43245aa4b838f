# Configure-time guards on core/'s dependencies (DESIGN §2: app → ui → core). Both run when
# core/CMakeLists.txt is configured and again as CTests (cmake -P cmake/CheckCoreLayer.cmake).

# core/ must never depend on QtWidgets.
# postcounter_core does not link Qt6::Widgets, so <QWidget> does not resolve; a spelled-out
# <QtWidgets/...> path could still resolve through the shared Qt include root, so the
# configure step also scans the sources and stops the build when it finds one.
function(postcounter_check_core_has_no_widgets dir)
  file(GLOB_RECURSE _srcs "${dir}/*.h" "${dir}/*.cpp")
  foreach(_f IN LISTS _srcs)
    file(STRINGS "${_f}" _hits REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QtPrintSupport|QWidget|QApplication|QMainWindow|QDialog)")
    if(_hits)
      message(FATAL_ERROR "core/ must not include QtWidgets: ${_f}: ${_hits}")
    endif()
  endforeach()
endfunction()

# The layer ladder inside core/, lowest rung first (drawn and explained in docs/architecture.md).
# A rung is one or more core/ folders joined by ","; folders on one rung are peers and do not
# include each other. An entry with a "/" is a single file (path without extension) that sits
# above the rest of its folder: the composition root. A file may include its own folder (or
# its own file's header) and any lower rung, never its own rung's peers nor a higher rung.
set(POSTCOUNTER_CORE_LADDER
  "util"                       # no project knowledge: results, clock, text folding, money, files
  "catalogue"                  # the procedures and administrative units in force
  "domain,calendar"            # the dossier's value types and rules; holidays and deadlines
  "storage,documents"          # SQL repositories; forms and reports rendered from plain data
  "services"                   # use cases over storage, calendar and documents
  "sync"                       # the centre's protocol, borrowing services one by one
  "services/CounterServices"   # the composition root: wires everything, sync included
)

# Rung of a core/-relative path without extension ("storage/Database"), or -1 when its folder
# is not on the ladder. _unit receives the ladder entry that placed it (folder or root file).
function(_postcounter_rung_of stem out_rung out_unit)
  set(_index 0)
  foreach(_rung IN LISTS POSTCOUNTER_CORE_LADDER)
    string(REPLACE "," ";" _entries "${_rung}")
    foreach(_entry IN LISTS _entries)
      if(_entry MATCHES "/" AND stem STREQUAL _entry)
        set(${out_rung} ${_index} PARENT_SCOPE)
        set(${out_unit} "${_entry}" PARENT_SCOPE)
        return()
      endif()
    endforeach()
    math(EXPR _index "${_index} + 1")
  endforeach()
  string(REGEX REPLACE "/.*" "" _folder "${stem}")
  set(_index 0)
  foreach(_rung IN LISTS POSTCOUNTER_CORE_LADDER)
    string(REPLACE "," ";" _entries "${_rung}")
    if(_folder IN_LIST _entries)
      set(${out_rung} ${_index} PARENT_SCOPE)
      set(${out_unit} "${_folder}" PARENT_SCOPE)
      return()
    endif()
    math(EXPR _index "${_index} + 1")
  endforeach()
  set(${out_rung} -1 PARENT_SCOPE)
  set(${out_unit} "${_folder}" PARENT_SCOPE)
endfunction()

# Line number (1-based) of the first line of `file` equal to `text`.
function(_postcounter_line_of file text out_line)
  file(READ "${file}" _content)
  string(FIND "${_content}" "${text}" _pos)
  string(SUBSTRING "${_content}" 0 ${_pos} _before)
  string(REGEX MATCHALL "\n" _newlines "${_before}")
  list(LENGTH _newlines _count)
  math(EXPR _line "${_count} + 1")
  set(${out_line} ${_line} PARENT_SCOPE)
endfunction()

# Fails (FATAL_ERROR) at the first include that breaks the ladder, naming file, line and both
# layers. `#include "X/…"` names a core/ folder; a bare `#include "Y.h"` is resolved beside the
# including file, so a root header included from its own folder is caught too.
function(postcounter_check_core_ladder dir)
  file(GLOB _folders LIST_DIRECTORIES true RELATIVE "${dir}" "${dir}/*")
  set(_core_folders "")
  foreach(_d IN LISTS _folders)
    if(IS_DIRECTORY "${dir}/${_d}")
      list(APPEND _core_folders "${_d}")
    endif()
  endforeach()
  file(GLOB_RECURSE _srcs RELATIVE "${dir}" "${dir}/*.h" "${dir}/*.cpp")
  list(SORT _srcs)
  foreach(_rel IN LISTS _srcs)
    string(REGEX REPLACE "\\.[^./]*$" "" _stem "${_rel}")
    _postcounter_rung_of("${_stem}" _from _from_unit)
    if(_from EQUAL -1)
      message(FATAL_ERROR "core layer ladder: core/${_rel} is in folder ${_from_unit}/, which is on no rung: "
                          "add it to POSTCOUNTER_CORE_LADDER (cmake/CoreLayerGuard.cmake) and docs/architecture.md")
    endif()
    get_filename_component(_here "${_rel}" DIRECTORY)
    file(STRINGS "${dir}/${_rel}" _hits ENCODING UTF-8 REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
    foreach(_hit IN LISTS _hits)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" _target "${_hit}")
      if(_target MATCHES "^([^/]+)/")
        if(NOT CMAKE_MATCH_1 IN_LIST _core_folders)
          continue()  # not a core/ path (none today; a library header would come through <>)
        endif()
        set(_target_rel "${_target}")
      else()
        if(_here STREQUAL "" OR NOT EXISTS "${dir}/${_here}/${_target}")
          continue()  # a header found on the include path, not beside this file
        endif()
        set(_target_rel "${_here}/${_target}")
      endif()
      string(REGEX REPLACE "\\.[^./]*$" "" _target_stem "${_target_rel}")
      if(_target_stem STREQUAL _stem)
        continue()  # a .cpp including its own header
      endif()
      _postcounter_rung_of("${_target_stem}" _to _to_unit)
      if(_to_unit STREQUAL _from_unit)
        continue()  # within one folder (or one root file)
      endif()
      if(_to EQUAL -1 OR _to GREATER_EQUAL _from)
        _postcounter_line_of("${dir}/${_rel}" "${_hit}" _line)
        if(_to EQUAL -1)
          set(_why "${_to_unit}/ is on no rung")
        elseif(_to EQUAL _from)
          set(_why "${_from_unit} and ${_to_unit} are peers on rung ${_from}")
        else()
          set(_why "${_from_unit} (rung ${_from}) must not include ${_to_unit} (rung ${_to}), a higher layer")
        endif()
        message(FATAL_ERROR "core layer ladder: core/${_rel}:${_line}: #include \"${_target}\": ${_why}. "
                            "Each layer of core/ uses only those below it (docs/architecture.md, "
                            "POSTCOUNTER_CORE_LADDER in cmake/CoreLayerGuard.cmake).")
      endif()
    endforeach()
  endforeach()
endfunction()
