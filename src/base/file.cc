// File helpers: bounded reads, chunking, binary detection, data-file iteration and data-folder lookup.
#include "base/file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "base/utf8.h"

#ifndef MARSAD_SOURCE_DATA_DIR
#define MARSAD_SOURCE_DATA_DIR "data"
#endif

namespace marsad {

Result<std::string> ReadFile(const std::string& path, uint64_t max_bytes) {
  const bool is_stdin = path == "-";
  if (!is_stdin) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::InvalidArgument(path + ": is a directory");
  }
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int err = errno;
    if (err == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": " + std::strerror(err));
  }
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (data.size() + n > max_bytes) {
      if (!is_stdin) std::fclose(f);
      return Status::ResourceLimit(path + ": larger than the limit of " + std::to_string(max_bytes) + " bytes");
    }
    data.append(buf, n);
  }
  const bool failed = std::ferror(f) != 0;
  if (!is_stdin) std::fclose(f);
  if (failed) return Status::IoError(path + ": read error");
  return data;
}

Status WriteFile(const std::string& path, std::string_view contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError(path + ": cannot open for writing");
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (!out) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

std::string DescribeBinary(std::string_view head) {
  if (const void* nul = std::memchr(head.data(), 0, head.size())) {
    return "contains a NUL byte at offset " +
           std::to_string(static_cast<const char*>(nul) - head.data()) + " (binary data?)";
  }
  size_t control = 0, invalid = 0, high = 0;
  for (size_t i = 0; i < head.size();) {
    const auto c = static_cast<uint8_t>(head[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
      ++i;
      continue;
    }
    ++high;
    const utf8::Decoded d = utf8::Decode(head, i);
    if (!d.valid) ++invalid;
    i += d.length;
  }
  if (head.size() >= 64 && control * 20 > head.size()) return "is mostly control characters (binary data?)";
  if (high >= 16 && invalid * 2 > high) {
    return "is not UTF-8 (" + std::to_string(invalid) + " of the first " + std::to_string(head.size()) +
           " bytes are invalid; legacy encodings such as Windows-1256 must be converted first, e.g. iconv -f CP1256)";
  }
  return "";
}

bool ChunkedReader::Next(std::string* chunk, uint64_t* offset) {
  chunk->clear();
  std::string buf = std::move(carry_);
  carry_.clear();
  while (!eof_ && buf.size() < chunk_bytes_) {
    const size_t old = buf.size();
    buf.resize(chunk_bytes_);
    const size_t n = std::fread(buf.data() + old, 1, chunk_bytes_ - old, file_);
    buf.resize(old + n);
    if (n == 0) {
      eof_ = true;
      error_ = std::ferror(file_) != 0;
    }
  }
  if (buf.empty()) return false;
  size_t cut = buf.size();
  if (!eof_) {
    const size_t nl = buf.rfind('\n');
    if (nl != std::string::npos && nl > 0) {
      cut = nl + 1;
    } else {
      const size_t sp = buf.rfind(' ');
      cut = (sp != std::string::npos && sp > 0) ? sp + 1 : utf8::CompletePrefix(buf);
      if (cut == 0) cut = buf.size();
    }
  }
  carry_.assign(buf, cut, std::string::npos);
  buf.resize(cut);
  *chunk = std::move(buf);
  *offset = offset_;
  offset_ += chunk->size();
  return true;
}

Status ForEachDataLineIn(std::string_view text, const std::function<Status(int, std::string_view)>& fn) {
  std::string_view rest = text;
  int line_number = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    MARSAD_RETURN_IF_ERROR(fn(line_number, line));
  }
  return Status::Ok();
}

Status ForEachDataLine(const std::string& path,
                       const std::function<Status(int, std::string_view)>& fn) {
  Result<std::string> text = ReadFile(path, 256u << 20);
  if (!text.ok()) return text.status();
  return ForEachDataLineIn(*text, fn);
}

std::string DataDir() {
  if (const char* env = std::getenv("MARSAD_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "marsad" / "data";
    if (std::filesystem::is_directory(installed, ec)) return installed.string();
  }
  return MARSAD_SOURCE_DATA_DIR;
}

std::string DataPath(std::string_view relative) { return DataDir() + "/" + std::string(relative); }

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) { parts.push_back(s.substr(start)); break; }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
  return parts;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Found FindFirstOf(std::string_view s, std::initializer_list<std::string_view> needles) {
  Found found;
  for (std::string_view needle : needles) {
    const size_t pos = s.find(needle);
    if (pos != std::string_view::npos && (found.pos == std::string_view::npos || pos < found.pos)) found = {pos, needle.size()};
  }
  return found;
}

}  // namespace marsad
