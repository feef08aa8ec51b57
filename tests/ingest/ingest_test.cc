// Tests for ingest: JSONL and text readers, chrome removal on the example articles, datelines, duplicates.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "ingest/cleaner.h"
#include "ingest/dedup.h"
#include "ingest/document.h"

namespace marsad::ingest {
namespace {

const text::Analyzer& A() {
  static const text::Analyzer a = [] {
    text::AnalyzerOptions o;
    o.data_dir = MARSAD_DATA_DIR;
    return text::Analyzer::Load(o).value();
  }();
  return a;
}
const Cleaner& C() {
  static const Cleaner c = Cleaner::Load(MARSAD_DATA_DIR, A()).value();
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
  Deduplicator dedup(A().normalizer());
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

}  // namespace
}  // namespace marsad::ingest
