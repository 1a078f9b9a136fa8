# tsc_add_model: compile a TorchScript model with tsc at build time and wrap
# the result in a library target. Part of tsc's CMake package (see
# docs/cmake.md); included by tscConfig.cmake, which defines tsc::tsc.
#
#   tsc_add_model(<target> SOURCE <file.py>
#                 [ENTRY <function>]
#                 [INPUT_SHAPES [<arg>=]<sizes>...]
#                 [INPUT_DTYPES [<arg>=]<dtype>...]
#                 [STATIC | SHARED]
#                 [FLAGS <tsc option>...]
#                 [TARGET cpu]
#                 [WEIGHTS <file>...])          # not supported yet
#
# Writes ${CMAKE_CURRENT_BINARY_DIR}/<target>/lib<target>.a (or .so) and the
# header <target>.h beside it; the C ABI's symbols are prefixed <target>_
# (--model-name <target>). <target> is an IMPORTED GLOBAL library whose
# INTERFACE carries the header directory, the DLPack include directory and
# libm: `target_link_libraries(app PRIVATE <target>)` is all a program needs.

include_guard(GLOBAL)

# Extra options given to every tsc_add_model call (before its FLAGS), e.g.
# -DTSC_FLAGS=--march=x86-64-v3 for outputs that do not depend on the build
# machine's CPU.
set(TSC_FLAGS "${TSC_FLAGS}" CACHE STRING
    "Options passed to tsc for every tsc_add_model (a ;-list)")

