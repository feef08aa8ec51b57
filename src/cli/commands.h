// The marsad command line: each subcommand registers its flags on a CLI11 app and returns an exit code.
// Exit codes (documented in docs/cli.md): 0 success, 1 partial failure (some inputs were bad or skipped;
// the rest was processed), 2 usage error or fatal error (nothing useful could be done).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

#include "base/status.h"

namespace marsad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;
inline constexpr int kExitFatal = 2;

// Registers a subcommand on `app`; *run is set to the function that executes it after parsing.
using Runner = std::function<int()>;
void RegisterAnalyze(CLI::App& app, Runner* run);
void RegisterClean(CLI::App& app, Runner* run);
void RegisterDict(CLI::App& app, Runner* run);
void RegisterCode(CLI::App& app, Runner* run);
void RegisterEval(CLI::App& app, Runner* run);
void RegisterIngest(CLI::App& app, Runner* run);
void RegisterRecode(CLI::App& app, Runner* run);
void RegisterQuery(CLI::App& app, Runner* run);
void RegisterServe(CLI::App& app, Runner* run);

// Prints "marsad: <message>" on stderr.
void PrintError(const std::string& message);
void PrintWarning(const std::string& message);

}  // namespace marsad::cli
