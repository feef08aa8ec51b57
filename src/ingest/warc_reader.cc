// WARC records are read as a stream: a ByteSource yields the (decompressed) bytes a megabyte at a time, so
// memory is bounded by the largest record used, not by the file. Multi-member gzip (one member per record)
// is inflated member after member; data that ends inside a member is reported as truncated.
#include "ingest/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

#include "base/utf8.h"
#include "ingest/encoding.h"
#include "ingest/html_reader.h"

namespace marsad::ingest {
namespace {

constexpr size_t kChunk = 1 << 20;
constexpr size_t kMaxHeader = 64 << 10;
constexpr uint64_t kMaxResponse = 64 << 20;  // larger responses are skipped (not articles)

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Bytes of the input, decompressed when it is gzip.
class ByteSource {
 public:
  ByteSource(std::string_view in, bool gzip) : in_(in), gzip_(gzip) {}
  ~ByteSource() {
    if (inflating_) inflateEnd(&zs_);
  }
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Appends more bytes to *out. False when there are none left (end of input or a gzip error).
  bool More(std::string* out) {
    if (done_) return false;
    if (!gzip_) {
      const size_t n = std::min(kChunk, in_.size() - in_pos_);
      out->append(in_.data() + in_pos_, n);
      in_pos_ += n;
      done_ = in_pos_ == in_.size();
      return n > 0;
    }
    if (!inflating_) {
      zs_ = z_stream{};
      if (inflateInit2(&zs_, 15 + 16) != Z_OK) {
        error_ = "cannot start gzip decompression";
        done_ = true;
        return false;
      }
      inflating_ = true;
    }
    for (;;) {
      if (zs_.avail_in == 0 && in_pos_ < in_.size()) {
        const size_t n = std::min<size_t>(in_.size() - in_pos_, 1u << 30);
        zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in_.data() + in_pos_));
        zs_.avail_in = static_cast<uInt>(n);
        in_pos_ += n;
      }
      const size_t old = out->size();
      out->resize(old + kChunk);
      zs_.next_out = reinterpret_cast<Bytef*>(out->data() + old);
      zs_.avail_out = static_cast<uInt>(kChunk);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      const size_t produced = kChunk - zs_.avail_out;
      out->resize(old + produced);
      const uint64_t consumed = in_pos_ - zs_.avail_in;
      if (rc == Z_STREAM_END) {
        // Another member may follow (crawlers write one per record).
        if (consumed == in_.size()) {
          done_ = true;
        } else if (IsGzip(in_.substr(consumed))) {
          inflateReset(&zs_);
          member_start_ = consumed;
        } else {
          error_ = "bytes after the last gzip member (at byte offset " + std::to_string(consumed) + ") are not gzip; ignored";
          done_ = true;
        }
        if (produced > 0 || done_) return produced > 0;
        continue;
      }
      if (rc == Z_OK || rc == Z_BUF_ERROR) {
        if (produced > 0) return true;
        if (zs_.avail_in == 0 && in_pos_ < in_.size()) continue;  // refill
        if (zs_.avail_in == 0) {
          error_ = "gzip data is truncated (input ends at byte " + std::to_string(in_.size()) +
                   " inside the gzip member starting at byte offset " + std::to_string(member_start_) + ")";
          done_ = true;
          return false;
        }
        if (rc == Z_BUF_ERROR) {  // no progress possible although input remains: should not happen
          error_ = "gzip decompression stalled at byte offset " + std::to_string(consumed);
          done_ = true;
          return false;
        }
        continue;
      }
      error_ = "corrupt gzip data near byte offset " + std::to_string(consumed) + " (gzip member starting at byte offset " +
               std::to_string(member_start_) + ")" + (zs_.msg != nullptr ? std::string(": ") + zs_.msg : std::string());
      done_ = true;
      return produced > 0;
    }
  }

  const std::string& error() const { return error_; }

