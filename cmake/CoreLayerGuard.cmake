# core/ must never depend on QtWidgets (DESIGN §2: app → ui → core).
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
