# Install-time half of Deploy.cmake: runs inside the script Qt generates,
# with Qt's deployment commands and QT_DEPLOY_* defined, and KS_DEPLOY_EXE,
# KS_DEPLOY_CLI, KS_DEPLOY_MEDIA (paths relative to the install prefix), and
# on Linux and Windows KS_QT_PLUGIN_ROOT, KS_QT_PLUGINS (absolute paths of
# the Qt plugins to carry), on Linux KS_PATCHELF, on Windows KS_OBJDUMP,
# KS_RUNTIME_DIRS and KS_QT_TRANSLATIONS, set by the generated script.

if(__QT_DEPLOY_SYSTEM_NAME STREQUAL "Windows" AND NOT __QT_DEPLOY_TOOL)
    # Cross-built on Linux (packaging/windows/cross-check.sh): there is no
    # windeployqt for a Linux host. The same Qt plugins windeployqt would
    # carry go to plugins/, then every DLL the programs and plugins import,
    # found in Qt's, QtKeychain's and the MinGW runtime's folders, is copied
    # beside them, and qt.conf. The import tables are read here with objdump
    # and names matched regardless of case, as Windows does: CMake's
    # file(GET_RUNTIME_DEPENDENCIES) looks for Qt6Core.dll as qt6core.dll,
    # which a Linux file system does not find.
    set(ks_bin "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_BIN_DIR}")
    set(ks_plugins "${ks_bin}/plugins")
    foreach(plugin IN LISTS KS_QT_PLUGINS)
        file(RELATIVE_PATH rel "${KS_QT_PLUGIN_ROOT}" "${plugin}")
        get_filename_component(type "${rel}" DIRECTORY)
        file(INSTALL "${plugin}" DESTINATION "${ks_plugins}/${type}")
    endforeach()
    foreach(dir IN LISTS KS_RUNTIME_DIRS)
        file(GLOB dlls LIST_DIRECTORIES false "${dir}/*.dll")
        foreach(dll IN LISTS dlls)
            get_filename_component(name "${dll}" NAME)
            string(TOLOWER "${name}" key)
            if(NOT DEFINED "ks_dll_${key}")
                set("ks_dll_${key}" "${dll}")
            endif()
        endforeach()
    endforeach()
    file(GLOB_RECURSE ks_queue "${ks_plugins}/*.dll")
    list(APPEND ks_queue "${QT_DEPLOY_PREFIX}/${KS_DEPLOY_EXE}"
        "${QT_DEPLOY_PREFIX}/${KS_DEPLOY_CLI}" "${QT_DEPLOY_PREFIX}/${KS_DEPLOY_MEDIA}")
    set(ks_seen "")
    set(ks_unresolved "")
    while(ks_queue)
        list(POP_FRONT ks_queue binary)
        execute_process(COMMAND "${KS_OBJDUMP}" -p "${binary}"
            OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "Windows deployment: ${KS_OBJDUMP} -p ${binary} failed")
        endif()
        string(REGEX MATCHALL "DLL Name: [^\n]+" imports "${dump}")
        foreach(line IN LISTS imports)
            string(REPLACE "DLL Name: " "" name "${line}")
            string(STRIP "${name}" name)
            string(TOLOWER "${name}" key)
            if(key IN_LIST ks_seen)
                continue()
            endif()
            list(APPEND ks_seen "${key}")
            if(DEFINED "ks_dll_${key}")
                file(INSTALL "${ks_dll_${key}}" DESTINATION "${ks_bin}")
                list(APPEND ks_queue "${ks_dll_${key}}")
            else()
                list(APPEND ks_unresolved "${name}")
            endif()
        endforeach()
    endwhile()
    # What is not carried must be Windows' own (system32): a Qt or runtime
    # DLL missing here would only show on a user's machine.
    foreach(dll IN LISTS ks_unresolved)
        if(dll MATCHES "^([Qq]t6|lib(stdc|gcc|winpthread))")
            message(FATAL_ERROR "Windows deployment: ${dll} was not found in ${KS_RUNTIME_DIRS}")
        endif()
    endforeach()
    foreach(qm IN LISTS KS_QT_TRANSLATIONS)
        file(INSTALL "${qm}" DESTINATION "${ks_bin}/translations")
    endforeach()
    file(WRITE "${ks_bin}/qt.conf"
        "[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n")
    return()
endif()

if(NOT __QT_DEPLOY_SYSTEM_NAME STREQUAL "Linux")
    # windeployqt / macdeployqt: the media plugin as one more binary, so Qt
    # Multimedia, its backends and (macOS) its install names come along.
    qt_deploy_runtime_dependencies(
        EXECUTABLE "${KS_DEPLOY_EXE}"
        ADDITIONAL_EXECUTABLES "${KS_DEPLOY_CLI}"
        ADDITIONAL_MODULES "${KS_DEPLOY_MEDIA}"
        GENERATE_QT_CONF)
    return()
endif()

# Linux bundle. Debian's Qt lives in the system library folder, so Qt's
# generic deployer would carry every library the programs resolve, glibc and
# the X11 stack included. The bundle carries Qt and the libraries only Qt
# uses; the desktop's own (X11/xcb, GL, fontconfig, FFmpeg, GStreamer,
# OpenSSL, GLib, D-Bus) come from the system, as for any desktop program.
qt_deploy_runtime_dependencies(
    EXECUTABLE "${KS_DEPLOY_EXE}"
    ADDITIONAL_EXECUTABLES "${KS_DEPLOY_CLI}"
    ADDITIONAL_MODULES "${KS_DEPLOY_MEDIA}" ${KS_QT_PLUGINS}
    POST_INCLUDE_REGEXES
        [[/libQt6[^/]*\.so]] [[/libqt6keychain\.so]] [[/libicu(uc|i18n|data)\.so]]
        [[/libdouble-conversion\.so]] [[/libpcre2-16\.so]] [[/libb2\.so]] [[/libmd4c\.so]]
    POST_EXCLUDE_REGEXES ".*"
    GENERATE_QT_CONF)

# The Qt plugins, each in its type's folder where Qt looks for it (qt.conf:
# the prefix is the bundle, plugins in plugins/).
set(ks_plugins "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_PLUGINS_DIR}")
set(ks_libdir "${QT_DEPLOY_PREFIX}/${QT_DEPLOY_LIB_DIR}")
foreach(plugin IN LISTS KS_QT_PLUGINS)
    file(RELATIVE_PATH rel "${KS_QT_PLUGIN_ROOT}" "${plugin}")
    get_filename_component(type "${rel}" DIRECTORY)
    file(INSTALL "${plugin}" DESTINATION "${ks_plugins}/${type}")
endforeach()

# Every carried library and plugin looks for the carried Qt first: the
# loader resolves a library's dependencies through that library's own run
# path, not the executable's.
file(GLOB ks_libs LIST_DIRECTORIES false "${ks_libdir}/*.so*")
file(GLOB_RECURSE ks_plugin_files LIST_DIRECTORIES false "${ks_plugins}/*.so")
foreach(f IN LISTS ks_libs ks_plugin_files)
    if(IS_SYMLINK "${f}")
        continue()
    endif()
    get_filename_component(dir "${f}" DIRECTORY)
    file(RELATIVE_PATH to_lib "${dir}" "${ks_libdir}")
    if(to_lib STREQUAL "")
        set(runpath "$ORIGIN")
    else()
        set(runpath "$ORIGIN/${to_lib}")
    endif()
    execute_process(COMMAND "${KS_PATCHELF}" --set-rpath "${runpath}" "${f}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "patchelf --set-rpath ${runpath} failed on ${f}")
    endif()
endforeach()
