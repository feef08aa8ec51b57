// Readers for plain-text files and folders and for JSONL exports (simdjson On-Demand, line by line so a
// bad line costs only itself), and the format detection that sends HTML pages and WARC archives to their
// readers (html_reader.cc, warc_reader.cc) and converts Windows-1256 / ISO-8859-6 text to UTF-8.
#include <simdjson.h>

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "base/json_writer.h"
#include "base/utf8.h"
#include "ingest/document.h"
#include "ingest/encoding.h"
#include "ingest/html_reader.h"
#include "ingest/warc_reader.h"

namespace marsad::ingest {
namespace {

std::string LowerName(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool StartsWithBrace(std::string_view head) {
  const size_t first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && head[first] == '{';
}

// The format of one input under --format auto: by extension, else by content.
InputFormat DetectFormat(const std::string& path, std::string_view bytes) {
  const std::string name = LowerName(std::filesystem::path(path).filename().string());
  if (name.ends_with(".warc") || name.ends_with(".warc.gz")) return InputFormat::kWarc;
  if (name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json")) return InputFormat::kJsonl;
  if (name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml")) return InputFormat::kHtml;
  if (IsGzip(bytes) || LooksLikeWarc(bytes)) return InputFormat::kWarc;
  if (LooksLikeHtml(bytes.substr(0, 4096))) return InputFormat::kHtml;
  if (StartsWithBrace(bytes.substr(0, 512))) return InputFormat::kJsonl;
  return InputFormat::kText;
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
    // simdjson reports errors as values, but a conversion missed above would throw: a bad line must cost
    // only itself.
    try {
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
          simdjson::ondemand::json_type type;
          if (value.type().get(type)) { bad = true; break; }  // (comparing the result directly throws on bad input)
          if (type == simdjson::ondemand::json_type::string) {
            if (value.get_string().get(s)) { bad = true; break; }
            *target = std::string(s);
          } else if (type == simdjson::ondemand::json_type::number) {
            std::string_view raw = value.raw_json_token();
            *target = std::string(Trim(raw));
          } else if (type != simdjson::ondemand::json_type::null) {
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
    } catch (const simdjson::simdjson_error& e) {
      warn(where + ": malformed JSON (" + e.what() + "); line skipped");
    }
  }
}

Status ReadOne(const std::string& path, InputFormat format, const std::function<void(Document&&)>& emit,
               const std::function<void(const std::string&)>& warn) {
  Result<std::string> data = ReadFile(path, 2ull << 30);
  if (!data.ok()) return data.status();
  return ReadDocumentsFromBuffer(path, *data, format, emit, warn);
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

Status ReadDocumentsFromBuffer(const std::string& name, std::string_view bytes, InputFormat format,
                               const std::function<void(Document&&)>& emit,
                               const std::function<void(const std::string&)>& warn) {
  if (bytes.empty()) return Status::Corruption(name + ": empty file");
  if (format == InputFormat::kAuto) format = DetectFormat(name, bytes);
  if (format == InputFormat::kWarc) return ReadWarc(name, bytes, emit, warn);
  // Binary content is an error; text that is merely not UTF-8 may be a legacy Arabic encoding.
  const std::string why = DescribeBinary(bytes.substr(0, 8192));
  const bool not_utf8 = why.starts_with("is not UTF-8");
  if (!why.empty() && !not_utf8) return Status::Corruption(name + ": " + why);
  const std::string id = name == "-" ? "stdin" : FileStem(name);
  if (format == InputFormat::kHtml) {  // the HTML reader honours <meta charset> and sniffs legacy encodings itself
    Document d;
    d.input = name;
    d.id = id;
    if (HtmlToDocument(bytes, "", name, &d, warn)) emit(std::move(d));
    return Status::Ok();
  }
  std::string converted;
  if (not_utf8) {
    const std::string charset = SniffArabicLegacyEncoding(bytes);
    if (charset.empty()) return Status::Corruption(name + ": " + why);
    Result<std::string> r = ConvertToUtf8(bytes, charset);
    if (!r.ok()) return Status::Corruption(name + ": " + r.status().message());
    converted = std::move(r).value();
    bytes = converted;
    warn(name + ": not valid UTF-8; converted from " + std::string(charset == "windows-1256" ? "Windows-1256" : "ISO-8859-6"));
  }
  if (format == InputFormat::kJsonl) {
    ReadJsonl(name, bytes, emit, warn);
    return Status::Ok();
  }
  Document d;
  d.input = name;
  d.id = id;
  d.raw_text = std::string(bytes);
  emit(std::move(d));
  return Status::Ok();
}

bool ParseInputFormat(std::string_view name, InputFormat* format) {
  static constexpr std::pair<std::string_view, InputFormat> kNames[] = {
      {"auto", InputFormat::kAuto}, {"text", InputFormat::kText}, {"jsonl", InputFormat::kJsonl},
      {"html", InputFormat::kHtml}, {"warc", InputFormat::kWarc}};
  for (const auto& [n, f] : kNames) {
    if (n == name) { *format = f; return true; }
  }
  return false;
}

}  // namespace marsad::ingest