 private:
  std::string_view in_;
  bool gzip_;
  size_t in_pos_ = 0;  // input bytes handed to zlib (or copied) so far
  uint64_t member_start_ = 0;
  z_stream zs_{};
  bool inflating_ = false;
  bool done_ = false;
  std::string error_;
};

// A window over the byte stream: buf_[pos_] is stream offset base_ + pos_.
class Stream {
 public:
  explicit Stream(ByteSource* src) : src_(src) {}

  // True when at least n bytes are available from the current position.
  bool Ensure(size_t n) {
    while (buf_.size() - pos_ < n) {
      if (eof_) return false;
      Compact();
      if (!src_->More(&buf_)) eof_ = true;
    }
    return true;
  }
  std::string_view View(size_t n) const { return std::string_view(buf_).substr(pos_, n); }
  char Peek() const { return buf_[pos_]; }
  void Advance(size_t n) { pos_ += n; }
  uint64_t offset() const { return base_ + pos_; }
  size_t available() const { return buf_.size() - pos_; }

  // Length from the current position to just after the first blank line ("\r\n\r\n" or "\n\n"), looking
  // at most `limit` bytes ahead; npos when not found.
  size_t HeaderLength(size_t limit) {
    size_t searched = 0;
    for (;;) {
      const std::string_view v = View(std::min(available(), limit));
      for (size_t i = searched; i < v.size(); ++i) {
        if (v[i] != '\n') continue;
        if (i + 1 < v.size() && v[i + 1] == '\n') return i + 2;
        if (i + 2 < v.size() && v[i + 1] == '\r' && v[i + 2] == '\n') return i + 3;
      }
      searched = v.size() >= 2 ? v.size() - 2 : 0;
      if (v.size() >= limit || !Ensure(available() + 1)) return std::string_view::npos;
    }
  }

  // Discards n bytes; false when the input ends first (everything available is discarded then).
  bool Skip(uint64_t n) {
    while (n > 0) {
      if (available() == 0 && !Ensure(1)) return false;
      const size_t step = static_cast<size_t>(std::min<uint64_t>(n, available()));
      pos_ += step;
      n -= step;
    }
    return true;
  }

 private:
  void Compact() {
    if (pos_ >= kChunk || pos_ == buf_.size()) {
      buf_.erase(0, pos_);
      base_ += pos_;
      pos_ = 0;
    }
  }

  ByteSource* src_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t base_ = 0;
  bool eof_ = false;
};

struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;  // lower-cased name, value
  std::string Get(std::string_view name) const {
    for (const auto& [k, v] : fields) if (k == name) return v;
    return "";
  }
};

// Parses "Name: value" lines after the first line (continuation lines are appended).
Headers ParseHeaders(std::string_view block) {
  Headers h;
  size_t nl = block.find('\n');
  std::string_view rest = nl == std::string_view::npos ? std::string_view() : block.substr(nl + 1);
  while (!rest.empty()) {
    nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !h.fields.empty()) {
      std::string& value = h.fields.back().second;
      value.push_back(' ');
      value.append(TrimSpaces(line));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    h.fields.emplace_back(Lower(TrimSpaces(line.substr(0, colon))), std::string(TrimSpaces(line.substr(colon + 1))));
  }
  return h;
}

