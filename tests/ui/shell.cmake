# Shell tests: history model, main window, player (included by CMakeLists.txt).
ks_add_test(tst_historymodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historymodel.cpp
    LIBS ks_ui TIMEOUT 60)
ks_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
    LIBS ks_ui ks_sim TIMEOUT 90)
target_compile_definitions(tst_mainwindow PRIVATE
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
ks_add_test(tst_player SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_player.cpp
    LIBS ks_ui XVFB TIMEOUT 60)
target_compile_definitions(tst_player PRIVATE
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
# The multimedia plugin boundary; the same executable once more per
# "no usable plugin" scenario (the loader decides once per process).
ks_add_test(tst_mediaplugin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mediaplugin.cpp
    LIBS ks_ui TIMEOUT 90)
target_compile_definitions(tst_mediaplugin PRIVATE
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
foreach(scenario missing broken)
    add_test(NAME tst_mediaplugin_${scenario} COMMAND tst_mediaplugin)
    set_tests_properties(tst_mediaplugin_${scenario} PROPERTIES TIMEOUT 60
        ENVIRONMENT "QT_LOGGING_RULES=*.debug=false;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;KS_MEDIA_SCENARIO=${scenario}")
endforeach()
# Gestures that must not spend by accident: the wheel over unfocused
# settings, repeated clicks on Generate (the real window, demo mode).
ks_add_test(tst_spendguards SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_spendguards.cpp
    LIBS ks_ui ks_sim TIMEOUT 90)
# Stop tracking asks first, and a stopped job can be checked again (issue 16).
ks_add_test(tst_stoptracking SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stoptracking.cpp
    LIBS ks_ui ks_sim TIMEOUT 90)
# An API key entered without a system keychain lasts for the session (issue 16).
ks_add_test(tst_sessionkey SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sessionkey.cpp
    LIBS ks_ui ks_api ks_sim TIMEOUT 90)
# The history toolbar acts on the highlighted card; Remove clears the player
# and the empty list says the videos stay (issue 16).
ks_add_test(tst_historyactions SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historyactions.cpp
    LIBS ks_ui ks_sim TIMEOUT 90)
# The form's draft survives a restart, Reuse asks before replacing it, and a
# finished job is generated again in one click (issue 16 items 5, 6, 9).
ks_add_test(tst_formdraft SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_formdraft.cpp
    LIBS ks_ui ks_sim TIMEOUT 120)
# Auto-play after a source change really plays (issue 16 item 22): the real
# pipeline, so a display (Xvfb).
ks_add_test(tst_playerautoplay SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_playerautoplay.cpp
    LIBS ks_ui Qt6::Multimedia XVFB TIMEOUT 150)
target_compile_definitions(tst_playerautoplay PRIVATE
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
# Tab follows reading order and focused controls show a ring (issue 16 item 24).
ks_add_test(tst_focusorder SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_focusorder.cpp
    LIBS ks_ui ks_sim TIMEOUT 90)
# The player's click and keys, full screen and frame steps (issue 16 item 23).
ks_add_test(tst_playerkeys SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_playerkeys.cpp
    LIBS ks_ui ks_sim XVFB TIMEOUT 120)
