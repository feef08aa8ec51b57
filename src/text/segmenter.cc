// Segmenter implementation: enumerate prefix/suffix splits allowed by Arabic morphology, score them with
// the lexicon and a few robust heuristics, keep the plausible ones.
#include "text/segmenter.h"

#include <algorithm>

#include "base/file.h"
#include "base/utf8.h"

namespace marsad::text {
namespace {

size_t Letters(std::string_view s) { return utf8::CountCodePoints(s); }

// Pronoun suffixes, longest first (normalised forms are the same as written for these letters).
const char* const kSuffixes[] = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"};

}  // namespace

Result<Segmenter> Segmenter::FromFiles(const std::vector<std::string>& paths, const Normalizer& normalizer) {
  Segmenter s;
  for (const std::string& path : paths) {
    Status st = ForEachDataLine(path, [&](int, std::string_view line) {
      const std::string_view word = Trim(Split(line, '\t')[0]);
      if (!word.empty()) s.AddWord(normalizer.Normalize(word), 2);
      return Status::Ok();
    });
    if (!st.ok()) return st;
  }
  s.Init(normalizer);
  return s;
}

Status Segmenter::AddHunspellDictionary(const std::string& path, const Normalizer& normalizer) {
  return ForEachDataLine(path, [&](int, std::string_view line) {
    // Stems carry affix flags ("واضح/166"); flagless lines are clitic-bearing stop words: skipped.
    const size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0) return Status::Ok();
    AddWord(normalizer.Normalize(line.substr(0, slash)), 1);
    return Status::Ok();
  });
}

Segmenter Segmenter::FromWords(const std::vector<std::string>& words, const Normalizer& normalizer) {
  Segmenter s;
  for (const std::string& w : words) s.AddWord(normalizer.Normalize(w), 2);
  s.Init(normalizer);
  return s;
}

void Segmenter::Init(const Normalizer& normalizer) {
  ta_marbuta_ = normalizer.Normalize("ة");
  alef_lam_ = normalizer.Normalize("ال");
}

void Segmenter::AddWord(std::string word, uint8_t strength) {
  auto [it, inserted] = strength_.try_emplace(std::move(word), strength);
  if (!inserted && it->second < strength) it->second = strength;  // the curated lexicon outranks Hunspell
}

int Segmenter::Strength(std::string_view w) const {
  const auto it = strength_.find(w);
  return it == strength_.end() ? 0 : it->second;
}

