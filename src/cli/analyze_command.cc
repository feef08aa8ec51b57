// `marsad analyze`: prints the text analysis (sentences, tokens, normalised forms, clitic segmentation,
// dates) of plain-text files as JSON Lines, one object per sentence. Streams large inputs in chunks.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "text/analyzer.h"

namespace marsad::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string reference_date;
  std::vector<std::string> keep_classes;
  unsigned max_sentence_tokens = 400;
  size_t chunk_bytes = 1 << 20;
};

// Analyses one input; returns false when it could not be read at all, *damaged when it was read with problems.
bool AnalyzeInput(const std::string& path, const text::Analyzer& analyzer, const std::optional<text::CivilDate>& ref,
                  size_t chunk_bytes, bool* damaged) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    PrintError(path + ": is a directory, not a text file");
    return false;
  }
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    Result<std::string> probe = ReadFile(path, 0);  // for a precise message
    PrintError(probe.ok() ? path + ": cannot open" : probe.status().message());
    return false;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, path == "-" ? +[](std::FILE*) { return 0; } : &std::fclose);
  ChunkedReader reader(f, chunk_bytes);
  std::string chunk, out;
  uint64_t offset = 0;
  size_t sentence_index = 0, invalid = 0, forced = 0;
  uint64_t first_invalid = 0;
  bool first = true;
  text::AnalyzedText analysis;
  while (reader.Next(&chunk, &offset)) {
    if (first) {
      first = false;
      const std::string why = DescribeBinary(std::string_view(chunk).substr(0, 8192));
      if (!why.empty()) {
        PrintError(path + ": " + why + "; skipped");
        return false;
      }
    }
    if (offset + chunk.size() > UINT32_MAX) {
      PrintError(path + ": larger than 4 GiB; stopped at byte " + std::to_string(offset));
      *damaged = true;
      break;
    }
    analyzer.Analyze(chunk, static_cast<uint32_t>(offset), ref, &analysis);
    if (!analysis.invalid_bytes.empty() && invalid == 0) first_invalid = analysis.invalid_bytes.front();
    invalid += analysis.invalid_bytes.size();
    for (const text::Sentence& s : analysis.sentences) forced += s.forced_break;
    out.clear();
    text::AppendSentencesJson(path, chunk, static_cast<uint32_t>(offset), analysis, analyzer.segmenter(),
                              sentence_index, &out);
    sentence_index += analysis.sentences.size();
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  if (reader.error()) {
    PrintError(path + ": read error");
    *damaged = true;
  }
  if (first) PrintWarning(path + ": empty input, no sentences");
  if (invalid > 0) {
    PrintWarning(path + ": " + std::to_string(invalid) + " invalid UTF-8 byte(s), first at byte offset " +
                 std::to_string(first_invalid) + "; replaced with U+FFFD in normalised forms");
    *damaged = true;
  }
  if (forced > 0) {
    PrintWarning(path + ": " + std::to_string(forced) + " over-long sentence(s) cut at the token limit");
  }
  return true;
}

}  // namespace

void RegisterAnalyze(CLI::App& app, Runner* run) {
  auto flags = std::make_shared<AnalyzeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Print sentences, tokens (span, normalised form, kind, clitic segmentation) and dates of plain-text\n"
      "files as JSON Lines, one object per sentence. Use - for standard input.");
  cmd->add_option("inputs", flags->inputs, "text files to analyse (- for standard input)")->required();
  cmd->add_option("--date", flags->reference_date,
                  "reference date YYYY-MM-DD (e.g. publication date) for relative dates and missing years");
  cmd->add_option("--keep", flags->keep_classes,
                  "normalisation rule class to switch off (repeatable), e.g. ta_marbuta, alef, digits");
  cmd->add_option("--max-sentence-tokens", flags->max_sentence_tokens, "cut sentences longer than this")
      ->check(CLI::Range(10u, 100000u));
  cmd->callback([flags, run] {
    *run = [flags]() -> int {
      std::optional<text::CivilDate> ref;
      if (!flags->reference_date.empty()) {
        ref = text::ParseIsoDate(flags->reference_date);
        if (!ref) {
          PrintError("--date: '" + flags->reference_date + "' is not a date of the form YYYY-MM-DD");
          return kExitFatal;
        }
      }
      text::AnalyzerOptions options;
      options.normalizer.disabled_classes.insert(flags->keep_classes.begin(), flags->keep_classes.end());
      options.splitter.max_tokens = flags->max_sentence_tokens;
      Result<text::Analyzer> analyzer = text::Analyzer::Load(options);
      if (!analyzer.ok()) {
        PrintError("loading data: " + analyzer.status().ToString());
        return kExitFatal;
      }
      for (const std::string& c : flags->keep_classes) {
        if (analyzer->normalizer().classes().count(c) == 0) {
          PrintError("--keep: unknown normalisation class '" + c + "'");
          return kExitFatal;
        }
      }
      size_t failed = 0;
      bool damaged = false;
      for (const std::string& path : flags->inputs) {
        if (!AnalyzeInput(path, *analyzer, ref, flags->chunk_bytes, &damaged)) ++failed;
      }
      std::fflush(stdout);
      if (failed == flags->inputs.size()) return kExitFatal;
      return (failed > 0 || damaged) ? kExitPartial : kExitOk;
    };
  });
}

}  // namespace marsad::cli
