// The command line: one CLI11 subcommand per file (cmd_*.cpp), registered here.
#pragma once

namespace camtrack::app {

// Parses argv, runs the subcommand, returns the process exit code.
int run_cli(int argc, char** argv);

}  // namespace camtrack::app
