# ccache when present, so that a preset configure (which cannot test for a program) gets what
# scripts/build.sh passes explicitly: a second checkout or a CI rerun reuses the objects.
option(POSTCOUNTER_USE_CCACHE "Compile through ccache when it is installed" ON)
if(POSTCOUNTER_USE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(POSTCOUNTER_CCACHE ccache)
  if(POSTCOUNTER_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${POSTCOUNTER_CCACHE}" CACHE STRING "Compiler launcher" FORCE)
  endif()
endif()