bool ParseLength(std::string_view s, uint64_t* out) {
  s = TrimSpaces(s);
  if (s.empty() || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

// Decodes HTTP chunked transfer encoding. False (with what was decoded so far in *out) when malformed.
bool Dechunk(std::string_view body, std::string* out) {
  size_t i = 0;
  for (;;) {
    const size_t nl = body.find('\n', i);
    if (nl == std::string_view::npos) return false;
    std::string_view size_line = body.substr(i, nl - i);
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    size_line = TrimSpaces(size_line);
    if (size_line.empty() || size_line.size() > 15) return false;
    uint64_t size = 0;
    for (char c : size_line) {
      const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return false;
      size = size * 16 + static_cast<uint64_t>(d);
    }
    i = nl + 1;
    if (size == 0) return true;  // trailers, if any, are ignored
    if (size > body.size() - i) {
      out->append(body.substr(i));
      return false;
    }
    out->append(body.substr(i, size));
    i += size;
    if (body.substr(i, 2) == "\r\n") i += 2;
    else if (body.substr(i, 1) == "\n") i += 1;
    else return false;
  }
}

// Inflates a gzip, zlib or raw-deflate HTTP body, at most kMaxResponse bytes.
bool InflateBody(std::string_view body, bool raw, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, raw ? -15 : 15 + 32) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  zs.avail_in = static_cast<uInt>(body.size());
  int rc = Z_OK;
  while (rc == Z_OK && out->size() < kMaxResponse) {
    const size_t old = out->size();
    out->resize(old + kChunk);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + old);
    zs.avail_out = static_cast<uInt>(kChunk);
    rc = inflate(&zs, Z_NO_FLUSH);
    out->resize(old + kChunk - zs.avail_out);
    if (rc == Z_BUF_ERROR || (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0)) break;
  }
  inflateEnd(&zs);
  return rc == Z_STREAM_END;
}

std::string WarcStem(const std::string& name) {
  std::string file = std::filesystem::path(name).filename().string();
  for (std::string_view ext : {".gz", ".warc"}) {
    if (file.size() > ext.size() && file.ends_with(ext)) file.resize(file.size() - ext.size());
  }
  return file.empty() || name == "-" ? "stdin" : file;
}

struct RecordContext {
  const std::string* name;
  std::string stem;
  const std::function<void(Document&&)>* emit;
  const std::function<void(const std::string&)>* warn;
};

void ProcessResponse(const RecordContext& ctx, const Headers& warc, std::string_view block, size_t record_number,
                     const std::string& where) {
  const auto& warn = *ctx.warn;
  const std::string record_type = Lower(warc.Get("content-type"));
  if (!record_type.empty() && record_type.find("application/http") == std::string::npos) return;  // e.g. a stored resource
  if (!block.starts_with("HTTP/")) {
    warn(where + ": response record does not start with an HTTP status line; skipped");
    return;
  }
  size_t header_end = std::string_view::npos;
  for (size_t i = block.find('\n'); i != std::string_view::npos; i = block.find('\n', i + 1)) {
    if (i + 1 < block.size() && block[i + 1] == '\n') { header_end = i + 2; break; }
    if (i + 2 < block.size() && block[i + 1] == '\r' && block[i + 2] == '\n') { header_end = i + 3; break; }
  }
  if (header_end == std::string_view::npos) {
    // Headers with no body: nothing to read.
    return;
  }
  const std::string_view status_line = block.substr(0, block.find('\n'));
  const size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos || TrimSpaces(status_line.substr(sp + 1)).substr(0, 3) != "200") return;
  const Headers http = ParseHeaders(block.substr(0, header_end));
  const std::string content_type = http.Get("content-type");
  const std::string mime = Lower(TrimSpaces(std::string_view(content_type).substr(0, content_type.find(';'))));
  if (mime != "text/html" && mime != "application/xhtml+xml") return;
  std::string_view body = block.substr(header_end);
  std::string decoded;
  if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
    const bool looks_chunked = !body.empty() && std::isxdigit(static_cast<unsigned char>(body.front()));
    if (looks_chunked) {
      if (!Dechunk(body, &decoded)) warn(where + ": malformed HTTP chunked encoding; using the part that decodes");
      body = decoded;
    }
  }
  const std::string encoding = Lower(TrimSpaces(http.Get("content-encoding")));
  std::string inflated;
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    if (!InflateBody(body, false, &inflated) && !(encoding == "deflate" && (inflated.clear(), InflateBody(body, true, &inflated)))) {
      if (inflated.empty()) {
        warn(where + ": cannot decompress " + encoding + " HTTP body; skipped");
        return;
      }
      warn(where + ": " + encoding + " HTTP body is damaged; using the part that decompresses");
    }
    body = inflated;
  } else if (!encoding.empty() && encoding != "identity") {
    warn(where + ": unsupported HTTP Content-Encoding '" + encoding + "'; skipped");
    return;
  }
  Document d;
  d.input = *ctx.name + "#" + std::to_string(record_number);
  d.id = ctx.stem + ":" + std::to_string(record_number);
  if (!HtmlToDocument(body, CharsetFromContentType(content_type), where, &d, warn)) return;
  const std::string uri = warc.Get("warc-target-uri");
  std::string_view target = TrimSpaces(uri);
  if (target.size() >= 2 && target.front() == '<' && target.back() == '>') target = target.substr(1, target.size() - 2);
  if (!target.empty()) d.url = utf8::Sanitize(target);  // header bytes are not checked anywhere else
  if (d.date.empty()) d.date = utf8::Sanitize(warc.Get("warc-date"));
  (*ctx.emit)(std::move(d));
}

}  // namespace

