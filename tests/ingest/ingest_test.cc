// Tests for ingest: JSONL, text, HTML and WARC readers, legacy encodings, chrome removal on the example
// articles, datelines, duplicates. HTML and WARC inputs are small synthetic pages built here.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <zlib.h>

#include <filesystem>

#include "base/file.h"
#include "ingest/cleaner.h"
#include "ingest/dedup.h"
#include "ingest/document.h"
#include "test_analyzer.h"

namespace marsad::ingest {
namespace {

const Cleaner& C() {
  static const Cleaner c = Cleaner::Load(MARSAD_DATA_DIR, test::SharedAnalyzer()).value();
  return c;
}

Document Cleaned(const std::string& raw, const std::string& title = "") {
  Document d;
  d.raw_text = raw;
  d.title = title;
  C().Clean(&d);
  return d;
}

std::string Removed(const Document& d) {
  std::string all;
  for (const auto& r : d.removed) all += d.raw_text.substr(r.start, r.end - r.start) + "\n";
  return all;
}

TEST(Cleaner, IrnaSeedKeepsEverySentenceAndDropsComments) {
  Document d;
  d.raw_text = ReadFile(MARSAD_EXAMPLES_DIR "/irna-baqeri-beijing.txt").value();
  C().Clean(&d);
  const std::string removed = Removed(d);
  for (const char* chrome : {"انتهى** 2344", "تعليقك", "You are replying to", "4 + 7 ="}) {
    EXPECT_NE(removed.find(chrome), std::string::npos) << chrome;
    EXPECT_EQ(d.text.find(chrome), std::string::npos) << chrome;
  }
  // Article sentences are all kept, first and last included.
  EXPECT_NE(d.text.find("زيارة اللواء باقري إلى بكين؛"), std::string::npos);
  EXPECT_NE(d.text.find("وهو يؤمن بقدرة جمهورية الصين الشعبية وقدرتها على لعب دور في مختلف المجالات الإقليمية والدولية."), std::string::npos);
  EXPECT_NE(d.text.find("ومن المتوقع أيضا أن تُعقد التدريبات المشتركة"), std::string::npos);
  ASSERT_TRUE(d.dateline.has_value());
  EXPECT_EQ(d.dateline->place, "بكين");
  EXPECT_EQ(d.dateline->agency, "IRNA");
  EXPECT_EQ(d.dateline->date, "--09-11");
}

TEST(Cleaner, AsharqSeedDropsWidgetCaptionsAndReadAlso) {
  Document d;
  d.raw_text = ReadFile(MARSAD_EXAMPLES_DIR "/asharq-baqeri-moscow.txt").value();
  C().Clean(&d);
  const std::string removed = Removed(d);
  EXPECT_NE(removed.find("time reading icon"), std::string::npos);
  EXPECT_NE(removed.find("اقرأ أيضاً:"), std::string::npos);
  EXPECT_EQ(d.text.find("23 فبراير 2021 - AFP"), std::string::npos);  // both copies of the caption
  EXPECT_EQ(d.text.find("دقائق القراءة"), std::string::npos);
  EXPECT_NE(d.text.find("وكشف باقري أن البلدين بحثا تعاقدات عسكرية"), std::string::npos);
  EXPECT_NE(d.text.find("اتفاقية لشراء الأسلحة"), std::string::npos);  // a subheading is article text
  ASSERT_TRUE(d.dateline.has_value());
  EXPECT_EQ(d.dateline->place, "دبي");
  EXPECT_EQ(d.dateline->agency, "Asharq");
}

TEST(Cleaner, PhraseRulesSpareProse) {
  const std::string prose = "وقال مصدر إن التحضيرات للخلية المفترضة كانت منسقة من خلال نقاشات خاصة ضمن مجموعة عبر تطبيق تلغرام.";
  EXPECT_EQ(Cleaned(prose + "\nتابعونا على تويتر").text, prose);
}

TEST(Cleaner, DatelineShapes) {
  auto dl = [](const std::string& line) {
    const Document d = Cleaned(line + " قال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.");
    return d.dateline ? d.dateline->place + "|" + d.dateline->agency : std::string("none");
  };
  EXPECT_EQ(dl("القاهرة (أ ف ب) -"), "القاهرة|AFP");
  EXPECT_EQ(dl("واشنطن، الولايات المتحدة (CNN)--"), "واشنطن، الولايات المتحدة|CNN");
  EXPECT_EQ(dl("(CNN)--"), "|CNN");
  const Document london = Cleaned("لندن - رويترز\nقال المتحدث باسم الوزارة إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.");
  ASSERT_TRUE(london.dateline.has_value());
  EXPECT_EQ(london.dateline->agency, "Reuters");
  EXPECT_EQ(dl("قال وزير الخارجية - في مؤتمر صحفي عقده اليوم مع نظيره الفرنسي في العاصمة باريس بعد لقاء مطول"), "none");
}

TEST(Cleaner, CatchesChromeWithoutAPhrase) {
  const std::string caption = "الرئيس يصافح ضيفه في القصر - رويترز";
  const std::string body = "قال الرئيس في مؤتمر صحفي إن المحادثات كانت مثمرة وإن الجانبين اتفقا على مواصلة التعاون.";
  const Document d = Cleaned(caption + "\n" + body + "\nwidget-123 | share\nFollow us");
  EXPECT_EQ(d.text, body);
  EXPECT_EQ(d.removed.size(), 3u);
}

TEST(Readers, JsonlKeepsUnknownFieldsAndReportsBadLines) {
  const std::string path = testing::TempDir() + "/docs.jsonl";
  ASSERT_TRUE(WriteFile(path, "{\"id\":\"a\",\"title\":\"t\",\"text\":\"نص\",\"date\":\"2021-09-11\",\"category\":\"x\",\"n\":[1,2]}\n"
                              "{\"id\":\"b\",\"text\":\n"
                              "\n"
                              "{\"id\":7,\"text\":\"نص آخر\"}\n"
                              "{\"title\":\"no text\"}\n").ok());
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ReadDocuments(path, InputFormat::kAuto, [&](Document&& d) { docs.push_back(std::move(d)); },
                            [&](const std::string& w) { warnings.push_back(w); }).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].date, "2021-09-11");
  EXPECT_EQ(docs[0].extra_json, "{\"category\":\"x\",\"n\":[1,2]}");
  EXPECT_EQ(docs[1].id, "7");
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("docs.jsonl:2"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("docs.jsonl:5"), std::string::npos) << warnings[1];
}

