# Shell tests: history model, main window, player (included by CMakeLists.txt).
ks_add_test(tst_historymodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historymodel.cpp
    LIBS ks_ui TIMEOUT 60)
ks_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
    LIBS ks_ui TIMEOUT 90)
ks_add_test(tst_player SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_player.cpp
    LIBS ks_ui XVFB TIMEOUT 60)
target_compile_definitions(tst_player PRIVATE
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
