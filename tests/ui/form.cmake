# The generation form and its image drop zone (offscreen).
ks_add_test(tst_generationform SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_generationform.cpp
    LIBS ks_ui TIMEOUT 60)
ks_add_test(tst_imagedropzone SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_imagedropzone.cpp
    LIBS ks_ui TIMEOUT 60)