TEST(Readers, FoldersAndBadFiles) {
  const std::string dir = testing::TempDir() + "/marsad-folder";
  std::filesystem::create_directories(dir + "/sub");
  ASSERT_TRUE(WriteFile(dir + "/one.txt", "نص أول").ok());
  ASSERT_TRUE(WriteFile(dir + "/sub/two.txt", "نص ثان").ok());
  ASSERT_TRUE(WriteFile(dir + "/bin.dat", std::string("\x00\x01\x02", 3)).ok());
  std::vector<std::string> ids, warnings;
  ASSERT_TRUE(ReadDocuments(dir, InputFormat::kAuto, [&](Document&& d) { ids.push_back(d.id); },
                            [&](const std::string& w) { warnings.push_back(w); }).ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"one", "two"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("bin.dat"), std::string::npos);
  EXPECT_FALSE(ReadDocuments(dir + "/missing.txt", InputFormat::kAuto, [](Document&&) {}, [](const std::string&) {}).ok());
}

TEST(Deduplicator, ExactAndNearDuplicates) {
  Deduplicator dedup(test::SharedAnalyzer().normalizer());
  const std::string story =
      "قال وزير الخارجية الإيراني إن بلاده مستعدة لاستئناف المحادثات النووية مع القوى الكبرى في فيينا خلال الأسابيع "
      "المقبلة، مشيرا إلى أن الوفد الإيراني سيطرح مقترحات جديدة تتعلق برفع العقوبات الأميركية المفروضة على طهران منذ "
      "انسحاب واشنطن من الاتفاق النووي، وأضاف أن نجاح المحادثات يعتمد على جدية الطرف الآخر في الوفاء بالتزاماته.";
  Document a, b, c, e;
  a.id = "a"; a.text = story;
  b.id = "b"; b.text = "«" + story + "»";  // same words, different punctuation: exact after normalisation
  c.id = "c"; c.text = story + " وكان الوزير قد التقى أمس نظيره العماني في مسقط.";
  e.id = "e"; e.text = "أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في عدة محافظات خلال اليومين الماضيين، ودعت المواطنين إلى الالتزام بالإجراءات الوقائية وتلقي اللقاحات في المراكز المعتمدة.";
  dedup.Add(&a);
  dedup.Add(&b);
  dedup.Add(&c);
  dedup.Add(&e);
  EXPECT_EQ(b.duplicate_of, "a");
  EXPECT_EQ(c.near_duplicate_of, "a");
  EXPECT_GE(c.similarity, 0.7);
  EXPECT_TRUE(e.duplicate_of.empty());
  EXPECT_TRUE(e.near_duplicate_of.empty());
  const auto clusters = dedup.Clusters();
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].ids, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_FALSE(clusters[0].exact);
}

