# Qt deployment: one install script that carries Qt with the programs, the
# same CMake path for the macOS bundle (macdeployqt), the Windows installer
# and ZIP (windeployqt) and the self-contained Linux bundle (Qt's generic
# deployer, `-DKS_BUNDLE=ON`, `bash packaging/setup.sh bundle`).
#
# Qt's deployers follow what the GUI executable links. The media plugin
# (ui/player/media) is the only binary that links Qt Multimedia, so it is named to
# them explicitly: windeployqt and macdeployqt then bring Qt Multimedia, its
# backend plugins and (macOS) rewrite the plugin's install names. On Linux
# the bundle names the Qt plugins it carries itself (below).
option(KS_BUNDLE "Linux: install a self-contained bundle that carries Qt (needs Qt >= 6.5)" OFF)

if(UNIX AND NOT APPLE AND NOT KS_BUNDLE)
    return() # The DEB and TGZ use the system's Qt (dependencies in CPack).
endif()
if(Qt6_VERSION VERSION_LESS 6.5)
    if(KS_BUNDLE)
        message(FATAL_ERROR "KS_BUNDLE needs Qt 6.5 or newer (Qt's deployment API on Linux); "
            "this is Qt ${Qt6_VERSION}. On Debian 12 run `bash packaging/setup.sh bundle`, "
            "which builds the bundle in a Debian 13 system.")
    endif()
    # Qt 6.4: only the app's own modules (windeployqt/macdeployqt); the CI
    # builds Windows and macOS with Qt 6.8.
    qt_generate_deploy_app_script(TARGET klingstudio
        FILENAME_VARIABLE ks_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${ks_deploy_script}")
    return()
endif()

# Paths of the installed binaries, relative to the install prefix.
if(APPLE)
    set(ks_deploy_exe "${KS_PRODUCT_NAME}.app")
    set(ks_deploy_cli "${KS_PRODUCT_NAME}.app/Contents/MacOS/klingstudio-cli")
    set(ks_deploy_media "${KS_PRODUCT_NAME}.app/Contents/PlugIns/$<TARGET_FILE_NAME:klingstudio-media>")
elseif(WIN32)
    set(ks_deploy_exe "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:klingstudio>")
    set(ks_deploy_cli "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:klingstudio-cli>")
    set(ks_deploy_media "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:klingstudio-media>")
else()
    set(ks_deploy_exe "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:klingstudio>")
    set(ks_deploy_cli "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:klingstudio-cli>")
    set(ks_deploy_media "${KS_MEDIA_PLUGIN_INSTALL_DIR}/$<TARGET_FILE_NAME:klingstudio-media>")
endif()

# ks_carry_qt_plugins(WHAT REQUIRED <files...> PATTERNS <globs...>): appends
# the Qt plugins matching the globs (relative to Qt's plugin folder) to
# ks_qt_plugins; a REQUIRED one that is missing stops the configuration.
function(ks_carry_qt_plugins what)
    cmake_parse_arguments(P "" "" "REQUIRED;PATTERNS" ${ARGN})
    set(root "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
    foreach(required IN LISTS P_REQUIRED)
        if(NOT EXISTS "${root}/${required}")
            message(FATAL_ERROR "${what}: Qt plugin ${root}/${required} is missing")
        endif()
    endforeach()
    set(plugins ${ks_qt_plugins})
    foreach(pattern IN LISTS P_PATTERNS)
        file(GLOB found "${root}/${pattern}")
        list(APPEND plugins ${found})
    endforeach()
    set(ks_qt_plugins ${plugins} PARENT_SCOPE)
endfunction()

set(ks_qt_plugins "")
set(ks_patchelf "")
if(UNIX AND NOT APPLE)
    # Debian's Qt ships without the CMake files of most of its plugins, so
    # Qt's deployer cannot tell which plugins the modules use: the bundle
    # names them. Platforms (X11, Wayland when built, offscreen for headless
    # runs), input methods, image formats (WebP inputs), SVG icons, the
    # journal's SQLite driver, TLS and network information (HTTPS), and the
    # multimedia backends. Not the GTK platform theme: it would pull GTK in.
    find_program(KS_PATCHELF patchelf REQUIRED)
    set(ks_patchelf "${KS_PATCHELF}")
    ks_carry_qt_plugins(KS_BUNDLE
        REQUIRED platforms/libqxcb.so sqldrivers/libqsqlite.so
        PATTERNS platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqwayland*.so
            xcbglintegrations/*.so wayland-*/*.so platforminputcontexts/*.so
            imageformats/*.so iconengines/*.so sqldrivers/libqsqlite.so tls/*.so
            networkinformation/*.so multimedia/*.so)
    if(NOT ks_qt_plugins MATCHES "/multimedia/")
        message(FATAL_ERROR "KS_BUNDLE: no Qt Multimedia backend in "
            "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/multimedia")
    endif()
endif()

set(ks_objdump "")
set(ks_runtime_dirs "")
set(ks_qt_translations "")
if(WIN32 AND CMAKE_CROSSCOMPILING)
    # Cross-built with MinGW on Linux (packaging/windows/cross-check.sh):
    # DeployRuntime.cmake carries the DLLs itself, so it needs the plugins
    # windeployqt would pick (platform, style, SQLite, TLS, network
    # information, image formats, the multimedia backend), where the DLLs
    # are, and Qt's translations.
    ks_carry_qt_plugins("Windows deployment"
        REQUIRED platforms/qwindows.dll sqldrivers/qsqlite.dll
        PATTERNS platforms/qwindows.dll styles/*.dll sqldrivers/qsqlite.dll tls/*.dll
            networkinformation/*.dll imageformats/*.dll iconengines/*.dll multimedia/*.dll)
    set(ks_objdump "${CMAKE_OBJDUMP}")
    list(APPEND ks_runtime_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    foreach(dll libstdc++-6.dll libwinpthread-1.dll)
        execute_process(COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=${dll}
            OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
        get_filename_component(found "${found}" DIRECTORY)
        list(APPEND ks_runtime_dirs "${found}")
    endforeach()
    file(GLOB ks_qt_translations
        "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm"
        "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtmultimedia_zh_CN.qm")
endif()
set(ks_runtime_dirs_arg "")
foreach(dir IN LISTS ks_runtime_dirs)
    string(APPEND ks_runtime_dirs_arg " [==[${dir}]==]")
endforeach()
set(ks_qt_translations_arg "")
foreach(qm IN LISTS ks_qt_translations)
    string(APPEND ks_qt_translations_arg " [==[${qm}]==]")
endforeach()

# Qt evaluates the CONTENT when it writes the script and splits it at
# semicolons, so it only sets plain values, lists as bracket arguments; the
# logic is in DeployRuntime.cmake, read at install time.
set(ks_qt_plugins_arg "")
foreach(plugin IN LISTS ks_qt_plugins)
    string(APPEND ks_qt_plugins_arg " [==[${plugin}]==]")
endforeach()
qt_generate_deploy_script(
    TARGET klingstudio
    OUTPUT_SCRIPT ks_deploy_script
    CONTENT "
set(KS_DEPLOY_EXE \"${ks_deploy_exe}\")
set(KS_DEPLOY_CLI \"${ks_deploy_cli}\")
set(KS_DEPLOY_MEDIA \"${ks_deploy_media}\")
set(KS_QT_PLUGIN_ROOT \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}\")
set(KS_QT_PLUGINS${ks_qt_plugins_arg})
set(KS_PATCHELF \"${ks_patchelf}\")
set(KS_OBJDUMP \"${ks_objdump}\")
set(KS_RUNTIME_DIRS${ks_runtime_dirs_arg})
set(KS_QT_TRANSLATIONS${ks_qt_translations_arg})
include(\"${CMAKE_CURRENT_LIST_DIR}/DeployRuntime.cmake\")
")
install(SCRIPT "${ks_deploy_script}")