function(tsc_add_model target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "STATIC;SHARED"
    "SOURCE;ENTRY;TARGET" "WEIGHTS;INPUT_SHAPES;INPUT_DTYPES;FLAGS")
  set(_where "tsc_add_model(${target})")

  # Arguments first: every error here is a configure-time error.
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "${_where}: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT target MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
    message(FATAL_ERROR "${_where}: the target name is the prefix of the "
      "model's C symbols and must be a C identifier ([A-Za-z_][A-Za-z0-9_]*)")
  endif()
  if(NOT ARG_SOURCE)
    message(FATAL_ERROR "${_where}: SOURCE <file.py> is required")
  endif()
  if(ARG_STATIC AND ARG_SHARED)
    message(FATAL_ERROR "${_where}: give STATIC or SHARED, not both")
  endif()
  if(ARG_WEIGHTS)
    message(FATAL_ERROR "${_where}: WEIGHTS is not supported yet: tsc "
      "compiles TorchScript source, whose parameters are computed in code")
  endif()
  if(ARG_SOURCE MATCHES "\\.(pt|pth|zip)$")
    message(FATAL_ERROR "${_where}: ${ARG_SOURCE}: TorchScript archives "
      "(torch.jit.save) are not supported yet; give the model's source (.py)")
  endif()
  if(NOT DEFINED ARG_TARGET)
    set(ARG_TARGET cpu)
  endif()
  if(ARG_TARGET STREQUAL "cuda")
    message(FATAL_ERROR "${_where}: TARGET cuda is not supported yet: tsc "
      "generates code for the CPU only (TARGET cpu)")
  elseif(NOT ARG_TARGET STREQUAL "cpu")
    message(FATAL_ERROR "${_where}: TARGET must be cpu or cuda, not '${ARG_TARGET}'")
  endif()
  if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR
     NOT CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    message(FATAL_ERROR "${_where}: tsc generates code for x86-64 Linux only; "
      "this build targets ${CMAKE_SYSTEM_NAME} ${CMAKE_SYSTEM_PROCESSOR}")
  endif()
  if(NOT TARGET tsc::tsc)
    message(FATAL_ERROR "${_where}: tsc::tsc is not defined: call "
      "find_package(tsc CONFIG REQUIRED) first")
  endif()
  if(TARGET ${target})
    message(FATAL_ERROR "${_where}: a target named '${target}' already exists")
  endif()

  cmake_path(ABSOLUTE_PATH ARG_SOURCE BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
             NORMALIZE OUTPUT_VARIABLE _source)
  if(NOT EXISTS "${_source}")
    message(FATAL_ERROR "${_where}: SOURCE ${_source} does not exist")
  endif()
  # tsc runs in the current source directory on the source's relative path:
  # tsc embeds the path it is given in the model's error messages, so an
  # absolute path would make the library depend on where the checkout lies
  # (and defeat build caches shared between checkouts).
  file(RELATIVE_PATH _source_arg "${CMAKE_CURRENT_SOURCE_DIR}" "${_source}")

  if(ARG_SHARED)
    set(_type SHARED)
    set(_lib "${CMAKE_SHARED_LIBRARY_PREFIX}${target}${CMAKE_SHARED_LIBRARY_SUFFIX}")
  else()
    set(_type STATIC)
    set(_lib "${CMAKE_STATIC_LIBRARY_PREFIX}${target}${CMAKE_STATIC_LIBRARY_SUFFIX}")
  endif()
  set(_dir "${CMAKE_CURRENT_BINARY_DIR}/${target}")
  set(_lib "${_dir}/${_lib}")
  set(_header "${_dir}/${target}.h")
  # An imported target's include directories must exist when CMake generates.
  file(MAKE_DIRECTORY "${_dir}")

  set(_args "${_source_arg}" -o "${_lib}" --emit-header "${_header}"
            --model-name "${target}")
  if(ARG_ENTRY)
    list(APPEND _args --entry "${ARG_ENTRY}")
  endif()
  foreach(_s IN LISTS ARG_INPUT_SHAPES)
    list(APPEND _args --input-shape "${_s}")
  endforeach()
  foreach(_d IN LISTS ARG_INPUT_DTYPES)
    list(APPEND _args --input-dtype "${_d}")
  endforeach()
  list(APPEND _args ${TSC_FLAGS} ${ARG_FLAGS})
  # tsc targets the machine it runs on unless told otherwise: in a cross
  # build, name the target (the CPU still defaults to the build machine's:
  # give --march in TSC_FLAGS or FLAGS).
  if(CMAKE_CROSSCOMPILING AND NOT "${_args}" MATCHES "(^|;)--target")
    list(APPEND _args --target=x86_64-unknown-linux-gnu)
  endif()

  # tsc reads nothing but SOURCE (the runtime is embedded in tsc), so the
  # source and the tsc executable are the complete dependencies; tsc has no
  # depfile output yet.
  add_custom_command(
    OUTPUT "${_lib}" "${_header}"
    COMMAND tsc::tsc ${_args} --depfile "${_dir}/${target}.d"
    DEPENDS "${_source}" "$<TARGET_FILE:tsc::tsc>"
    DEPFILE "${_dir}/${target}.d"
    WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
    COMMENT "Compiling TorchScript model ${target} (${_source_arg})"
    VERBATIM)
  add_custom_target(${target}_tsc DEPENDS "${_lib}" "${_header}")

  add_library(${target} ${_type} IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES
    IMPORTED_LOCATION "${_lib}"
    INTERFACE_INCLUDE_DIRECTORIES "${_dir};${TSC_DLPACK_INCLUDE_DIR}"
    TSC_MODEL_HEADER "${_header}"
    TSC_MODEL_SOURCE "${_source}")
  if(_type STREQUAL "STATIC")
    # The model carries its runtime: it needs libc and libm (math functions
    # MLIR does not expand, e.g. float64 tanh).
    set_target_properties(${target} PROPERTIES
      IMPORTED_LINK_INTERFACE_LANGUAGES C
      INTERFACE_LINK_LIBRARIES m)
  else()
    # tsc's shared libraries have no DT_SONAME: link with -l<target> so that
    # programs record lib<target>.so rather than the build path.
    set_target_properties(${target} PROPERTIES IMPORTED_NO_SONAME TRUE)
  endif()
  add_dependencies(${target} ${target}_tsc)
endfunction()
