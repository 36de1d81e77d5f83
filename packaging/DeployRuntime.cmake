# Install-time half of Deploy.cmake: runs inside the script Qt generates,
# with Qt's deployment commands and QT_DEPLOY_* defined, and KS_DEPLOY_EXE,
# KS_DEPLOY_CLI, KS_DEPLOY_MEDIA (paths relative to the install prefix), and
# on Linux KS_QT_PLUGIN_ROOT, KS_QT_PLUGINS (absolute paths of the Qt plugins
# to carry) and KS_PATCHELF, set by the generated script.

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
