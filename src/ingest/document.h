// Document: one article as ingest produces it (metadata, clean text, what was removed and why), and the
// readers that turn plain-text files, folders, JSONL exports, HTML pages and WARC archives into documents.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace marsad::ingest {

// A span of the raw text that cleaning removed, with the reason (the rule or method that fired).
struct RemovedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string reason;
};

struct Dateline {
  uint32_t start = 0;  // span in the raw text
  uint32_t end = 0;
  std::string place;
  std::string date;    // ISO 8601 as far as known (--09-11 when the year is not given)
  std::string agency;  // canonical agency name when known, else as printed
};

struct Document {
  std::string id;
  std::string url;
  std::string source;
  std::string title;
  std::string date;        // publication date as given (ISO 8601 preferred)
  std::string raw_text;    // the text as read
  std::string text;        // clean text: kept lines of raw_text joined by '\n'
  std::string extra_json;  // unknown JSONL fields, as a JSON object text ("" when none)
  std::string input;       // where it came from: path, path:line
  std::vector<RemovedSpan> removed;
  std::optional<Dateline> dateline;
  std::string duplicate_of;       // id of an earlier document with the same normalised text
  std::string near_duplicate_of;  // id of an earlier, similar document
  double similarity = 0;          // estimated Jaccard similarity to near_duplicate_of
};

enum class InputFormat { kAuto, kText, kJsonl, kHtml, kWarc };

// Calls `emit` for each document read from `path` (a file, a folder read recursively, or "-"). Problems
// with single records (a malformed JSON line, a damaged WARC record, an HTML page without text) go to
// `warn` with file and line, record or offset, and reading goes on. Returns an error only when the input as
// a whole cannot be read.
//
// With kAuto the format of each file is chosen by extension (.jsonl/.ndjson/.json, .html/.htm/.xhtml,
// .warc/.warc.gz), else by content (gzip magic or "WARC/1." -> WARC, "<!DOCTYPE html"/"<html" -> HTML,
// "{" -> JSONL), else plain text. Text that is not UTF-8 but reads as Windows-1256 or ISO-8859-6 Arabic
// is converted (with a warning); other binary content is an error.
Status ReadDocuments(const std::string& path, InputFormat format,
                     const std::function<void(Document&&)>& emit,
                     const std::function<void(const std::string&)>& warn);

// The same for bytes already in memory; `name` stands for the path in ids, inputs and messages (its
// extension counts for kAuto). Used by ReadDocuments for each file and by the fuzz targets.
Status ReadDocumentsFromBuffer(const std::string& name, std::string_view bytes, InputFormat format,
                               const std::function<void(Document&&)>& emit,
                               const std::function<void(const std::string&)>& warn);

// Parses a --format value (auto, text, jsonl, html, warc); false when unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);

}  // namespace marsad::ingest