// ---- HTML, WARC and legacy encodings ----

struct Collected {
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  Status status;
};

Collected ReadBuffer(const std::string& name, const std::string& bytes, InputFormat format = InputFormat::kAuto) {
  Collected c;
  c.status = ReadDocumentsFromBuffer(name, bytes, format, [&](Document&& d) { c.docs.push_back(std::move(d)); },
                                     [&](const std::string& w) { c.warnings.push_back(w); });
  return c;
}

bool Contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

std::string ToLegacy(const std::string& utf8_text, const char* charset) {
  std::string out(utf8_text.size() * 2 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8_text.data(),
                                 static_cast<int32_t>(utf8_text.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<size_t>(n));
  return out;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

const char kArticleP1[] = "وصل وزير الخارجية إلى العاصمة الصينية اليوم في زيارة رسمية تستمر ثلاثة أيام يلتقي خلالها كبار المسؤولين.";
const char kArticleP2[] = "وقال الوزير إن الزيارة تهدف إلى تعزيز التعاون الاقتصادي بين البلدين وبحث الملفات الإقليمية.";

std::string ArticlePage(const std::string& head_extra = "", const std::string& title = "وزير الخارجية يزور بكين") {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | موقع الاختبار</title>" + head_extra +
         "</head><body>\n"
         "<header><nav><ul><li><a href=\"/\">الرئيسية</a></li><li>سياسة</li></ul></nav></header>\n"
         "<div class=\"page has-sidebar\"><div class=\"breadcrumb\">الرئيسية › سياسة</div>\n"
         "<article><h1>" + title + "</h1>\n"
         "<p>" + std::string(kArticleP1) + "</p>\n"
         "<p>" + std::string(kArticleP2) + "<script>var x = 'لا';</script></p>\n"
         "<div class=\"social-share\">شارك على فيسبوك</div>\n"
         "</article>\n"
         "<aside><p>الأكثر قراءة اليوم في الموقع</p></aside>\n"
         "<div id=\"comments\"><p>تعليق من قارئ غاضب على الخبر</p></div>\n"
         "<section class=\"related-articles\"><p>أخبار ذات صلة بالزيارة</p></section>\n"
         "<div class=\"newsletter\">اشترك في النشرة البريدية</div></div>\n"
         "<footer><p>جميع الحقوق محفوظة ٢٠٢١</p></footer>\n"
         "</body></html>\n";
}

TEST(HtmlReader, ExtractsMetadataAndArticleBody) {
  const std::string meta =
      "<meta property=\"og:title\" content=\"وزير الخارجية يزور بكين\">"
      "<meta property=\"og:site_name\" content=\"وكالة الاختبار\">"
      "<meta property=\"og:url\" content=\"https://news.example/politics/1\">"
      "<meta property=\"article:published_time\" content=\"2021-09-11T10:00:00+03:00\">"
      "<link rel=\"canonical\" href=\"https://news.example/other\">";
  const Collected c = ReadBuffer("page.html", ArticlePage(meta));
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "page");
  EXPECT_EQ(d.input, "page.html");
  EXPECT_EQ(d.title, "وزير الخارجية يزور بكين");
  EXPECT_EQ(d.source, "وكالة الاختبار");
  EXPECT_EQ(d.url, "https://news.example/politics/1");
  EXPECT_EQ(d.date, "2021-09-11T10:00:00+03:00");
  EXPECT_EQ(d.raw_text, std::string(kArticleP1) + "\n\n" + kArticleP2);
  for (const char* chrome : {"الرئيسية", "شارك", "الأكثر قراءة", "تعليق", "ذات صلة", "النشرة", "الحقوق", "var x"}) {
    EXPECT_FALSE(Contains(d.raw_text, chrome)) << chrome;
  }
  EXPECT_TRUE(c.warnings.empty());
}

TEST(HtmlReader, FallbacksForTitleDateAndUrl) {
  // No og: tags: <title>, <link rel=canonical> and JSON-LD datePublished.
  const std::string jsonld =
      "<link rel=\"canonical\" href=\"https://news.example/c\">"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2021-09-12T08:30:00Z\"}</script>";
  Collected c = ReadBuffer("x.htm", ArticlePage(jsonld));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "وزير الخارجية يزور بكين | موقع الاختبار");
  EXPECT_EQ(c.docs[0].url, "https://news.example/c");
  EXPECT_EQ(c.docs[0].date, "2021-09-12T08:30:00Z");
  // <time datetime> comes before JSON-LD; meta name="date" before both.
  const std::string page_time = "<html><body><div><time datetime=\"2021-01-02\">٢ يناير</time><p>" + std::string(kArticleP1) +
                                "</p></div><script type=\"application/ld+json\">{\"datePublished\":\"1999-01-01\"}</script></body></html>";
  c = ReadBuffer("t", page_time);  // detected by content
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date, "2021-01-02");
  EXPECT_EQ(c.docs[0].id, "t");
  c = ReadBuffer("m.html", "<html><head><meta name=\"DC.date\" content=\"2020-05-05\"></head><body><h1>عنوان أول</h1><p>" +
                               std::string(kArticleP2) + "</p></body></html>");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date, "2020-05-05");
  EXPECT_EQ(c.docs[0].title, "عنوان أول");  // first <h1> when there is neither og:title nor <title>
  EXPECT_EQ(c.docs[0].raw_text, kArticleP2);  // the title line is not repeated in the body
}

