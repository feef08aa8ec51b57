// WARC reader: web archives as crawlers write them (WARC/1.0 and 1.1, plain or gzip, one gzip member per
// record or one for the whole file). Each HTML response record (HTTP 200, Content-Type text/html) becomes a
// document through the HTML extractor; other records are skipped.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "ingest/document.h"

namespace marsad::ingest {

// True when `head` starts with gzip magic (1f 8b).
bool IsGzip(std::string_view head);

// True when `head` starts with a WARC version line ("WARC/1.").
bool LooksLikeWarc(std::string_view head);

// Reads the records of `bytes` (plain WARC or gzip of it). `name` names the input in documents
// (input = name#N, id = stem:N for record number N, 1-based) and warnings. Damaged records, a truncated
// file or damaged gzip data are reported through `warn` with the record number and byte offset; records
// before the damage are still emitted. Returns an error only when nothing in `bytes` is WARC.
Status ReadWarc(const std::string& name, std::string_view bytes, const std::function<void(Document&&)>& emit,
                const std::function<void(const std::string&)>& warn);

}  // namespace marsad::ingest
