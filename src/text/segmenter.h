// Clitic segmentation of Arabic words: conjunctions و ف, prepositions ب ك ل, future س, the article ال
// (and لل = ل + ال), and pronoun suffixes. Guided by a lexicon of stems, so that names and words that merely
// begin with clitic letters (بكين، بلغاريا، فرنسا، وزير، كابل، لبنان) stay whole. Every analysis the
// lexicon cannot rule out is returned, best first.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

#include "base/status.h"
#include "base/string_hash.h"
#include "text/normalizer.h"

namespace marsad::text {

struct Segmentation {
  std::vector<std::string> prefixes;  // in order of appearance, e.g. {"و", "ال"}
  std::string stem;
  std::vector<std::string> suffixes;  // usually zero or one pronoun
  bool in_lexicon = false;            // the stem (or the whole word) is a known lexicon entry
  int score = 0;                      // higher is more plausible; only the order matters
};

class Segmenter {
 public:
  // Loads one or more lexicon files (one word per line, first tab-separated column; '#' comments).
  // Entries are normalised with `normalizer`, which must be the one used for tokens.
  static Result<Segmenter> FromFiles(const std::vector<std::string>& paths, const Normalizer& normalizer);
  // Adds the stems of a Hunspell .dic file (Debian's hunspell-ar: /usr/share/hunspell/ar.dic).
  Status AddHunspellDictionary(const std::string& path, const Normalizer& normalizer);
  static Segmenter FromWords(const std::vector<std::string>& words, const Normalizer& normalizer);

  // Analyses of a normalised Arabic word, best first; never empty (the whole word is always a candidate).
  // `original` (the word as written, optional) rules out a pronoun ه where the word ends in ة.
  std::vector<Segmentation> Segment(std::string_view norm_word, std::string_view original = {}) const;
  // The best analysis's stem: what later stages match on.
  std::string Stem(std::string_view norm_word) const;

  bool Known(std::string_view norm_word) const { return Strength(norm_word) > 0; }
  // True when only the broad spelling dictionary knows the word (a common word, not a curated name).
  bool OnlyInBroadDictionary(std::string_view norm_word) const { return Strength(norm_word) == 1; }
  size_t lexicon_size() const { return strength_.size(); }

 private:
  void Init(const Normalizer& normalizer);
  // 0 unknown, 1 weak (broad spelling dictionary), 2 strong (marsad's curated lexicon).
  int Strength(std::string_view w) const;
  void AddWord(std::string word, uint8_t strength);
  // Every known stem with its strength (see Strength): one lookup answers both dictionaries; segmenting a
  // new spelling tries dozens of candidate stems, most of them unknown (absl's flat map: one array).
  absl::flat_hash_map<std::string, uint8_t, StringViewHash, std::equal_to<>> strength_;
  std::string ta_marbuta_;  // normalised form of ة ("ه" when folded)
  std::string alef_lam_;    // "ال"
};

}  // namespace marsad::text