TEST(HtmlReader, PicksTheDensestElementWithoutArticleTag) {
  std::string page = "<html><body><div id=\"menu\"><p>قائمة</p></div><div class=\"col\"><div class=\"teaser\"><p>خبر قصير آخر</p></div>"
                     "<div class=\"story\">";
  for (int i = 0; i < 3; ++i) page += "<p>" + std::string(kArticleP1) + "</p>";
  page += "<table><tr><td>خلية</td><td>ثانية</td></tr></table></div></div></body></html>";
  const Collected c = ReadBuffer("dense.html", page);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_FALSE(Contains(c.docs[0].raw_text, "خبر قصير آخر"));
  EXPECT_FALSE(Contains(c.docs[0].raw_text, "قائمة"));
  EXPECT_TRUE(Contains(c.docs[0].raw_text, std::string(kArticleP1) + "\n\n" + kArticleP1));
  EXPECT_TRUE(Contains(c.docs[0].raw_text, "خلية ثانية"));
}

TEST(HtmlReader, PageWithoutTextIsReportedNotEmitted) {
  const Collected c = ReadBuffer("empty.html", "<!DOCTYPE html><html><head><title>صفحة</title></head><body><nav>قائمة</nav>"
                                               "<script>document.write('x')</script></body></html>");
  EXPECT_TRUE(c.status.ok());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Contains(c.warnings[0], "empty.html")) << c.warnings[0];
  EXPECT_TRUE(Contains(c.warnings[0], "no article text")) << c.warnings[0];
}

