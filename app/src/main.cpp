// camtrack's entry point: builds the command line and runs the chosen subcommand.
#include "cli.hpp"

// Sanitizer builds: fontconfig (used by the notice PDFs) keeps its font cache for the life of the
// process; LeakSanitizer would report it at exit and fail the run.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

int main(int argc, char** argv) { return camtrack::app::run_cli(argc, argv); }
