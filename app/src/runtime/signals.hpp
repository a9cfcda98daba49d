// Clean shutdown on SIGINT/SIGTERM: the signals are blocked in every thread (call block_stop_signals()
// before starting any thread) and the main thread waits for one with wait_for_stop_signal().
#pragma once

namespace camtrack::app {

void block_stop_signals();
// Blocks until SIGINT or SIGTERM arrives; returns the signal number.
int wait_for_stop_signal();

}  // namespace camtrack::app
