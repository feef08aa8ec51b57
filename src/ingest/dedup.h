// Duplicate detection across a stream of documents: exact duplicates by a hash of the normalised text,
// near duplicates (the same wire story reprinted with small edits) by MinHash over word 4-shingles with
// LSH banding. Each document is compared with those seen before it, so it works on streams.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/document.h"
#include "text/normalizer.h"

namespace marsad::ingest {

struct DuplicateCluster {
  std::vector<std::string> ids;  // first seen first
  double min_similarity = 1.0;   // lowest estimated similarity of a member to the document it joined
  bool exact = true;             // every member is an exact duplicate of the first
};

class Deduplicator {
 public:
  static constexpr int kHashes = 64;
  static constexpr int kBands = 16;  // 16 bands of 4 rows: pairs at Jaccard 0.7 collide with p ~ 0.98

  explicit Deduplicator(const text::Normalizer& normalizer, double threshold = 0.7)
      : normalizer_(&normalizer), threshold_(threshold) {}

  // Sets doc->duplicate_of, or doc->near_duplicate_of and doc->similarity, from the documents added before.
  void Add(Document* doc);

  // Clusters with more than one member.
  std::vector<DuplicateCluster> Clusters() const;
  size_t exact_duplicates() const { return exact_; }
  size_t near_duplicates() const { return near_; }

 private:
  size_t Find(size_t i) const;
  const text::Normalizer* normalizer_;
  double threshold_;
  std::vector<std::string> ids_;
  std::vector<std::array<uint64_t, kHashes>> signatures_;
  std::unordered_map<uint64_t, size_t> exact_index_;
  std::vector<std::unordered_map<uint64_t, std::vector<size_t>>> bands_{kBands};
  mutable std::vector<size_t> parent_;
  std::vector<double> join_similarity_;
  std::vector<bool> joined_exact_;
  size_t exact_ = 0, near_ = 0;
};

}  // namespace marsad::ingest
