// Cleaner: removes site chrome from scraped article text and recovers the dateline. Chrome is found by
// phrase rules from a data file (data/ingest/chrome.tsv) and by methods that need no phrase: lines
// repeated within the article (photo captions), caption lines ending in a photo credit, and lines with no
// Arabic letters in the trailing block. Every removed span is kept with its reason.
#pragma once

#include <regex>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/document.h"
#include "text/analyzer.h"

namespace marsad::ingest {

class Cleaner {
 public:
  // Loads data/ingest/chrome.tsv and data/ingest/agencies.tsv from data_dir.
  static Result<Cleaner> Load(const std::string& data_dir, const text::Analyzer& analyzer);

  // Fills doc->text, doc->removed and doc->dateline from doc->raw_text.
  void Clean(Document* doc) const;

  size_t rule_count() const { return rules_.size(); }

 private:
  enum class Match { kLine, kPrefix, kContains, kRegex };
  struct Rule {
    Match match;
    std::string pattern;  // normalised
    std::regex regex;
    bool anchored = false;  // the regex starts with ^: tried at the line's start only
    bool rest = false;    // drop everything from this line on
    std::string reason;
  };
  struct Agency {
    std::string norm;
    std::string canonical;
  };
  explicit Cleaner(const text::Analyzer& analyzer) : analyzer_(&analyzer) {}
  const Rule* MatchRule(const std::string& norm_line) const;
  void FindDateline(Document* doc, uint32_t line_start, std::string_view line) const;

  const text::Analyzer* analyzer_;
  std::vector<Rule> rules_;
  std::vector<Agency> agencies_;  // longest first
};

}  // namespace marsad::ingest
