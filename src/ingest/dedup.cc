// Deduplicator implementation: FNV-1a word hashes, shingle hashes mixed 64 ways for MinHash, LSH buckets,
// union-find for clusters.
#include "ingest/dedup.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <map>

namespace marsad::ingest {
namespace {

uint64_t Fnv1a(std::string_view s, uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  return h;
}

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

}  // namespace

size_t Deduplicator::Find(size_t i) const {
  while (parent_[i] != i) { parent_[i] = parent_[parent_[i]]; i = parent_[i]; }
  return i;
}

void Deduplicator::Add(Document* doc) {
  const std::string norm = normalizer_->Normalize(doc->text.empty() ? doc->raw_text : doc->text);
  // Words, numbers and Latin words of the normalised text; punctuation of any script is ignored.
  std::vector<text::Token> tokens;
  text::Tokenize(norm, 0, &tokens);
  std::vector<uint64_t> words;
  words.reserve(tokens.size());
  for (const text::Token& t : tokens) {
    if (t.kind == text::TokenKind::kPunctuation) continue;
    words.push_back(Fnv1a(std::string_view(norm).substr(t.begin, t.end - t.begin)));
  }
  uint64_t exact = 14695981039346656037ull;
  for (uint64_t w : words) exact = Mix(exact ^ w);

  const size_t index = ids_.size();
  ids_.push_back(doc->id);
  parent_.push_back(index);
  join_similarity_.push_back(1.0);
  joined_exact_.push_back(true);
  std::array<uint64_t, kHashes> sig;
  sig.fill(std::numeric_limits<uint64_t>::max());
  if (words.size() >= 4) {
    for (size_t k = 0; k + 4 <= words.size(); ++k) {
      const uint64_t shingle = Mix(words[k] ^ Mix(words[k + 1] ^ Mix(words[k + 2] ^ Mix(words[k + 3]))));
      for (int h = 0; h < kHashes; ++h) sig[h] = std::min(sig[h], Mix(shingle + 0x632be59bd9b4e019ull * (h + 1)));
    }
  } else {
    for (int h = 0; h < kHashes; ++h) sig[h] = Mix(exact + h);
  }
  signatures_.push_back(sig);

  if (!words.empty()) {
    auto [it, inserted] = exact_index_.emplace(exact, index);
    if (!inserted) {
      doc->duplicate_of = ids_[it->second];
      doc->similarity = 1.0;
      parent_[index] = Find(it->second);
      ++exact_;
      return;  // an exact copy adds nothing to the LSH index
    }
  }
  if (words.size() < 20) return;  // too short to call a near duplicate
  // Candidates from the LSH buckets, best estimated similarity wins (earliest on ties).
  size_t best = SIZE_MAX;
  int best_matches = -1;
  const int rows = kHashes / kBands;
  for (int b = 0; b < kBands; ++b) {
    uint64_t key = static_cast<uint64_t>(b);
    for (int r = 0; r < rows; ++r) key = Mix(key ^ sig[b * rows + r]);
    auto& bucket = bands_[b][key];
    for (size_t other : bucket) {
      int matches = 0;
      for (int h = 0; h < kHashes; ++h) matches += signatures_[other][h] == sig[h];
      if (matches > best_matches || (matches == best_matches && other < best)) { best = other; best_matches = matches; }
    }
    bucket.push_back(index);
  }
  if (best != SIZE_MAX && best_matches >= threshold_ * kHashes) {
    doc->near_duplicate_of = ids_[best];
    doc->similarity = static_cast<double>(best_matches) / kHashes;
    parent_[index] = Find(best);
    join_similarity_[index] = doc->similarity;
    joined_exact_[index] = false;
    ++near_;
  }
}

std::vector<DuplicateCluster> Deduplicator::Clusters() const {
  std::map<size_t, DuplicateCluster> by_root;
  for (size_t i = 0; i < ids_.size(); ++i) {
    DuplicateCluster& c = by_root[Find(i)];
    c.ids.push_back(ids_[i]);
    c.min_similarity = std::min(c.min_similarity, join_similarity_[i]);
    c.exact = c.exact && joined_exact_[i];
  }
  std::vector<DuplicateCluster> out;
  for (auto& [root, c] : by_root) if (c.ids.size() > 1) out.push_back(std::move(c));
  return out;
}

}  // namespace marsad::ingest