std::vector<Segmentation> Segmenter::Segment(std::string_view word, std::string_view original) const {
  std::vector<Segmentation> all;
  const bool ends_in_ta_marbuta = original.size() >= 2 && original.substr(original.size() - 2) == "ة";

  // Prefix chains: optional conjunction, then optional preposition/future particle, then optional article.
  struct Prefix { std::vector<std::string> parts; size_t bytes; bool article; bool future; };
  std::vector<Prefix> prefixes{{{}, 0, false, false}};
  {
    std::vector<Prefix> conj = prefixes;
    for (const char* c : {"و", "ف"}) {
      if (word.substr(0, 2) == c) conj.push_back({{c}, 2, false, false});
    }
    std::vector<Prefix> prep;
    for (const Prefix& p : conj) {
      prep.push_back(p);
      const std::string_view rest = word.substr(p.bytes);
      for (const char* c : {"ب", "ك", "ل", "س"}) {
        if (rest.substr(0, 2) != c) continue;
        Prefix q = p;
        q.parts.push_back(c);
        q.bytes += 2;
        q.future = std::string_view(c) == "س";
        prep.push_back(q);
      }
    }
    prefixes.clear();
    for (const Prefix& p : prep) {
      prefixes.push_back(p);
      if (p.future) continue;
      const std::string_view rest = word.substr(p.bytes);
      if (rest.substr(0, alef_lam_.size()) == alef_lam_) {
        Prefix q = p;
        q.parts.push_back("ال");
        q.bytes += alef_lam_.size();
        q.article = true;
        prefixes.push_back(q);
      } else if (!p.parts.empty() && p.parts.back() == "ل" && rest.substr(0, 2) == "ل") {
        // لل = ل + ال with the alef dropped (للصين).
        Prefix q = p;
        q.parts.push_back("ال");
        q.bytes += 2;
        q.article = true;
        prefixes.push_back(q);
      }
    }
  }

  for (const Prefix& p : prefixes) {
    const std::string_view rest = word.substr(p.bytes);
    // Suffix options: none, or one pronoun (not after the article).
    std::vector<std::string_view> suffix_options{""};
    if (!p.article) {
      for (const char* s : kSuffixes) {
        const std::string_view sv(s);
        if (ends_in_ta_marbuta && sv == "ه") continue;
        if (rest.size() > sv.size() && rest.substr(rest.size() - sv.size()) == sv) suffix_options.push_back(sv);
      }
    }
    for (std::string_view suffix : suffix_options) {
      std::string stem(rest.substr(0, rest.size() - suffix.size()));
      if (Letters(stem) < 2) continue;
      int strength = Strength(stem);
      // A ta marbuta turns into ت before a suffix: زيارته = زيارة + ه.
      if (!suffix.empty() && stem.size() >= 2 && stem.substr(stem.size() - 2) == "ت") {
        std::string restored = stem.substr(0, stem.size() - 2) + ta_marbuta_;
        if (const int r = Strength(restored); r > strength) { stem = restored; strength = r; }
      }
      bool in_lexicon = strength > 0;
      if (p.future && !in_lexicon) {
        // س only precedes imperfect verbs, which begin with ي ت ن ا.
        const std::string_view first = std::string_view(stem).substr(0, 2);
        if (first != "ي" && first != "ت" && first != "ن" && first != "ا") continue;
      }
      Segmentation s;
      s.prefixes = p.parts;
      s.stem = stem;
      if (!suffix.empty()) s.suffixes.push_back(std::string(suffix));
      s.in_lexicon = in_lexicon;
      const int clitics = static_cast<int>(p.parts.size() + s.suffixes.size());
      if (in_lexicon && !s.suffixes.empty() && s.suffixes[0] == "ي") {
        // Nisba adjectives and names end in ي (ايراني، باقري): a known stem + ي never outranks the whole word.
        s.score = -1 - clitics;
        s.in_lexicon = false;
      } else if (in_lexicon) {
        // Curated stems decide; a broad dictionary's stem behind a lone ب ل ك (باقري = ب + اقري?) is weaker.
        s.score = (strength == 2 ? 20 : 12) - clitics;
        if (strength == 1 && !p.parts.empty() && p.parts.size() == 1 && !p.article && p.parts[0] != "و" && p.parts[0] != "ف") s.score -= 4;
      } else {
        // Heuristics for unknown stems: the article is a reliable sign; a leading conjunction before a stem
        // of three or more letters usually is one; other clitics on unknown stems stay second choices.
        s.score = -2 * clitics;
        if (p.article) s.score += 5;
        if (!p.parts.empty() && (p.parts[0] == "و" || p.parts[0] == "ف") && Letters(stem) >= 3) s.score += 3;
        if (Letters(stem) < 3) s.score -= 3;
        if (!s.suffixes.empty() && s.suffixes[0] == "ي") s.score -= 2;  // nisba adjectives end in ي
      }
      all.push_back(std::move(s));
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const Segmentation& a, const Segmentation& b) { return a.score > b.score; });
  if (all.empty()) {
    Segmentation whole;
    whole.stem = std::string(word);
    all.push_back(std::move(whole));
    return all;
  }
  // The lexicon decides when it knows any analysis: keep only known ones. Otherwise keep the plausible few.
  if (all.front().score >= 20) {
    all.erase(std::remove_if(all.begin(), all.end(), [](const Segmentation& s) { return !s.in_lexicon; }), all.end());
  } else if (all.front().in_lexicon) {
    // Only the broad dictionary vouches for the best analysis: keep the other known ones and the whole word.
    all.erase(std::remove_if(all.begin(), all.end(), [](const Segmentation& s) {
      return !s.in_lexicon && !(s.prefixes.empty() && s.suffixes.empty());
    }), all.end());
  } else {
    const int floor = all.front().score - 6;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Segmentation& s) { return s.score < floor; }), all.end());
    if (all.size() > 4) all.resize(4);
  }
  return all;
}

std::string Segmenter::Stem(std::string_view norm_word) const { return Segment(norm_word).front().stem; }

}  // namespace marsad::text
