# cmake -DCORE_DIR=… -P CheckCoreLayer.cmake: fails when core/ includes a QtWidgets header.
include(${CMAKE_CURRENT_LIST_DIR}/CoreLayerGuard.cmake)
postcounter_check_core_has_no_widgets(${CORE_DIR})
message(STATUS "core/ is free of QtWidgets includes")
