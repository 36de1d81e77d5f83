#include "platform/ConsoleOutput.h"

namespace ks::ConsoleOutput {

// Linux, macOS and the BSDs give every program the streams of the terminal
// (or pipe) it was started from: nothing to attach.
void attach() { }

} // namespace ks::ConsoleOutput
