// File access for marsad: whole-file reads with a size bound, chunked reads of huge inputs cut at line or
// word boundaries, binary-content detection, line iteration over data files, and the data-folder lookup.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace marsad {

// Reads all of `path` ("-" for standard input). Fails with kResourceLimit past max_bytes.
Result<std::string> ReadFile(const std::string& path, uint64_t max_bytes = 1ull << 30);

// Writes `contents` to `path`, replacing it.
Status WriteFile(const std::string& path, std::string_view contents);

// Why `head` (the first bytes of an input) looks binary rather than text, or "" when it looks like text.
// Text means: no NUL bytes and few control or invalid UTF-8 bytes (Windows-1256 text is reported as such).
std::string DescribeBinary(std::string_view head);

// Reads a file (or stdin) in pieces of about `chunk_bytes`, cutting each at the last line break, else the
// last space, else a UTF-8 boundary, so memory stays bounded whatever the line length.
class ChunkedReader {
 public:
  ChunkedReader(std::FILE* file, size_t chunk_bytes) : file_(file), chunk_bytes_(chunk_bytes) {}
  // Fills *chunk with the next piece and *offset with its byte offset in the file. False at end of input.
  bool Next(std::string* chunk, uint64_t* offset);
  bool error() const { return error_; }

 private:
  std::FILE* file_;
  size_t chunk_bytes_;
  std::string carry_;
  uint64_t offset_ = 0;
  bool eof_ = false;
  bool error_ = false;
};

// Calls fn(line_number, line) for each line of `text` that is neither blank nor a '#' comment.
// Trailing '\r' is removed. Stops at the first non-OK Status fn returns and returns it.
Status ForEachDataLineIn(std::string_view text,
                         const std::function<Status(int line_number, std::string_view line)>& fn);

// Calls fn(line_number, line) for each line of a data file that is neither blank nor a '#' comment.
// Trailing '\r' is removed. Stops at the first non-OK Status fn returns and returns it.
Status ForEachDataLine(const std::string& path,
                       const std::function<Status(int line_number, std::string_view line)>& fn);

// The folder holding marsad's data files: $MARSAD_DATA, else the data/ folder installed beside the binary
// (../share/marsad/data) or in the source tree it was built from.
std::string DataDir();
// DataDir() + "/" + relative.
std::string DataPath(std::string_view relative);

// Splits s on `sep` (no trimming).
std::vector<std::string_view> Split(std::string_view s, char sep);
// s without leading and trailing ASCII spaces and tabs.
std::string_view Trim(std::string_view s);

// Where the earliest of `needles` occurs in s: its position and length; at one position the needle listed
// first wins ({"--", "-"} finds "--"). {npos, 0} when none occurs.
struct Found {
  size_t pos = std::string_view::npos;
  size_t length = 0;
};
Found FindFirstOf(std::string_view s, std::initializer_list<std::string_view> needles);

}  // namespace marsad
