// camtrack's entry point: builds the command line and runs the chosen subcommand.
#include "cli.hpp"

int main(int argc, char** argv) { return camtrack::app::run_cli(argc, argv); }
