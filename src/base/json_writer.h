// A small streaming JSON writer for marsad's JSON Lines output. It escapes strings and replaces invalid
// UTF-8 with U+FFFD, so output is always valid JSON even when the input text is not valid UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Appends already-serialised JSON as the next value (the caller guarantees it is valid JSON).
  JsonWriter& Raw(std::string_view json);

  // Key(key).String(value) and friends.
  JsonWriter& Field(std::string_view key, std::string_view value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, const char* value) { return Key(key).String(value); }
  JsonWriter& Field(std::string_view key, int64_t value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, int value) { return Key(key).Int(value); }
  JsonWriter& Field(std::string_view key, size_t value) { return Key(key).Int(static_cast<int64_t>(value)); }
  JsonWriter& Field(std::string_view key, bool value) { return Key(key).Bool(value); }

  // Appends s to out as a quoted, escaped JSON string.
  static void AppendQuoted(std::string_view s, std::string* out);

 private:
  void Separate();
  std::string* out_;
  // One entry per open container: true once it holds an element (so the next needs a comma).
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace marsad