bool IsGzip(std::string_view head) { return head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b'; }

bool LooksLikeWarc(std::string_view head) { return head.starts_with("WARC/1."); }

Status ReadWarc(const std::string& name, std::string_view bytes, const std::function<void(Document&&)>& emit,
                const std::function<void(const std::string&)>& warn) {
  const bool gzip = IsGzip(bytes);
  ByteSource source(bytes, gzip);
  Stream stream(&source);
  RecordContext ctx{&name, WarcStem(name), &emit, &warn};
  const std::string offset_kind = gzip ? " in the decompressed data" : "";
  size_t record_number = 0;
  for (;;) {
    while (stream.Ensure(1) && (stream.Peek() == '\r' || stream.Peek() == '\n')) stream.Advance(1);
    if (!stream.Ensure(1)) break;
    ++record_number;
    const uint64_t offset = stream.offset();
    const std::string where = name + ": record " + std::to_string(record_number) + " (byte offset " + std::to_string(offset) + offset_kind + ")";
    stream.Ensure(8);
    if (!LooksLikeWarc(stream.View(8))) {
      if (record_number == 1) {
        const std::string gz_error = source.error().empty() ? "" : " (" + source.error() + ")";
        return Status::Corruption(name + ": not a WARC file (it does not start with a WARC/1.x record header)" + gz_error);
      }
      warn(where + ": not a WARC record header; the rest of the file is skipped");
      break;
    }
    const size_t header_length = stream.HeaderLength(kMaxHeader);
    if (header_length == std::string_view::npos) {
      warn(where + (stream.available() >= kMaxHeader ? ": record header longer than 64 KB; the rest of the file is skipped"
                                                       : ": truncated record header; the file ends inside it"));
      break;
    }
    const Headers warc = ParseHeaders(stream.View(header_length));
    uint64_t length = 0;
    if (!ParseLength(warc.Get("content-length"), &length)) {
      warn(where + ": record header has no valid Content-Length; the rest of the file is skipped");
      break;
    }
    stream.Advance(header_length);
    const std::string type = Lower(warc.Get("warc-type"));
    if (type == "response" && length <= kMaxResponse) {
      if (!stream.Ensure(static_cast<size_t>(length))) {
        warn(where + ": truncated record: Content-Length is " + std::to_string(length) + " but only " +
             std::to_string(stream.available()) + " bytes remain");
        break;
      }
      ProcessResponse(ctx, warc, stream.View(static_cast<size_t>(length)), record_number, where);
      stream.Advance(static_cast<size_t>(length));
    } else {
      if (type == "response") warn(where + ": response of " + std::to_string(length) + " bytes is larger than 64 MB; skipped");
      if (!stream.Skip(length)) {
        warn(where + ": truncated record: the file ends inside its " + std::to_string(length) + "-byte block");
        break;
      }
    }
  }
  if (!source.error().empty()) warn(name + ": " + source.error());
  return Status::Ok();
}

}  // namespace marsad::ingest
