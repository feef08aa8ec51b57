// JsonWriter implementation.
#include "base/json_writer.h"

#include <cmath>
#include <cstdio>

#include <simdjson.h>

#include "base/utf8.h"

namespace marsad {

void JsonWriter::Separate() {
  if (after_key_) { after_key_ = false; return; }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_->push_back(',');
    has_element_.back() = true;
  }
}

JsonWriter& JsonWriter::BeginObject() { Separate(); out_->push_back('{'); has_element_.push_back(false); return *this; }
JsonWriter& JsonWriter::EndObject() { out_->push_back('}'); has_element_.pop_back(); return *this; }
JsonWriter& JsonWriter::BeginArray() { Separate(); out_->push_back('['); has_element_.push_back(false); return *this; }
JsonWriter& JsonWriter::EndArray() { out_->push_back(']'); has_element_.pop_back(); return *this; }

JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  AppendQuoted(key, out_);
  out_->push_back(':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) { Separate(); AppendQuoted(value, out_); return *this; }
JsonWriter& JsonWriter::Int(int64_t value) { Separate(); out_->append(std::to_string(value)); return *this; }
JsonWriter& JsonWriter::Bool(bool value) { Separate(); out_->append(value ? "true" : "false"); return *this; }
JsonWriter& JsonWriter::Raw(std::string_view json) { Separate(); out_->append(json); return *this; }
JsonWriter& JsonWriter::Null() { Separate(); out_->append("null"); return *this; }

JsonWriter& JsonWriter::Double(double value) {
  Separate();
  if (!std::isfinite(value)) { out_->append("null"); return *this; }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  out_->append(buf);
  return *this;
}

namespace {

// Appends the JSON escape of an ASCII byte that cannot appear raw in a string.
void AppendEscaped(uint8_t c, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out->append("\\\""); break;
    case '\\': out->append("\\\\"); break;
    case '\n': out->append("\\n"); break;
    case '\r': out->append("\\r"); break;
    case '\t': out->append("\\t"); break;
    default:
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
  }
}

}  // namespace

void JsonWriter::AppendQuoted(std::string_view s, std::string* out) {
  out->push_back('"');
  if (simdjson::validate_utf8(s.data(), s.size())) {
    // Fast path for valid UTF-8: copy runs of bytes that need no escaping.
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<uint8_t>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
      out->append(s.data() + run, i - run);
      run = i + 1;
      AppendEscaped(c, out);
    }
    out->append(s.data() + run, s.size() - run);
    out->push_back('"');
    return;
  }
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<uint8_t>(s[i]);
    if (c >= 0x80) {
      const utf8::Decoded d = utf8::Decode(s, i);
      if (d.valid) out->append(s.substr(i, d.length));
      else utf8::Append(utf8::kReplacement, out);
      i += d.length;
      continue;
    }
    if (c < 0x20 || c == '"' || c == '\\' || c == 0x7F) AppendEscaped(c, out);
    else out->push_back(static_cast<char>(c));
    ++i;
  }
  out->push_back('"');
}

}  // namespace marsad
