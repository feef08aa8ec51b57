// Tests for marsad_base: UTF-8 handling, JSON writing, Status/Result, binary detection, chunked reading.
#include <gtest/gtest.h>

#include <cstdio>

#include "base/file.h"
#include "base/json_writer.h"
#include "base/status.h"
#include "base/utf8.h"

namespace marsad {
namespace {

TEST(Utf8, DecodesArabicAndRejectsInvalid) {
  const std::string s = "ب";
  const utf8::Decoded d = utf8::Decode(s, 0);
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(d.cp, 0x0628u);
  EXPECT_EQ(d.length, 2);
  const std::string bad = "\xC3\x28";  // continuation byte missing
  EXPECT_FALSE(utf8::Decode(bad, 0).valid);
  EXPECT_EQ(utf8::Decode(bad, 0).length, 1);
  EXPECT_FALSE(utf8::Decode(std::string("\xC0\xAF"), 0).valid);      // overlong '/'
  EXPECT_FALSE(utf8::Decode(std::string("\xED\xA0\x80"), 0).valid);  // surrogate
  EXPECT_FALSE(utf8::Decode(std::string("\xD8"), 0).valid);          // truncated at end
}

TEST(Utf8, FindsAndRepairsInvalidBytes) {
  const std::string s = std::string("ab\xFF") + "ج" + "\xFE";
  EXPECT_EQ(utf8::FindInvalid(s), (std::vector<size_t>{2, 5}));
  EXPECT_FALSE(utf8::IsValid(s));
  EXPECT_TRUE(utf8::IsValid(utf8::Sanitize(s)));
  EXPECT_EQ(utf8::Sanitize(s), "ab\xEF\xBF\xBDج\xEF\xBF\xBD");
}

TEST(Utf8, SafeCutNeverSplitsACharacter) {
  const std::string s = "سلام";  // 8 bytes
  EXPECT_EQ(utf8::SafeCut(s, 3), 2u);
  EXPECT_EQ(utf8::SafeCut(s, 4), 4u);
  EXPECT_EQ(utf8::SafeCut(s, 100), 8u);
}

TEST(JsonWriter, EscapesAndRepairs) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Field("a", std::string_view("q\"\\\n\x01")).Field("n", 3).Key("l").BeginArray().Int(1).Null().EndArray();
  w.Field("bad", std::string_view("x\xFFy")).EndObject();
  EXPECT_EQ(out, "{\"a\":\"q\\\"\\\\\\n\\u0001\",\"n\":3,\"l\":[1,null],\"bad\":\"x\xEF\xBF\xBDy\"}");
}

TEST(Status, CarriesCodeAndMessage) {
  Result<int> ok = 5;
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 5);
  Result<int> bad = Status::NotFound("x.txt: no such file");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(bad.status().ToString(), "not found: x.txt: no such file");
}

TEST(File, DescribesBinaryAndLegacyEncodings) {
  EXPECT_EQ(DescribeBinary("مرحبا بالعالم\n"), "");
  EXPECT_NE(DescribeBinary(std::string("PK\x03\x04\x00\x00", 6)).find("NUL"), std::string::npos);
  // "مرحبا" in Windows-1256, repeated: all high bytes, none valid UTF-8.
  std::string cp1256;
  for (int i = 0; i < 10; ++i) cp1256 += "\xE3\xD1\xCD\xC8\xC7 ";
  EXPECT_NE(DescribeBinary(cp1256).find("Windows-1256"), std::string::npos);
}

TEST(File, ReadFileReportsMissingFile) {
  Result<std::string> r = ReadFile("/nonexistent/marsad-test.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/marsad-test.txt"), std::string::npos);
}

TEST(File, ChunkedReaderCutsAtLineOrSpaceAndCoversEverything) {
  std::string input;
  for (int i = 0; i < 1000; ++i) input += "كلمة" + std::to_string(i) + (i % 37 == 0 ? "\n" : " ");
  std::FILE* f = fmemopen(input.data(), input.size(), "rb");
  ASSERT_NE(f, nullptr);
  ChunkedReader reader(f, 256);
  std::string chunk, joined;
  uint64_t offset = 0;
  while (reader.Next(&chunk, &offset)) {
    EXPECT_EQ(offset, joined.size());
    EXPECT_LE(chunk.size(), 256u);
    EXPECT_TRUE(chunk.back() == ' ' || chunk.back() == '\n' || joined.size() + chunk.size() == input.size());
    joined += chunk;
  }
  std::fclose(f);
  EXPECT_EQ(joined, input);
}

TEST(Strings, FindFirstOfTakesTheEarliestNeedleAndTheFirstListedAtATie) {
  const Found dash = FindFirstOf("بكين/ ارنا-- يزور", {"-", "--", "–"});
  EXPECT_EQ(dash.pos, std::string_view("بكين/ ارنا").size());
  EXPECT_EQ(dash.length, 1u);  // "-" is listed before "--"
  EXPECT_EQ(FindFirstOf("a -- b", {"--", "-"}).length, 2u);
  EXPECT_EQ(FindFirstOf("a – b - c", {"-", "–"}).pos, 2u);  // the en dash comes first in the text
  EXPECT_EQ(FindFirstOf("no dash", {"-", "–"}).pos, std::string_view::npos);
}

TEST(File, ChunkedReaderHandlesOneHugeWordWithoutSplittingCharacters) {
  std::string input;
  for (int i = 0; i < 500; ++i) input += "ب";
  std::FILE* f = fmemopen(input.data(), input.size(), "rb");
  ChunkedReader reader(f, 101);
  std::string chunk, joined;
  uint64_t offset = 0;
  while (reader.Next(&chunk, &offset)) {
    EXPECT_TRUE(utf8::IsValid(chunk));
    joined += chunk;
  }
  std::fclose(f);
  EXPECT_EQ(joined, input);
}

}  // namespace
}  // namespace marsad
