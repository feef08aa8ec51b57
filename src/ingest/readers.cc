// Readers for plain-text files and folders and for JSONL exports (simdjson On-Demand, line by line so a
// bad line costs only itself).
#include <simdjson.h>

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "base/json_writer.h"
#include "ingest/document.h"

namespace marsad::ingest {
namespace {

bool LooksLikeJsonl(const std::string& path, std::string_view head) {
  if (path.size() > 6 && (path.ends_with(".jsonl") || path.ends_with(".ndjson") || path.ends_with(".json"))) return true;
  const size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && head[first] == '{';
}

std::string FileStem(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

void ReadJsonl(const std::string& path, std::string_view data, const std::function<void(Document&&)>& emit,
               const std::function<void(const std::string&)>& warn) {
  simdjson::ondemand::parser parser;
  size_t line_number = 0;
  std::string_view rest = data;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (Trim(line).empty() || Trim(line) == "\r") continue;
    const std::string where = path + ":" + std::to_string(line_number);
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object obj;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(obj)) {
      warn(where + ": not a JSON object; line skipped");
      continue;
    }
    Document d;
    d.input = where;
    std::string extra;
    JsonWriter extra_writer(&extra);
    extra_writer.BeginObject();
    bool has_extra = false;
    bool bad = false;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) { bad = true; break; }
      simdjson::ondemand::value value;
      if (field.value().get(value)) { bad = true; break; }
      std::string* target = key == "id" ? &d.id : key == "title" ? &d.title : key == "text" ? &d.raw_text
                            : key == "date" ? &d.date : key == "url" ? &d.url : key == "source" ? &d.source : nullptr;
      if (target != nullptr) {
        std::string_view s;
        if (value.type() == simdjson::ondemand::json_type::string) {
          if (value.get_string().get(s)) { bad = true; break; }
          *target = std::string(s);
        } else if (value.type() == simdjson::ondemand::json_type::number) {
          std::string_view raw = value.raw_json_token();
          *target = std::string(Trim(raw));
        } else if (value.type() != simdjson::ondemand::json_type::null) {
          warn(where + ": field '" + std::string(key) + "' is not a string; ignored");
        }
      } else {
        std::string_view raw;
        if (simdjson::to_json_string(value).get(raw)) { bad = true; break; }
        extra_writer.Key(key).Raw(Trim(raw));  // raw JSON of the value, kept as is
        has_extra = true;
      }
    }
    if (bad) {
      warn(where + ": malformed JSON; line skipped");
      continue;
    }
    extra_writer.EndObject();
    if (has_extra) d.extra_json = extra;
    if (d.raw_text.empty()) {
      warn(where + ": no \"text\" field; line skipped");
      continue;
    }
    if (d.id.empty()) d.id = FileStem(path) + ":" + std::to_string(line_number);
    emit(std::move(d));
  }
}

Status ReadOne(const std::string& path, InputFormat format, const std::function<void(Document&&)>& emit,
               const std::function<void(const std::string&)>& warn) {
  Result<std::string> data = ReadFile(path, 2ull << 30);
  if (!data.ok()) return data.status();
  if (data->empty()) return Status::Corruption(path + ": empty file");
  const std::string why = DescribeBinary(std::string_view(*data).substr(0, 8192));
  if (!why.empty()) return Status::Corruption(path + ": " + why);
  if (format == InputFormat::kJsonl || (format == InputFormat::kAuto && LooksLikeJsonl(path, std::string_view(*data).substr(0, 512)))) {
    ReadJsonl(path, *data, emit, warn);
    return Status::Ok();
  }
  Document d;
  d.input = path;
  d.id = path == "-" ? "stdin" : FileStem(path);
  d.raw_text = std::move(data).value();
  emit(std::move(d));
  return Status::Ok();
}

}  // namespace

Status ReadDocuments(const std::string& path, InputFormat format, const std::function<void(Document&&)>& emit,
                     const std::function<void(const std::string&)>& warn) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path, ec)) {
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      Status st = ReadOne(f, format, emit, warn);
      if (!st.ok()) warn(st.message() + "; skipped");
    }
    return Status::Ok();
  }
  return ReadOne(path, format, emit, warn);
}

}  // namespace marsad::ingest
