#pragma once
// Loads the fontconfig font database on a worker thread while the GUI
// thread creates the application and reads the journal. Qt's font database
// calls FcInit() itself on the first text it measures and would do all of
// that work then, on the GUI thread; once the configuration is loaded, that
// call returns at once. wait() must come before the first widget that
// measures text (two concurrent first FcInit() calls would both load it).
// A no-op where Qt does not use fontconfig (Windows, macOS).

namespace ks {

class FontDatabasePrefetch final
{
public:
    FontDatabasePrefetch() = default;
    ~FontDatabasePrefetch(); // waits
    FontDatabasePrefetch(const FontDatabasePrefetch &) = delete;
    FontDatabasePrefetch &operator=(const FontDatabasePrefetch &) = delete;

    // May run before QApplication exists: fontconfig needs no Qt.
    void start();
    void wait();
};

} // namespace ks
