# The generation form and its image drop zone (offscreen).
ks_add_test(tst_generationform SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_generationform.cpp
    LIBS ks_ui TIMEOUT 60)
ks_add_test(tst_imagedropzone SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_imagedropzone.cpp
    LIBS ks_ui TIMEOUT 60)
# Every mode and input of the form (reference/edit videos, elements, multi-shot).
ks_add_test(tst_generationmodes SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_generationmodes.cpp
    LIBS ks_ui TIMEOUT 90)
target_compile_definitions(tst_generationmodes PRIVATE
    KS_UI_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data/ui"
    KS_SAMPLES_DIR="${PROJECT_SOURCE_DIR}/resources/samples")
# The plain-text label that measures each text once.
ks_add_test(tst_textlabel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_textlabel.cpp
    LIBS ks_ui TIMEOUT 30)
# The history cards' text cache.
ks_add_test(tst_cardtextcache SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_cardtextcache.cpp
    LIBS ks_ui TIMEOUT 30)