TEST(HtmlReader, AbsurdNestingIsRefusedBeforeParsing) {
  std::string page = "<html><body>";
  for (int i = 0; i < 6000; ++i) page += "<div>";
  page += "<p>" + std::string(kArticleP1) + "</p></body></html>";
  const Collected c = ReadBuffer("deep.html", page);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Contains(c.warnings[0], "deep.html: HTML elements nested about 6000 deep")) << c.warnings[0];
  // Scripts, comments, void and optional-end elements do not count.
  std::string ok = "<html><body><script>" + std::string(8000, '<') + "div</script><!-- <div><div> -->";
  for (int i = 0; i < 6000; ++i) ok += "<p>" + std::string(kArticleP2) + "<br><img src=x>";
  ok += "</body></html>";
  EXPECT_EQ(ReadBuffer("wide.html", ok).docs.size(), 1u);
}

TEST(HtmlReader, WholePageInAFormIsStillRead) {
  // Some sites wrap the whole page in <form>; a "chrome" element holding most of the text is kept.
  std::string page = "<html><body><form id=\"aspnetForm\"><div class=\"content\">";
  for (int i = 0; i < 3; ++i) page += "<p>" + std::string(kArticleP2) + "</p>";
  page += "</div></form></body></html>";
  const Collected c = ReadBuffer("form.html", page);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(Contains(c.docs[0].raw_text, kArticleP2));
}

TEST(Encodings, HtmlMetaCharsetWindows1256) {
  const std::string utf8_page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                                "<title>خبر</title></head><body><p>" + std::string(kArticleP1) + "</p></body></html>";
  const Collected c = ReadBuffer("legacy.html", ToLegacy(utf8_page, "windows-1256"));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].raw_text, kArticleP1);
  EXPECT_EQ(c.docs[0].title, "خبر");
  EXPECT_TRUE(c.warnings.empty());  // declared, so no warning
  // A page labelled windows-1256 that is in fact UTF-8 is read as UTF-8.
  const Collected mislabelled = ReadBuffer("utf8.html", utf8_page);
  ASSERT_EQ(mislabelled.docs.size(), 1u);
  EXPECT_EQ(mislabelled.docs[0].raw_text, kArticleP1);
}

