# One INTERFACE target carries the compile settings every PostCounter target uses.
add_library(postcounter_settings INTERFACE)
target_compile_features(postcounter_settings INTERFACE cxx_std_20)
set_target_properties(postcounter_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_definitions(postcounter_settings INTERFACE
    QT_NO_CAST_FROM_ASCII          # every literal says whether it is UTF-8 text: u"…"_s or tr("…")
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(postcounter_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
      -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion-null)
elseif(MSVC)
  target_compile_options(postcounter_settings INTERFACE /W4 /utf-8 /permissive-)
endif()
# Debian's hardening for the shipped (Release) build: lintian reported
# hardening-no-fortify-functions and hardening-no-bindnow on the package's two programs.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(postcounter_settings INTERFACE
      $<$<CONFIG:Release>:-D_FORTIFY_SOURCE=2 -fstack-protector-strong>)
  target_link_options(postcounter_settings INTERFACE $<$<CONFIG:Release>:LINKER:-z,relro,-z,now>)
endif()
