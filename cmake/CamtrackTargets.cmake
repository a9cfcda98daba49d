# Helpers that give every module and test the same layout, warnings and sanitizers.
#
# A module X lives in X/: public headers in X/include/X/ (namespace camtrack::X), sources in X/src/.
# camtrack_module(X DEPS ...) makes the static library camtrack_X. Only the headers of X and of the
# targets in DEPS are on the include path, so a module that includes a forbidden module fails to build.

set(CAMTRACK_WARNINGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # GCC 12 at -O2/-O3 reports false -Wrestrict positives on std::string concatenation (GCC bug 105329).
  list(APPEND CAMTRACK_WARNINGS -Wno-restrict)
endif()

function(camtrack_apply_flags target)
  target_compile_options(${target} PRIVATE ${CAMTRACK_WARNINGS})
  if(CAMTRACK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(CAMTRACK_SANITIZE)
  # GCC 12 reports false 'maybe-uninitialized' positives inside libstdc++ (std::function, std::regex)
  # when ASan instruments optimised code; the release build keeps the warning.
  list(APPEND CAMTRACK_WARNINGS -Wno-maybe-uninitialized)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# camtrack_module(name [DIR dir] DEPS targets...): static library from dir/src/**/*.cpp.
function(camtrack_module name)
  cmake_parse_arguments(M "" "DIR" "DEPS;PRIVATE_DEPS" ${ARGN})
  if(NOT M_DIR)
    set(M_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  endif()
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${M_DIR}/src/*.cpp)
  if(NOT sources)
    # A module with headers only (or not written yet) still exists, so its users can link it.
    add_library(camtrack_${name} INTERFACE)
    target_include_directories(camtrack_${name} INTERFACE ${M_DIR}/include)
    target_link_libraries(camtrack_${name} INTERFACE ${M_DEPS})
    return()
  endif()
  add_library(camtrack_${name} STATIC ${sources})
  target_include_directories(camtrack_${name} PUBLIC ${M_DIR}/include)
  target_link_libraries(camtrack_${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
  camtrack_apply_flags(camtrack_${name})
endfunction()

# camtrack_test(name LABEL unit|integration|e2e SOURCES... LIBS...): one GoogleTest executable whose
# tests are registered with ctest under the label. Tests run from the build directory.
function(camtrack_test name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} camtrack_test_support GTest::gtest GTest::gmock GTest::gtest_main)
  camtrack_apply_flags(${name})
  gtest_discover_tests(${name}
    PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT}
    DISCOVERY_TIMEOUT 60)
endfunction()

# camtrack_add_subdirectories(): adds every direct subfolder that has a CMakeLists.txt, so parallel work
# on different areas never edits the same list.
function(camtrack_add_subdirectories)
  file(GLOB children RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*)
  list(SORT children)
  foreach(child IN LISTS children)
    if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt)
      add_subdirectory(${child})
    endif()
  endforeach()
endfunction()