TEST(Encodings, Windows1256TextIsConvertedWithAWarning) {
  const std::string text = std::string(kArticleP1) + "\n" + kArticleP2 + "\n";
  const std::string dir = testing::TempDir() + "/marsad-cp1256";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(WriteFile(dir + "/old.txt", ToLegacy(text, "windows-1256")).ok());
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ReadDocuments(dir + "/old.txt", InputFormat::kAuto, [&](Document&& d) { docs.push_back(std::move(d)); },
                            [&](const std::string& w) { warnings.push_back(w); }).ok());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].raw_text, text);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(Contains(warnings[0], "old.txt")) << warnings[0];
  EXPECT_TRUE(Contains(warnings[0], "converted from Windows-1256")) << warnings[0];
  // ISO-8859-6 too.
  const Collected iso = ReadBuffer("iso.txt", ToLegacy(text, "iso-8859-6"));
  ASSERT_EQ(iso.docs.size(), 1u);
  EXPECT_EQ(iso.docs[0].raw_text, text);
  ASSERT_EQ(iso.warnings.size(), 1u);
  EXPECT_TRUE(Contains(iso.warnings[0], "ISO-8859-6")) << iso.warnings[0];
  // Latin-1 bytes are neither UTF-8 nor Arabic: still rejected.
  std::string latin;
  for (int i = 0; i < 40; ++i) latin += "caf\xE9 cr\xE8me ";
  const Collected rejected = ReadBuffer("latin.txt", latin);
  EXPECT_FALSE(rejected.status.ok());
  EXPECT_TRUE(Contains(rejected.status.message(), "not UTF-8")) << rejected.status.message();
  EXPECT_TRUE(rejected.docs.empty());
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& date, const std::string& block,
                       const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: " + date +
         "\r\nWARC-Record-ID: <urn:uuid:0>\r\nContent-Type: " + content_type + "\r\nContent-Length: " +
         std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string HttpResponse(const std::string& status, const std::string& content_type, const std::string& body,
                         const std::string& extra_headers = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + content_type + "\r\n" + extra_headers + "\r\n" + body;
}

std::vector<std::string> WarcRecords() {
  const std::string page1 = "<html><head><title>الخبر الأول</title></head><body><p>" + std::string(kArticleP1) + "</p></body></html>";
  const std::string page2 = "<html><head><meta property=\"article:published_time\" content=\"2021-09-13\"></head><body><article><p>" +
                            std::string(kArticleP2) + "</p></article></body></html>";
  std::string chunked;  // page2 in two chunks
  chunked += "10\r\n" + page2.substr(0, 16) + "\r\n";
  char hex[32];
  std::snprintf(hex, sizeof hex, "%zx", page2.size() - 16);
  chunked += std::string(hex) + ";ext=1\r\n" + page2.substr(16) + "\r\n0\r\n\r\n";
  return {
      WarcRecord("warcinfo", "", "2021-09-11T00:00:00Z", "software: test\r\n", "application/warc-fields"),
      WarcRecord("request", "https://a.example/1", "2021-09-11T01:00:00Z", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n",
                 "application/http; msgtype=request"),
      WarcRecord("response", "https://a.example/1", "2021-09-11T01:00:01Z",
                 HttpResponse("200 OK", "text/html; charset=utf-8", page1)),
      WarcRecord("response", "https://a.example/logo.png", "2021-09-11T01:00:02Z", HttpResponse("200 OK", "image/png", "\x89PNG\r\n")),
      WarcRecord("response", "https://a.example/missing", "2021-09-11T01:00:03Z", HttpResponse("404 Not Found", "text/html", page1)),
      WarcRecord("response", "https://a.example/2", "2021-09-11T01:00:04Z",
                 HttpResponse("200 OK", "text/html", chunked, "Transfer-Encoding: chunked\r\n")),
  };
}

void ExpectTwoArticles(const Collected& c, const std::string& stem) {
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].url, "https://a.example/1");
  EXPECT_EQ(c.docs[0].title, "الخبر الأول");
  EXPECT_EQ(c.docs[0].date, "2021-09-11T01:00:01Z");  // WARC-Date when the page has none
  EXPECT_EQ(c.docs[0].raw_text, kArticleP1);
  EXPECT_EQ(c.docs[0].id, stem + ":3");
  EXPECT_EQ(c.docs[1].url, "https://a.example/2");
  EXPECT_EQ(c.docs[1].date, "2021-09-13");  // the page's own date first
  EXPECT_EQ(c.docs[1].raw_text, kArticleP2);  // chunked transfer encoding decoded
  EXPECT_EQ(c.docs[1].id, stem + ":6");
}

