// Shared by the reader fuzz targets: runs ReadDocumentsFromBuffer on the bytes with one input format and
// checks what callers rely on: every document has an id and text, HTML and WARC documents (whose text is
// extracted by marsad) are valid UTF-8 in every field, and warnings name the input.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/document.h"

inline bool FuzzValidUtf8(const std::string& s) { return simdjson::validate_utf8(s.data(), s.size()); }

inline void FuzzReader(const uint8_t* data, size_t size, const std::string& name, marsad::ingest::InputFormat format,
                       bool extracted) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const marsad::Status st = marsad::ingest::ReadDocumentsFromBuffer(
      name, bytes, format,
      [&](marsad::ingest::Document&& d) {
        if (d.id.empty() || d.raw_text.empty() || d.input.empty()) std::abort();
        if (extracted) {
          for (const std::string* s : {&d.raw_text, &d.title, &d.date, &d.url, &d.source}) {
            if (!FuzzValidUtf8(*s)) std::abort();
          }
        }
      },
      [&](const std::string& w) {
        if (w.rfind(name, 0) != 0) std::abort();
      });
  if (!st.ok() && st.message().rfind(name, 0) != 0) std::abort();
}
