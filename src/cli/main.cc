// marsad: the single command-line entry point. Parses the subcommand and hands over to it.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"

#ifndef MARSAD_VERSION
#define MARSAD_VERSION "0.0.0"
#endif

namespace marsad::cli {

void PrintError(const std::string& message) { std::fprintf(stderr, "marsad: error: %s\n", message.c_str()); }
void PrintWarning(const std::string& message) { std::fprintf(stderr, "marsad: warning: %s\n", message.c_str()); }

}  // namespace marsad::cli

int main(int argc, char** argv) {
  using namespace marsad::cli;
  CLI::App app{"marsad: codes Arabic news into political event data (who did what to whom, when, where).\n"
               "Exit codes: 0 success, 1 partial failure (some inputs bad, the rest processed), 2 usage or fatal error."};
  app.set_version_flag("--version", std::string("marsad ") + MARSAD_VERSION);
  app.require_subcommand(1);
  Runner run;
  RegisterAnalyze(app, &run);
  RegisterClean(app, &run);
  RegisterCode(app, &run);
  RegisterEval(app, &run);
  RegisterDict(app, &run);
  RegisterIngest(app, &run);
  RegisterRecode(app, &run);
  RegisterQuery(app, &run);
  RegisterServe(app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitFatal;
  }
  if (!run) {
    PrintError("no command given; see marsad --help");
    return kExitFatal;
  }
  return run();
}