TEST(WarcReader, PlainWarcKeepsHtmlResponsesOnly) {
  std::string warc;
  for (const std::string& r : WarcRecords()) warc += r;
  const Collected c = ReadBuffer("crawl.warc", warc);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ExpectTwoArticles(c, "crawl");
  EXPECT_TRUE(c.warnings.empty()) << c.warnings[0];
  EXPECT_EQ(c.docs[0].input, "crawl.warc#3");
}

TEST(WarcReader, GzipOneMemberPerRecordAndWholeFile) {
  std::string members, whole;
  for (const std::string& r : WarcRecords()) {
    members += Gzip(r);
    whole += r;
  }
  Collected c = ReadBuffer("crawl.warc.gz", members);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ExpectTwoArticles(c, "crawl");
  EXPECT_TRUE(c.warnings.empty());
  c = ReadBuffer("-", Gzip(whole));  // detected by the gzip magic
  ExpectTwoArticles(c, "stdin");
  EXPECT_TRUE(c.warnings.empty());
}

TEST(WarcReader, TruncatedGzipKeepsEarlierRecords) {
  const std::vector<std::string> records = WarcRecords();
  std::string members;
  for (size_t i = 0; i + 1 < records.size(); ++i) members += Gzip(records[i]);
  const size_t last_member = members.size();
  const std::string last = Gzip(records.back());
  members += last.substr(0, last.size() / 2);
  const Collected c = ReadBuffer("cut.warc.gz", members);
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].url, "https://a.example/1");
  ASSERT_FALSE(c.warnings.empty());
  std::string all;
  for (const auto& w : c.warnings) all += w + "\n";
  EXPECT_TRUE(Contains(all, "cut.warc.gz")) << all;
  EXPECT_TRUE(Contains(all, "truncated")) << all;
  EXPECT_TRUE(Contains(all, "byte offset " + std::to_string(last_member))) << all;  // the member that was cut
}

TEST(WarcReader, TruncatedRecordAndBadInput) {
  std::string warc;
  const std::vector<std::string> records = WarcRecords();
  for (size_t i = 0; i + 1 < records.size(); ++i) warc += records[i];
  const size_t offset = warc.size();
  warc += records.back().substr(0, records.back().size() - 40);
  Collected c = ReadBuffer("cut.warc", warc);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Contains(c.warnings[0], "cut.warc: record 6 (byte offset " + std::to_string(offset) + ")")) << c.warnings[0];
  EXPECT_TRUE(Contains(c.warnings[0], "truncated")) << c.warnings[0];
  // Not WARC at all, forced: an error naming the input.
  c = ReadBuffer("page.txt", "نص عادي", InputFormat::kWarc);
  EXPECT_FALSE(c.status.ok());
  EXPECT_TRUE(Contains(c.status.message(), "page.txt: not a WARC file")) << c.status.message();
  // Gzip that is not a WARC.
  c = ReadBuffer("notes.gz", Gzip("نص عادي"));
  EXPECT_FALSE(c.status.ok());
}

TEST(Readers, JsonlLineWithBrokenFieldCostsOnlyItself) {
  // Found by jsonl_reader_fuzz: a broken member after a good one used to throw out of simdjson.
  const Collected c = ReadBuffer("broken.jsonl", "{\"id\": \"a\", (\"text\": \"نص\"}\n{\"text\": [1], \"id\": 1}\n{\"text\": \"نص سليم\"}\n");
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "broken:3");
  ASSERT_EQ(c.warnings.size(), 3u);
  EXPECT_TRUE(Contains(c.warnings[0], "broken.jsonl:1: malformed JSON")) << c.warnings[0];
}

TEST(Readers, ParseInputFormat) {
  InputFormat f = InputFormat::kAuto;
  EXPECT_TRUE(ParseInputFormat("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
  EXPECT_TRUE(ParseInputFormat("warc", &f));
  EXPECT_EQ(f, InputFormat::kWarc);
  EXPECT_FALSE(ParseInputFormat("pdf", &f));
}

}  // namespace
}  // namespace marsad::ingest
