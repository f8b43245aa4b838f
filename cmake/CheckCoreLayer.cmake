# cmake -DCORE_DIR=… -P CheckCoreLayer.cmake: fails when core/ includes a QtWidgets header or
# an include climbs the layer ladder (cmake/CoreLayerGuard.cmake).
cmake_minimum_required(VERSION 3.20)  # policies for -P: IN_LIST
include(${CMAKE_CURRENT_LIST_DIR}/CoreLayerGuard.cmake)
postcounter_check_core_has_no_widgets(${CORE_DIR})
postcounter_check_core_ladder(${CORE_DIR})
message(STATUS "core/ is free of QtWidgets includes and keeps its layer ladder")
