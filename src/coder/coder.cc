// Coder implementation. Per sentence: (1) read every word twice, as written and with its conjunction or
// preposition clitics removed; (2) find actor and agent mentions (longest dictionary match) and group
// adjacent ones into noun phrases (رئيس الأركان + الإيرانية + محمد باقري -> IRNMIL); (3) find event
// triggers; (4) give each trigger a source and target by its slots (subject, object, possessor,
// preposition), Arabic word order (VSO and SVO), coordination (إيران وروسيا), symmetric بين X و Y,
// counterpart words (نظيره), and a subject carried over from the previous sentence; (5) set modality
// (planned, negated, hypothetical, reported), date, place and evidence. Reports of violence get their own
// reading of voice, attacker and victim (unmarked passives, attack nouns' nationalities, victims' genitives,
// counted victims, places): docs/formats/events.md lists the rules, tests/coder/coder_test.cc shows each.
#include "coder/coder.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>
#include <limits>
#include <set>
#include <unordered_map>

#include "absl/container/flat_hash_set.h"
#include "absl/container/node_hash_map.h"

#include "base/file.h"
#include "base/utf8.h"

namespace marsad::coder {

using namespace std::string_view_literals;  // == "..."sv compares sizes first; std::string == "..." always calls memcmp
namespace {

// Fixed word lists, looked up for every word of every sentence: hashed, not ordered (a std::set of
// strings spent about a tenth of the coder's time in string comparisons).
using WordSet = absl::flat_hash_set<std::string>;

using text::Token;
using text::TokenKind;

// How a distinct spelling reads once its clitics are analysed (memoised per thread).
struct WordReading {
  std::string stripped;   // without conjunction, preposition and pronoun clitics (the article kept)
  std::string stem;       // without the article too
  std::string clitic;     // the leading conjunction/preposition clitics ("و", "ب", "ول", ...)
  bool article = false;
  bool conj = false;      // begins with the conjunction و
  bool changed = false;   // stripped differs from the word as written
  bool pronoun = false;   // ends in a possessive/object pronoun (جنوده، قواته)
  bool final_ya = false;  // a final ي was split off: a noun's construct plural or "my" (مسؤولي، شكري), never a verb's
  uint8_t starts[2] = {0, 0};  // Dictionaries::StartsAt of the word as written and of `stripped`
  bool sports = false;    // a word of sports news (المباراة، الدوري، اللاعب): see SportsWords()
  bool accident = false;  // a word of accidents and disasters (حادث مروري، زلزال، غرق): see AccidentWords()
};

// One word of a sentence in its readings.
struct Word {
  uint32_t token = 0;     // index into AnalyzedText::tokens
  const WordReading* reading = nullptr;  // null for non-Arabic tokens
  uint8_t starts[2] = {0, 0};            // kinds of dictionary phrase that may start here, per reading
  bool article = false;   // the word carries ال
  bool punct = false;
  bool comma = false;     // ، or ,
  bool conj = false;      // begins with the conjunction و (a new coordinated item)
};

// An actor noun phrase: adjacent actor/agent mentions.
struct Group {
  size_t first = 0, last = 0;  // word range [first, last)
  std::string country;         // ISO alpha-3 (or IGO... for organisations)
  std::string role;            // GOV MIL ...
  std::string full;            // a complete code from an organisation, group or person entry
  bool counterpart = false;    // نظيره: the role of the other side
  bool weak = false;           // only a capital or a nationality adjective: often a place or a description
  bool place = true;           // only country names and capitals: a place when a preposition introduces it
  bool pronoun = false;        // an agent with a possessive pronoun (جنوده): its country is its antecedent's
  bool accusative = false;     // begins with an indefinite accusative (جنديا، مسلحا): an object, not a subject
  bool whole_first = false;    // the first word matched as written: its "clitics" are part of the name (باقري)
  bool person = false;         // names a person (an officials entry)
  std::string Code() const {
    if (!full.empty()) return full;
    return country + role;
  }
};

bool IsRoleCode(std::string_view s) { return dict::IsKnownRole(s); }

// CAMEO roots 18 (assault), 19 (fight) and 20 (mass violence): the codes the violence rules apply to.
bool Violent(std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  return root == "18"sv || root == "19"sv || root == "20"sv;
}

// CAMEO root 14 (protest): demonstrations, sit-ins and strikes are reported with or without the party
// they are aimed at (تظاهر آلاف الطلاب في القاهرة), so they are coded without a target when none is named.
bool Protest(std::string_view cameo) { return cameo.substr(0, 2) == "14"sv; }

// A pattern whose own words name its actors (المتظاهرون: SOURCE_SLOT self).
bool NamesItself(const dict::EventPattern& p) { return p.source_slots.size() == 1 && p.source_slots[0] == "self"sv; }

// Two words with the same plural or feminine ending, as a noun and its adjective have.
bool SameEnding(std::string_view a, std::string_view b) {
  for (std::string_view end : {"ين", "ون", "ات", "ه"}) {
    if (a.ends_with(end) && b.ends_with(end)) return true;
  }
  return false;
}

// Splits a full actor code into country part and role part when it is state-based (IRNMIL -> IRN, MIL).
void SplitCode(const std::string& code, std::string* country, std::string* role) {
  if (code.size() >= 3 && !IsRoleCode(code.substr(0, 3)) && code.rfind("IGO", 0) != 0 && code.rfind("NGO", 0) != 0 &&
      code.rfind("IMG", 0) != 0) {
    *country = code.substr(0, 3);
    *role = code.substr(3);
  } else {
    country->clear();
    *role = code;
  }
}

// The role of a party: its own, or the role part of its complete code (IRNMIL -> MIL).
std::string RoleOf(const Group& g) {
  std::string country, role = g.role;
  if (!g.full.empty()) SplitCode(g.full, &country, &role);
  return role;
}

// Roles that carry arms: their "attack" is force, not words.
bool ArmedRole(const std::string& role) {
  static const WordSet kArmed = {"MIL", "REB", "UAF", "COP", "CRM", "SPY", "INS"};
  return kArmed.contains(role);
}

const WordSet& Prepositions() {
  static const WordSet p = {"الي", "مع", "ضد", "علي", "في", "من", "عن", "لدي", "نحو", "تجاه", "بين", "عبر",
                            "بعد", "قبل", "خلال", "اثر", "جراء", "بسبب", "امام", "خارج", "قرب",
                            // A topic (محادثات حول إيران، بشأن سوريا) is neither side of an act.
                            "حول", "بشان", "حيال", "ازاء"};
  return p;
}

// Sports news names teams by their country (سيطرت ألمانيا على المباراة): words that make a sentence one.
const WordSet& SportsWords() {
  static const WordSet w = {"المباراه", "مباراه", "مباريات", "المباريات", "الدوري", "المونديال", "مونديال", "اللاعب",
                            "لاعب", "لاعبي", "اللاعبين", "لاعبين", "النادي", "ناديه", "الملعب", "ملعب", "الهداف",
                            "منتخبي", "منتخبات", "المنتخبات", "الاولمبيه", "الاولمبي", "اولمبياد", "الاولمبياد", "نادي",
                            "هداف", "منتخبا", "منتخبان", "المنتخبين", "المدرب", "مدرب", "البطوله", "المحترفين",
                            "المحترف", "الانتقالات", "انتقالات", "الفيفا", "الكره", "المرمي", "الشوط",
                            "بطوله", "السوبر", "ركلات", "ركله"};
  return w;
}

// Common Arab first names: a nationality after one is a family name (محمد المصري); before a family name
// they introduce a person (أيمن الصفدي).
const WordSet& FirstNames() {
  static const WordSet w = {"محمد", "احمد", "حسن", "حسين", "خالد", "منصور", "سعيد", "سعد", "عمر",
                            "يوسف", "ابراهيم", "مصطفي", "محمود", "فهد", "ناصر", "صالح", "فيصل", "عادل",
                            "جمال", "طارق", "هشام", "وليد", "ماجد", "سامي", "كمال", "عماد", "زياد",
                            "ياسر", "ايمن", "عمرو", "حمد", "راشد", "عبدالله", "عبدالعزيز", "عبدالرحمن",
                            "عبدالرحيم", "عبدالكريم", "الله", "الرحمن", "العزيز", "الكريم", "نبيل",
                            "مازن", "فادي", "باسم", "حازم", "شريف", "اشرف", "مروان", "انور", "ايهاب"};
  return w;
}

// Accidents and disasters (حادث مروري، انقلاب حافلة، غرق، زلزال، حريق): deaths there are no one's act.
const WordSet& AccidentWords() {
  static const WordSet w = {"مروري", "المروري", "السير", "تصادم", "اصطدام", "انقلاب", "غرق", "الغرق", "زلزال",
                            "الزلزال", "فيضانات", "الفيضانات", "فيضان", "حريق", "الحريق", "الانقلاب", "انهيار",
                            "صاعقه", "الاعصار", "اعصار", "عاصفه", "سيول", "السيول", "تحطم", "لتحطم",
                            "بركان", "البركان", "ثوران", "انهيارات", "الانهيارات", "حادث", "الحادث",
                            "حوادث", "حادثه", "سقوط", "تسونامي"};
  return w;
}

// With a preposition clitic (للأمن، للقوة، للسلطة) these are mostly "for security / force / power", goals
// rather than the police, the army or the government.
const WordSet& AbstractGoals() {
  static const WordSet w = {"الامن", "القوه", "السلطه", "الحكم", "الدفاع", "السلام"};
  return w;
}

// Words that turn what follows into an intention or plan.
const WordSet& PlanWords() {
  static const WordSet w = {"يعتزم", "تعتزم", "يعتزمان", "ينوي", "تنوي", "عزمه", "عزمها", "عزم",
                            "يزمع", "تزمع", "سوف", "المقرر", "المتوقع", "المرتقب", "مقرر", "يتوقع",
                            "يخطط", "تخطط", "ستعقد", "تعتزمان", "يرتقب", "التزامه", "التزامها", "استعداده",
                            "استعدادها"};
  return w;
}
const WordSet& NegationWords() {
  static const WordSet w = {"لم", "لن", "لا", "ليس", "غير", "نفي", "ينفي", "تنفي", "نفت", "عدم", "دون", "بدون"};
  return w;
}
const WordSet& SpeechWords() {
  static const WordSet w = {"قال", "يقول", "اكد", "يؤكد", "اضاف", "يضيف", "اشار", "يشير", "اعلن", "يعلن",
                            "اوضح", "يوضح", "صرح", "ذكر", "كشف", "افاد", "اعتبر", "راي", "لفت"};
  return w;
}

// Events that two sides do together (meet, negotiate, agree, cooperate, sign): "A and B met" and "between
// A and B" give A -> B. Visits, statements and force are directed and never take a coordinated target.
bool Symmetric(const std::string& cameo) {
  const std::string root = cameo.substr(0, 2);
  if (cameo.rfind("042", 0) == 0 || cameo.rfind("043", 0) == 0) return false;
  return root == "03"sv || root == "04"sv || root == "05"sv || root == "06"sv;
}

// Symmetric, or mutual by its verb: تبادل (تبادلت الرياض والدوحة الاتهامات، تبادل الجانبان إطلاق النار) pairs its
// coordinated subject as each other's counterpart, whatever the code.
bool Symmetric(const dict::EventPattern& p) {
  return Symmetric(p.cameo) || p.lemma.rfind("تبادل", 0) == 0;
}

// Planned events are coded as the matching "express intent to" code (CAMEO 03x).
std::string IntentCode(const std::string& cameo) {
  const std::string root = cameo.substr(0, 2);
  if (root == "03"sv || root == "01"sv || root == "02"sv) return cameo;
  if (root == "04"sv) return "036";
  if (cameo == "057"sv) return "030";
  if (root == "05"sv) return "032";
  if (cameo.rfind("061", 0) == 0) return "0311";
  if (cameo.rfind("062", 0) == 0) return "0312";
  if (cameo.rfind("063", 0) == 0) return "0313";
  if (cameo.rfind("064", 0) == 0) return "0314";
  if (root == "06"sv) return "031";
  if (root == "07"sv) return "033";
  if (root == "08"sv) return "035";
  // A protest announced for later is a threat of one (CAMEO 133 "threaten political dissent, protest").
  if (root == "14"sv) return "133";
  return cameo;  // threats and force keep their codes, with modality "planned"
}

}  // namespace

Result<Coder> Coder::Create(const text::Analyzer& analyzer, const dict::Dictionaries& dicts) {
  static std::atomic<uint64_t> next_id{1};
  Coder c(analyzer, dicts);
  c.id_ = next_id++;
  uint64_t h = 14695981039346656037ull;
  const dict::DictionaryPaths& p = dicts.paths();
  for (const std::string* path : {&p.actors, &p.agents, &p.events, &p.places, &p.cameo}) {
    Result<std::string> data = ReadFile(*path);
    if (!data.ok()) return data.status();
    for (unsigned char ch : *data) { h ^= ch; h *= 1099511628211ull; }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  c.dictionary_version_ = buf;
  return c;
}

namespace {

// Everything the sentence coder needs, built once per document.
struct Context {
  const text::Analyzer& analyzer;
  const dict::Dictionaries& dicts;
  std::string_view text;
  std::string_view date;  // publication date, YYYY-MM-DD or ""
  const text::AnalyzedText& analysis;
  absl::node_hash_map<std::string, WordReading>* segment_cache;  // [ends in ة?], per thread, see Coder::Code
  // The coalition a bare التحالف means in this document (the Arab or the international one), when the
  // document names only one of them in full; null otherwise.
  const dict::ActorEntry* coalition = nullptr;
  // People the document introduces with a title and a name the dictionaries do not know (وزير الخارجية
  // الأردني أيمن الصفدي): later mentions of the family name (الصفدي) name the same party.
  struct IntroducedNames {
    std::deque<dict::ActorEntry> entries;
    std::unordered_map<std::string, const dict::ActorEntry*> by_family_name;  // null: introduced twice, differently
  };
  IntroducedNames* names = nullptr;
};

std::string RuleName(const Context& ctx, const dict::EventPattern& p) {
  std::string path = ctx.dicts.paths().events;
  if (const size_t pos = path.rfind("/dict/"); pos != std::string::npos) path = path.substr(pos + 1);
  return path + ":" + std::to_string(p.line) + " " + p.phrase + " (" + p.form + ")";
}

class SentenceCoder {
 public:
  SentenceCoder(const Context& ctx, const text::Sentence& s, uint32_t index, std::string_view doc_id)
      : ctx_(ctx), sentence_(s), index_(index), doc_id_(doc_id) {}

  // Codes the sentence; `carried` is the previous sentence's subject (may be null), updated on return.
  void Code(std::optional<Group>* carried, std::vector<Event>* out);
  // Keys of the events already coded in this document: a story repeats its main event.
  std::set<std::string>* seen_ = nullptr;
  bool built_weak_source_ = false;  // the last Build()'s source / target was a bare capital or nationality
  bool built_weak_target_ = false;
  bool need_subject_ = true;  // the next sentence may inherit this sentence's subject
  uint32_t lead_end_ = 0;     // tokens before this byte offset (a dateline) are not read

 private:
  void ReadWords();
  WordReading Read(const std::string& norm, std::string_view original) const;
  const std::string& Stem(size_t w) const { return words_[w].reading ? words_[w].reading->stem : norms_[w]; }
  const std::string& Clitic(size_t w) const {
    static const std::string kNone;
    return words_[w].reading ? words_[w].reading->clitic : kNone;
  }
  void FindGroups();
  // A role with no country or code of its own (الرئيس، وزراء الخارجية), which a following phrase may name.
  bool BareRole(const Group& g) const;
  // Group k-1 (a title) takes the identity of group k (the party it names) and spans both; k is dropped.
  void AbsorbNext(size_t k);
  std::optional<Group> GroupStartingAt(size_t w, size_t* end) const;
  const Group* GroupAt(size_t w) const;         // a group beginning at word w
  const Group* NextGroup(size_t from, size_t limit, bool skip_prep_marked) const;
  const Group* PrevGroup(size_t before, size_t limit) const;
  const Group* PrepGroup(size_t from, std::string_view prep, size_t limit) const;
  // Between `from` and the party at `party`, the preposition first introduces something that is not a
  // party (رحب بالبدء ... بالمملكة المغربية).
  bool FirstPrepObjectIsAThing(size_t from, size_t party, std::string_view prep) const;
  const Group* CoordinatedWith(const Group* g) const;
  bool RelativeAt(size_t w) const;  // الذي، التي، الذين
  // Group g restates `head` (its name, title or body) rather than naming another party.
  bool Apposition(const Group& head, const Group& g) const;
  // Group g names the source of a report (حسب مسؤولين، وفقا لمصادر عراقية، بحسب بيان القيادة).
  bool Attributed(const Group& g) const;
  // Group g is one of the parties coordinated after `head` (السعودية والإمارات والبحرين).
  bool InCoordination(const Group* head, const Group* g) const;
  // The first word in [from, to) past which the direct object of `p` is not sought: a new clause, or the
  // request of an appeal or charge of an accusation; max() when there is none.
  size_t ObjectClauseEnd(const dict::EventPattern& p, size_t from, size_t to) const;
  // Word w is a verb with the conjunction و (وأقر، وقال): it opens a new clause.
  bool ConjoinedVerbAt(size_t w) const;
  bool InsideGroup(size_t w) const;
  // Word w carries the article ال (read off the segmentation or the spelling).
  bool Definite(size_t w) const { return words_[w].article || strips_[w].rfind("ال", 0) == 0; }
  // The first group starting in [begin, end) that no preposition introduces: a subject or object inside a
  // gapped phrase (أطلقت [طائرة إسرائيلية] صاروخا، قام [مسلحون] بخطف), or null.
  const Group* BareGroupIn(size_t begin, size_t end) const;
  bool ClauseBreak(size_t w) const;
  // Word v, without a clitic, follows تم or جرى: a verbal noun (or a Form I verb spelt like one) in the
  // passive (تم طرد الجهاديين، جرى بحث).
  bool AfterTamma(size_t v) const {
    return v > 0 && Clitic(v).empty() && (strips_[v - 1] == "تم" || strips_[v - 1] == "جري");
  }
  // When g is a bare role followed by من and a party with a country or code (وفد من قوات سوريا الديمقراطية،
  // مسلحون من حزب العمال الكردستاني), that party (not `other`), copied into *merged to run from g's first
  // word; else null.
  const Group* MembersOf(const Group& g, const Group* other, Group* merged) const;
  // An adverbial participle of saying or judging (مؤكدا، منتقدا، قائلا) at w: it opens the speaker's next
  // act, so an object is not sought past it (علق على استهداف حافلة، منتقدا الولايات المتحدة). Its own
  // clause keeps the speaker as subject, so it is no break for subjects.
  bool SpeakerParticipleAt(size_t w) const;
  // Group g follows a place noun (وسط، مدينة، العاصمة، شمال ...): it names a place.
  bool AfterPlaceNoun(const Group& g) const;
  // Group g follows the streets, squares or cities a crowd marches in (جابت شوارع بيروت).
  bool AfterStreetsOrCities(const Group& g) const;
  // The word عمان at i is Amman (Jordan's capital), not Oman: see GroupStartingAt.
  bool AmmanAt(size_t i) const;
  // What ends a stretch of words for Separated(): any punctuation; punctuation or a word that opens another
  // clause (ClauseBreak); or that, with a comma allowed (lists and appositions).
  enum class Break { kPunctuation, kClause, kClauseNotComma };
  // Whether anything of kind `at` stands between words [from, to).
  bool Separated(size_t from, size_t to, Break at) const;
  // أنه، أنها، أنهم، أنهما: "that he/she/they", whose pronoun is the next verb's subject.
  bool ThatPronoun(size_t w) const;
  // A nationality adjective that describes an act of violence or a weapon (ضربة جوية أميركية، غارة
  // إسرائيلية، قصف مدفعي تركي): it names the attacker.
  bool AttackerAdjective(const Group& g) const;
  // Any actor word right after a violence noun describes the attack (هجوم انتحاري), not its target.
  bool DescribesAttack(const Group& g) const;
  // Group g is the genitive of a building, convoy or post (مقر قيادة الجيش، موكب الملكة): attacked, not attacking.
  bool AfterTargetNoun(const Group& g) const;
  // Removes phrases that look like actors but are not: role adjectives after the noun they describe,
  // "power" and "force" as what is reached or used.
  void DropNonActorGroups();
  static bool InsideKept(const std::vector<Group>& groups, size_t w) {
    return std::any_of(groups.begin(), groups.end(), [w](const Group& g) { return w >= g.first && w < g.last; });
  }
  // A country or capital named as where something happened (في بغداد، وسط بغداد، شمال العراق).
  bool Locative(const Group& g) const;
  // Registers people introduced by title and an unknown name (وزير الخارجية الأردني أيمن الصفدي) in the
  // document's IntroducedNames, so later mentions of the family name are parties.
  void IntroduceNames();
  bool Bomber(const Group& g) const;           // a suicide bomber (انتحاري، مفجر انتحاري): an attacker
  bool GeographicNisba(const Group& g) const;  // a nationality of a border, land or waters (الحدود الإيرانية)
  bool NamesWounds() const;  // the sentence names wounds or what causes them (بجروح، برصاص، طعن، مواجهات)
  bool Tally(size_t from) const;  // a toll since a date or an event follows (منذ الغزو، منذ 30 آذار)
  bool AuthoredAt(size_t w) const;  // at w (after an attack noun) its author is named: نفذه انتحاري، الذي شنه مسلحون
  bool AccusedOf(size_t v) const;  // the noun at v with بـ follows an accusation (اتهمه باغتيال، متهم بخطف)
  // The first بـ-phrase after a verb of being struck (أصيب) names something other than wounds or weapons
  // (بأزمة قلبية، بالعدوى).
  bool StruckByOther(size_t from) const;
  bool Concrete(size_t v, size_t after) const;  // the violence noun at [v, after) reports an act
  // Word v opens its sentence after a day and a colon, as a chronology lists acts ("* 12 ديسمبر 2005:
  // اغتيال النائب ...").
  bool ChronologyLineAt(size_t v) const;
  // An attack or responsibility for one is named within a few words from w (تبنى [تنظيم الدولة] الهجوم).
  bool ClaimedAttack(size_t w) const;
  // A noun of attack (هجوم، انفجار، غارة، قصف) before word `end`, or the sentence names a bomb.
  bool AttackBefore(size_t end) const;
  // g is listed "among" the subject right after it: X، (من) بينها g.
  bool MemberOfSubject(const Group& subject, const Group& g) const;
  bool HasTanwin(size_t w) const;   // word w is written with tanwin (فجراً): a noun or adverb, not a verb
  bool ClockWord(size_t w) const;   // an hour of the clock or الساعة (الساعة الثالثة فجرا)
  bool NamesExplosive() const;      // a bomb, mine, shell or rocket is named in the sentence
  bool NamesExplosiveIn(size_t begin, size_t end) const;  // the same within words [begin, end)
  bool CountWord(size_t w) const;  // a number word or a count noun (ثلاثة، عشرات، أشخاص)
  bool CountAt(size_t w) const;    // a number or a count word at w (false past the sentence's end)
  static const WordSet& Counts();
  // `gap_begin`..`gap_end` (words) is the part of a gapped verb phrase between its first word and the rest;
  // the subject is sought there first.
  // `light_verb` is the word of قام that governs a verbal noun (قام مسلحون بخطف ...), or npos.
  std::optional<Event> Build(const dict::EventPattern& p, size_t v, size_t len, const std::optional<Group>& carried,
                             size_t gap_begin = 0, size_t gap_end = 0, size_t light_verb = std::string::npos);
  // The word of a past form of قام a few words before a verbal noun with ب (قامت امرأة بتفجير نفسها),
  // or npos: the phrase reports a past act as a verb would.
  size_t LightVerbBefore(size_t v) const;
  // Whether a verb of condemnation (أدان، استنكر، ندد) governs the noun at v from a few words before it.
  bool CondemnedBefore(size_t v) const;
  // A call word (دعا، دعوة، حث) shortly before word v: "دعت النقابات إلى إضراب" calls for an act to come.
  bool CalledForBefore(size_t v) const;
  // A gathering, march, strike, sit-in, walkout or boycott (خرج، تجمعوا، مسيرة، الإضرابات، انسحب، قاطع) or a
  // crowd (آلاف) in the sentence before word v, back to the sentence's start or 20 words: what makes "in
  // protest" (احتجاجا) a protest act.
  bool StreetActBefore(size_t v) const;
  // Word w is a verb of breaking out or going on (اندلعت، تواصلت، استمرت) whose subject follows it.
  bool OngoingVerbAt(size_t w) const;
  // Word v is the object of a verb of declaring, starting, carrying out or continuing, after its subject
  // (أعلن المعلمون الإضراب).
  bool CarriedOut(size_t v) const;
  // Word v follows "شارك ... في" (took part in: شارك نحو مائة ألف شخص في التظاهرة) or is "to protest"
  // (احتشدوا للاحتجاج على ...).
  bool ParticipatedIn(size_t v) const;
  // The party a protest is aimed at when its pattern names none, searched from word `from`.
  const Group* ProtestTarget(size_t from, const Group* source) const;
  // A protest pattern at v that is something else: a call for a protest, "pretend", "categorical".
  bool ProtestLookalike(const dict::EventPattern& p, size_t v, size_t len) const;
  // Whether the word after a verb at [.., after) begins its direct object (active voice) rather than
  // an adjunct (a passive: قتل في هجوم، قتلوا أمس).
  bool ObjectFollows(size_t after) const;
  // A word that is a plain noun: not a party, count, preposition, date or adverb.
  bool PlainNounAt(size_t w) const;
  // The party named as the author of an attack by a phrase after it (هجوم شنه مسلحون، على يد مسلحين).
  const Group* AttackerByPhrase(const Group* victim) const;
  struct GappedMatch {
    const dict::EventPattern* pattern = nullptr;
    size_t length = 0;   // words from the first word to the end of the phrase
    size_t gap_end = 0;  // first word of the rest of the phrase
    size_t words = 0;    // words of the pattern: the longest pattern wins
  };
  // A multi-word verb pattern whose first word is at v and whose other words follow 1-4 words later in the
  // same clause.
  GappedMatch MatchWithGap(size_t v) const;
  std::string MarkerBefore(const Group& g) const;

  const Context& ctx_;
  const text::Sentence& sentence_;
  uint32_t index_;
  std::string_view doc_id_;
  std::vector<Word> words_;
  // The two readings of the words, as spans for dictionary matching. They live in per-thread buffers
  // reused from sentence to sentence, so the strings keep their capacity (no allocation per word).
  std::vector<std::string>& norms_ = Scratch(0);
  std::vector<std::string>& strips_ = Scratch(1);
  static std::vector<std::string>& Scratch(int which) {
    thread_local std::vector<std::string> buffers[2];
    return buffers[which];
  }
  std::vector<Group> groups_;
  // The other parties of a coordinated subject or object of the last event Build() made (إيران وروسيا
  // تنتقدان ...): each is coded with the same act.
  std::vector<ActorRef> co_sources_, co_targets_;
};

void SentenceCoder::ReadWords() {
  const auto& tokens = ctx_.analysis.tokens;
  const size_t n = sentence_.last_token - sentence_.first_token;
  words_.reserve(n);
  if (norms_.size() < n) norms_.resize(n);
  if (strips_.size() < n) strips_.resize(n);
  const auto add = [&](const Word& w, const std::string& norm, const std::string& stripped) {
    if (norms_.size() <= words_.size()) {
      norms_.resize(words_.size() + 1);
      strips_.resize(words_.size() + 1);
    }
    norms_[words_.size()] = norm;
    strips_[words_.size()] = stripped;
    words_.push_back(w);
  };
  // An Arabic word, read once per distinct spelling per thread (a pure memo, bounded).
  const auto read_word = [&](uint32_t t, const std::string& norm, std::string_view original) {
    Word w;
    w.token = t;
    const bool ta = original.size() >= 2 && original.substr(original.size() - 2) == "ة"sv;
    auto& cache = ctx_.segment_cache[ta ? 1 : 0];
    auto cached = cache.find(norm);
    if (cached == cache.end()) cached = cache.emplace(norm, Read(norm, original)).first;
    const WordReading& r = cached->second;
    w.reading = &r;
    w.article = r.article;
    w.conj = r.conj;
    w.starts[0] = r.starts[0];
    w.starts[1] = r.starts[1];
    add(w, norm, r.changed ? r.stripped : norm);
  };
  // Scare quotes around one or two words (رجال أمن «اختطفوا» أمس منسقها، ما يسمى «الدولة الإسلامية») mark
  // a word, not speech: they are read through, so the words around them stay neighbours.
  const auto opening = [&](uint32_t t) { return tokens[t].norm == "«"sv || tokens[t].norm == "\u201C"sv; };
  const auto closing = [&](uint32_t t) { return tokens[t].norm == "»"sv || tokens[t].norm == "\u201D"sv; };
  uint32_t skip_close = UINT32_MAX;
  for (uint32_t t = sentence_.first_token; t < sentence_.last_token; ++t) {
    const Token& tok = tokens[t];
    if (tok.begin < lead_end_) continue;  // a dateline names where the report was filed, not who acted
    if (t == skip_close) continue;
    if (opening(t)) {
      uint32_t words = 0, u = t + 1;
      for (; u < sentence_.last_token && u <= t + 3 && tokens[u].kind == TokenKind::kWord; ++u) ++words;
      if (words >= 1 && words <= 2 && u < sentence_.last_token && closing(u)) {
        skip_close = u;
        continue;
      }
    }
    const std::string_view original = ctx_.text.substr(tok.begin, tok.end - tok.begin);
    if (tok.kind == TokenKind::kWord) {
      read_word(t, tok.norm, original);
      continue;
    }
    // An Arabic hashtag in running text is words (وكان الرئيس #محمود_عباس طالب، #الحوثي): each part between
    // underscores is read as a word; all of them point at the hashtag's span.
    if (tok.kind == TokenKind::kHashtag && tok.norm.size() > 1 && static_cast<uint8_t>(tok.norm[1]) >= 0xD8 &&
        static_cast<uint8_t>(tok.norm[1]) <= 0xDB) {
      const std::vector<std::string_view> parts = Split(std::string_view(tok.norm).substr(1), '_');
      const std::vector<std::string_view> originals = Split(original.substr(1), '_');
      if (parts.size() == originals.size()) {
        for (size_t k = 0; k < parts.size(); ++k) {
          if (!parts[k].empty()) read_word(t, std::string(parts[k]), originals[k]);
        }
        continue;
      }
    }
    Word w;
    w.token = t;
    if (tok.kind == TokenKind::kPunctuation) {
      w.punct = true;
      w.comma = tok.norm == "،"sv || tok.norm == ","sv;
    } else {
      w.starts[0] = w.starts[1] = ctx_.dicts.StartsAt(tok.norm);
    }
    add(w, tok.norm, tok.norm);
  }
}

WordReading SentenceCoder::Read(const std::string& norm, std::string_view original) const {
  // Of the analyses the lexicon could not rank apart, prefer the first whose stem the dictionaries know
  // (بمسؤولي: ب + مسؤول + ي, because مسؤول is an agent).
  const std::vector<text::Segmentation> analyses = ctx_.analyzer.segmenter().Segment(norm, original);
  const text::Segmentation* chosen = &analyses.front();
  if (!chosen->in_lexicon) {
    for (const text::Segmentation& a : analyses) {
      const bool article = std::find(a.prefixes.begin(), a.prefixes.end(), "ال") != a.prefixes.end();
      const std::string form[1] = {(article ? "ال" : "") + a.stem};
      const std::span<const std::string> span(form);
      if (ctx_.dicts.MatchAgent(span, 0) || ctx_.dicts.MatchActor(span, 0) || ctx_.dicts.MatchEvent(span, 0)) {
        chosen = &a;
        break;
      }
    }
  }
  // A word the lexicon knows whole may still be a preposition and a name the dictionaries know as the start of
  // a phrase (لمجلس الأمن: ل + مجلس, the Security Council): read it with the clitic when the whole word starts
  // no actor or agent phrase and the stripped one does.
  constexpr uint8_t kParty = dict::Dictionaries::kStartsActor | dict::Dictionaries::kStartsAgent;
  // Not a preposition itself (لدى is not ل + دي), and not down to a stem of two letters.
  if (chosen->in_lexicon && chosen->prefixes.empty() && (ctx_.dicts.StartsAt(norm) & kParty) == 0 &&
      Prepositions().count(norm) == 0) {
    for (const text::Segmentation& a : analyses) {
      if (a.prefixes.empty() || !a.suffixes.empty() || utf8::CountCodePoints(a.stem) < 3) continue;
      std::string form;
      bool clitic_only = true;
      for (const std::string& p : a.prefixes) {
        if (p == "ال"sv) form += "ال";
        else if (p != "و"sv && p != "ف"sv && p != "ب"sv && p != "ل"sv && p != "ك"sv) clitic_only = false;
      }
      if (!clitic_only) continue;
      if (a.prefixes.size() == 1 && a.prefixes.front() == "ال"sv) continue;  // the article alone changes nothing
      form += a.stem;
      if ((ctx_.dicts.StartsAt(form) & kParty) != 0) {
        chosen = &a;
        break;
      }
    }
  }
  WordReading r;
  std::string rebuilt;
  for (const std::string& p : chosen->prefixes) {
    if (p == "ال"sv) { r.article = true; rebuilt += "ال"; } else { r.clitic += p; }
  }
  // The matching reading drops clitics on both sides: بمسؤولي -> مسؤول, تعاونهما -> تعاون.
  r.changed = !r.clitic.empty() || !chosen->suffixes.empty();
  // A third-person or "our" pronoun (جنوده، قواتها، جنودنا); a final ي is mostly the construct plural
  // (مسؤولي الدفاع), not "my".
  r.pronoun = !chosen->suffixes.empty() && chosen->suffixes.back() != "ي"sv;
  r.final_ya = !chosen->suffixes.empty() && chosen->suffixes.back() == "ي"sv;
  if (r.changed) r.stripped = rebuilt + chosen->stem;
  r.stem = chosen->stem;
  r.conj = r.clitic.rfind("و", 0) == 0 && !r.clitic.empty();
  r.starts[0] = ctx_.dicts.StartsAt(norm);
  r.starts[1] = r.changed ? ctx_.dicts.StartsAt(r.stripped) : r.starts[0];
  // "للأمن"، "بالقوة": goals and means, not the police or the army. Masked here, on the reading, whichever
  // analysis was chosen above.
  if (!r.clitic.empty() && r.clitic.find("و") == std::string::npos && AbstractGoals().count(r.stripped) != 0) {
    r.starts[1] &= static_cast<uint8_t>(~(dict::Dictionaries::kStartsActor | dict::Dictionaries::kStartsAgent));
  }
  const std::string& stripped = r.changed ? r.stripped : norm;
  r.sports = SportsWords().contains(norm) || SportsWords().contains(stripped);
  r.accident = AccidentWords().contains(norm) || AccidentWords().contains(stripped);
  return r;
}

// The longest actor/agent chain starting at word w, as one group.
std::optional<Group> SentenceCoder::GroupStartingAt(size_t w, size_t* end) const {
  Group g;
  g.first = w;
  size_t i = w;
  bool any = false;
  bool weak = true;
  bool previous_definite_agent = false;
  bool previous_definite_nisba = false;
  bool previous_person = false;
  bool previous_nun_agent = false;
  while (i < words_.size() && !words_[i].punct) {
    // A coordinated word starts a new group, except at the start; so does a preposition clitic, except
    // ل inside a role phrase (رئيس الأركان للقوات المسلحة).
    if (i > w && words_[i].conj) break;
    size_t len = 0;
    bool via_clitic = false;  // matched only once a preposition clitic was removed
    bool other_side = false;
    std::vector<const dict::ActorEntry*> actors;
    std::vector<const dict::AgentEntry*> agents;
    for (const auto* reading : {&norms_, &strips_}) {
      if (reading == &strips_ && strips_[i] == norms_[i]) break;  // no clitics: the same reading again
      const uint8_t starts = words_[i].starts[reading == &strips_ ? 1 : 0];
      if ((starts & (dict::Dictionaries::kStartsActor | dict::Dictionaries::kStartsAgent)) == 0) continue;
      const std::span<const std::string> span(reading->data(), words_.size());
      const size_t before = len;
      if (starts & dict::Dictionaries::kStartsActor) {
        if (auto m = ctx_.dicts.MatchActor(span, i, ctx_.date); m && m.length > len) { len = m.length; actors = m.entries; agents.clear(); }
      }
      if (starts & dict::Dictionaries::kStartsAgent) {
        if (auto m = ctx_.dicts.MatchAgent(span, i); m && m.length > len) { len = m.length; agents = m.entries; actors.clear(); }
      }
      if (i == w && len > before) g.whole_first = reading == &norms_;
      if (len > before) via_clitic = reading == &strips_;
    }
    if (i > w && via_clitic) {
      const std::string& c = Clitic(i);
      // A role's state named with بـ (وزير الخارجية بجمهورية بنغلاديش، السفير بدولة الكويت) is its country.
      static const WordSet kStates = {"جمهوريه", "مملكه", "المملكه", "دوله", "سلطنه", "اماره", "الجمهوريه"};
      const bool state = c == "ب"sv && g.country.empty() && g.full.empty() && !g.role.empty() && kStates.count(strips_[i]) != 0;
      const bool lam = c == "ل"sv || c == "لل"sv || state;
      // Nor once the role has its country: "السفير الكويتي للأمم المتحدة" is posted to the UN, not of it.
      if (!lam || !g.full.empty() || !g.country.empty()) break;
    }
    // A bare التحالف is the coalition the document names in full (مقاتلات التحالف in a report on Yemen).
    if (len == 0 && ctx_.coalition && (norms_[i] == "التحالف"sv || strips_[i] == "التحالف"sv) &&
        (i == w || norms_[i] == "التحالف"sv)) {
      actors.assign(1, ctx_.coalition);
      len = 1;
      via_clitic = norms_[i] != "التحالف"sv;
    }
    // A family name the document introduced with a title earlier (IntroducedNames).
    if (len == 0 && ctx_.names != nullptr) {
      for (const auto* reading : {&norms_, &strips_}) {
        const auto it = ctx_.names->by_family_name.find((*reading)[i]);
        if (it == ctx_.names->by_family_name.end() || it->second == nullptr) continue;
        actors.assign(1, it->second);
        len = 1;
        via_clitic = reading == &strips_ && strips_[i] != norms_[i];
        break;
      }
    }
    if (len == 0) {
      if (i > w && (Stem(i).rfind("نظير", 0) == 0 || strips_[i].rfind("نظير", 0) == 0)) break;  // the other side
      if (Stem(i) == "نظير"sv || Stem(i) == "نظيره"sv || norms_[i].rfind("نظير", 0) == 0 ||
          strips_[i].rfind("نظير", 0) == 0) {
        g.counterpart = true;
        len = 1;
      } else {
        break;
      }
    }
    if (!actors.empty()) {
      const dict::ActorEntry* e = actors.front();
      std::string country, role;
      SplitCode(e->code, &country, &role);
      // عمان is Oman and, unvowelled, Amman: the capital when the sentence says so (العاصمة الأردنية
      // عمان، عمان الأردنية) or speaks of Jordan; Oman otherwise (سلطنة عمان matches as a whole).
      const bool amman = len == 1 && e->code == "OMN"sv && AmmanAt(i);
      if (amman) {
        country = "JOR";
        role = "GOV";
      }
      const std::string_view kind = amman ? "capital" : std::string_view(e->kind);
      // A definite noun is never the first term of an idafa: "السفارة الولايات المتحدة" is the embassy and
      // then its object (the construct would be سفارة الولايات المتحدة).
      // (السعودية is also the nisba "Saudi": السفارة السعودية stays one phrase. A one-word name in -ية may be
      // the feminine nisba; the dictionaries keep one entry for both.)
      const bool also_nisba = len == 1 && norms_[i].ends_with("يه");
      if (previous_definite_agent && !via_clitic && (kind == "country"sv || kind == "capital"sv) && !also_nisba) break;
      if (e->kind == "person"sv || e->kind == "org"sv || e->kind == "group"sv) {
        if (!g.country.empty() && !country.empty() && country != g.country) break;
        // Two named parties in a row are two phrases (انتقد ترامب منظمة أوبك).
        if (!g.full.empty() && g.full != e->code) break;
        // Forces, police or intelligence of a leader are his state's (قوات الأسد → SYRMIL, not SYRGOV).
        static const WordSet kForces = {"قوات", "جيش", "ميليشيات", "مليشيات", "عناصر", "مقاتلي", "مسلحي", "جنود",
                                        "شرطه", "حرس", "كتائب", "اجهزه", "قوه"};
        const bool armed_head = i > w && g.full.empty() && (g.role == "MIL"sv || g.role == "COP"sv || g.role == "SPY"sv) &&
                                kForces.count(Stem(w)) != 0;
        if (e->kind == "person"sv && armed_head && !country.empty() && role == "GOV"sv) {
          g.country = country;
          any = true;
          weak = false;
          g.place = false;
          previous_person = true;
          i += len;
          continue;
        }
        g.full = e->code;
        if (!country.empty()) g.country = country;
        if (!role.empty()) g.role = role;
      } else {
        // A second, different country starts a new group (الإيراني الصيني).
        if (!g.country.empty() && country != g.country) break;
        if (!g.full.empty() && !country.empty() && g.full.rfind(country, 0) != 0) break;
        g.country = country;
        if (g.role.empty() && !role.empty()) g.role = role;
      }
      // Only once the word belongs to the phrase (a country after it starts the next one: الإيراني روسيا).
      if (kind != "capital"sv && kind != "nisba"sv) weak = false;
      if (kind != "capital"sv && kind != "country"sv) g.place = false;
    } else if (!agents.empty()) {
      // A role word followed by another country starts the other side's phrase (استقبل الرئيس الروسي
      // الرئيس الإيراني).
      if (!g.country.empty() && i + len < words_.size()) {
        for (const auto* reading : {&norms_, &strips_}) {
          auto m = ctx_.dicts.MatchActor(std::span<const std::string>(reading->data(), words_.size()), i + len, ctx_.date);
          if (!m) continue;
          std::string c, r;
          SplitCode(m.entries.front()->code, &c, &r);
          if (!c.empty() && c != g.country) { other_side = true; break; }
        }
        if (other_side) break;
      }
      // A person's name is not followed by a role of the same phrase (عبد الله الثاني الحكومة والبرلمان:
      // the king, then his object); titles come before names.
      if (previous_person && !via_clitic && Definite(i)) break;
      // Two definite nouns in a row are not an idafa (المسلحون الجيش): the second starts a new phrase.
      // Unless the second agrees with the first like an adjective (المسؤولين العسكريين).
      if (previous_definite_agent && !via_clitic && Definite(i) &&
          !SameEnding(norms_[i - 1], norms_[i])) {
        break;
      }
      // A sound plural or dual with its nun (مسلحون، مسلحين، جنديان) never heads an idafa: another
      // indefinite role after it starts the next phrase (خطف مسلحون موظفا بريطانيا), unless it agrees with it
      // like an adjective.
      if (previous_nun_agent && !via_clitic && !Definite(i) && !SameEnding(norms_[i - 1], norms_[i])) break;
      // An indefinite noun never follows a definite one inside a phrase: "الشرطة مسلحين" is the police and
      // its object (an idafa's first noun has no article).
      if ((previous_definite_agent || previous_definite_nisba) && !via_clitic && !Definite(i)) {
        break;
      }
      // Nor does a definite nisba take a plural of people after it (الجيش الإسرائيلي المسلحين: the army,
      // then its object). A title there stays in the phrase (للقوات المسلحة الإيرانية اللواء محمد باقري).
      if (previous_definite_nisba && !via_clitic && Definite(i) && !SameEnding(norms_[i - 1], norms_[i]) &&
          (norms_[i].ends_with("ين") || norms_[i].ends_with("ون"))) {
        break;
      }
      weak = false;
      g.place = false;
      if (i == w && words_[i].reading && words_[i].reading->pronoun) g.pronoun = true;
      // A military adjective makes officials military (المسؤولين العسكريين).
      if (g.role.empty() || (g.role == "GOV"sv && agents.front()->role == "MIL"sv)) g.role = agents.front()->role;
    }
    any = true;
    previous_definite_agent = !agents.empty() && Definite(i + len - 1);
    {
      const std::string& last = norms_[i + len - 1];
      previous_nun_agent = !agents.empty() && !Definite(i + len - 1) &&
                           (last.ends_with("ون") || last.ends_with("ين") || last.ends_with("ان"));
    }
    previous_person = !actors.empty() && actors.front()->kind == "person"sv;
    g.person = g.person || previous_person;
    previous_definite_nisba = !actors.empty() && Definite(i + len - 1) &&
                              (actors.front()->kind != "nisba"sv || !g.role.empty());
    i += len;
  }
  if (!any) return std::nullopt;
  if (g.counterpart) g.place = false;
  // Tanween alif marks the object: "قتلت مسلحا". Country names ending in alif (سوريا، ليبيا) are not it.
  g.accusative = !g.place && words_[w].reading && norms_[w].size() > 4 && norms_[w].ends_with("ا") &&
                 !words_[w].article;
  g.last = i;
  g.weak = weak;
  *end = i;
  if (!g.full.empty()) {
    // A person's or organisation's code is complete; a nisba may only confirm it.
    std::string c, r;
    SplitCode(g.full, &c, &r);
    if (!c.empty()) g.country = c;
  }
  return g;
}

void SentenceCoder::DropNonActorGroups() {
  // Relational adjectives that are also role words describe the noun before them (العمل العسكري، السياسة
  // الخارجية، العلاقات الدبلوماسية، المجتمع المدني): after a definite noun outside any actor phrase they are
  // not a party. A human head noun makes them one (المتحدث العسكري، المصدر الدبلوماسي).
  static const WordSet kRoleAdjectives = {"العسكري", "الدبلوماسي", "الدبلوماسيه", "الخارجيه", "الداخليه",
                                          "البرلماني", "البلديه", "المدني", "البحريه"};
  static const WordSet kHumanHeads = {"المتحدث", "الناطق", "المصدر", "المراسل", "الخبير", "المحلل",
                                      "المستشار", "الملحق", "المبعوث", "المندوب", "الحاكم", "المسؤول"};
  // Power and force are what one reaches, uses or leaves, not a government or an army (وصل إلى السلطة،
  // استخدام القوة، تنحى عن الحكم).
  static const WordSet kPowerWords = {"السلطه", "الحكم", "القوه", "الرئاسه"};
  static const WordSet kPowerVerbs = {"وصل", "وصول", "وصوله", "وصولها", "عاد", "عوده", "عودته", "تنحي",
                                      "تنحيه", "انسحب", "استخدام", "استخدامها", "استخدامه", "اللجوء",
                                      "تسلم", "تسلمه", "تولي", "توليه", "استلام", "تسليم", "ابعاد",
                                      "اقصاء", "تقاسم", "انتقال", "اشكال", "يستخدم", "تستخدم", "استخدم",
                                      "استخدمت", "وصلت", "وصلوا", "صعود", "صعوده", "سده", "كرسي",
                                      "تتولي", "يتولي", "تولت", "توليها", "رئاسه"};
  // A place named after a person (مطار الملك سلمان، شارع الملك فيصل، جامعة الأمير سلطان) is not the person.
  static const WordSet kNamedPlaces = {"مطار", "شارع", "جامعه", "مستشفي", "مدينه", "ملعب", "قاعه", "جسر", "ميناء",
                                       "مسجد", "جامع", "مدرسه", "قاعده", "استاد", "مجمع", "ميدان", "طريق", "جائزه",
                                       "مركز", "مكتبه", "مؤسسه", "موسسه", "معهد", "كليه", "كرسي", "صندوق", "برنامج",
                                       "مشروع", "حي", "دار"};
  static const WordSet kTitles = {"الملك", "الامير", "الشيخ", "الرئيس", "الامام", "السلطان", "الملكه"};
  std::vector<Group> kept;
  kept.reserve(groups_.size());
  for (Group g : groups_) {
    const size_t w = g.first;
    // Security and stability, peace and security are goals, not the police (تحقيق الأمن والاستقرار).
    if (g.last == w + 1 && g.full.empty() && g.country.empty() && strips_[w] == "الامن"sv && w + 1 < words_.size() &&
        (norms_[w + 1] == "والاستقرار"sv || norms_[w + 1] == "والسلام"sv || norms_[w + 1] == "والسلم"sv ||
         norms_[w + 1] == "والامان"sv || (w > 0 && (norms_[w - 1] == "السلام"sv || norms_[w - 1] == "السلم"sv)))) {
      continue;
    }
    // اليمنى written with ى is "right" (الجهة اليمنى، اليد اليمنى), not اليمني "Yemeni"; normalisation spells
    // both alike.
    if (g.weak && g.last == w + 1 && (strips_[w] == "اليمني"sv || strips_[w] == "يمني"sv)) {
      const auto& t = ctx_.analysis.tokens[words_[w].token];
      if (ctx_.text.substr(t.begin, t.end - t.begin).ends_with("\u0649")) continue;
    }
    // صحفي after a press event is its adjective (مؤتمر صحفي، بيان صحافي، تصريحات صحفية), not a journalist.
    if (w > 0 && g.last == w + 1 && g.full.empty() && g.country.empty() && g.role == "MED"sv) {
      static const WordSet kPressEvents = {"مؤتمر", "المؤتمر", "بيان", "البيان", "تصريح", "التصريح", "تصريحات",
                                           "التصريحات", "لقاء", "اللقاء", "حوار", "الحوار", "مقابله", "المقابله",
                                           "مؤتمرا", "بيانا", "تصريحا", "لقاءات", "مؤتمرات", "ايجاز", "الايجاز"};
      // Agreeing in the article, as an adjective does; مؤتمر الصحفيين is the journalists' conference.
      if (kPressEvents.count(strips_[w - 1]) != 0 && Clitic(w).empty() && Definite(w) == Definite(w - 1)) continue;
    }
    // A continent is not its country (القارة الأمريكية، القارة الأفريقية).
    if (w > 0 && g.weak && g.full.empty() && (strips_[w - 1] == "القاره"sv || strips_[w - 1] == "قاره"sv)) continue;
    if (w > 0 && g.last > w + 1 && kNamedPlaces.count(strips_[w - 1]) != 0 && kTitles.count(strips_[w]) != 0) continue;
    // القاعدة alone after a preposition or before "military/air" is a base (سيطرت على القاعدة، القاعدة
    // الجوية), not al-Qaeda, which the news names with its fighters or تنظيم.
    if (g.last == w + 1 && strips_[w] == "القاعده"sv) {
      static const WordSet kBaseWords = {"العسكريه", "الجويه", "البحريه", "الامريكيه", "الاميركيه", "الروسيه", "التركيه"};
      const bool after_preposition = w > 0 && Prepositions().count(strips_[w - 1]) != 0;
      if (after_preposition || (w + 1 < words_.size() && kBaseWords.count(strips_[w + 1]) != 0)) continue;
    }
    // A nationality right after a first name is a family name (محمد المصري، منصور التركي، أحمد الكويتي).
    // (Not علي: normalised, the preposition على is spelt the same.)

    // Or after a patronym (سعد بن رحيل السويدي، عبدالله بن علي الكويتي).
    const auto son_of = [&](size_t k) { return norms_[k] == "بن"sv || norms_[k] == "ابن"sv || norms_[k] == "بنت"sv; };
    const bool after_patronym = w > 1 && son_of(w - 2);
    const bool after_name = w > 0 && !words_[w - 1].punct && !InsideKept(kept, w - 1) &&
                            (FirstNames().count(norms_[w - 1]) != 0 || after_patronym);
    if (after_name && g.weak && g.last == w + 1) continue;
    // A state visit (زيارة دولة، بزيارة دولة للولايات المتحدة) names the visit's rank, not a party.
    if (norms_[w] == "دوله"sv && g.last == w + 1 && w > 0 && Stem(w - 1) == "زياره"sv) continue;
    // المسؤول right after a definite party is its adjective, "in charge" (طالب المدعي العام المسؤول عن ملفه).
    if ((norms_[w] == "المسؤول"sv || norms_[w] == "المسؤوله"sv) && g.last == w + 1 && w > 0 &&
        InsideKept(kept, w - 1) && Definite(w - 1)) {
      continue;
    }
    // A nationality or capital right before بن is a first name (الأمير الدكتور تركي بن سعود); مسقط before رأس
    // is a birthplace (مسقط رأس الرئيس), not Muscat.
    if (g.weak && g.full.empty() && g.last == w + 1 && w + 1 < words_.size() &&
        (norms_[w + 1] == "بن"sv || norms_[w + 1] == "راس"sv)) {
      continue;
    }
    // A role word right after بن is the father's name (مسفر بن سفير، عبدالله بن أمير), not a post.
    const bool patronym = w > 0 && son_of(w - 1);
    if (patronym && g.last == w + 1 && g.country.empty() && g.full.empty() && !g.counterpart) continue;
    // So is a role word there (نزار بن عبيد مدني، فؤاد حداد): "مدني" is a family name, not "civilian".
    if (after_name && g.last == w + 1 && g.country.empty() && g.full.empty() && !g.counterpart && !Definite(w)) continue;
    // A person known by one family name (البغدادي) is someone else when a first name comes before it or
    // another family name after it (عبد الرزاق البغدادي، البغدادي المحمودي).
    if (g.person && g.last == w + 1 && strips_[w].rfind("ال", 0) == 0) {
      // The family name after it is one the lexicon does not know, with or without its article (المحمودي),
      // unlike an adjective of the noun before (هجوم الأسد الكيميائي).
      const auto& segmenter = ctx_.analyzer.segmenter();
      const bool family_name_after = w + 1 < words_.size() && !words_[w + 1].punct && !InsideGroup(w + 1) &&
                                     norms_[w + 1].rfind("ال", 0) == 0 && norms_[w + 1].ends_with("ي") &&
                                     !segmenter.Known(norms_[w + 1]) &&
                                     !segmenter.Known(std::string_view(norms_[w + 1]).substr(std::string_view("ال").size()));
      if (after_name || family_name_after) continue;
    }
    if (g.full.empty() && g.country.empty() && w > 0 && !words_[w - 1].punct && !InsideKept(kept, w - 1) &&
        kRoleAdjectives.count(norms_[w]) != 0 && strips_[w - 1].rfind("ال", 0) == 0 &&
        kHumanHeads.count(strips_[w - 1]) == 0) {
      continue;
    }
    // So is "terrorist" after a noun of an act (العمل الإرهابي، التفجير الإرهابي، هجوم إرهابي): the act, not
    // a party of rebels.
    if (g.full.empty() && g.country.empty() && g.last == w + 1 && w > 0 && !InsideKept(kept, w - 1) &&
        (strips_[w] == "الارهابي"sv || strips_[w] == "الارهابيه"sv || strips_[w] == "ارهابي"sv || strips_[w] == "ارهابيه"sv)) {
      static const WordSet kActs = {"عمل", "العمل", "هجوم", "الهجوم", "تفجير", "التفجير", "اعتداء", "الاعتداء",
                                    "عمليه", "العمليه", "حادث", "الحادث", "الهجمات", "هجمات", "الاعمال", "اعمال",
                                    "العمليات", "عمليات", "التفجيرات", "تفجيرات", "الاعتداءات", "اعتداءات"};
      if (kActs.count(strips_[w - 1]) != 0) continue;
    }
    // القضاء على is "eliminating", not the judiciary (القضاء على الإرهاب، القضاء على الفقر), unless the
    // judiciary rules on someone (حكم القضاء على قادة).
    static const WordSet kRulings = {"حكم", "قضي", "اصدر", "قرر", "يحكم"};
    if (g.last == w + 1 && g.full.empty() && strips_[w] == "القضاء"sv && w + 1 < words_.size() &&
        (strips_[w + 1] == "علي"sv || norms_[w + 1] == "علي"sv) && (w == 0 || kRulings.count(strips_[w - 1]) == 0)) {
      continue;
    }
    if (g.last == w + 1 && g.full.empty() && g.country.empty() && kPowerWords.count(strips_[w]) != 0) {
      size_t k = w;
      // Past a free preposition (إلى السلطة، عن الحكم); a clitic one is part of the word.
      // The verb may stand before its subject (وصل ترامب إلى السلطة).
      const bool free_preposition = k > 0 && Prepositions().count(strips_[k - 1]) != 0;
      if (free_preposition) --k;
      bool power = false;
      for (size_t j = k; j-- > 0 && j + (free_preposition ? 4 : 1) >= k && !words_[j].punct && !power;) {
        power = kPowerVerbs.count(strips_[j]) != 0 || kPowerVerbs.count(norms_[j]) != 0 || kPowerVerbs.count(Stem(j)) != 0;
      }
      if (power) continue;
    }
    kept.push_back(g);
  }
  groups_.swap(kept);
}

bool SentenceCoder::BareRole(const Group& g) const {
  return g.country.empty() && g.full.empty() && !g.role.empty() && !g.counterpart && !g.pronoun;
}

void SentenceCoder::AbsorbNext(size_t k) {
  const size_t first = groups_[k - 1].first;
  groups_[k - 1] = groups_[k];
  groups_[k - 1].first = first;
  groups_.erase(groups_.begin() + static_cast<std::ptrdiff_t>(k));
}

void SentenceCoder::FindGroups() {
  for (size_t i = 0; i < words_.size();) {
    size_t end = i;
    if (std::optional<Group> g = GroupStartingAt(i, &end); g && (g->full.size() + g->country.size() + g->role.size() > 0 || g->counterpart)) {
      groups_.push_back(*g);
      i = end;
    } else {
      ++i;
    }
  }
  DropNonActorGroups();
  // A coordinated list shares a nisba placed after it: مسؤولي الدفاع والجيش الصينيين.
  for (size_t k = groups_.size(); k-- > 1;) {
    Group& a = groups_[k - 1];
    const Group& b = groups_[k];
    // One unmatched word may sit between them (بمسؤولي الدفاع والجيش الصينيين).
    if (a.country.empty() && a.full.empty() && b.first - a.last <= 1 && words_[b.first].conj && !b.country.empty()) a.country = b.country;
  }
  // A role and its nationality with one or two other adjectives between them (القوات الحكومية السورية،
  // المحكمة الجنائية العراقية، محكمة عسكرية مصرية، القوات الخاصة الإيرانية) are one party: the nisba agrees
  // with the words between (the article, the ending) and adds the country.
  for (size_t k = groups_.size(); k-- > 1;) {
    Group& a = groups_[k - 1];
    const Group& b = groups_[k];
    if (!BareRole(a)) continue;
    if (!b.weak || b.place || b.country.empty() || b.last != b.first + 1 || !MarkerBefore(b).empty()) continue;
    if (b.first <= a.last || b.first > a.last + 2) continue;
    const std::string& nisba = norms_[b.first];
    // Both masculine singular (no marked ending) or both with the same ending (ه، ين، ون).
    const auto agrees = [&](const std::string& word) {
      return SameEnding(word, nisba) || (!SameEnding(word, word) && !SameEnding(nisba, nisba));
    };
    bool adjectives = true;
    for (size_t w = a.last; w < b.first && adjectives; ++w) {
      const std::string& word = norms_[w];
      // Unmarked indefinite words may be verbs or nouns (مجهولين خطفوا مصورا فرنسيا): indefinite adjectives
      // share a marked ending with the nisba or are relational adjectives themselves (وفد أمني مصري).
      adjectives = !words_[w].punct && !words_[w].conj && Clitic(w).empty() && Definite(w) == Definite(b.first) &&
                   (Definite(w) ? agrees(word) : SameEnding(word, nisba) || (word.ends_with("ي") && agrees(word)));
    }
    // Or a definite genitive and adjectives between, the nisba agreeing with the head (شركة التعدين العربية
    // السعودية، شرطة الحدود الإسرائيلية): the head, not its genitive, is what the nisba describes.
    if (!adjectives && Definite(b.first) && SameEnding(norms_[a.last - 1], nisba) && a.last == a.first + 1) {
      adjectives = true;
      for (size_t w = a.last; w < b.first && adjectives; ++w) {
        adjectives = !words_[w].punct && !words_[w].conj && Clitic(w).empty() && Definite(w);
      }
    }
    if (!adjectives) continue;
    a.country = b.country;
    a.last = b.last;
    groups_.erase(groups_.begin() + static_cast<std::ptrdiff_t>(k));
  }
  // A role of the member states of an organisation is the organisation's (وزراء خارجية دول مجلس التعاون).
  for (size_t k = groups_.size(); k-- > 1;) {
    Group& a = groups_[k - 1];
    const Group& b = groups_[k];
    if (!BareRole(a)) continue;
    if (b.full.rfind("IGO", 0) != 0 || b.first != a.last + 1 || !MarkerBefore(b).empty()) continue;
    if (strips_[a.last] != "دول"sv && strips_[a.last] != "الدول"sv) continue;
    const std::string role = a.role;
    AbsorbNext(k);
    if (groups_[k - 1].role.empty()) groups_[k - 1].role = role;
  }
  // A bare title and a person the dictionaries know by another spelling of the first name or without it
  // (الرئيس ريئوفين ريفلين، المستشارة أنغيلا ميركل) are one party: one or two names between, and the person
  // holds that title's role. Names unknown to the lexicon, not words of the language (الحاكم دعا بوتفليقة،
  // الحكومة إن ترامب: the object, the reported subject). A comma may set the name off after the title and
  // its genitive (رئيس حكومة الاحتلال، بنيامين نتنياهو).
  for (size_t k = groups_.size(); k-- > 1;) {
    Group& a = groups_[k - 1];
    const Group& b = groups_[k];
    if (!BareRole(a)) continue;
    if (!b.person || b.first <= a.last || b.first > a.last + 3 || RoleOf(b) != a.role) continue;
    // Or the title's genitive and a comma, then the name (رئيس حكومة الاحتلال، بنيامين نتنياهو).
    if (words_[b.first - 1].comma && b.first >= a.last + 1) {
      bool genitive = true;
      for (size_t w = a.last; w + 1 < b.first && genitive; ++w) {
        genitive = !words_[w].punct && !words_[w].conj && Clitic(w).empty() && Definite(w) && !InsideGroup(w);
      }
      if (genitive && b.first <= a.last + 3) {
        AbsorbNext(k);
        continue;
      }
    }
    if (b.first > a.last + 2) continue;
    // One person: a singular title (not مسؤولون أوروبيون ترامب), and no plural or nisba between (أوروبيون،
    // عراقيين، إيراني); a name may end in ين (ريئوفين).
    const auto ends_any = [](std::string_view word, std::initializer_list<std::string_view> ends) {
      for (std::string_view end : ends) if (word.ends_with(end)) return true;
      return false;
    };
    const auto plural_or_nisba = [&](std::string_view word) { return ends_any(word, {"ون", "يين", "ات", "يه", "ي"}); };
    if (ends_any(norms_[a.last - 1], {"ون", "ين", "ات"})) continue;
    bool names = true;
    for (size_t w = a.last; w < b.first && names; ++w) {
      names = !words_[w].punct && !words_[w].conj && Clitic(w).empty() && !Definite(w) &&
              ((words_[w].starts[0] | words_[w].starts[1]) & dict::Dictionaries::kStartsEvent) == 0 &&
              !ctx_.analyzer.segmenter().Known(norms_[w]) && !plural_or_nisba(norms_[w]);
    }
    if (!names) continue;
    AbsorbNext(k);
  }
  // "طائرة بدون طيار تابعة للقوات الأميركية"، "المتشددين من الموالين لحركة طالبان": a party that belongs
  // to another, or is loyal to it, takes its country.
  static const WordSet kBelongs = {"تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين",
                                   "موالين", "الموالين", "موالون", "الموالون", "مواليه", "المواليه"};
  for (size_t k = 0; k + 1 < groups_.size(); ++k) {
    Group& g = groups_[k];
    const Group& owner = groups_[k + 1];
    if (!g.country.empty() || !g.full.empty() || owner.country.empty()) continue;
    size_t link = g.last;
    if (link < words_.size() && strips_[link] == "من"sv) ++link;  // المتشددين من الموالين لـ
    if (owner.first != link + 1 || kBelongs.count(strips_[link]) == 0) continue;
    if (MarkerBefore(owner).rfind("ل", 0) == 0) g.country = owner.country;
  }
  // An agent with a possessive pronoun belongs to the last party named before it with a country ("قال الجيش
  // الأميركي إن جنوده قتلوا" -> USAMIL; "انتقد المفوض إسرائيل لإخفاقها في محاسبة قواتها" -> ISRMIL): news
  // rarely puts another antecedent in between. A country named as a place (في العراق) is not one.
  for (size_t k = 1; k < groups_.size(); ++k) {
    Group& g = groups_[k];
    if (!g.pronoun || !g.country.empty() || !g.full.empty() || g.counterpart) continue;
    for (size_t j = k; j-- > 0;) {
      if (!groups_[j].country.empty() && !Locative(groups_[j])) { g.country = groups_[j].country; break; }
    }
  }
  // MARSAD_DEBUG_GROUPS=1 prints each sentence's actor phrases on stderr: the quickest way to see why an
  // event got the actors it got (read once per process).
  static const bool debug_groups = std::getenv("MARSAD_DEBUG_GROUPS") != nullptr;
  if (debug_groups) {
    for (const Group& g : groups_) {
      std::string t;
      for (size_t k = g.first; k < g.last; ++k) t += norms_[k] + " ";
      std::fprintf(stderr, "group [%zu,%zu) %s| %s marker=%s weak=%d\n", g.first, g.last, t.c_str(), g.Code().c_str(), MarkerBefore(g).c_str(), g.weak);
    }
  }
}

bool SentenceCoder::CountWord(size_t w) const {
  return Counts().count(norms_[w]) != 0 || Counts().count(strips_[w]) != 0;
}

bool SentenceCoder::CountAt(size_t w) const {
  return w < words_.size() && (ctx_.analysis.tokens[words_[w].token].kind == TokenKind::kNumber || CountWord(w));
}

const WordSet& SentenceCoder::Counts() {
  // Counts in words as well as digits (مقتل عشرة، مقتل ثلاثة جنود).
  static const WordSet kCounts = {"اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
                                  "تسعه", "عشره", "عشرات", "مئات", "العشرات", "المئات", "عدد", "جنديين",
                                  "شخصين", "شخص", "اشخاص", "مدنيين", "جنود", "شرطيين", "احد", "جنديان",
                                  "شخصان", "مدنيان", "عشرين", "ثلاثين", "اربعين", "خمسين"};
  return kCounts;
}

bool SentenceCoder::ClaimedAttack(size_t from) const {
  static const WordSet kClaimed = {"هجوم", "الهجوم", "هجمات", "الهجمات", "عمليه", "العمليه", "اعتداء", "الاعتداء",
                                   "تفجير", "التفجير", "تفجيرات", "التفجيرات", "مسؤوليه", "المسؤوليه",
                                   "اطلاق", "الاعتداءات", "اعتداءات", "اغتيال"};
  for (size_t w = from; w < std::min(words_.size(), from + 6); ++w) {
    if (kClaimed.count(norms_[w]) != 0 || kClaimed.count(Stem(w)) != 0) return true;
  }
  return false;
}

bool SentenceCoder::AttackBefore(size_t end) const {
  static const WordSet kAttacks = {"هجوم", "هجمات", "انفجار", "انفجارات", "تفجير", "تفجيرات", "غاره", "غارات",
                                   "قصف", "اعتداء", "اعتداءات", "ضربه", "ضربات", "عمليه", "رصاص", "قذيفه",
                                   "قذائف", "صاروخ", "اشتباكات", "هجومه", "هجومها"};
  for (size_t w = 0; w < std::min(end, words_.size()); ++w) {
    std::string_view word = Stem(w);
    if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
    if (kAttacks.count(std::string(word)) != 0) return true;
  }
  return NamesExplosive();
}

namespace {
// A verb of carrying out (شن، نفذ، نصب an ambush; with `claims`, تبنى too) with its object pronoun, read off
// the spelling (شنه، شنتها، نفذته، نفذوها، نصبته; with `claims` also شنهم، تبناه): the segmenter does not
// always split the pronoun. The word is given without its conjunction.
bool LaunchedWithPronoun(std::string_view word, bool claims) {
  const bool stem = word.starts_with("شن") || word.starts_with("نفذ") || word.starts_with("نصب") ||
                    (claims && word.starts_with("تبن"));
  const bool pronoun = word.ends_with("ه") || word.ends_with("ها") || (claims && word.ends_with("هم"));
  return stem && pronoun && word.size() <= 12;
}

// قام به / قامت بها ("carried it out"): `word` without its conjunction, `next` the word after it.
bool DidIt(std::string_view word, std::string_view next) {
  return (word == "قام"sv || word == "قامت"sv || word == "قاموا"sv) && (next == "به"sv || next == "بها"sv);
}

// Wounds and what causes them, as stems without the article at the start of a word (بجروح، الرصاص، بطعنات).
bool WoundWord(std::string_view word) {
  static constexpr std::string_view kWounds[] = {"جروح", "جراح", "رصاص", "طلق", "اعيره", "عيارات", "عيار",
                                                 "شظايا", "طعن", "سكين", "هراوات", "ضرب", "مواجهات", "اشتباك",
                                                 "اعتداء", "غاز", "مطاطي", "نيران", "نار", "اطلاق", "اصابات",
                                                 "اضرار", "تعذيب", "قطع"};
  if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
  for (std::string_view s : kWounds) if (word.starts_with(s)) return true;
  return false;
}
}  // namespace

bool SentenceCoder::AccusedOf(size_t v) const {
  const std::string& c = Clitic(v);
  if (c != "ب"sv && c != "وب"sv) return false;
  for (size_t k = v; k-- > 0 && k + 7 >= v;) {
    if (words_[k].punct && !words_[k].comma) return false;
    std::string_view word = norms_[k];
    for (std::string_view lead : {"و", "ف", "ب"}) if (word.starts_with(lead) && word.size() > 8) word.remove_prefix(lead.size());
    if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
    for (std::string_view stem : {"اتهم", "يتهم", "تتهم", "متهم", "تهم", "اشتباه", "يشتبه", "المشتبه", "مشتبه"}) {
      if (word.starts_with(stem)) return true;
    }
  }
  return false;
}

bool SentenceCoder::AuthoredAt(size_t w) const {
  if (w < words_.size() && (strips_[w] == "الذي"sv || strips_[w] == "التي"sv)) ++w;
  if (w >= words_.size() || !Clitic(w).empty()) return false;
  const bool launched = LaunchedWithPronoun(norms_[w], false);
  const bool did_it = w + 1 < words_.size() && DidIt(norms_[w], norms_[w + 1]);
  // The author follows: a party, not a time or place (نفذه انتحاري، شنته طائرات).
  const size_t author = w + (did_it ? 2 : 1);
  return (launched || did_it) && author < words_.size() && GroupAt(author) != nullptr && MarkerBefore(*GroupAt(author)).empty();
}

bool SentenceCoder::Tally(size_t from) const {
  static const WordSet kSince = {"بدايه", "مطلع", "عام", "العام", "شهر", "اندلاع", "انطلاق", "اواخر", "اوائل",
                                 "منتصف", "سقوط", "بدء"};
  static const WordSet kRecent = {"الصباح", "الليله", "ساعات", "الساعات", "ساعه", "صباح", "مساء", "فجر", "ليل"};
  for (size_t w = from; w + 1 < std::min(words_.size(), from + 12); ++w) {
    if (ClauseBreak(w) || (words_[w].punct && !words_[w].comma)) break;
    const std::string& next = strips_[w + 1];
    if (strips_[w] != "منذ"sv || kRecent.count(next) != 0) continue;
    // Nor since a recent day or hour (منذ منتصف ليل الأربعاء، منذ صباح أمس).
    bool recent = false;
    const uint32_t near_end = ctx_.analysis.tokens[words_[std::min(words_.size() - 1, w + 3)].token].end;
    for (const text::DateMention& d : ctx_.analysis.dates) {
      recent = recent || (d.begin > ctx_.analysis.tokens[words_[w].token].begin && d.end <= near_end &&
                          (d.kind == text::DateKind::kRelative || d.kind == text::DateKind::kWeekday));
    }
    if (recent || (w + 2 < words_.size() && kRecent.count(strips_[w + 2]) != 0)) continue;
    // منذ with a duration is "ago" (اختطفوا منذ ثلاثة أسابيع: one act); with a date or an event it is "since".
    if (kSince.count(next) != 0) return true;
    if (next.rfind("ال", 0) == 0 && next != "الامس"sv) return true;
    const uint32_t at = ctx_.analysis.tokens[words_[w + 1].token].begin;
    for (const text::DateMention& d : ctx_.analysis.dates) {
      if (d.begin == at && d.kind == text::DateKind::kAbsolute) return true;
    }
  }
  return false;
}

bool SentenceCoder::NamesWounds() const {
  for (size_t w = 0; w < words_.size(); ++w) {
    if (WoundWord(Stem(w))) return true;
  }
  return false;
}

bool SentenceCoder::StruckByOther(size_t from) const {
  // Past a comma too: the wounded may be counted first (أصيب 10 أشخاص من عائلة، بينهم خمسة أطفال بتسمم).
  for (size_t w = from; w < std::min(words_.size(), from + 10) && (!words_[w].punct || words_[w].comma); ++w) {
    if (words_[w].punct || norms_[w].starts_with("بين")) continue;
    const std::string& c = Clitic(w);
    if (c != "ب"sv && c != "وب"sv) continue;
    // بها، به: the pronoun refers back to what was named before.
    if (words_[w].reading && words_[w].reading->pronoun && Stem(w).size() <= 2) return false;
    // Prepositional phrases of place, cause or source (بالقرب من، بحسب، بسبب، بشأن) say nothing of it.
    static const WordSet kFunction = {"القرب", "قرب", "حسب", "سبب", "شان", "فعل", "جانب"};
    if (kFunction.count(Stem(w)) != 0) continue;
    return !WoundWord(Stem(w)) && !CountAt(w);
  }
  return false;
}

bool SentenceCoder::MemberOfSubject(const Group& subject, const Group& g) const {
  if (g.first < 1 || g.first <= subject.last) return false;
  const size_t among = g.first - 1;
  if (strips_[among] != "بينها"sv && strips_[among] != "بينهم"sv) return false;
  // Between the subject and بينها: a definite adjective of the subject (الحكومات الغربية), a comma, و
  // and من (، ومن بينها); an indefinite noun there is the object (انتقد ترامب عدة دول من بينها كندا).
  size_t adjectives = 0;
  for (size_t w = subject.last; w < among; ++w) {
    if ((words_[w].punct && words_[w].comma) || strips_[w] == "من"sv || norms_[w] == "ومن"sv || words_[w].conj) continue;
    if (Definite(w) && !InsideGroup(w) && w == subject.last + adjectives && ++adjectives <= 2) continue;
    return false;
  }
  return true;
}

bool SentenceCoder::HasTanwin(size_t w) const {
  const auto& t = ctx_.analysis.tokens[words_[w].token];
  const std::string_view written = ctx_.text.substr(t.begin, t.end - t.begin);
  // U+064B..U+064D (fathatan, dammatan, kasratan) in UTF-8.
  return written.find("\u064B") != std::string_view::npos || written.find("\u064C") != std::string_view::npos ||
         written.find("\u064D") != std::string_view::npos;
}

bool SentenceCoder::ClockWord(size_t w) const {
  static const WordSet kClock = {"الساعه", "الواحده", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه",
                                 "السابعه", "الثامنه", "التاسعه", "العاشره", "عشره", "منتصف", "والنصف", "والربع"};
  return kClock.count(strips_[w]) != 0 || kClock.count(norms_[w]) != 0;
}

bool SentenceCoder::NamesExplosive() const { return NamesExplosiveIn(0, words_.size()); }

bool SentenceCoder::NamesExplosiveIn(size_t begin, size_t end) const {
  // Stems, matched at the start of a word without its clitics and article (عبوة، العبوات، بقنبلة).
  static constexpr std::string_view kStarts[] = {"عبوه", "عبوات", "عبوتين", "عبوتان", "قنبل", "لغم", "الغام",
                                                 "صاروخ", "قذيف", "قذائف", "متفجر", "انتحاري", "طرد"};
  // Adjectives that make anything a bomb (سيارة مفخخة، حزام ناسف، دراجة ملغومة).
  static constexpr std::string_view kInside[] = {"مفخخ", "ناسف", "ملغوم", "ملغم"};
  for (size_t w = begin; w < std::min(end, words_.size()); ++w) {
    // The stem and the whole word: clitic segmentation may misread a stem (لغم as ل + غم).
    for (std::string_view word : {std::string_view(Stem(w)), std::string_view(norms_[w])}) {
      if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
      for (std::string_view s : kStarts) if (word.starts_with(s)) return true;
      for (std::string_view s : kInside) if (word.find(s) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool SentenceCoder::ChronologyLineAt(size_t v) const {
  if (v < 1 || v > 14) return false;
  const uint32_t noun_begin = ctx_.analysis.tokens[words_[v].token].begin;
  for (const text::DateMention& d : ctx_.analysis.dates) {
    if (d.kind != text::DateKind::kAbsolute || d.granularity != text::DateGranularity::kDay) continue;
    if (d.begin < ctx_.analysis.tokens[words_[0].token].begin || d.end > noun_begin) continue;
    // Only a colon (and the noun's own words) between the date and the noun.
    bool colon = false, other = false;
    for (size_t w = 0; w < v; ++w) {
      const auto& t = ctx_.analysis.tokens[words_[w].token];
      if (t.begin < d.end) continue;
      if (t.norm == ":"sv) colon = true;
      else if (t.kind != TokenKind::kPunctuation) other = true;
    }
    if (colon && !other) return true;
  }
  return false;
}

bool SentenceCoder::Concrete(size_t v, size_t after) const {
  for (size_t w = after; w < after + 3; ++w) {
    if (CountAt(w)) return true;
  }
  // A casualty count anywhere in the sentence (سبعة قتلى، عشرات العراقيين بين قتيل وجريح) reports an
  // incident: the noun names it, not a topic.
  static const WordSet kCasualties = {"قتيل", "قتلي", "جريح", "جرحي", "مصابين", "مصابا", "اصابات",
                                      "ضحايا", "جثث", "قتيلا", "جريحا"};
  for (size_t w = 0; w + 1 < words_.size(); ++w) {
    if ((kCasualties.count(strips_[w + 1]) != 0 || kCasualties.count(norms_[w + 1]) != 0) && CountAt(w)) return true;
  }
  // So does the idiom of a toll, "between dead and wounded" (سقط عشرات العراقيين بين قتيل وجريح).
  for (size_t w = 0; w + 1 < words_.size(); ++w) {
    if (strips_[w] == "بين"sv && (strips_[w + 1] == "قتيل"sv || strips_[w + 1] == "قتلي"sv)) return true;
  }
  // And a passive of the act itself: تم or جرى before the noun (تم اغتيال، جرى اختطاف), except in a relative
  // clause, which recalls an act named before (المخازن التي تم قصفها).
  static const WordSet kRelative = {"الذي", "التي", "الذين", "اللذين", "اللتين", "ما"};
  if (v > 0 && (strips_[v - 1] == "تم"sv || strips_[v - 1] == "جري"sv) && !(v > 1 && kRelative.count(strips_[v - 2]) != 0)) {
    return true;
  }
  // So does a toll of the act told anywhere in the sentence (أسفر انفجار سيارة مفخخة ... عن إصابة عشرة).
  static const WordSet kToll = {"مقتل", "بمقتل", "اصابه", "باصابه", "جرح", "سقوط", "استشهاد", "باستشهاد"};
  for (size_t w = 0; w + 1 < words_.size(); ++w) {
    if (kToll.count(norms_[w]) != 0 && CountAt(w + 1)) return true;
  }
  // So does an attack told with its author (هجوم نفذه انتحاري، الهجوم الذي شنه مسلحون).
  if (AuthoredAt(after)) return true;
  // "تعرض لهجوم" (came under attack) reports the act itself.
  if (after >= 2) {
    const std::string& before = strips_[after - 2];
    if (before.rfind("تعرض", 0) == 0 || before.rfind("يتعرض", 0) == 0) return true;
  }
  // A recent day counts when it is near the noun (its clause), not anywhere in the sentence
  // ("صادف أمس الذكرى الثالثة لاغتيال ..." names an old case).
  // A chronology line opens with the day it lists ("* 12 ديسمبر 2005: اغتيال ..."): a dated act, historical.
  if (ChronologyLineAt(v)) return true;
  const size_t from = after >= 7 ? after - 7 : 0;
  const size_t to = std::min(words_.size(), after + 6);
  const uint32_t near_begin = ctx_.analysis.tokens[words_[from].token].begin;
  const uint32_t near_end = ctx_.analysis.tokens[words_[to - 1].token].end;
  for (const text::DateMention& d : ctx_.analysis.dates) {
    if (d.begin < near_begin || d.end > near_end) continue;
    if ((d.kind == text::DateKind::kRelative || d.kind == text::DateKind::kWeekday) && d.granularity == text::DateGranularity::kDay &&
        d.relative_offset <= 0 && d.relative_offset >= -7) {
      return true;
    }
  }
  return false;
}

bool SentenceCoder::AttackerAdjective(const Group& g) const {
  return g.weak && g.full.empty() && !g.country.empty() && DescribesAttack(g);
}

bool SentenceCoder::DescribesAttack(const Group& g) const {
  if (!MarkerBefore(g).empty()) return false;
  // A dual or plural nationality names people, not the attack (قتل عراقيان، مقتل فلسطينيين): an adjective
  // of a singular noun is singular.
  if (g.weak && g.last == g.first + 1) {
    const std::string& n = norms_[g.first];
    if (n.ends_with("يان") || n.ends_with("يين") || n.ends_with("يون")) return false;
  }
  // The violence noun ends right before the adjective, or one relational adjective (-ي) sits between them
  // (هجوم صاروخي إسرائيلي، ضربة جوية أميركية); a count or another noun there belongs to the victims
  // (مقتل 15 جنديا، مقتل أحد جنوده).
  for (size_t k = g.first; k-- > 0 && k + 4 >= g.first;) {
    if (words_[k].punct || InsideGroup(k)) return false;
    std::vector<std::string> phrase;
    for (size_t j = k; j < g.first; ++j) phrase.push_back(strips_[j]);
    // The definite phrase (الغارات الإسرائيلية، الضربات الجوية) is listed without the article.
    if (phrase[0].rfind("ال", 0) == 0) {
      for (std::string& word : phrase) if (word.rfind("ال", 0) == 0) word = word.substr(std::string("ال").size());
    }
    const auto m = ctx_.dicts.MatchEvent(std::span<const std::string>(phrase), 0);
    if (!m) continue;
    if (!Violent(m.entries.front()->cameo) || m.entries.front()->form != "noun"sv) continue;
    // After a noun of killing or abduction a nationality names the person it befell (قتل فلسطيني برصاص
    // الجيش الإسرائيلي، خطف بريطاني); an attack, a raid or a shelling is described by its attacker's
    // (قصف إسرائيلي).
    static const WordSet kDoneToPeople = {"قتل", "اختطف", "خطف", "اغتال"};
    if (kDoneToPeople.count(m.entries.front()->lemma) != 0) continue;
    if (m.length == phrase.size()) return true;
    if (m.length + 1 == phrase.size()) {
      const std::string& adjective = phrase.back();
      const bool relational = adjective.size() > 4 && (adjective.ends_with("ي") || adjective.ends_with("يه"));
      if (relational && ctx_.analysis.tokens[words_[g.first - 1].token].kind == TokenKind::kWord) return true;
    }
  }
  return false;
}

bool SentenceCoder::Locative(const Group& g) const {
  if (!g.place) return false;
  // Markers as MarkerBefore returns them; قرب، داخل، خارج are nouns in Arabic and listed with the place nouns.
  static const WordSet kMarkers = {"في", "ب", "من", "الي", "نحو", "بين"};
  if (kMarkers.count(MarkerBefore(g)) != 0) return true;
  return AfterPlaceNoun(g);
}

bool SentenceCoder::AfterStreetsOrCities(const Group& g) const {
  // Where crowds march; kept apart from AfterPlaceNoun, whose list also decides strike targets.
  static const WordSet kCrowdPlaces = {"مدن", "شوارع", "احياء", "ساحه", "ميدان", "قري", "بلدات"};
  return g.first > 0 && (kCrowdPlaces.count(strips_[g.first - 1]) != 0 || kCrowdPlaces.count(Stem(g.first - 1)) != 0);
}

bool SentenceCoder::AmmanAt(size_t i) const {
  if (i > 0 && strips_[i - 1] == "العاصمه"sv) return true;
  if (i > 1 && strips_[i - 2] == "العاصمه"sv && strips_[i - 1] == "الاردنيه"sv) return true;
  if (i + 1 < words_.size() && norms_[i + 1] == "الاردنيه"sv) return true;
  for (size_t w = 0; w < words_.size(); ++w) {
    const std::string& s = strips_[w];
    if (s.rfind("الاردن", 0) == 0 || s.rfind("اردني", 0) == 0) return true;
  }
  return false;
}

bool SentenceCoder::AfterTargetNoun(const Group& g) const {
  // Buildings, convoys and posts: what an attack hits, named with their owner as a genitive.
  static const WordSet kTargetNouns = {"مقر", "مقار", "مقرات", "مبني", "منزل", "مكتب", "مكاتب", "معسكر", "ثكنه",
                                       "قاعده", "موكب", "دوريه", "دوريات", "حافله", "مركز", "نقطه", "حاجز", "سفاره",
                                       "مواقع", "موقع", "تجمعات", "تجمع", "مخازن", "مستودع", "مطار", "سجن"};
  return g.first > 0 && (kTargetNouns.count(strips_[g.first - 1]) != 0 || kTargetNouns.count(Stem(g.first - 1)) != 0);
}

bool SentenceCoder::AfterPlaceNoun(const Group& g) const {
  static const WordSet kPlaceNouns = {
                                      "وسط", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "انحاء",
                                      "مدينه", "محافظه", "ولايه", "اقليم", "منطقه", "ضواحي", "العاصمه", "داخل", "خارج", "اطراف",
                                      "حي", "بلده", "قريه", "ناحيه", "قضاء", "شارع", "سوق", "مخيم", "طريق",
                                      "الطريق"};
  return g.first > 0 && (kPlaceNouns.count(strips_[g.first - 1]) != 0 || kPlaceNouns.count(Stem(g.first - 1)) != 0);
}

void SentenceCoder::IntroduceNames() {
  if (ctx_.names == nullptr) return;
  const text::Segmenter& lexicon = ctx_.analyzer.segmenter();
  // Registers `family` as the party `code`, named in full by words [first, last]; a family name registered
  // twice with different codes names no one.
  const auto introduce = [&](const std::string& family, const std::string& code, size_t first, size_t last,
                             const char* source) {
    auto [it, inserted] = ctx_.names->by_family_name.try_emplace(family, nullptr);
    if (!inserted) {
      if (it->second != nullptr && it->second->code != code) it->second = nullptr;  // two people, two codes
      return;
    }
    dict::ActorEntry& e = ctx_.names->entries.emplace_back();
    e.code = code;
    e.kind = "person";
    e.id = family;
    e.norm = family;
    const uint32_t begin = ctx_.analysis.tokens[words_[first].token].begin;
    e.phrase = std::string(ctx_.text.substr(begin, ctx_.analysis.tokens[words_[last].token].end - begin));
    e.source = source;
    it->second = &e;
  };
  // A person the dictionaries know by full name (فرانك فالتر شتاينماير) is meant later by the family name
  // alone (شتاينماير) when the lexicon does not know it as a word; not after بن/أبو (a father's name).
  for (const Group& g : groups_) {
    if (!g.person || g.full.empty() || g.last < g.first + 2) continue;
    const size_t last = g.last - 1;
    const std::string& family = norms_[last];
    const std::string& before = norms_[last - 1];
    if (before == "بن"sv || before == "ابن"sv || before == "ابو"sv || !Clitic(last).empty()) continue;
    if (lexicon.Known(family) || utf8::CountCodePoints(family) < 4) continue;
    introduce(family, g.full, g.first, last, "named in full earlier in the document");
  }
  for (const Group& g : groups_) {
    // A state's office holder by title (وزير الخارجية الأردني، السفير السعودي): a role and a country, not a
    // person already, nor a bare nationality or place.
    if (g.weak || g.person || g.pronoun || g.counterpart || g.role.empty() || g.country.empty() || !g.full.empty()) continue;
    // Then two to four words of a name: first names, بن/أبو, and a family name the lexicon does not know.
    size_t end = g.last;
    while (end < words_.size() && end < g.last + 4 && !words_[end].punct && Clitic(end).empty() && !InsideGroup(end) &&
           ctx_.analysis.tokens[words_[end].token].kind == TokenKind::kWord) {
      ++end;
    }
    if (end < g.last + 2) continue;
    const std::string& family = norms_[end - 1];
    if (lexicon.Known(family) || utf8::CountCodePoints(family) < 3) continue;
    // The words before the family name are names too, not words of the language (قال وزير الخارجية الأردني
    // إن ...).
    bool names = true;
    for (size_t w = g.last; w + 1 < end && names; ++w) {
      const std::string& word = norms_[w];
      names = word == "بن"sv || word == "ابو"sv || word == "ابن"sv || FirstNames().count(word) != 0 || !lexicon.Known(word);
    }
    if (!names) continue;
    introduce(family, g.Code(), g.first, end - 1, "introduced in the document");
  }
}

bool SentenceCoder::Bomber(const Group& g) const {
  std::string_view word = strips_[g.first];
  if (word.starts_with("ال")) word.remove_prefix(std::string_view("ال").size());
  return word.starts_with("انتحاري") || word.starts_with("مفجر");
}

bool SentenceCoder::GeographicNisba(const Group& g) const {
  static const WordSet kGeography = {"الحدود", "حدود", "الاراضي", "اراضي", "الاجواء", "اجواء", "المياه", "مياه",
                                     "الساحل", "السواحل", "العمق", "الشريط", "الجانب", "البلدات", "القري",
                                     "المدن", "المناطق", "الاقليم", "المحافظات"};
  if (!g.weak || g.place || g.first == 0) return false;
  if (kGeography.count(strips_[g.first - 1]) != 0) return true;
  // The second of two (الحدود السورية العراقية).
  return g.first > 1 && kGeography.count(strips_[g.first - 2]) != 0 && InsideGroup(g.first - 1);
}

const Group* SentenceCoder::BareGroupIn(size_t begin, size_t end) const {
  for (const Group& g : groups_) {
    if (g.first >= begin && g.first < end && MarkerBefore(g).empty()) return &g;
  }
  return nullptr;
}

bool SentenceCoder::InsideGroup(size_t w) const {
  for (const Group& g : groups_) if (w >= g.first && w < g.last) return true;
  return false;
}

const Group* SentenceCoder::GroupAt(size_t w) const {
  for (const Group& g : groups_) if (g.first == w) return &g;
  return nullptr;
}

// The preposition or clitic that introduces a group ("الي", "ب", "مع"...), or "".
std::string SentenceCoder::MarkerBefore(const Group& g) const {
  std::string clitic = g.whole_first ? std::string() : Clitic(g.first);
  if (clitic.rfind("و", 0) == 0) clitic = clitic.substr(2);
  if (clitic.rfind("ف", 0) == 0) clitic = clitic.substr(2);
  if (!clitic.empty()) return clitic;
  // A preposition with a pronoun has its object already (التقى خلالها الرئيس: "during it"; the president
  // is the subject).
  if (g.first > 0 && Prepositions().count(strips_[g.first - 1]) != 0 &&
      !(words_[g.first - 1].reading && words_[g.first - 1].reading->pronoun)) {
    return strips_[g.first - 1];
  }
  return "";
}

const Group* SentenceCoder::NextGroup(size_t from, size_t limit, bool skip_prep_marked) const {
  for (const Group& g : groups_) {
    if (g.first < from) continue;
    if (g.first >= from + limit) break;
    if (skip_prep_marked && !MarkerBefore(g).empty()) continue;
    return &g;
  }
  return nullptr;
}

bool SentenceCoder::ThatPronoun(size_t w) const {
  static const WordSet kThatHe = {"انه", "انها", "انهم", "انهما"};
  return kThatHe.count(norms_[w]) != 0;
}

bool SentenceCoder::Separated(size_t from, size_t to, Break at) const {
  for (size_t w = from; w < to; ++w) {
    if (words_[w].punct && !(at == Break::kClauseNotComma && words_[w].comma)) return true;
    if (at != Break::kPunctuation && ClauseBreak(w)) return true;
  }
  return false;
}

bool SentenceCoder::ClauseBreak(size_t w) const {
  // Subordinating and connecting words that open another clause (قال الجيش إن ...، بعدما، بينما).
  static const WordSet kClauseBreaks = {"ان", "بعدما", "عندما", "بينما", "فيما", "حيث", "حين",
                                        "لكن", "اذ", "ثم", "كما", "لان", "الذي", "التي", "الذين",
                                        "مثلما", "وكان", "وكانت", "لكي", "كي", "ريثما", "طالما", "كلما"};
  return kClauseBreaks.count(strips_[w]) != 0 || kClauseBreaks.count(norms_[w]) != 0;
}

bool SentenceCoder::SpeakerParticipleAt(size_t w) const {
  static const WordSet kParticiples = {"مؤكدا", "مشيرا", "معربا", "منتقدا", "مطالبا", "داعيا", "محذرا",
                                       "مضيفا", "لافتا", "موضحا", "مشددا", "معتبرا", "متهما", "قائلا",
                                       "مبينا", "واصفا", "معلنا", "منددا", "مستنكرا", "ملقيا", "مشيدا",
                                       "مرحبا", "متوعدا", "مهددا"};
  return kParticiples.count(strips_[w]) != 0 || kParticiples.count(norms_[w]) != 0;
}

const Group* SentenceCoder::PrevGroup(size_t before, size_t limit) const {
  // A subject does not reach across a subordinating word into another clause (قال الجيش إن سيارة مفخخة
  // فجرت ...، قام الجنود بقتل المدنيين بعدما فجرت عبوة).
  size_t floor = 0;
  for (size_t w = before; w-- > 0 && w + limit + 1 > before;) {
    if (ClauseBreak(w)) { floor = w + 1; break; }
  }
  size_t best = groups_.size();
  for (size_t k = 0; k < groups_.size(); ++k) {
    const Group& g = groups_[k];
    if (g.first < floor) continue;
    if (g.last <= before && before - g.last < limit && (MarkerBefore(g).empty() || words_[g.first].conj)) best = k;
  }
  if (best == groups_.size()) return nullptr;
  // "إيران وروسيا ستعقدان": the subject is the head of the coordination.
  while (best > 0 && words_[groups_[best].first].conj && groups_[best - 1].last == groups_[best].first) --best;
  if (!MarkerBefore(groups_[best]).empty()) return nullptr;
  return &groups_[best];
}

bool SentenceCoder::FirstPrepObjectIsAThing(size_t from, size_t party, std::string_view prep) const {
  const std::string want = ctx_.analyzer.normalizer().Normalize(std::string(prep));
  const bool clitic = want == "ب"sv || want == "ل"sv;
  for (size_t w = from; w < party && w < words_.size(); ++w) {
    if (words_[w].punct && !words_[w].comma) return false;
    std::string c = Clitic(w);
    if (c.rfind("و", 0) == 0) c = c.substr(std::string_view("و").size());
    const bool here = clitic ? (c == want || (want == "ل"sv && c == "لل"sv)) : strips_[w] == want;
    if (!here) continue;
    const size_t object = clitic ? w : w + 1;
    if (object >= party) return false;
    // A plain word (not a number, not a pronoun-only form) heads a thing: بالبدء، على الحدود.
    const auto& t = ctx_.analysis.tokens[words_[object].token];
    return t.kind == TokenKind::kWord && !InsideGroup(object) && !(words_[object].reading && words_[object].reading->pronoun);
  }
  return false;
}

const Group* SentenceCoder::PrepGroup(size_t from, std::string_view prep, size_t limit) const {
  std::string want(prep);
  // Dictionary prepositions are written with hamza (إلى); compare normalised.
  want = ctx_.analyzer.normalizer().Normalize(want);
  for (size_t w = from; w < from + limit && w < words_.size(); ++w) {
    if (SpeakerParticipleAt(w)) { limit = w - from; break; }
  }
  for (const Group& g : groups_) {
    if (g.first < from || g.first >= from + limit) continue;
    const std::string m = MarkerBefore(g);
    if (m == want || (want == "ل"sv && m == "لل"sv)) return &g;
  }
  return nullptr;
}

bool SentenceCoder::RelativeAt(size_t w) const {
  static const WordSet kRelativePronouns = {"الذي", "التي", "الذين"};
  return kRelativePronouns.count(strips_[w]) != 0;
}

bool SentenceCoder::Apposition(const Group& head, const Group& g) const {
  if (head.Code().empty()) return false;
  if (g.Code() == head.Code()) return true;
  // Right after the head (a comma at most between): a bare role (ولي العهد) or a name of the same body
  // (الأمين العام للأمم المتحدة بان كي مون: IGOUNOSG, IGOUNO).
  // Only after a named head: after a bare role the next party is the object (ناشدت السلطات السكان).
  // A parenthesis right after the head glosses it (البرلمان الروسي (الدوما)).
  if (g.first == head.last + 1 && norms_[head.last] == "("sv) return true;
  bool adjacent = g.first == head.last || (g.first == head.last + 1 && words_[head.last].comma);
  // A person's name may run on past the dictionary's entry (الأمير محمد بن سلمان بن عبدالعزيز ولي العهد).
  if (!adjacent && head.person && g.first > head.last && g.first <= head.last + 3 &&
      (strips_[head.last] == "بن"sv || norms_[head.last] == "بن"sv || norms_[head.last] == "ابن"sv || norms_[head.last] == "ال"sv)) {
    adjacent = true;
    // A comma may close the name (الأمير فيصل بن خالد بن عبدالعزيز، أمير منطقة عسير).
    for (size_t w = head.last; w < g.first; ++w) {
      const bool closing_comma = w + 1 == g.first && words_[w].punct && words_[w].comma;
      adjacent = adjacent && (!words_[w].punct || closing_comma) && !words_[w].conj && !InsideGroup(w);
    }
  }
  // A rank right after a police, army or intelligence officer's post is his own (استنكر مدير شرطة منطقة
  // الباحة اللواء مسفر الخثعمي الحادث، قائد الجيش الفريق أول ...).
  static const WordSet kRanks = {"اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب",
                                 "لواء", "عميد", "عقيد", "فريق", "مقدم", "رائد", "نقيب"};
  // The post may run on in a genitive the dictionaries do not list (منطقة الباحة).
  if ((head.role == "COP"sv || head.role == "MIL"sv || head.role == "SPY"sv) && g.first >= head.last &&
      g.first <= head.last + 3 && kRanks.count(strips_[g.first]) != 0) {
    bool genitive = true;
    for (size_t w = head.last; w < g.first; ++w) {
      genitive = genitive && !words_[w].punct && !words_[w].conj && !InsideGroup(w) && Clitic(w).empty();
    }
    if (genitive) return true;
  }
  if (!adjacent || words_[g.first].conj || g.counterpart) return false;
  const std::string a = head.Code(), b = g.Code();
  if (a.rfind("IGO", 0) == 0 && b.rfind("IGO", 0) == 0 && a.substr(0, 6) == b.substr(0, 6)) return true;
  static const WordSet kTitles = {"ولي", "نائب", "وزير", "وزيره", "رئيس", "رئيسه", "زعيم", "امين", "الامين", "متحدث",
                                  "المتحدث", "مستشار", "قائد", "مدير", "سفير", "مبعوث", "مندوب", "عضو", "امير",
                                  "الامير", "الشيخ", "مفتي", "المفتي", "محافظ", "المحافظ", "حاكم", "رئيسا"};
  const auto titled = [&](size_t w) {
    const std::string& first = strips_[w];
    const std::string bare = first.rfind("ال", 0) == 0 && first.size() > 4 ? first.substr(4) : first;
    return kTitles.count(first) != 0 || kTitles.count(bare) != 0;
  };
  // One person's second post right after the first, in the construct and without a country of its own
  // (شجب وزير العدل رئيس المجلس الأعلى للقضاء، أشاد نائب الرئيس اليمني رئيس مجلس الوزراء): the same man. A
  // post with its own country is another person (يستقبل ماكرون رئيس الحكومة الإيطالية), and so is a definite
  // title (انتقد وزير الخارجية الرئيس).
  if (head.full.empty() && g.country.empty() && g.full.empty() && titled(head.first) && titled(g.first) &&
      !words_[g.first].article) {
    return true;
  }
  if (head.full.empty() && g.full.empty()) return false;
  // A bare title after a name restates it (الأمير محمد بن سلمان ولي العهد، عبدالملك الحوثي زعيم الجماعة);
  // a bare institution is the object (طالب الملك عبدالله الثاني الحكومة).
  if (g.country.empty() && g.full.empty()) return head.person && titled(g.first);
  return !head.country.empty() && head.country == g.country && (head.role.empty() || g.role.empty() || head.role == g.role);
}

size_t SentenceCoder::ObjectClauseEnd(const dict::EventPattern& p, size_t from, size_t to) const {
  const std::string_view root = std::string_view(p.cameo).substr(0, 2);
  for (size_t w = from; w < to && w < words_.size(); ++w) {
    // A conjoined verb opens the next clause (دعا إلى إطلاق سراحه وأقر مجلس الشيوخ ...), and so does a
    // subordinating word (اعتقل ... بعدما أوقف رجال الشرطة، رفض ... حيث يستخدم الرئيس). A warning names what
    // it warns of after أن (حذرت الصين من أن الولايات المتحدة); criticism, rejection and threats take the
    // party of a relative clause that names who did the thing (أدانت روسيا العملية التي شنتها الولايات
    // المتحدة، تهدد تركيا بالهجوم على منبج التي تسيطر عليها قوات سوريا الديمقراطية).
    const bool relative_ok = RelativeAt(w) && (root == "11"sv || root == "12"sv || root == "13"sv);
    if (ConjoinedVerbAt(w) || SpeakerParticipleAt(w) ||
        (ClauseBreak(w) && !relative_ok && !(root == "13"sv && strips_[w] == "ان"sv))) {
      return w;
    }
    // An appeal names its addressee before what it asks for (طالب الحوثيين بتنفيذ قرار مجلس الأمن، دعا
    // ناشطون إلى استخدام الطائرات), an accusation the accused before the charge (اتهم الجيش بالتأثير على
    // القضاء). Not a threat: what is threatened is named inside it (هدد بضرب إيران). Adverbs with بـ (بشدة،
    // بعنف) are not requests.
    static const WordSet kAdverbs = {"بشده", "بعنف", "بقوه", "بحده", "بالفعل", "بدوره", "بدورها"};
    const bool request_word = strips_[w] == "الي"sv || ((Clitic(w) == "ب"sv || Clitic(w) == "ل"sv) &&
                                                        kAdverbs.count(norms_[w]) == 0);
    if ((root == "02"sv || p.cameo.rfind("112", 0) == 0) && !InsideGroup(w) && request_word) return w;
    // Nor is anyone named in a charge the object (اعتقل الشاباك مواطنا بتهمة التجسس لصالح إيران).
    if (norms_[w] == "بتهمه"sv || norms_[w] == "بتهم"sv) return w;
  }
  return std::numeric_limits<size_t>::max();
}

bool SentenceCoder::Attributed(const Group& g) const {
  // The attribution word may stand a few words before the party (بحسب ما أعلنه مسؤول، وفقا لبيان نشرته
  // السلطات الروسية), within the same stretch of words.
  static const WordSet kAttribution = {"حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا", "حسبما"};
  for (size_t k = g.first; k-- > 0 && k + 4 >= g.first;) {
    if (words_[k].punct || InsideGroup(k)) return false;
    if (kAttribution.count(strips_[k]) != 0) return true;
  }
  return false;
}

bool SentenceCoder::InCoordination(const Group* head, const Group* g) const {
  for (const Group* next = CoordinatedWith(head); next; next = CoordinatedWith(next)) {
    if (next == g) return true;
  }
  return false;
}

bool SentenceCoder::ConjoinedVerbAt(size_t w) const {
  if (!words_[w].conj || (words_[w].starts[1] & dict::Dictionaries::kStartsEvent) == 0) return false;
  const auto m = ctx_.dicts.MatchEvent(std::span<const std::string>(strips_.data(), words_.size()), w);
  return m && m.entries.front()->form != "noun"sv;
}

const Group* SentenceCoder::CoordinatedWith(const Group* g) const {
  for (size_t k = 0; k + 1 < groups_.size(); ++k) {
    if (&groups_[k] == g && groups_[k + 1].first == g->last && words_[groups_[k + 1].first].conj) return &groups_[k + 1];
  }
  return nullptr;
}

SentenceCoder::GappedMatch SentenceCoder::MatchWithGap(size_t v) const {
  GappedMatch best;
  for (const auto* reading : {&norms_, &strips_}) {
    if (reading == &strips_ && strips_[v] == norms_[v]) break;
    if ((words_[v].starts[reading == &strips_ ? 1 : 0] & dict::Dictionaries::kStartsEvent) == 0) continue;
    for (const dict::EventPattern* p : ctx_.dicts.MultiWordEventsStartingWith((*reading)[v])) {
      if (p->form == "noun"sv) continue;
      const std::vector<std::string_view> parts = Split(p->norm, ' ');
      const size_t rest = parts.size() - 1;
      // The gap holds the subject: a few words, inside the clause. A "came under" or "survived" phrase
      // (تعرض ... لمحاولة اغتيال، نجا ... من محاولة اغتيال) names its victim there at length, with
      // appositions between commas; its distinctive rest keeps the longer reach safe.
      const bool victim_subject = !p->target_slots.empty() && p->target_slots.front() == "subj"sv && rest >= 2;
      // Weapons fired (أطلقت طائرة بدون طيار تابعة لوكالة المخابرات المركزية عدة صواريخ) have long subjects too.
      const size_t reach = victim_subject ? 20 : Violent(p->cameo) ? 9 : 5;
      for (size_t j = v + 2; j <= v + reach && j + rest <= words_.size(); ++j) {
        if (words_[j - 1].punct && !(victim_subject && words_[j - 1].comma)) break;  // inside the clause
        bool match = true;
        for (size_t k = 0; k < rest && match; ++k) {
          match = !words_[j + k].punct && (norms_[j + k] == parts[k + 1] || strips_[j + k] == parts[k + 1]);
        }
        if (match && (best.pattern == nullptr || rest + 1 > best.words)) best = {p, j + rest - v, j, rest + 1};
        if (match) break;
      }
    }
  }
  return best;
}

const Group* SentenceCoder::AttackerByPhrase(const Group* victim) const {
  // "هجوم شنه مسلحون"، "غارة نفذتها طائرة"، "هجوم قام به تحالف الطوارق"، "على يد مسلحين"، "من قبل ضباط"،
  // "برصاص الجيش".
  for (size_t w = 0; w + 1 < words_.size(); ++w) {
    std::string_view word = norms_[w];
    // The verb with its object pronoun (شنه، شنتها، نفذته، نفذوها، وتبنته), read off the spelling: the
    // segmenter does not always split the pronoun. A conjunction و may lead it. Who claims an attack
    // (هجوم تبناه تنظيم الدولة) is taken as its author.
    const std::string& clitic = Clitic(w);
    if (clitic == "و"sv && word.starts_with("و")) word.remove_prefix(std::string_view("و").size());
    const bool launched = LaunchedWithPronoun(word, true) && (clitic.empty() || clitic == "و"sv);
    const bool did_it = DidIt(word, norms_[w + 1]);
    const bool by_hand = (word == "يد"sv && w > 0 && norms_[w - 1] == "علي"sv) || (word == "قبل"sv && w > 0 && norms_[w - 1] == "من"sv);
    // "برصاص الجيش"، "بنيران مسلحين"، "بقذائف المدفعية": the weapon's owner fired it. With the article
    // the weapon owns nothing (قتلت القوات بالرصاص عشرات المحتجين: "with bullets").
    static const WordSet kFire = {"رصاص", "نيران", "قذائف", "صواريخ", "رصاصه", "قذيفه"};
    const bool by_fire = Clitic(w) == "ب"sv && !words_[w].article && kFire.count(Stem(w)) != 0;
    // "في غارات للمقاتلات التركية"، "بقصف للجيش": the force an attack noun belongs to carried it out.
    static const WordSet kStrikes = {"غارات", "غاره", "قصف", "ضربات", "ضربه", "الغارات", "القصف", "الضربات"};
    if (kStrikes.count(Stem(w)) != 0) {
      if (const Group* g = GroupAt(w + 1); g && g != victim && !g->weak) {
        const std::string m = MarkerBefore(*g);
        if ((m == "ل"sv || m == "لل"sv) && ArmedRole(RoleOf(*g))) return g;
      }
    }
    // "أصيبوا بعدما نفذت القوات الأميركية ضربة جوية": the subject of a strike that brought the harm about.
    static const WordSet kWhen = {"بعدما", "عندما", "حين", "حينما", "اثر", "فور"};
    size_t verb_at = std::string::npos;
    if (kWhen.count(strips_[w]) != 0) verb_at = w + 1;
    else if (strips_[w] == "بعد"sv && strips_[w + 1] == "ان"sv) verb_at = w + 2;
    if (verb_at != std::string::npos && verb_at + 1 < words_.size()) {
      static constexpr std::string_view kStrikeVerbs[] = {"نفذ", "شن", "اطلق", "قصف", "فجر", "استهدف", "اغار"};
      const std::string_view verb = norms_[verb_at];
      bool strike = false;
      for (std::string_view s : kStrikeVerbs) strike = strike || verb.starts_with(s);
      if (strike && !InsideGroup(verb_at)) {
        if (const Group* g = GroupAt(verb_at + 1); g && g != victim && MarkerBefore(*g).empty() && !g->weak) return g;
      }
    }
    // "نسب إلى المتمردين" (attributed to): the party it is attributed to.
    static const WordSet kAttributed = {"نسب", "نسبت", "ينسب", "تنسب", "نسبه", "نسبها", "ونسب", "ونسبت"};
    const bool attributed = kAttributed.count(norms_[w]) != 0 && (strips_[w + 1] == "الي"sv || norms_[w + 1] == "الي"sv);
    if (!launched && !did_it && !by_hand && !by_fire && !attributed) continue;
    const size_t from = w + (did_it || attributed ? 2 : 1);
    // Members of a party (هجوم شنه عناصر من حركة الشباب): the party after من.
    static const WordSet kMembers = {"عناصر", "افراد", "مقاتلون", "مقاتلين", "اعضاء", "عدد"};
    const bool members = from + 2 < words_.size() && kMembers.count(strips_[from]) != 0 && strips_[from + 1] == "من"sv;
    for (const Group& g : groups_) {
      if (members && g.first == from + 2 && &g != victim && !g.place) return &g;
      if (g.first < from || g.first > from + 1 || &g == victim || (g.weak && g.full.empty())) continue;
      // (The party after نسب إلى carries the إلى as a clitic when it is written joined: إليهم.)
      if (MarkerBefore(g).empty() || (attributed && g.first == from)) return &g;
    }
  }
  return nullptr;
}

const Group* SentenceCoder::MembersOf(const Group& g, const Group* other, Group* merged) const {
  if (!g.country.empty() || !g.full.empty() || g.role.empty() || g.last + 1 >= words_.size() ||
      strips_[g.last] != "من"sv) {
    return nullptr;
  }
  const Group* whole = GroupAt(g.last + 1);
  if (!whole || whole == other || (whole->country.empty() && whole->full.empty()) || whole->place) return nullptr;
  *merged = *whole;
  if (merged->full.empty() && merged->role.empty()) merged->role = g.role;
  merged->first = g.first;
  return whole;
}

bool SentenceCoder::ObjectFollows(size_t after) const {
  // An accusative party in the clause (خطفوا قبل ظهر أمس أميركيا) or a bare party right after the verb.
  for (const Group& g : groups_) {
    if (g.first < after || g.first >= after + 6) continue;
    if (Separated(after, g.first, Break::kPunctuation)) break;
    // A party right after the verb, or after one plain word; not the genitive of a prepositional noun
    // (قتلوا برصاص الجيش الإسرائيلي: a passive with its author).
    const bool close = g.first == after || (g.first == after + 1 && Clitic(after).empty() && Prepositions().count(strips_[after]) == 0);
    if (g.accusative || (close && MarkerBefore(g).empty() && !Locative(g))) return true;
  }
  if (after >= words_.size() || words_[after].punct || words_[after].conj) return false;
  // A count after an active verb is its object (قتلت ثلاثة متشددين); a passive takes it before.
  if (CountAt(after)) return true;
  // A bare noun: the object of an active verb (طائراته قصفت مجموعة من المتمردين); a preposition, a date or
  // an adverb: the passive (قتل في هجوم، قتل أمس).
  return PlainNounAt(after);
}

bool SentenceCoder::PlainNounAt(size_t w) const {
  if (w >= words_.size() || words_[w].punct || words_[w].conj || InsideGroup(w)) return false;
  const auto& token = ctx_.analysis.tokens[words_[w].token];
  if (token.kind != TokenKind::kWord || CountWord(w)) return false;
  if (Prepositions().count(strips_[w]) != 0 || !Clitic(w).empty()) return false;
  for (const text::DateMention& d : ctx_.analysis.dates) {
    if (d.begin <= token.begin && token.begin < d.end) return false;
  }
  static const WordSet kAdverbs = {"ايضا", "كذلك", "جميعا", "خلال", "اثناء", "بعد", "قبل", "عندما",
                                   "حين", "امس", "اليوم", "جراء", "اثر", "نتيجه", "لدي", "بينما",
                                   "فيما", "وسط", "قرب", "داخل", "خارج", "حتي", "منذ", "قد", "بعدما",
                                   "عقب", "حيث", "اذ", "لكن", "عند", "فجرا", "صباحا", "مساء", "ليلا",
                                   "ظهرا"};
  return kAdverbs.count(strips_[w]) == 0;
}

bool SentenceCoder::CondemnedBefore(size_t v) const {
  static const WordSet kCondemn = {"ادان", "ادانت", "دان", "دانت", "يدين", "تدين", "استنكر", "استنكرت",
                                   "يستنكر", "تستنكر", "ندد", "نددت", "يندد", "تندد", "شجب", "شجبت"};
  // The condemner's name and titles may stand between (أدان الحزب الديمقراطي التقدمي التونسي المعارض أمس
  // عملية خطف).
  for (size_t k = v; k-- > 0 && k + 10 >= v;) {
    if (words_[k].punct) return false;
    if (kCondemn.count(strips_[k]) != 0) return true;
  }
  return false;
}

const Group* SentenceCoder::ProtestTarget(size_t from, const Group* source) const {
  // What follows ضد or (احتجاجا) على in the clause, whatever the trigger's own preposition (خرجوا في مسيرة
  // احتجاجا على الحكومة), or the body in front of whose seat the crowd stands (اعتصموا أمام السفارة
  // الدنماركية، أمام البرلمان).
  for (const char* prep : {"ضد", "علي", "امام", "خارج"}) {
    const Group* g = PrepGroup(from, prep, 10);
    if (g && g != source && !g->weak) return g;
  }
  // The genitive of the noun after ضد or على (احتجاجا على تصريحات وزير الخارجية الفرنسي).
  for (size_t k = from; k + 2 < words_.size() && k < from + 10; ++k) {
    if (words_[k].punct || ClauseBreak(k)) break;
    if (strips_[k] != "ضد"sv && strips_[k] != "علي"sv) continue;
    const Group* g = GroupAt(k + 2);
    if (g && g != source && !g->weak && MarkerBefore(*g).empty() && PlainNounAt(k + 1)) return g;
    break;
  }
  // A party after "hostile to" (شعارات مناهضة للحكومة، تظاهرة معادية لإسرائيل).
  static const WordSet kAgainst = {"مناهضه", "مناهض", "مناهضين", "المناهضه", "المناهض", "المناهضين",
                                   "معاديه", "معادي", "معادين", "المعاديه", "المعادي", "المعادين"};
  const Group* g = PrepGroup(from, "ل", 10);
  if (g && g != source && g->first > 0 && kAgainst.count(strips_[g->first - 1]) != 0) return g;
  return nullptr;
}

bool SentenceCoder::ProtestLookalike(const dict::EventPattern& p, size_t v, size_t len) const {
  // A protest called for (دعت المعارضة إلى إضراب عام، دعوة للتظاهر) has not happened: the call is the event.
  if (CalledForBefore(v)) return true;
  // A march or a crowd out in celebration, said right after it (مسيرة حاشدة، احتفالا بافتتاح القناة، جنود
  // يهتفون احتفالا، خرجوا في مسيرات هادرة فرحا بالتحرير), is no protest.
  static const WordSet kCelebrating = {"احتفالا", "احتفاء", "ابتهاجا", "فرحا"};
  for (size_t w = v + len; w < words_.size() && w < v + len + 4; ++w) {
    if (kCelebrating.count(norms_[w]) != 0 || kCelebrating.count(strips_[w]) != 0) return true;
  }
  // "الله أكبر" shouted is an exclamation, often an attacker's (وهو يهتف "الله أكبر"), not a protest chant.
  if (p.lemma == "هتف"sv) {
    for (size_t w = v + len; w + 1 < words_.size() && w < v + len + 6; ++w) {
      if (norms_[w] == "الله"sv && (norms_[w + 1] == "اكبر"sv)) return true;
    }
  }
  if (p.form == "noun"sv) {
    // A note or letter of protest (مذكرة احتجاج) is a formal complaint, coded by its own pattern (114).
    if (v > 0 && (strips_[v - 1] == "مذكره"sv || strips_[v - 1] == "رساله"sv)) return true;
    // تظاهرة ثقافية، تظاهرة رياضية، تظاهرة أيام قرطاج السينمائية: an event or festival, not a demonstration.
    static const WordSet kFestive = {"ثقافيه", "فكريه", "رياضيه", "فنيه", "اجتماعيه", "احتفاليه",
                                     "علميه", "اقتصاديه", "سياحيه", "اعلاميه", "ادبيه", "تجاريه",
                                     "سينمائيه", "مسرحيه", "موسيقيه", "شعريه", "تراثيه"};
    // Right after the noun, or further on for the arts (تظاهرة أيام قرطاج السينمائية), which no protest is
    // (احتجاجه بطريقة فنية is one).
    static const WordSet kArts = {"سينمائيه", "مسرحيه", "موسيقيه", "شعريه"};
    for (size_t w = v + len; w < words_.size() && w < v + len + 4 && !words_[w].punct; ++w) {
      const WordSet& words = w == v + len ? kFestive : kArts;
      if (words.count(Stem(w)) != 0 || words.count(norms_[w]) != 0 || words.count(strips_[w]) != 0) return true;
    }
    // Normalisation writes ة as ه: a noun written with ة in the dictionary but with ه in the text is another
    // word with a pronoun (مظاهره "its manifestations", not مظاهرة "a demonstration").
    const auto& last = ctx_.analysis.tokens[words_[v + len - 1].token];
    const std::string_view written = ctx_.text.substr(last.begin, last.end - last.begin);
    return p.phrase.ends_with("ة") && written.ends_with("ه");
  }
  // A verb with an object pronoun is another verb spelt the same: احتجنا "we needed", اعتصموه.
  if (words_[v].reading && words_[v].reading->pronoun) return true;
  // احتج followed by إلى is احتاج "needed" (احتجت إلى كلماتي).
  if (p.lemma == "احتج"sv && v + len < words_.size() && strips_[v + len] == "الي"sv) return true;
  // اضرب alone is the imperative "strike!" (اضرب بيد من حديد); the strike is أضرب عن العمل.
  if (norms_[v] == "اضرب"sv || strips_[v] == "اضرب"sv) {
    bool from_work = false;
    for (size_t k = v + len; k < words_.size() && k < v + len + 5 && !words_[k].punct; ++k) from_work = from_work || strips_[k] == "عن"sv;
    if (!from_work) return true;
  }
  // اعتصم بـ is "hold fast to" (واعتصموا بحبل الله).
  if (strips_[v].find("عتصم") != std::string::npos && v + len < words_.size() &&
      Clitic(v + len).find("ب") != std::string::npos) {
    return true;
  }
  // قاطع after a verbal noun or بشكل, and قاطعا, are the adjective "categorical" (رفضا قاطعا، بشكل قاطع).
  if (v > 0 && strips_[v].find("قاطع") != std::string::npos) {
    static const WordSet kCategorical = {"رفضا", "نفيا", "بشكل", "رفض", "نفي", "منعا", "تحريما", "حسما"};
    if (kCategorical.count(strips_[v - 1]) != 0 || strips_[v] == "قاطعا"sv) return true;
  }
  // تظاهر بـ / أن / كما is "pretend" (تظاهرت بأني أطيعه، يتظاهرون أنهم عرافون)، not "demonstrate".
  if (v + len < words_.size() && strips_[v].find("ظاهر") != std::string::npos) {
    static const WordSet kPretend = {"ان", "انه", "انها", "انهم", "كما", "كانه", "كانها", "كانهم",
                                     "بان", "بانه", "بانها", "بانهم", "باني", "باننا"};
    if (Clitic(v + len).find("ب") != std::string::npos) return true;
    for (size_t k = v + len; k < words_.size() && k < v + len + 3 && !words_[k].punct; ++k) {
      if (kPretend.count(norms_[k]) != 0) return true;
    }
  }
  return false;
}

bool SentenceCoder::OngoingVerbAt(size_t w) const {
  static const WordSet kOngoing = {
                                   "اندلعت", "تواصلت", "تجددت", "استمرت", "امتدت", "تصاعدت", "عمت", "انطلقت", "خرجت", "تتواصل", "تستمر",
                                   "تتجدد", "تمتد", "تتصاعد", "تعم", "اندلع", "تواصل", "تجدد", "استمر", "امتد", "تصاعد", "عم", "انطلق", "خرج",
                                   "يتواصل", "يستمر", "يتجدد", "يمتد", "يتصاعد", "يعم"};
  return w < words_.size() && (kOngoing.count(strips_[w]) != 0 || kOngoing.count(norms_[w]) != 0);
}

bool SentenceCoder::CarriedOut(size_t v) const {
  // "أعلن المعلمون الإضراب"، "بدأ العمال الإضراب"، "واصل المعتصمون الاعتصام": the verb, its subject phrase,
  // then the definite protest noun as its object.
  static const WordSet kCarryOut = {
                                    "اعلن", "اعلنت", "اعلنوا", "بدا", "بدات", "بداوا", "نفذ", "نفذت", "نفذوا", "واصل", "واصلت", "واصلوا",
                                    "يواصل", "تواصل", "يواصلون", "خاض", "خاضت", "خاضوا", "يخوض", "تخوض", "يخوضون"};
  size_t k = v;
  while (k > 0 && InsideGroup(k - 1)) --k;  // over the subject phrase
  if (k == 0 || words_[k - 1].punct) return false;
  return kCarryOut.count(strips_[k - 1]) != 0 || kCarryOut.count(norms_[k - 1]) != 0;
}

bool SentenceCoder::ParticipatedIn(size_t v) const {
  // A crowd gathers "to protest": للاحتجاج، للتظاهر (a call for one is left out by CalledForBefore).
  static const WordSet kToProtest = {"للاحتجاج", "للتظاهر", "للاعتصام", "للاضراب"};
  if (kToProtest.count(norms_[v]) != 0 || (v > 0 && kToProtest.count(norms_[v - 1] + norms_[v]) != 0)) return true;
  if (v == 0 || strips_[v - 1] != "في"sv) return false;
  for (size_t k = v - 1; k-- > 0 && k + 9 >= v;) {
    if (words_[k].punct) return false;
    const std::string& w = strips_[k];
    if (w.rfind("شارك", 0) == 0 || w.rfind("يشارك", 0) == 0 || w.rfind("تشارك", 0) == 0) return true;
  }
  return false;
}

bool SentenceCoder::StreetActBefore(size_t v) const {
  // Stems matched at the start of a word without its clitics and article: every form of the verb and its
  // nouns (تظاهروا، المظاهرات، الإضرابات، اعتصامين، تجمعا، مسيرة), and crowds counted in hundreds or
  // thousands (آلاف الفلسطينيين).
  static constexpr std::string_view kStreet[] = {"خرج", "يخرج", "تخرج", "نزل", "ينزل", "تنزل", "تجمع", "يتجمع",
                                                 "احتشد", "يحتشد", "حشود", "ساروا", "سارت", "يسير", "مسير",
                                                 "اعتصم", "يعتصم",
                                                 "اعتصام", "تظاهر", "يتظاهر", "مظاهر", "اضرب", "يضرب", "اضراب",
                                                 "هتف", "يهتف", "الاف", "الوف", "مئات", "قطعوا", "اغلقوا",
                                                 "احرقوا", "الشارع", "الشوارع", "شوارع", "تجمهر", "يتجمهر",
                                                 "وقفه", "وقفات", "احتجاجي", "احتجاجات", "شغب",
                                                 // a walkout or boycott is a protest too (انسحب النواب من
                                                 // الجلسة احتجاجا، قاطعوا الانتخابات احتجاجا)
                                                 "انسحب", "ينسحب", "قاطع", "يقاطع", "مقاطع"};
  for (size_t w = v, steps = 0; w > 0 && steps < 20; --w, ++steps) {
    const size_t k = w - 1;
    // Slashes, quotes and brackets stay inside the clause (كانون الأول/ديسمبر); a colon or semicolon ends it.
    if (words_[k].punct) {
      const std::string& mark = ctx_.analysis.tokens[words_[k].token].norm;
      if (mark == ":"sv || mark == "؛"sv || mark == ";"sv) break;
      continue;
    }
    for (std::string_view word : {std::string_view(Stem(k)), std::string_view(norms_[k])}) {
      if (word.starts_with("ال") && !word.starts_with("الاف") && !word.starts_with("الوف")) word.remove_prefix(std::string_view("ال").size());
      for (std::string_view street : kStreet) if (word.starts_with(street)) return true;
    }
  }
  return false;
}

bool SentenceCoder::CalledForBefore(size_t v) const {
  static const WordSet kCall = {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوه", "الدعوه", "دعوات",
                                "حث", "حثت", "يحث", "تحث", "ناشد", "ناشدت"};
  // The call may name who is called at length (دعت اللجنة ... أهالي المحافظة إلى الخروج بمظاهرات), but stays
  // in the clause.
  for (size_t k = v; k-- > 0 && k + 16 >= v;) {
    if (words_[k].punct) return false;
    if (kCall.count(strips_[k]) != 0 || kCall.count(Stem(k)) != 0) return true;
    if (ClauseBreak(k)) return false;
  }
  return false;
}

size_t SentenceCoder::LightVerbBefore(size_t v) const {
  if (Clitic(v).find("ب") == std::string::npos) return std::string::npos;
  static const WordSet kForms = {"قام", "قامت", "قاموا", "قاما", "قامتا"};
  for (size_t k = v; k-- > 0 && k + 6 >= v;) {
    if (words_[k].punct) break;
    if (kForms.count(strips_[k]) != 0) return k;
  }
  return std::string::npos;
}

std::optional<Event> SentenceCoder::Build(const dict::EventPattern& p, size_t v, size_t len,
                                          const std::optional<Group>& carried, size_t gap_begin, size_t gap_end,
                                          size_t light_verb) {
  const bool noun = p.form == "noun"sv;
  // قام [X] بـ NOUN: the subject of قام is the actor, found in its gap or before it.
  if (light_verb != std::string::npos) {
    gap_begin = light_verb + 1;
    gap_end = v;
  }
  const Group* source = nullptr;
  const Group* target = nullptr;
  bool svo = false;  // the source was found before the verb
  bool subject_is_target = false;  // a passive pattern took its target from the subject
  // The target fixed while finding the source: whom the subject met (بلقاء X), where the visitor went
  // (زيارة لـ X إلى Y).
  const Group* met = nullptr;
  // The genitive of a verbal noun after تم or جرى is what the act was done to (تم اختطاف الصحفيين، وتم طرد
  // الجهاديين من مالي): never the source.
  const Group* passive_patient = nullptr;
  const size_t after = v + len;
  if (light_verb != std::string::npos) {
    source = BareGroupIn(gap_begin, gap_end);
    // A counted subject names its members with من (قام عدد من جنود المارينز بقتل المدنيين).
    for (const Group& g : groups_) {
      if (source || g.first < gap_begin + 2 || g.first >= gap_end || MarkerBefore(g) != "من"sv) continue;
      if (CountAt(g.first - 2)) source = &g;
    }
    if (!source) source = PrevGroup(light_verb, 6);
  }
  const std::string root = p.cameo.substr(0, 2);
  bool assault = Violent(p.cameo);
  const bool protest = Protest(p.cameo);
  // Source.
  for (const std::string& slot : p.source_slots) {
    if (source) break;
    if (slot == "clause"sv) {
      // An adverbial participle (…، داعيا إيران إلى) acts for its clause's subject: the first party named
      // before it that no preposition governs, else the subject carried from the previous sentence (below).
      for (const Group& g : groups_) {
        if (g.first >= v) break;
        if (MarkerBefore(g).empty() && !g.weak && !Attributed(g)) { source = &g; break; }
      }
      continue;
    }
    if (slot == "self"sv) {
      source = GroupAt(v);
      continue;
    }
    if (slot == "subj"sv && gap_end > gap_begin) {
      source = BareGroupIn(gap_begin, gap_end);
      if (source) break;
    }
    if (slot == "subj"sv) {
      // A verb that agrees in number (قتلوا، فجرا) has its subject before it or in the verb itself: in VSO
      // order Arabic verbs stay singular, so the party after a plural verb is its object.
      const bool plural_verb = p.form == "past_pl"sv || p.form == "past_du"sv || p.form == "past_fdu"sv;
      const Group* next = plural_verb ? nullptr : NextGroup(after, 12, true);
      if (next && next->accusative) next = nullptr;
      // After تم or جرى a Form I verb's spelling is its verbal noun (وتم طرد الجهاديين): the party after it
      // is what the act was done to.
      if (next && AfterTamma(v)) {
        if (MarkerBefore(*next).empty()) passive_patient = next;
        next = nullptr;
      }
      // A phrase ending in a noun with a preposition (أودى بحياة) governs the party right after it: its
      // genitive, the victim, not the subject.
      if (next && (next->first == after || (next->first == after + 1 && CountAt(after))) && len > 1 &&
          norms_[after - 1].starts_with("ب") &&
          !strips_[after - 1].starts_with("ب")) {
        next = nullptr;
      }
      // The subject after a verb sits in its clause: not after a comma (فجرت عبوة ناسفة إحدى مركباتهم،
      // وتسببت بمقتل جندي أميركي).
      if (next && Separated(after, next->first, Break::kClause)) next = nullptr;
      const Group* prev = PrevGroup(v, 6);
      // The place of an attack is not its author (وجهت ضربات جوية داخل الصومال، جنوب بغداد), nor is the
      // owner of what was hit (استهدف مقر قيادة الجيش، أطلق النار على موكب الملكة).
      if (assault && next && (Locative(*next) || AfterTargetNoun(*next))) next = nullptr;
      if (assault && prev && Locative(*prev)) prev = nullptr;
      // Nor is a protest's place its crowd (تظاهر الآلاف في العاصمة الكينية نيروبي، ذي قار جنوب بغداد، تظاهر،
      // جابت شوارع بيروت، في عدة مدن مغربية).
      if (protest && next && next->weak && (AfterPlaceNoun(*next) || AfterStreetsOrCities(*next))) next = nullptr;
      // Nor is what it is against (تنظم مظاهرات جديدة ضد سياسة الرئيس ماكرون).
      if (protest && next) {
        for (size_t w = after; w < next->first; ++w) {
          if (strips_[w] == "ضد"sv) { next = nullptr; break; }
        }
      }
      if (protest && prev && Locative(*prev)) prev = nullptr;
      // "قال X إنه قتل ...": the pronoun after أن is the subject, and it is the speaker; a party after the
      // verb is then its object.
      for (size_t k = v; k-- > 0 && k + 3 >= v;) {
        if (words_[k].punct || InsideGroup(k)) break;
        if (ThatPronoun(k)) {
          next = nullptr;
          if (!prev) prev = PrevGroup(k, 12);
          break;
        }
      }
      // A count right after the verb introduces its object or, in a passive, its subject: with a party
      // named just before the verb, that party is the actor (قوات الأمن قتلت ثلاثة متشددين).
      if (CountAt(after) && prev && prev->last + 2 >= v) next = nullptr;
      // A party right before the verb is its subject (حركة طالبان اختطفت حاكم منطقة): what follows is
      // the object.
      // So is a capital there (أنقرة ستهاجم تنظيم الدولة: the government), unlike a bare nisba.
      const bool capital_before = prev && prev->last == v && prev->weak && prev->place && MarkerBefore(*prev).empty();
      if (prev && prev->last == v && next && (!prev->weak || capital_before)) next = nullptr;
      // VSO when a bare group follows the verb closely; otherwise SVO with a subject just before it.
      if (next && next->first <= after + 3) source = next;
      else if (prev) { source = prev; svo = true; }
      else if (next && !protest) source = next;  // a crowd is named right after its verb (تظاهر الآلاف)
      // A counted crowd names its members with من (تظاهر عشرات الآلاف من المحتجين الرومانيين).
      if (!source && protest) {
        for (const Group& g : groups_) {
          const bool in_gap = g.first >= gap_begin && g.first < gap_end;  // شارك مئات الآلاف من الأمريكيين في مسيرات
          if ((!in_gap && (g.first < after + 2 || g.first > after + 4)) || g.first < 2 || MarkerBefore(g) != "من"sv) continue;
          const std::string& count = norms_[g.first - 2];
          if (CountAt(g.first - 2) || count == "الاف"sv || count == "الالاف"sv) source = &g;
          break;
        }
      }
    } else if (slot == "poss"sv) {
      // The genitive of a noun of killing or abduction is its victim (مقتل جندي أفغاني، خطف أربعة
      // أميركيين); only nouns whose verb takes a preposition name their author there (هجوم طالبان على).
      const bool victim_genitive =
          assault && std::find(p.target_slots.begin(), p.target_slots.end(), "poss") != p.target_slots.end();
      const Group* g = GroupAt(after);
      // Except armed forces after a noun of military force, which fire it (قصف الطائرات التركية للقرى).
      const bool armed_author = g && root == "19"sv && (g->role == "MIL"sv || g->role == "REB"sv || g->role == "UAF"sv);
      // A meeting noun after بـ is how the clause's subject spent its time (بدأ كيري نهاره بلقاء نظيره
      // السعودي، اختتم زيارته باجتماع مع): the subject met, and the genitive is whom it met.
      const bool meeting = p.cameo == "040"sv || p.cameo == "041"sv || p.cameo == "046"sv;
      if (g && meeting && (Clitic(v) == "ب"sv || Clitic(v) == "وب"sv)) {
        const Group* subject = PrevGroup(v, 8);
        if (subject && MarkerBefore(*subject).empty() && !Separated(subject->last, v, Break::kClause) &&
            subject->Code() != g->Code()) {
          source = subject;
          met = g;
          continue;
        }
      }
      const bool passive = noun && AfterTamma(v);
      if (passive && g && MarkerBefore(*g).empty()) passive_patient = g;
      else if (g && MarkerBefore(*g).empty() && (!victim_genitive || armed_author)) source = g;
      // A visit names its visitor with لـ when a destination with إلى follows (زيارة لوزير الخارجية الإيراني
      // إلى الكويت، زيارة لم يعلن عنها مسبقا لوزير الدفاع الأميركي إلى بغداد); without one, لـ is the
      // destination (زيارة للعراق).
      if (!source && p.cameo.rfind("042", 0) == 0) {
        for (const Group& visitor : groups_) {
          if (visitor.first < after || visitor.first > after + 6 || visitor.weak) continue;
          if (Separated(after, visitor.first, Break::kClause)) break;
          const std::string m = MarkerBefore(visitor);
          if (m != "ل"sv && m != "لل"sv) continue;
          if (const Group* destination = PrepGroup(visitor.last, "إلى", 3)) {
            source = &visitor;
            met = destination;
          } else if (Stem(visitor.first).rfind("وفد", 0) == 0 || Stem(visitor.first).rfind("وفود", 0) == 0) {
            source = &visitor;  // a delegation visits; it is no destination (زيارة لوفد فرنسي)
          }
          break;
        }
      }
    }
  }
  // In reports of violence a bare capital or adjective is nearly always the place or the victims'
  // description ("في بغداد"، "مصادر عراقية"), not the attacker.
  // A protest noun names its participants with لـ too (تظاهرة لحركة كفاية، اعتصام للعمال).
  if (!source && noun && protest) {
    if (const Group* g = GroupAt(after); g && (MarkerBefore(*g) == "ل"sv || MarkerBefore(*g) == "لل"sv) && !g->weak) source = g;
  }
  if (!source && noun && !assault) {
    // A verbal noun without possessor: the nearest bare actor before it (باقري يعتزم توقيع), passing over
    // bare adjectives (وكالة سبوتنيك الروسية). Protesters are often named by their role alone (الطلاب،
    // العمال); the police, army or gunmen before a protest noun disperse or attack it (فرقت الشرطة تظاهرة).
    // Protesters named by role must stand close to the noun, in its clause. The adverbial احتجاجا ("in
    // protest") belongs to the clause's subject, the first party of the clause, not the nearest one
    // (استدعت الخارجية الإيرانية السفير الفرنسي احتجاجا على ...).
    const bool adverbial = protest && norms_[v].ends_with("اجا");
    // "During protests" (خلال احتجاجات، أثناء مظاهرات) sets the scene: the party before it did something
    // else (قتل إسرائيل للفلسطينيين خلال احتجاجات).
    static const WordSet kDuring = {"خلال", "اثناء", "ابان", "وسط", "عقب", "اثر"};
    const bool scene = protest && v > 0 && kDuring.count(strips_[v - 1]) != 0;
    for (const Group& g : groups_) {
      if (scene) break;
      if (!MarkerBefore(g).empty() || g.last > v || g.weak) continue;
      if (!protest && g.country.empty() && g.full.empty()) continue;
      if (protest) {
        // Armed men before a protest noun attack it (انتحاري استهدف مظاهرة); they do not hold it.
        static const WordSet kArmed = {"COP", "MIL", "UAF", "REB", "CRM", "SPY"};
        if (kArmed.count(g.role) != 0 || g.last + (adverbial ? 12 : 6) < v) continue;
        if (Separated(g.last, v, Break::kClause)) continue;
        if (adverbial) { source = &g; break; }
      }
      source = &g;
    }
  }
  std::optional<Group> carried_source;
  // Protests are reported by themselves: a subject carried over from the previous sentence is a speaker or
  // an official, not the crowd (وشهدت عدة مدن تظاهرات).
  if (!source && carried && !assault && !protest) {
    carried_source = carried;
    source = &*carried_source;
  }
  // A symmetric event with no actor of its own takes the pair of "بين X و Y" (تشكيل لجنة مشتركة بين إيران والصين).
  if (!source && Symmetric(p)) {
    for (size_t w = 0; w + 1 < words_.size() && !source; ++w) {
      if (strips_[w] != "بين"sv) continue;
      if (const Group* a = GroupAt(w + 1); a && CoordinatedWith(a)) source = a;
    }
  }
  Group nobody;  // an unnamed attacker: assaults are coded without a source actor
  // News reports violence victim first with a passive verb (جنديين عراقيين قتلا بانفجار، قتل 5 أشخاص): a
  // party before a violent verb that has no object after it, or a verb followed by a count, is the victim.
  // Only a three-letter (Form I) verb reads the same in both voices (قَتل / قُتل); اغتالت, أطلقت and
  // other derived forms spell their passive differently, so their subject is the attacker.
  const Group* victim = nullptr;
  const std::string lemma_head(Split(p.lemma, ' ').front());
  // A phrase with its object inside (نفذ ضربة جوية، فتح النار) is active.
  const bool same_in_both_voices = utf8::CountCodePoints(lemma_head) == 3 && p.norm.find(' ') == std::string::npos;
  if (assault && !noun && source && same_in_both_voices) {
    // Digits only: a count word right after the verb is often its subject's head (فجر أحد حراس ...: one of
    // the guards detonated), so CountAt() would turn authors into victims.
    const bool count_follows = after < words_.size() && ctx_.analysis.tokens[words_[after].token].kind == TokenKind::kNumber;
    if ((svo && !ObjectFollows(after)) || (count_follows && source->first > v)) {
      victim = source;
      source = nullptr;
    }
  }
  // A capital right before the verb stays its subject (أنقرة قصفت مواقع).
  // So does one opening a phrase's gap (أطلقت بيونغ يانغ صاروخين، شنت الرياض هجوما); right after a plain
  // verb it is the object (استهدف الرياض).
  // (A subject carried over from the previous sentence indexes that sentence's words: it never qualifies.)
  const bool capital_subject = source && !(carried_source && source == &*carried_source) && source->weak &&
                               source->place &&
                               ((svo && source->last == v) || (gap_end > gap_begin && source->first == gap_begin)) &&
                               MarkerBefore(*source).empty();
  if (assault && source && source->weak && !AttackerAdjective(*source) && !capital_subject) source = nullptr;
  if (!source && assault) {
    for (const Group& g : groups_) {
      if (&g != victim && AttackerAdjective(g)) { source = &g; break; }
    }
  }
  // Civilians, children, hostages and journalists are what an attack hits, not who carries it out: such a
  // subject of an active-looking verb is its victim (استهدف فيها مدنيون، قتلت رهائن، قتل الصحفي). Protesters,
  // settlers or a woman who opened fire keep their act.
  if (assault && source && !victim && source->full.empty()) {
    static const WordSet kVictimNouns = {"مدني", "مدنيون", "مدنيين", "مدنيا", "المدني", "المدنيون", "المدنيين",
                                         "اطفال", "الاطفال", "طفل", "طفلا", "الطفل", "رهائن", "الرهائن", "سكان",
                                         "السكان"};
    const bool victim_noun = source->role == "CVL"sv && (kVictimNouns.count(strips_[source->first]) != 0 ||
                                                        kVictimNouns.count(norms_[source->first]) != 0);
    // After a Form I verb that reads the same in both voices, an unarmed party with no object after it is
    // the passive's subject (خطف موظف بريطاني يعمل في ...، قتل طالب جامعي).
    static const WordSet kUnarmed = {"CVL", "EDU", "BUS", "HLH", "REF", "LAB", "REL"};
    // Officials and judges too (قتل السفير الأمريكي، قتلت القاضي), right after the verb: a party further on
    // is not its subject (قتلت عائلة ... إثر قصف النظام السوري).
    static const WordSet kOfficials = {"GOV", "LEG", "JUD", "PTY"};
    const std::string role = RoleOf(*source);
    // So are people named by nationality alone right after it (قتل عراقيان في تفجير، قتل فلسطينيون).
    const bool nationals = role.empty() && source->weak && !source->place && source->full.empty();
    bool unarmed_passive = same_in_both_voices && !noun && !svo && source->first >= after &&
                           (kUnarmed.count(role) != 0 ||
                            ((kOfficials.count(role) != 0 || nationals) && source->first <= after + 1));
    // An object would be accusative or counted (خطف طلاب جامعيون ثلاثة أجانب).
    for (const Group& g : groups_) {
      if (!unarmed_passive) break;
      if (g.first < source->last || g.first >= source->last + 6) continue;
      if (Separated(source->last, g.first, Break::kPunctuation)) break;
      if (g.accusative || CountAt(g.first - 1)) unarmed_passive = false;
    }
    if (unarmed_passive && CountAt(source->last)) unarmed_passive = false;
    if (victim_noun || source->role == "MED"sv || unarmed_passive) {
      victim = source;
      source = nullptr;
    }
  }
  // A Form I verb whose party after it takes no object, in a sentence that names the attack's author
  // apart (قتل جنديان أمس في هجوم شنه مسلحون، في كمين نصبته المقاومة، برصاص قناص): a passive, and the
  // party is its victim whatever its role.
  if (assault && source && !victim && same_in_both_voices && !noun && !svo && source->first >= after &&
      !ObjectFollows(source->last)) {
    if (const Group* author = AttackerByPhrase(source); author && author != source) {
      victim = source;
      source = nullptr;
    }
  }
  if (!source && assault) source = AttackerByPhrase(victim);
  if (!source && (assault || protest)) { nobody.first = nobody.last = v; source = &nobody; }
  if (!source) return std::nullopt;
  // A bare role followed by من and the party it belongs to (فتح مسلحون من حزب العمال الكردستاني النار) is
  // that party's; the phrase runs from the role to the party.
  Group source_members;
  // The party merged into the source: never also its target.
  const Group* source_whole = source != &nobody ? MembersOf(*source, nullptr, &source_members) : nullptr;
  if (source_whole) source = &source_members;
  // The noun وصول is an arrival of anything (وصول المساعدات، وصول جثمان، وصول أسلحتها): a visit only when
  // the arriving party is its genitive or its pronoun (وصول الرئيس، وصوله إلى).
  if (noun && lemma_head == "وصل"sv) {
    const Group* g = GroupAt(after);
    const bool pronoun = words_[v].reading && words_[v].reading->pronoun;
    if (!pronoun && (!g || !MarkerBefore(*g).empty())) return std::nullopt;
  }
  // The noun دعوة is also an invitation: "تلبية لدعوة من X"، "بدعوة من X"، "دعوة رسمية" say at whose
  // invitation a visit takes place (the visit is the event), not an appeal (020).
  if (noun && lemma_head == "دعا"sv && len == 1) {
    const bool answering = v > 0 && (strips_[v - 1] == "تلبيه"sv || Stem(v - 1) == "تلبيه"sv);
    static const WordSet kFrom = {"من", "منه", "منها", "منهم", "منهما", "رسميه"};
    const bool from = after < words_.size() && (kFrom.count(strips_[after]) != 0 || kFrom.count(norms_[after]) != 0);
    if (answering || from) return std::nullopt;
  }
  // صادر عن / صادرة عن is "issued by" (بيان صادر عن مكتب ماكرون), not a seizure.
  if (lemma_head == "صادر"sv && after < words_.size() && (strips_[after] == "عن"sv || norms_[after] == "عن"sv)) {
    return std::nullopt;
  }
  // توجه ... إلى with a thing in between is "directs (strikes, a message, accusations) to", not "heads to"
  // (توجه الطائرات التركية ضربات إلى ...، توجه رسالة إلى).
  if (lemma_head == "توجه"sv) {
    static const WordSet kDirected = {"ضربات", "ضربه", "رساله", "رسائل", "اتهامات", "اتهاما", "انتقادات", "انتقادا",
                                      "دعوه", "دعوات", "نداء", "تحذيرا", "تحذيرات", "الشكر", "التحيه", "سؤالا",
                                      "اسئله", "كلمه", "خطابا", "تهما", "تهمه", "انذارا", "صفعه", "لكمه", "اصابع"};
    for (size_t w = v + 1; w < v + len + (gap_end > gap_begin ? gap_end - gap_begin : 0) && w < words_.size(); ++w) {
      if (kDirected.count(strips_[w]) != 0 || kDirected.count(norms_[w]) != 0) return std::nullopt;
    }
  }
  // هاجم is mostly "criticised" (111) in the news, but armed men, troops or police who هاجموا attack with
  // force (مسلحون هاجموا مسجدا): the author's role decides.
  bool armed_attack = false;
  if (p.cameo == "111"sv && lemma_head == "هاجم"sv) {
    // Transnational armed groups carry their role in the code (IMGREB: تنظيم داعش).
    armed_attack = ArmedRole(RoleOf(*source)) ||
                   (source->full.size() > 3 && ArmedRole(source->full.substr(source->full.size() - 3)));
  }
  // In a gapped phrase the object may sit in the gap, after the subject (هددت [الولايات المتحدة إيران]
  // بفرض عقوبات، تحمل [هولندا موسكو] مسؤولية إسقاط الطائرة): a party there comes before one after the phrase.
  // Not a party coordinated with the subject: it shares the act (سيطرت قوات حزب الله والنظام السوري على).
  // The subject is found first: with none (an attacker left unnamed) the gap holds no object; nor is a place
  // there one (أصدرت محكمة في جنوب ألمانيا حكما).
  if (!target && gap_end > gap_begin && source != &nobody) {
    for (size_t from = std::max(gap_begin, source->first + 1); from < gap_end;) {
      target = BareGroupIn(from, gap_end);
      // A nationality adjective there describes the subject (ألقت شرطة الحدود الإسرائيلية القبض على).
      if (!target || (!InCoordination(source, target) && !Locative(*target) && (!target->weak || target->place))) break;
      from = target->last;
      target = nullptr;
    }
  }
  if (met) target = met;
  // An act done to someone with no doer named (تم طرد الجهاديين) is coded only as violence, which may
  // leave its author unnamed; another party found further off would be a guess.
  // (A symmetric act names its sides with بين instead: تم بحث ... بين الجانبين; without بين the party
  // after it is a topic: جرى بحث القضية الفلسطينية.)
  if (passive_patient && !assault) {
    bool between = false;
    for (size_t w = after; w < words_.size() && w < after + 10 && !between; ++w) between = strips_[w] == "بين"sv;
    if (!Symmetric(p) || !between) return std::nullopt;
  }
  if (passive_patient && !target && !Symmetric(p)) target = passive_patient;
  // Target.
  const size_t target_from = std::max(after, source->first > v ? source->last : after);
  for (const std::string& slot : p.target_slots) {
    if (target) break;
    if (slot == "obj"sv) {
      // A boycott's object follows its verb closely (قاطع الانتخابات); "تقاطع شارعي ... بحسب الشرطة" is a crossroads.
      // So does what is returned (أعادت السعودية سفيرها): أعاد before a verbal noun means "did again"
      // (أعاد نشر الخبر، أعاد النظر في، أعاد انتخاب ميركل) and its party further on is not returned.
      const size_t reach = protest ? 3 : p.cameo == "0842"sv && lemma_head == "أعاد"sv ? 2 : 10;
      const size_t object_end = ObjectClauseEnd(p, target_from, target_from + reach);
      const Group* member = nullptr;  // listed among the subject (MemberOfSubject)
      // A proposal, offer or request rejected "from" someone is rejected to them (رفض ترامب اقتراحا من
      // بوتين، رفضت الحكومة عرضا من المعارضة): its author is the target.
      // (An adverbial may come first: رفض في وقت سابق اقتراحا من.)
      if (root == "12"sv) {
        static const WordSet kProposals = {"اقتراح", "اقتراحا", "عرض", "عرضا", "طلب", "طلبا", "مبادره",
                                           "مقترح", "مقترحا", "دعوه", "وساطه", "خطه", "شروط", "مطالب"};
        for (size_t k = target_from; k + 2 < words_.size() && k < target_from + 5; ++k) {
          if (words_[k].punct || InsideGroup(k)) break;
          if (kProposals.count(Stem(k)) == 0 && kProposals.count(norms_[k]) == 0) continue;
          for (size_t w = k + 1; w < words_.size() && w < k + 3; ++w) {
            if (strips_[w] != "من"sv) continue;
            if (const Group* author = GroupAt(w + 1); author && author != source) target = author;
            break;
          }
          break;
        }
      }
      for (const Group& g : groups_) {
        if (target) break;
        if (&g == source || g.first < target_from || g.first >= target_from + reach) continue;
        // (A full phrase right after the trigger is its object even when the trigger ends in an attack noun:
        // حاول اغتيال وزير الخارجية.)
        const bool describes = DescribesAttack(g) && (g.weak || g.first != after);
        if ((assault || armed_attack) && (Locative(g) || describes)) continue;
        // The subject's apposition (الرئيس الروسي السابق ديمتري مدفيديف، الأمير محمد بن سلمان ولي العهد) is
        // the subject again, not the object.
        if (source != &nobody && Apposition(*source, g)) continue;
        // The leader named after بزعامة، بقيادة، برئاسة describes the party before him (رفض الحزب المنافس
        // بزعامة رئيس الوزراء): he is not the object.
        static const WordSet kLedBy = {"بزعامه", "بقياده", "برئاسه", "يتزعمه", "يقوده", "يتزعمها",
                                       "تقوده", "يقودها", "تقودها", "يراسه", "يراسها", "بامره"};
        if (g.first > 0 && kLedBy.count(norms_[g.first - 1]) != 0) continue;
        // A party coordinated with the subject shares the act (ودانت السعودية والبحرين): it is not the object.
        if (!Symmetric(p) && source != &nobody && InCoordination(source, &g)) continue;
        // So does one listed "among" the subject right after it (انتقدت الحكومات الغربية، من بينها الولايات
        // المتحدة); "among" after the object lists objects (انتقد ترامب عدة دول من بينها كندا).
        if (source != &nobody && MemberOfSubject(*source, g)) { member = &g; continue; }
        if (member && InCoordination(member, &g)) continue;
        // Nor does the object reach into the next clause or a request (ObjectClauseEnd).
        if (g.first > object_end) break;
        // A party joined with و after a thing taken as the object, with a verb right after it, opens the
        // next clause (تبنى داعش العمل الإرهابي ودولة البحرين تدين الجريمة).
        if (words_[g.first].conj && g.first > target_from && PlainNounAt(target_from) && g.last < words_.size() &&
            (words_[g.last].starts[0] & dict::Dictionaries::kStartsEvent) != 0 &&
            (words_[g.last].starts[1] & dict::Dictionaries::kStartsEvent) != 0 && !words_[g.last].article) {
          break;
        }
        // Who reports the act is not its object (يزور مصر حاليا، حسب بيان القيادة).
        if (Attributed(g)) continue;
        if (MarkerBefore(g).empty()) { target = &g; break; }
        // The owner of what was hit is the target (قصفت أهدافا لتنظيم داعش، استهدفت مقرا للشرطة).
        const std::string m = MarkerBefore(g);
        if ((assault || armed_attack) && (m == "ل"sv || m == "لل"sv) && g.first >= target_from + 1 && g.first <= target_from + 2 &&
            PlainNounAt(g.first - 1)) {
          target = &g;
          break;
        }
      }
    } else if (slot.rfind("prep:", 0) == 0) {
      target = PrepGroup(target_from, slot.substr(5), 14);
      // The first phrase with the preposition is the object; a party behind the same preposition further on
      // is an adjunct (رحب الوزراء بالبدء في إعداد الاتفاقية ... بالمملكة المغربية: the start is welcomed).
      if (target && FirstPrepObjectIsAThing(target_from, target->first, slot.substr(5))) target = nullptr;
      // A ban, sanction or restriction "on" a thing is on the party that thing belongs to (حظرا على سفر
      // عمالها، قيودا على دخول الأجانب، عقوبات على صادرات إيران): the genitive right after the thing.
      if (!target && slot == "prep:على"sv && (p.cameo.rfind("16", 0) == 0 || p.cameo.rfind("17", 0) == 0)) {
        for (size_t w = target_from; w + 2 < words_.size() && w < target_from + 4; ++w) {
          if (words_[w].punct) break;
          if (strips_[w] != "علي"sv || InsideGroup(w + 1) || words_[w + 1].punct) continue;
          for (const Group& g : groups_) {
            if (g.first == w + 2 && MarkerBefore(g).empty() && !g.place) target = &g;
          }
          break;
        }
      }
      // Meeting verbs also take a direct object (التقى الوزير نظيره الروسي).
      if (!target && Symmetric(p) && !noun) {
        // Past the subject's apposition (التقى الرئيس الأمريكي، دونالد ترامب، وزعيم كوريا الشمالية).
        size_t reach = 4;
        for (const Group& g : groups_) {
          if (&g == source || g.first < target_from || g.first >= target_from + reach) continue;
          if (Apposition(*source, g)) { reach = g.last - target_from + 4; continue; }
          if (MarkerBefore(g).empty()) { target = &g; break; }
        }
      }
    } else if (slot == "poss"sv) {
      if (const Group* g = GroupAt(after); g && g != source) target = g;
      // The pattern's last word may head the party itself (استدعى ... [السفير الفرنسي]).
      for (const Group& g : groups_) {
        if (!target && &g != source && g.first == after - 1 && g.last > after && after - 1 > v) target = &g;
      }
    } else if (slot == "subj"sv) {
      // Passives and "came under" phrases: the grammatical subject is the one acted on (اغتيل X، X تعرض لهجوم).
      const Group* next = NextGroup(after, 4, true);
      // Not past a subordinator: another clause's party (أصيبوا أيضا بعدما نفذت القوات الأميركية ضربة جوية).
      if (next && Separated(after, next->first, Break::kClause)) next = nullptr;
      const Group* prev = PrevGroup(v, 6);
      // In a gapped phrase the subject is inside it (تعرض [قيادي في حركة حماس] لمحاولة اغتيال).
      if (const Group* in_gap = BareGroupIn(gap_begin, gap_end)) next = in_gap;
      if (assault && next && Locative(*next)) next = nullptr;
      if (assault && prev && Locative(*prev)) prev = nullptr;
      target = next ? next : prev;
      subject_is_target = target != nullptr;
    }
  }
  // An armed attack without a direct object names its victims as other attacks do (هاجم مسلحون ... فقتلوا
  // ثلاثة جنود); its direct object, when there is one, is what was attacked (هاجم الجيش مواقع المتمردين).
  if (armed_attack && !target) assault = true;
  // Symmetric: بين X و Y anywhere in the sentence, or a coordinated subject (إيران وروسيا ستعقدان).
  const bool symmetric = Symmetric(p);
  const Group* coordinated = symmetric ? CoordinatedWith(source) : nullptr;
  if (!target && coordinated) target = coordinated;
  if (!target && symmetric) {
    for (size_t w = 0; w + 1 < words_.size(); ++w) {
      if (strips_[w] != "بين"sv) continue;
      const Group* a = GroupAt(w + 1);
      const Group* b = a ? CoordinatedWith(a) : nullptr;
      if (a && b) {
        if (carried_source || noun) source = a;
        target = source == a ? b : (source->country == a->country ? b : a);
        break;
      }
    }
  }
  if (assault) {
    // Victims are named after the act, often behind a preposition (قتل 28 متطوعا في الجيش العراقي،
    // يطلقون النار على الطائرات الأميركية) or only by nationality (سبعة أفغان). Take the first named party
    // after the trigger that is not a place (في بغداد), preferring one with a country.
    const Group* with_country = nullptr;
    const Group* role_only = nullptr;
    const auto coattacker = [&](const Group& g) { return source != &nobody && source->first > v && InCoordination(source, &g); };
    // The victims are named in the trigger's clause: a comma before a new و-clause or a subordinating word
    // ends it (قتل ثلاثة مسلحين ...، وقال الجيش الأميركي إن ...).
    size_t clause_end = std::min(words_.size(), after + 15);
    for (size_t w = after; w < clause_end; ++w) {
      if (ClauseBreak(w) || (words_[w].comma && w + 1 < words_.size() && words_[w + 1].conj)) { clause_end = w; break; }
    }
    for (const Group& g : groups_) {
      if (g.first < after || g.first >= clause_end || &g == source || Locative(g)) continue;
      if (DescribesAttack(g) && (g.weak || g.first != after)) continue;
      // A party coordinated with the attacker attacks with it (قصف الحوثيون وقوات صالح الأحياء السكنية).
      if (coattacker(g)) continue;
      // A suicide bomber named after the act carries it (بسيارة مفخخة يقودها انتحاري); a nationality of a
      // border, waters or land describes the place (قرب الحدود الإيرانية، الأجواء السورية).
      if (Bomber(g) || GeographicNisba(g)) continue;
      const std::string m = MarkerBefore(g);
      // "23 من الكوريين" names the victims by a partitive; "من العراق" is a place.
      const bool partitive = m == "من"sv && g.first >= 2 && CountAt(g.first - 2);
      if (g.weak && !partitive && (m == "في"sv || m == "ب"sv || m == "من"sv || m == "الي"sv)) continue;
      // Who reports the act is not its victim (حسب مسؤولين باكستانيين، وفقا لمصادر عراقية).
      if (Attributed(g)) continue;
      if (!g.country.empty() || !g.full.empty()) { if (!with_country) with_country = &g; }
      else if (!role_only) role_only = &g;
    }
    // A nationality named in another clause (after a comma) describes someone else.
    if (with_country && target && target->first < with_country->first) {
      if (Separated(target->last, with_country->first, Break::kPunctuation)) with_country = nullptr;
    }
    if (!subject_is_target && (!target || (target->country.empty() && target->full.empty()))) {
      if (with_country) target = with_country;
      else if (!target) target = role_only;
    }
    // A party counted right after the act is its victims or hostages (خطف مسلحون يرتدون زي الشرطة خمسة
    // بريطانيين): the count outranks a party met on the way.
    if (!subject_is_target) {
      for (const Group& g : groups_) {
        if (g.first < after || g.first >= clause_end || g.first == 0 || &g == source || Locative(g) || coattacker(g)) continue;
        // A dual counts itself (قتل جنديان اميركيان واصيب تسعة عراقيين: the two soldiers were killed).
        static const WordSet kDuals = {"جنديين", "جنديان", "شخصين", "شخصان", "مدنيان", "شرطيين"};
        if (CountAt(g.first - 1) || kDuals.count(norms_[g.first]) != 0) { target = &g; break; }
      }
    }
    if (victim && !subject_is_target) target = victim;
    // Military force with no named victim strikes the country it lands in (نفذت ضربة جوية في سورية،
    // أطلقت صواريخ على البلدات المحيطة بقطاع غزة): the state named as the place is the target.
    if (!target && (root == "19"sv || armed_attack)) {
      for (const Group& g : groups_) {
        if (g.first < after || g.first >= after + 12 || !Locative(g) || g.weak || g.country == source->country || coattacker(g)) continue;
        if (!Separated(after, g.first, Break::kClauseNotComma)) { target = &g; break; }
      }
    }
  }
  if (source_whole && target == source_whole) target = nullptr;
  // A statement given to the press (تصريحات لوسائل الإعلام، قال لصحيفة) is addressed to no one: the outlet
  // carries it. Like other statements without an addressee it is not coded.
  if (root == "01"sv && target && target->role == "MED"sv && target->full.empty()) return std::nullopt;
  // A bare role followed by من and the party it belongs to (قتل نحو 150 متمردا من طالبان، خطف ثلاثة جنود من
  // الجيش العراقي) is that party's: the phrase runs from the role to the party.
  Group members;
  if (target && MembersOf(*target, source, &members)) target = &members;
  // A party named as a helper or partner (بمشاركة فرنسا، بمساندة التحالف، بدعم روسي، بالتعاون مع الجيش)
  // acts with the source; one named as present (بحضور) watches. Neither is the target.
  if (target && target->first > 0) {
    static const WordSet kAlongside = {"بمشاركه", "بمسانده", "بمساعده", "بدعم", "بحضور", "وبمشاركه",
                                       "وبمسانده", "وبدعم", "وبحضور"};
    const size_t k = target->first - 1;
    const bool with = (strips_[k] == "مع"sv || norms_[k] == "مع"sv) && k > 0 &&
                      (norms_[k - 1] == "بالتعاون"sv || norms_[k - 1] == "بالتنسيق"sv);
    if (kAlongside.count(norms_[k]) != 0 || with) target = nullptr;
  }
  if (!target && protest) target = ProtestTarget(target_from, source);
  if (!target && !assault && !protest) return std::nullopt;
  // A transitive protest verb boycotts a thing (قاطعت المعارضة الانتخابات); with an object pronoun or no
  // object at all it is another verb spelt the same (قاطعه "interrupted him").
  if (!target && protest && len == 1 && !noun &&
      std::find(p.target_slots.begin(), p.target_slots.end(), "obj") != p.target_slots.end()) {
    static const WordSet kBoycotted = {"انتخابات", "استفتاء", "جلسه", "جلسات", "اجتماع", "اجتماعات", "مؤتمر",
                                       "قمه", "مفاوضات", "محادثات", "حوار", "بضائع", "منتجات", "سلع",
                                       "احتفال", "احتفالات", "مراسم", "حفل", "دراسه", "امتحانات", "اعمال"};
    const size_t object_at = source != &nobody && source->first >= after ? source->last : after;
    std::string_view object = object_at < words_.size() ? std::string_view(Stem(object_at)) : std::string_view();
    if (object.starts_with("ال")) object.remove_prefix(std::string_view("ال").size());
    if ((words_[v].reading && words_[v].reading->pronoun) || !PlainNounAt(object_at) ||
        kBoycotted.count(std::string(object)) == 0) {
      return std::nullopt;
    }
  }
  // An adverbial participle's direct object follows it at once (داعيا إيران، منتقدا واشنطن); a party further
  // on belongs to another phrase (داعية وإمام مسجد: a preacher).
  if (p.form == "part"sv && target && MarkerBefore(*target).empty()) {
    size_t words_between = 0;
    for (size_t w = after; w < target->first; ++w) words_between += words_[w].punct ? 0 : 1;
    if (words_between > 1) return std::nullopt;
  }
  if (target) {
    Group t = *target;
    if (t.counterpart && t.role.empty()) t.role = source->role;
    if (t.Code().empty()) return std::nullopt;
    if (t.Code() == source->Code() && !source->Code().empty()) return std::nullopt;
    // A country acting on itself (بكين ... الصيني: CHNGOV -> CHN) is one actor named twice.
    if (!t.country.empty() && t.country == source->country && (t.role.empty() || source->role.empty())) return std::nullopt;
    // A visit is paid to a state or a party: arriving at a court, a hospital or a newspaper, or taking in
    // refugees (يستضيف الأردن 666 ألف لاجئ، وصل زوما إلى محكمة) is not one.
    static const std::set<std::string_view> kNotHosts = {"HLH", "JUD", "MED", "BUS", "EDU", "REF"};
    if ((p.cameo == "042"sv || p.cameo == "043"sv) && t.country.empty() && t.full.empty() && kNotHosts.count(t.role) != 0) {
      return std::nullopt;
    }
    // Nor does a host receive counted crowds (استقبلت إسبانيا 6.7 مليون سائح، استقبلنا 42 طفلا): patients,
    // tourists and refugees, not a visit.
    // (Also when the count stands right before the hosted party: استقبلت العيادة نحو 932 لاجئا سوريا.)
    if (p.cameo == "043"sv && (CountAt(target_from) || (t.first > 0 && CountAt(t.first - 1)))) return std::nullopt;
    // Nor does a hospital "receive" anyone as a host (المستشفى استقبل تسع جثث).
    if (p.cameo == "043"sv && source != &nobody && source->full.empty() && RoleOf(*source) == "HLH"sv) return std::nullopt;
  }

  // A capital or a nationality alone names a place or a team as much as a state (for the sports check).
  built_weak_source_ = source != &nobody && source->weak && source->full.empty();
  built_weak_target_ = target != nullptr && target->weak && target->full.empty();
  Event e;
  e.doc_id = std::string(doc_id_);
  e.sentence = index_;
  const auto& tokens = ctx_.analysis.tokens;
  auto actor = [&](const Group& g) {
    ActorRef a;
    Group copy = g;
    if (copy.counterpart && copy.role.empty()) copy.role = source->role;
    a.code = copy.Code();
    a.start = tokens[words_[g.first].token].begin;
    a.end = tokens[words_[g.last - 1].token].end;
    a.text = std::string(ctx_.text.substr(a.start, a.end - a.start));
    return a;
  };
  co_sources_.clear();
  co_targets_.clear();
  // Coordinated parties share a one-sided act (انتقدت إيران وروسيا ...، زار الرئيس روسيا والصين). Not a
  // symmetric one (its pair is the coordination), nor violence or a protest (one event per sentence).
  if (!symmetric && !assault && !protest) {
    const bool own_source = source != &nobody && !(carried_source && source == &*carried_source);
    // Only parties with a country or an identity of their own: a bare role after a list is often the head
    // of a phrase the dictionaries cut short (لإسرائيل ورئيس وزرائها).
    const auto named = [](const Group* g) { return !g->country.empty() || !g->full.empty(); };
    for (const Group* g = own_source ? CoordinatedWith(source) : nullptr; g; g = CoordinatedWith(g)) {
      if (named(g) && g != target && g->Code() != source->Code()) co_sources_.push_back(actor(*g));
    }
    for (const Group* g = target ? CoordinatedWith(target) : nullptr; g; g = CoordinatedWith(g)) {
      if (!named(g) || g->Code() == target->Code() || g->country == source->country) continue;
      co_targets_.push_back(actor(*g));
      // A destination is a place, as for the first target (زار طهران وبغداد -> IRN, IRQ).
      if (g->weak && g->full.empty() && p.cameo.rfind("042", 0) == 0 && !g->country.empty()) co_targets_.back().code = g->country;
    }
  }
  if (carried_source && source == &*carried_source) {
    e.source.code = carried_source->Code();
    e.source.text = "";  // carried over from an earlier sentence
  } else if (source == &nobody) {
    e.source = ActorRef{};
  } else {
    e.source = actor(*source);
  }
  if (target) {
    e.target = actor(*target);
    // The destination of a visit is a place: a capital or a nationality there names the country, not its
    // government (زار ... العاصمة الصينية بكين -> CHN), whereas "بكين ترفض" keeps the metonymy (CHNGOV).
    if (target->weak && target->full.empty() && p.cameo.rfind("042", 0) == 0 && !target->country.empty()) {
      e.target->code = target->country;
    }
  }
  // Protesters protest against their own rulers unless a foreign party is named: a target named by its role
  // alone (الحكومة، البرلمان) belongs to the protesters' country (تظاهر آلاف المصريين ضد الحكومة -> EGY ->
  // EGYGOV). Not the other way: crowds protest against foreign states too (ضد الرئيس الأمريكي).
  if (protest && e.target && IsRoleCode(e.target->code)) {
    std::string country, role;
    SplitCode(e.source.code, &country, &role);
    if (!country.empty() && country + e.target->code != e.source.code) e.target->code = country + e.target->code;
  }
  e.cameo = armed_attack ? "190" : p.cameo;
  // A sharp, scathing or verbal "attack" (شن هجوما حادا على إيران، هجوما لاذعا، هجوما كلاميا) is criticism.
  if (lemma_head == "شن"sv && Violent(p.cameo) && after < words_.size()) {
    static const WordSet kVerbal = {"حادا", "لاذعا", "كلاميا", "اعلاميا", "شديدا", "عنيفا", "قاسيا"};
    const bool verbal = kVerbal.count(strips_[after]) != 0 || kVerbal.count(norms_[after]) != 0;
    const std::string role = RoleOf(*source);
    // عنيفا and شديدا describe battles too: criticism only from a party that is not armed.
    const bool clearly_verbal = strips_[after] == "حادا"sv || strips_[after] == "لاذعا"sv || strips_[after] == "كلاميا"sv ||
                                strips_[after] == "اعلاميا"sv;
    if (verbal && (clearly_verbal || (source != &nobody && !ArmedRole(role) && !role.empty()))) e.cameo = "111";
  }
  // A politician or a party "launches an attack" or "opens fire" on a politician, a government, a state or
  // the press with words (شن ترامب هجوما جديدا على صحيفة، شن زعيم حزب الحركة القومية هجوما على أردوغان،
  // فتح الأمير النار على الصحف); on civilians, fighters or a place it is a real one (الأسد بشن هجوم ضد
  // رجال مدنيين).
  if ((lemma_head == "شن"sv || lemma_head == "فتح"sv) && Violent(p.cameo)) {
    const std::string role = RoleOf(*source);
    static const std::set<std::string_view> kPolitical = {"PTY", "LEG", "OPP", "MED"};
    static const std::set<std::string_view> kPhysicalTargets = {"CVL", "MIL", "REB", "UAF", "COP", "REF", "HLH", "EDU"};
    const std::string target_role = target ? RoleOf(*target) : std::string();
    const bool political_source = source != &nobody && ((source->person && !ArmedRole(role)) ||
                                                         kPolitical.count(role) != 0 || strips_[source->first] == "زعيم"sv);
    if (political_source && target && !target->place && kPhysicalTargets.count(target_role) == 0) e.cameo = "111";
  }
  // طرد "expelled" diplomats (166); fighters driven out of a town (طرد مسلحي الحوثي من المدينة) were fought.
  if (p.cameo == "166"sv && target) {
    const std::string role = RoleOf(*target);
    if (role == "MIL"sv || role == "REB"sv || role == "UAF"sv) e.cameo = "190";
  }
  // A state that "protests" (احتجت الخارجية الإيرانية على، استدعت السفير احتجاجا على) lodges a complaint
  // (114); demonstrators are people, parties and unions, not governments.
  // The plural احتجاجات is always demonstrations (وشهد الأردن احتجاجات).
  if (protest && lemma_head == "احتج"sv && source != &nobody && (!noun || p.norm.find("احتجاجات") == std::string::npos)) {
    std::string country, role = source->role;
    if (!source->full.empty()) SplitCode(source->full, &country, &role);
    else country = source->country;
    if (role == "GOV"sv || (role.empty() && !country.empty())) e.cameo = "114";
  }
  // The adverbial احتجاجا ("in protest") gives the motive of its clause's act. Only a gathering, march,
  // strike or sit-in makes that act a demonstration (خرج الأطباء احتجاجا، واصل التجار الإضراب احتجاجا);
  // a resignation, a cancelled meeting or a banner raised in protest is not one (استقال من منصبه احتجاجا،
  // ألغت كوريا الشمالية المحادثات احتجاجا). A state's complaint (114, above) stays.
  // A protest lodged (قدمت طوكيو احتجاجا، سلمت احتجاجا رسميا) is a complaint.
  if (protest && noun && norms_[v].ends_with("اجا") && e.cameo != "114"sv) {
    static const WordSet kLodge = {"قدم", "قدمت", "سلم", "سلمت", "وجه", "وجهت", "ابلغ", "ابلغت", "سجل", "سجلت",
                                   "قدموا", "تقدم", "تقدمت", "يقدم"};
    if (v > 0 && (kLodge.count(strips_[v - 1]) != 0 || kLodge.count(norms_[v - 1]) != 0)) e.cameo = "114";
    else if (!StreetActBefore(v)) return std::nullopt;
  }
  // Police, soldiers or officials closing roads (أغلقت الشرطة الطرق) secure them; protesters block them.
  if (p.cameo.rfind("144", 0) == 0 && source != &nobody) {
    const std::string role = RoleOf(*source);
    if (role == "COP"sv || role == "MIL"sv || role == "GOV"sv) return std::nullopt;
  }

  // Modality: look at the few words before the trigger (and the trigger's own future prefix).
  const size_t look = v >= 14 ? v - 14 : 0;
  bool planned = p.form.rfind("fut", 0) == 0, negated = false, hypothetical = false, reported = false;
  for (size_t w = look; w < v; ++w) {
    const std::string& s = strips_[w];
    if (PlanWords().count(s) || PlanWords().count(norms_[w])) planned = true;
    // لا يزال / ما زال ("still") continue an act rather than negate it.
    const bool still = w + 1 < words_.size() && (strips_[w + 1].find("زال") != std::string::npos);
    if (w + 3 >= v && NegationWords().count(s) && !still) negated = true;
    if (s == "اذا"sv || s == "لو"sv) hypothetical = true;
    // A hope or a wish (تأمل أن يزور الرئيس، نتمنى أن) is not an act.
    static const WordSet kHope = {"يامل", "تامل", "نامل", "امل", "اامل", "يتمني", "تتمني", "نتمني", "اتمني",
                                  "يحلم", "تحلم", "يرجو", "ترجو", "نرجو"};
    if (w + 4 >= v && kHope.count(s) != 0) hypothetical = true;
    // قد before a present verb is "may" (وقد تدعو دول أوبك إلى خفض الإنتاج); before a past one it
    // asserts (قد قتل).
    if (w + 1 == v && norms_[w] == "قد"sv && (p.form.rfind("pres", 0) == 0 || p.form.rfind("fut", 0) == 0)) hypothetical = true;
    // "In case" (في حال تعرض إيران لهجوم، في حالة انسحاب القوات), close to the trigger; في حالة before
    // anything else is a state (في حالة حرجة، في حالة تأهب).
    if (w > 0 && strips_[w - 1] == "في"sv && ((s == "حال"sv && w + 4 >= v) || (s == "حاله"sv && w + 1 == v))) {
      hypothetical = true;
    }
  }
  // A yes-no question (هل يرى هذا المعلق في قتل الأبرياء ... عملا جبانا؟) asserts nothing.
  {
    const auto& last = ctx_.analysis.tokens[words_.back().token];
    const bool question = last.norm == "؟"sv || last.norm == "?"sv;
    for (size_t w = 0; question && w < v && w < 4; ++w) {
      if (strips_[w] == "هل"sv) hypothetical = true;
    }
  }
  // "If" written إن right before a verb, answered by a clause with فـ (أنهم إن قتلوا الأطفال فقد بعثوا،
  // وإن هاجمت إسرائيل إيران فإن): a condition. Only with its hamza below: bare ان is as often أن "that",
  // which asserts (بعد ان قتل). Not ما إن "as soon as" (ما إن وصل), nor a name's syllable (مون جاي إن تعهد),
  // which has no answer.
  if (!noun && v > 0 && (v < 2 || strips_[v - 2] != "ما"sv)) {
    const auto& t = ctx_.analysis.tokens[words_[v - 1].token];
    const std::string_view written = ctx_.text.substr(t.begin, t.end - t.begin);
    if (written == "إن"sv || written == "وإن"sv) {
      for (size_t w = v + 1; w < words_.size() && w < v + 30; ++w) {
        // فـ read off as a clitic, or on a future verb the segmenter keeps whole (فسيرد، فستدفع).
        const std::string& n = norms_[w];
        const bool future = n.starts_with("فسي") || n.starts_with("فست") || n.starts_with("فسن");
        if (Clitic(w).rfind("ف", 0) == 0 || future) { hypothetical = true; break; }
      }
    }
  }
  // A consequence told in the future (ستؤدي إلى مقتل العشرات، قد يسفر عن سقوط ضحايا) is foreseen, not
  // reported.
  if (noun && v >= 2) {
    static const WordSet kWillLead = {"سيؤدي", "ستؤدي", "سيسفر", "ستسفر", "سيتسبب", "ستتسبب", "سيودي", "ستودي"};
    static const WordSet kLeads = {"يؤدي", "تؤدي", "يسفر", "تسفر", "يتسبب", "تتسبب", "يودي", "تودي"};
    // In the present after قد ("may") or a relative (الأمر الذي يؤدي إلى مقتل مدنيين: what it generally does).
    static const WordSet kMayOrWhich = {"قد", "الذي", "التي", "مما", "ما"};
    for (size_t w = v >= 4 ? v - 4 : 0; w < v; ++w) {
      // (وقد تسفر: the conjunction is read off.)
      if (kWillLead.count(norms_[w]) != 0 ||
          (kLeads.count(norms_[w]) != 0 && w > 0 &&
           (kMayOrWhich.count(norms_[w - 1]) != 0 || kMayOrWhich.count(strips_[w - 1]) != 0))) {
        hypothetical = true;
      }
    }
  }
  // Reported: the trigger sits in the complement of a speech verb (قال باقري إن ...).
  for (size_t w = 0; w < v; ++w) {
    if (SpeechWords().count(strips_[w]) && w + 1 < v) reported = true;
  }
  if (negated) e.modality = Modality::kNegated;
  else if (hypothetical) e.modality = Modality::kHypothetical;
  else if (planned) e.modality = Modality::kPlanned;
  else if (reported) e.modality = Modality::kReported;
  if (planned && !negated) e.cameo = IntentCode(p.cameo);
  // News tells meetings to come in the present tense (يلتقي بوتين الاثنين ترامب): an intent to meet (036).
  // A visit in the present tense is mostly under way (يزور الرئيس بكين), so only meetings.
  if (!planned && p.form.rfind("pres", 0) == 0 && (lemma_head == "التقى"sv || lemma_head == "اجتمع"sv)) {
    e.cameo = IntentCode(p.cameo);
  }
  // An intent to cooperate names its field in the words after it (يعتزم توقيع اتفاقية ... بشأن شراء
  // الأسلحة): military (0312) or economic (0311). Words inside a party's name (وزير الدفاع) do not count.
  if (e.cameo == "030"sv || e.cameo == "031"sv) {
    static const WordSet kMilitary = {"عسكري", "عسكريه", "العسكري", "العسكريه", "دفاعي", "دفاعيه", "الدفاعي",
                                      "الدفاعيه", "الاسلحه", "اسلحه", "السلاح", "التسلح", "اسلحتها", "الاسلحة"};
    static const WordSet kEconomic = {"اقتصادي", "اقتصاديه", "الاقتصادي", "الاقتصاديه", "تجاري", "تجاريه", "التجاري",
                                      "التجاريه", "التجاره", "الاستثمار", "استثمارات", "الاستثمارات", "الاقتصاد"};
    for (size_t w = v; w < std::min(words_.size(), v + len + 14); ++w) {
      const bool quote = norms_[w] == "\""sv || norms_[w] == "«"sv || norms_[w] == "»"sv;
      if (words_[w].punct && !words_[w].comma && !quote) break;
      if (InsideGroup(w)) continue;
      if (kMilitary.count(strips_[w]) != 0) { e.cameo = "0312"; break; }
      if (kEconomic.count(strips_[w]) != 0) { e.cameo = "0311"; break; }
    }
  }

  if (const dict::CameoCode* c = ctx_.dicts.Cameo(e.cameo)) {
    e.root = c->root;
    e.plover = c->plover;
    e.quad_class = c->quad_class;
    e.goldstein = c->goldstein;
  } else {
    e.root = e.cameo.substr(0, 2);
  }
  // Evidence: from the first to the last of trigger, source and target in this sentence.
  uint32_t b = tokens[words_[v].token].begin, en = tokens[words_[v + len - 1].token].end;
  if (!e.source.text.empty()) { b = std::min(b, e.source.start); en = std::max(en, e.source.end); }
  if (e.target) { b = std::min(b, e.target->start); en = std::max(en, e.target->end); }
  e.evidence_start = b;
  e.evidence_end = en;
  e.evidence = std::string(ctx_.text.substr(b, en - b));
  e.rule = RuleName(ctx_, p);
  return e;
}

void SentenceCoder::Code(std::optional<Group>* carried, std::vector<Event>* out) {
  ReadWords();
  // Most sentences hold no event word at all: they need no actor analysis, unless the next sentence
  // continues with و + verb and may inherit this one's subject.
  bool any_trigger = false;
  for (size_t v = 0; v < words_.size() && !any_trigger; ++v) {
    if (words_[v].punct) continue;
    const bool may_norm = words_[v].starts[0] & dict::Dictionaries::kStartsEvent;
    const bool may_strip = words_[v].starts[1] & dict::Dictionaries::kStartsEvent;
    // The first word of any pattern counts: a verb phrase may continue after a gap (MatchWithGap).
    any_trigger = may_norm || may_strip;
  }
  if (!any_trigger) {
    // Only the subject matters here: the first bare actor phrase, found without analysing the rest.
    if (!need_subject_) return;
    for (size_t i = 0; i < words_.size();) {
      size_t end = i;
      std::optional<Group> g = GroupStartingAt(i, &end);
      if (g && !g->Code().empty() && MarkerBefore(*g).empty()) {
        *carried = *g;
        return;
      }
      i = g ? end : i + 1;
    }
    return;
  }
  FindGroups();
  IntroduceNames();
  // Date of the sentence: its first resolved date expression, else the publication date.
  std::string sentence_date(ctx_.date);
  bool historical = false;
  // A bare weekday resolves to the latest one on or before the publication date (قتل الثلاثاء); an act in
  // the present or future tense on that weekday is the next one (يلتقي الثلاثاء، سيزور الأربعاء).
  std::string next_weekday_date;
  for (const text::DateMention& d : ctx_.analysis.dates) {
    if (d.begin < sentence_.begin || d.end > sentence_.end || !d.resolved || d.date.year == 0) continue;
    sentence_date = d.Iso();
    if (d.kind == text::DateKind::kWeekday && d.relative_offset < 0) {
      const int64_t days = text::DaysFromCivil(d.date.year, d.date.month, d.date.day) + 7;
      text::DateMention next = d;
      next.date = text::CivilFromDays(days);
      next_weekday_date = next.Iso();
    }
    if (!ctx_.date.empty() && sentence_date.substr(0, 4) < std::string(ctx_.date.substr(0, 4))) historical = true;
    break;
  }
  // Sports news names teams by their country (سيطرت ألمانيا على المباراة، فجرت كرواتيا مفاجآت، وصل نيمار
  // إلى البرازيل): in a sentence about a match, a league or players, an act between bare countries is sport.
  bool sports = false;
  for (size_t w = 0; w < words_.size() && !sports; ++w) {
    sports = (words_[w].reading && words_[w].reading->sports) ||
             (w + 1 < words_.size() && Stem(w) == "كره"sv && strips_[w + 1] == "القدم"sv);
  }
  // In sports news a bare country is a team and a bare role (GOV from إدارة النادي) a club's staff.
  const auto bare_country = [](const ActorRef& a) { return a.code.size() == 3; };
  // Deaths and injuries in an accident or a disaster (حادث مروري، انقلاب حافلة، غرق، زلزال، حريق) are no
  // one's act: violence words in such a sentence are not coded.
  bool accident = false;
  for (size_t w = 0; w < words_.size() && !accident; ++w) {
    if (!words_[w].reading || !words_[w].reading->accident) continue;
    // "حادث السير" and the like. انقلاب is mostly a coup (منذ انقلاب الحوثيين): an accident only when a
    // vehicle overturned (انقلاب حافلة); nor is a fire someone set (أضرم النار، أشعل).
    // تحطم likewise only of a vehicle (تحطم طائرة), not of windows shattered by a blast (تحطم زجاج النوافذ).
    static const WordSet kVehicles = {"حافله", "سياره", "شاحنه", "قارب", "مركب", "قطار", "الحافله", "السياره",
                                      "الشاحنه", "القارب", "المركب", "القطار", "طائره", "الطائره", "مروحيه",
                                      "المروحيه", "مقاتله", "المقاتله"};
    // حادث likewise (حادث سير، حادث الطائرة، حادث حافلة; not حادث أمني، حادث إطلاق نار).
    const std::string_view stem = Stem(w);
    // سقوط likewise (سقوط حافلة في واد; not سقوط قتلى، سقوط النظام).
    const bool needs_vehicle = stem == "انقلاب"sv || stem == "تحطم"sv || stem == "سقوط"sv || stem.starts_with("حادث") ||
                               stem.starts_with("الحادث") || stem == "حوادث"sv;
    const bool traffic = stem.find("حادث") != std::string_view::npos && w + 1 < words_.size() &&
                         (strips_[w + 1] == "سير"sv || strips_[w + 1] == "السير"sv || strips_[w + 1] == "مرور"sv);
    accident = !needs_vehicle || traffic || (w + 1 < words_.size() && kVehicles.count(strips_[w + 1]) != 0);
    // بركان is also a missile (صواريخ بركان الباليستية).
    if (stem.ends_with("بركان") && w > 0) {
      const std::string_view before = Stem(w - 1);
      if (before.find("صاروخ") != std::string_view::npos || before.find("صواريخ") != std::string_view::npos) accident = false;
    }
    if (accident && (strips_[w] == "حريق"sv || strips_[w] == "الحريق"sv)) {
      for (size_t k = 0; k < words_.size(); ++k) {
        if (Stem(k).rfind("اضرم", 0) == 0 || Stem(k).rfind("اشعل", 0) == 0 || Stem(k) == "احرق"sv) accident = false;
      }
    }
  }
  // Place: the first known place introduced by "في" in the sentence.
  std::optional<Location> place;
  for (size_t w = 0; w < words_.size() && !place; ++w) {
    const bool in = (w > 0 && strips_[w - 1] == "في"sv) || Clitic(w) == "ب"sv || Clitic(w) == "وب"sv;
    if (!in) continue;
    for (const auto* reading : {&norms_, &strips_}) {
      if (auto m = ctx_.dicts.MatchPlace(std::span<const std::string>(reading->data(), words_.size()), w)) {
        const dict::PlaceEntry* best = m.entries.front();
        for (const auto* e : m.entries) if (e->population > best->population) best = e;
        // Small towns named like common words (إطار، الأشهر) are not places in running text.
        const bool common_word = m.length == 1 && ctx_.analyzer.segmenter().OnlyInBroadDictionary((*reading)[w]);
        if (best->kind == "city"sv && (best->population < 100000 || (common_word && best->population < 1000000))) continue;
        const auto& tokens = ctx_.analysis.tokens;
        place = Location{std::string(ctx_.text.substr(tokens[words_[w].token].begin,
                                                      tokens[words_[w + m.length - 1].token].end - tokens[words_[w].token].begin)),
                         best->country, best->lat, best->lon};
        break;
      }
    }
  }

  std::set<std::string>& seen = *seen_;  // one event per (source, target, code) per document
  std::optional<Group> subject;
  bool assault_coded = false, protest_coded = false;
  std::optional<Event> crowd;  // the first protest named only by its protesters (المتظاهرون)
  // The same event named twice in a story (its visit to "بكين", then "للصين") counts once: key on the
  // target's country, not its role. A new event gets the sentence's date and place.
  // `future_act`: the pattern is in the present or future tense, or planned (a bare weekday is the next one).
  const auto new_in_document = [&](Event* e, bool future_act) {
    std::string target_key;
    if (e->target) {
      std::string c, r;
      SplitCode(e->target->code, &c, &r);
      target_key = c.empty() ? e->target->code : c;
    }
    if (!seen.insert(e->source.code + ">" + target_key + ":" + e->cameo).second) return false;
    e->date = future_act && !next_weekday_date.empty() ? next_weekday_date : sentence_date;
    e->historical = historical;
    // A year or date inside the act's own words or right after them dates that act, ahead of the
    // sentence's first date (أعدم زعيم الجماعة الجمعة ... بتنفيذ هجوم على قطار أنفاق طوكيو العام 1995).
    // The first date there decides; a weekday or a relative day (السبت، أمس) keeps the sentence's dating.
    for (const text::DateMention& d : ctx_.analysis.dates) {
      if (d.begin < e->evidence_start || d.begin > e->evidence_end + 12) continue;
      if (!d.resolved || d.date.year == 0 || d.kind == text::DateKind::kWeekday || d.kind == text::DateKind::kRelative) break;
      e->date = d.Iso();
      e->historical = !ctx_.date.empty() && e->date.substr(0, 4) < std::string(ctx_.date.substr(0, 4));
      break;
    }
    e->location = place;
    return true;
  };
  for (size_t v = 0; v < words_.size(); ++v) {
    if (words_[v].punct) continue;
    // Inside an actor phrase only a pattern naming its actors itself (المتظاهرون) can start, at its head.
    const bool in_group = InsideGroup(v);
    if (in_group && (GroupAt(v) == nullptr || !MarkerBefore(*GroupAt(v)).empty())) continue;
    size_t len = 0;
    std::vector<const dict::EventPattern*> entries;
    if (((words_[v].starts[0] | words_[v].starts[1]) & dict::Dictionaries::kStartsEvent) == 0) continue;
    for (const auto* reading : {&norms_, &strips_}) {
      if (reading == &strips_ && strips_[v] == norms_[v]) break;
      if (auto m = ctx_.dicts.MatchEvent(std::span<const std::string>(reading->data(), words_.size()), v); m && m.length > len) {
        len = m.length;
        entries = m.entries;
      }
    }
    if (in_group) {
      if (len == 0 || !NamesItself(*entries.front())) continue;
      // The genitive/accusative plural names the subject only after a count (تجمع آلاف المتظاهرين); alone it
      // is an object (فرقت الشرطة المتظاهرين).
      // (Thousands count crowds; they are left out of Counts(), where they mark tolls, not incidents.)
      if (norms_[v].ends_with("ين") && (v == 0 || !(CountAt(v - 1) || norms_[v - 1] == "الاف"sv || norms_[v - 1] == "الالاف"sv))) continue;
    } else if (len > 0 && NamesItself(*entries.front())) {
      continue;  // not read as an actor phrase here (after a preposition, inside another phrase)
    }
    // A verb phrase may have its subject inside it (VSO): أطلقت [طائرة إسرائيلية] صاروخا على ...
    size_t gap_begin = 0, gap_end = 0;
    if (len <= 1 && !words_[v].article) {
      // Bare حقق is "achieved": with في further on it investigates only when a party (the investigator)
      // stands between them (تحقق الشرطة في), not a thing achieved (سيحقق الأمن والاستقرار في المنطقة).
      if (const GappedMatch g = MatchWithGap(v); g.pattern && (g.pattern->lemma != "حقق في"sv || BareGroupIn(v + 1, g.gap_end))) {
        entries.assign(1, g.pattern);
        len = g.length;
        gap_begin = v + 1;
        gap_end = g.gap_end;
      }
    }
    if (len == 0) continue;
    const dict::EventPattern* p = entries.front();
    // A bare three-letter verbal noun that is also the past verb (قتل، قصف، خطف) is the verb right after a
    // party named before it (شرطيا قتل بانفجار، جنديا أميركيا قتل): a noun there would need a preposition.
    // So is one that opens a clause (with or without و) and is followed by its subject (وخطف مسلحون مطران
    // الكلدان).
    dict::EventPattern as_verb;
    // After "إنه" the verb's subject is the pronoun (أكد الحلف أنه قتل نحو 150 متمردا).
    const bool after_party = v > 0 && Clitic(v).empty() && (InsideGroup(v - 1) || ThatPronoun(v - 1));
    const bool opens_clause = (v == 0 || words_[v - 1].punct) && (Clitic(v).empty() || Clitic(v) == "و"sv) &&
                              GroupAt(v + 1) != nullptr && MarkerBefore(*GroupAt(v + 1)).empty() && !GroupAt(v + 1)->weak;
    if (p->form == "noun"sv && len == 1 && (after_party || opens_clause) && !words_[v].article &&
        utf8::CountCodePoints(Stem(v)) == 3) {
      as_verb = *p;
      as_verb.form = "past";
      as_verb.source_slots = {"subj"};
      as_verb.target_slots = {"obj"};
      as_verb.lemma = as_verb.norm;
      p = &as_verb;
    }
    // Verb forms never carry the article, and a verbal noun with it is a plain noun ("التعاون بين البلدين"
    // names the relationship, not an event of the day). Except a protest noun that is the subject of a verb
    // of breaking out or going on (اندلعت الاحتجاجات، تواصلت التظاهرات): a report of the day.
    // So is an attack or a blast that took place, dated to the day or counted (وقع الهجوم فجر أمس، وقع
    // الانفجار صباح اليوم).
    const bool definite = words_[v].article || (p->form == "noun"sv && strips_[v].rfind("ال", 0) == 0);
    // And one told with its author (الهجوم نفذه انتحاري، الهجوم الذي شنه مسلحون أمس).
    const auto occurred = [&] {
      static const WordSet kOccurred = {"وقع", "وقعت", "حدث", "حدثت", "جري", "جرت"};
      return Violent(p->cameo) && ((v > 0 && kOccurred.count(strips_[v - 1]) != 0 && Concrete(v, v + len)) ||
                                   AuthoredAt(v + len));
    };
    if (definite && !NamesItself(*p) &&
        !(Protest(p->cameo) && p->form == "noun"sv && (OngoingVerbAt(v - 1) || ParticipatedIn(v) || CarriedOut(v))) &&
        !(p->form == "noun"sv && occurred())) {
      continue;
    }
    if (p->form != "noun"sv) {
      // A verb carries no ي suffix: شكري is a name or "my thanks", مسؤولي a construct plural.
      if (len == 1 && words_[v].reading && words_[v].reading->final_ya && norms_[v] != p->norm) continue;
      // A verb takes no preposition clitic: بقتل، لقتل are the noun, not the verb.
      const std::string& c = Clitic(v);
      if (c.find("ب") != std::string::npos || c.find("ك") != std::string::npos ||
          (c.find("ل") != std::string::npos && len == 1 && norms_[v].size() > 2 && Stem(v).rfind("ي", 0) != 0)) {
        continue;
      }
      // Nor does a verb follow a preposition: "من قتل", "على قصف" are the verbal noun.
      if (v > 0 && Prepositions().count(strips_[v - 1]) != 0 && strips_[v - 1] != "بين"sv) continue;
      // فجر right before a day (فجر أمس، فجر الاثنين) is "dawn", not "detonated".
      static const WordSet kTimesOfDay = {"فجر", "صباح", "مساء", "ظهر", "عصر", "ليل"};
      // The word right after فجر, not after the whole (possibly gapped) phrase: فجر انتحاري نفسه أمس.
      if (v + 1 < words_.size() && kTimesOfDay.count(strips_[v]) != 0) {
        const uint32_t next_begin = ctx_.analysis.tokens[words_[v + 1].token].begin;
        bool time_of_day = false;
        for (const text::DateMention& d : ctx_.analysis.dates) time_of_day = time_of_day || d.begin == next_begin;
        // "فجر هذا اليوم" is dawn too.
        time_of_day = time_of_day || strips_[v + 1] == "هذا"sv || strips_[v + 1] == "ذلك"sv;
        if (time_of_day) continue;
      }
      // فجر with an abstract object "sparked" it (فجر غضبا شعبيا، فجر أزمة، فجر قضية): no explosion.
      static const WordSet kSparked = {"غضبا", "ازمه", "قضيه", "جدلا", "خلافا", "خلافات", "فضيحه",
                                       "مفاجاه", "ثوره", "موجه", "طاقات", "الغضب", "الازمه", "القضيه",
                                       "الجدل", "الخلاف", "الفضيحه", "المفاجاه"};
      if (strips_[v].rfind("فجر", 0) == 0 && v + len < words_.size() &&
          (kSparked.count(strips_[v + len]) != 0 || kSparked.count(norms_[v + len]) != 0)) {
        continue;
      }
      // ... or with the abstract thing before it (وفي مفاجأة فجرها، أزمة فجرت).
      if (strips_[v].rfind("فجر", 0) == 0 && v > 0 &&
          (kSparked.count(Stem(v - 1)) != 0 || kSparked.count(strips_[v - 1]) != 0)) {
        continue;
      }
      // بحث عن is "searched for" (تبحث عن تطبيع العلاقات، بحثت الشرطة عن), not "discussed".
      if (p->lemma == "بحث"sv && len == 1 && v + 1 < words_.size() && strips_[v + 1] == "عن"sv) continue;
      // A blessing names God as the subject (أيده الله، نصره الله، حفظه الله): a formula, not an act.
      if (v + len < words_.size() && norms_[v + len] == "الله"sv &&
          (norms_[v].ends_with("ه") || norms_[v].ends_with("ها") || norms_[v].ends_with("هم"))) {
        continue;
      }
      // تبنى الهجوم claims an attack: not the adoption of a policy (015).
      if (p->lemma == "تبنى"sv && (ClaimedAttack(v + len) || ClaimedAttack(v >= 4 ? v - 4 : 0))) continue;
      // أودى بحياة "claimed the life of" is an attack's toll only when an attack is its subject (هجوم
      // أودى بحياة سبعة جنود، أودى انفجار سيارة مفخخة بحياة); wars, storms and stampedes claim lives too.
      if (p->lemma == "أودى بحياة"sv && !AttackBefore(v + (gap_end > gap_begin ? gap_end - v : 1))) continue;
      // دعا الله is a prayer (ودعا الله أن يحفظ ...، ندعو الله), not an appeal to anyone.
      if (p->lemma == "دعا"sv && v + len < words_.size() && (norms_[v + len] == "الله"sv || strips_[v + len] == "الله"sv)) continue;
      // Nor does anyone host a body, a document, a shipment or tourists, right after the verb or after its
      // subject (استقبل جثمان الشهيد، استقبل المحافظ جثمان الشهيد، المحكمة التي تستقبل حاليا تقريرا من هيئة
      // المحلفين، استقبل الميناء شحنة).
      if (p->cameo == "043"sv && v + len < words_.size()) {
        static const WordSet kNoGuests = {"جثمان", "جثامين", "جثه", "جثث", "رفات", "جثماني", "تقرير", "تقريرا",
                                          "تقارير", "رساله", "رسائل", "طلب", "طلبا", "طلبات", "شكوي", "شكاوي",
                                          "وثائق", "اوراق", "ملف", "ملفات", "شحنه", "شحنات", "سياح", "السياح",
                                          "سائح", "مكالمات", "بلاغ", "بلاغات", "اتصالات"};
        bool not_guest = false;
        for (size_t w = v + len; w < std::min(words_.size(), v + len + 6) && !words_[w].punct && !not_guest; ++w) {
          not_guest = kNoGuests.count(Stem(w)) != 0 || kNoGuests.count(strips_[w]) != 0;
        }
        if (not_guest) continue;
      }
      // "What prompted X to" (وذلك ما دعا تنظيم داعش أن يسمي نفسه، الأمر الذي دعا الحكومة إلى): a cause, not
      // an appeal.
      if (p->lemma == "دعا"sv && v > 0 && (norms_[v - 1] == "ما"sv || norms_[v - 1] == "مما"sv || strips_[v - 1] == "الذي"sv ||
                                         strips_[v - 1] == "التي"sv)) {
        continue;
      }
      // رفض التعليق / تأكيد أو نفي: "declined to comment, confirm or deny" is no rejection of anyone.
      if (p->lemma == "رفض"sv && v + len < words_.size()) {
        static const WordSet kComment = {"التعليق", "تاكيد", "نفي", "الكشف", "الافصاح", "الادلاء", "الخوض",
                                         "الحديث", "تحديد", "ذكر"};
        bool comment = false;
        for (size_t w = v + len; w < std::min(words_.size(), v + len + 6) && !words_[w].punct && !comment; ++w) {
          comment = kComment.count(norms_[w]) != 0 || kComment.count(Stem(w)) != 0;
        }
        if (comment) continue;
      }
      // توجه بـ is "addressed" (توجه بالشكر إلى، تتوجه الحكومة برسالة إلى، توجهت بسؤال): no one travelled.
      if (p->lemma == "توجه"sv) {
        static const WordSet kAddressed = {"شكر", "الشكر", "تهنئه", "التهنئه", "تحيه", "التحيه", "رساله", "الرساله",
                                           "نداء", "النداء", "سؤال", "السؤال", "اسئله", "دعوه", "الدعوه", "طلب",
                                           "مناشده", "كلمه", "خطاب", "التماس", "تعازي", "التعازي", "خالص"};
        bool addressed = false;
        for (size_t w = v + len; w < std::min(words_.size(), v + len + 5) && !addressed && !words_[w].punct; ++w) {
          addressed = Clitic(w).find("ب") != std::string::npos && kAddressed.count(Stem(w)) != 0;
        }
        if (addressed) continue;
      }
      // فجرا is the dual verb "both detonated" or the adverb "at dawn": with tanwin (فجراً) or after a clock
      // time (الساعة الثالثة فجرا) it is the adverb.
      if (norms_[v] == "فجرا"sv && (HasTanwin(v) || (v > 0 && (ClockWord(v - 1) || CountAt(v - 1))))) continue;
      // اعتدت أن is "I got used to" (اعتاد), not "she assaulted".
      if (p->lemma == "اعتدى"sv && v + 1 < words_.size() && strips_[v + 1] == "ان"sv) continue;
    }
    // انفجر/انفجار is a bomb going off only when the sentence names one (انفجرت عبوة ناسفة، السيارة المفخخة
    // انفجرت); otherwise an engine, a plane, a crisis or a person "exploded" (انفجرت أزمة، انفجر باكيا).
    if ((p->lemma == "انفجر"sv || p->lemma == "تفجر"sv) && !NamesExplosive()) continue;
    // أصيب بـ names what struck: wounds, bullets, a blast (أصيب بجروح، برصاص، بانفجار), or else an illness,
    // a poisoning or a fit of joy (أصيب بأزمة قلبية، بالعدوى، بنوبة من الفرح). In a sentence that tells of
    // no violence, the latter is no attack.
    if (p->lemma == "أصيب"sv && StruckByOther(v + len) && !AttackBefore(words_.size()) && !NamesWounds()) continue;
    // A noun of violence (مقتل، اغتيال، هجوم) reports an event of the day only when the sentence gives a
    // casualty count right after it or a recent day (أمس، اليوم، الاثنين); otherwise it names a past case or
    // a topic ("قضية اغتيال الحريري").
    const bool violence = Violent(p->cameo);
    if (violence && accident) continue;
    const size_t light_verb = p->form == "noun"sv ? LightVerbBefore(v) : std::string::npos;
    if (p->form == "noun"sv && violence && light_verb == std::string::npos && !Concrete(v, v + len)) continue;
    // Violence in the present or future tense describes, threatens or generalises (يستهدف، ستستهدف);
    // reports use the past. A violent verb in a relative clause (الهجوم الذي استهدف) recalls an attack
    // named before it rather than reporting a new one.
    if (violence && (p->form.rfind("pres", 0) == 0 || p->form.rfind("fut", 0) == 0)) continue;
    // A toll since a date adds up many acts (قتل 76 صحافيا منذ الغزو، قتل 132 فلسطينيا منذ 30 آذار): a tally,
    // not an event. (Strikes "over the past months" are still reported as acts: وجهت عدة ضربات جوية خلال
    // الأشهر الماضية.)
    if (violence && Tally(v + len)) continue;
    // Violence someone is accused or suspected of (اتهمت فتح حماس باختطاف ثلاثة، متهمين اثنين بخطف سياح) is
    // a charge: the accusation is the event.
    if (violence && p->form == "noun"sv && AccusedOf(v)) continue;
    // An attempt or a purpose before a noun of violence (محاولتهم إطلاق صواريخ، قاعدة لشن هجوم، لتنفيذ
    // هجمات) did not happen or has not yet: the phrase محاولة اغتيال is its own pattern (185).
    if (violence && p->form == "noun"sv && v > 0) {
      const std::string_view before = Stem(v - 1);
      const std::string& c = Clitic(v - 1);
      static const WordSet kLaunch = {"شن", "تنفيذ", "ارتكاب", "القيام", "قيام"};
      if (before.starts_with("محاول") || ((c == "ل"sv || c == "ول"sv) && kLaunch.count(std::string(before)) != 0)) continue;
      // The verbal noun of قام right before (التدرب على القيام باختطاف جنود) names the act in general; a
      // report puts its doer between (قيام مسلحين بخطف) or uses the verb (قام مسلحون بخطف).
      if ((before == "القيام"sv || before == "قيام"sv) && Clitic(v) == "ب"sv) continue;
    }
    static const WordSet kRelatives = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"};
    if (violence && v > 0 && kRelatives.count(strips_[v - 1]) != 0) continue;
    // A violence noun governed by an anniversary, a case, a charge or a trial names a topic, not an act of
    // the day (ذكرى هجوم 11 سبتمبر، قضية اغتيال، بتهمة قتل).
    // So does one after a generic noun (أعمال قتل، عمليات خطف، سلسلة اغتيالات) or a time reference to it
    // (منذ خطف، بعد مقتل): these recall or generalise.
    // So does one that someone is accused of (المتهم بقتل 10 أشخاص، باتهامه بخطف) or one after "any" (تحسبا
    // لأي ضربة جوية، أي هجوم) or a modal (يجب خطف جنود، يمكن شن هجوم): a charge, a generality, a view.
    static const WordSet kTopics = {"ذكري", "الذكري", "قضيه", "ملف", "تهمه", "تهم", "سيناريو", "محاكمه",
                                    "ذكرى", "الذكرى", "اعمال", "عمليات", "جرائم", "جريمه", "جريمتي", "حمله",
                                    "سلسله", "منذ", "متهم", "المتهم", "متهمين", "المتهمين", "متهمون",
                                    "المتهمون", "متهما", "اتهامه", "اتهامهم", "اتهام", "اي", "يجب", "ينبغي",
                                    "يمكن", "بامكان", "تستطيع", "يستطيع", "ادين", "مدان", "المدان", "مدانين",
                                    "ادانته", "بادانته", "ادانه"};
    // A bare noun that mostly names a past case or a plan (اغتيال: قضية اغتيال الحريري، خطط لاغتيال) reports
    // an act only where a chronology dates it ("* 13 يونيو 2007: اغتيال النائب وليد عيدو").
    static const WordSet kChronologyOnly = {"اغتيال"};
    if (violence && p->form == "noun"sv && kChronologyOnly.count(p->norm) != 0 && !ChronologyLineAt(v)) continue;
    const bool topic_noun = (violence || Protest(p->cameo)) && p->form == "noun"sv;
    if (topic_noun && v > 0 && (kTopics.count(strips_[v - 1]) != 0 || kTopics.count(Stem(v - 1)) != 0 ||
                                kTopics.count(norms_[v - 1]) != 0)) {
      continue;
    }
    // "بعد مقتل" recalls an earlier act unless it counts its victims (عقب مقتل 15 جنديا تركيا الجمعة).
    if (violence && p->form == "noun"sv && v > 0 && (strips_[v - 1] == "بعد"sv || strips_[v - 1] == "عقب"sv)) {
      if (!CountAt(v + len)) continue;
    }
    // "In another / a similar attack" (وفي هجوم آخر، اشتباكات مماثلة) links to a parallel report; the act of
    // this sentence is told by its main clause.
    if (violence && p->form == "noun"sv && v + len < words_.size()) {
      static const WordSet kAnother = {"اخر", "اخري", "مماثل", "مماثله", "منفصل", "منفصله", "مماثلين"};
      const bool another = kAnother.count(norms_[v + len]) != 0;
      const bool after_in = v > 0 && strips_[v - 1] == "في"sv;
      if (another && (after_in || norms_[v + len] != "اخر"sv)) continue;
    }
    // Violence that is stopped, ended, prevented or renounced did not happen (وقف إطلاق النار is a
    // ceasefire; إنهاء القتال، منع الهجمات، نبذ العنف).
    static const WordSet kStopped = {"وقف", "ايقاف", "توقف", "انهاء", "منع", "تجنب", "تفادي", "نبذ", "رفض"};
    if (violence && p->form == "noun"sv && v > 0 && (kStopped.count(strips_[v - 1]) != 0 || kStopped.count(Stem(v - 1)) != 0)) continue;
    // A nuclear or atomic blast (فجرت كوريا الشمالية قنبلتها الذرية، تفجير قنبلة نووية) is a weapons test,
    // not an attack on anyone.
    if (violence && p->cameo.rfind("183", 0) == 0) {
      bool nuclear = false;
      for (size_t w = v; w < words_.size() && w < v + len + 4 && !nuclear; ++w) {
        const std::string_view word = Stem(w);
        nuclear = word.starts_with("نووي") || word.starts_with("ذري") || word.starts_with("النووي") ||
                  word.starts_with("الذري");
      }
      if (nuclear) continue;
    }
    // Violence named as what someone condemns (أدان الحزب عملية خطف السائحين) is the object of a reaction;
    // the act itself was reported before.
    // So is a bare Form I verb there, which is the verbal noun spelt alike (ودان سمير جعجع خطف زياد قبلان).
    const bool bare_form_one = len == 1 && norms_[v] == p->lemma && utf8::CountCodePoints(norms_[v]) == 3;
    if (violence && (p->form == "noun"sv || bare_form_one) && CondemnedBefore(v)) continue;
    if (Protest(p->cameo) && ProtestLookalike(*p, v, len)) continue;
    // With the preposition لـ a verbal noun of violence names a purpose, a plan or a date's reference
    // (محاولتهم لخطف جنود، قاعدة لشن هجوم، في اليوم التالي لمقتل), not an act.
    if (violence && p->form == "noun"sv) {
      const std::string& c = Clitic(v);
      if (c == "ل"sv || c == "ول"sv || c == "فل"sv) continue;
    }
    std::optional<Event> e = Build(*p, v, len, *carried, gap_begin, gap_end, light_verb);
    if (!e) continue;
    if (e->modality == Modality::kNegated || e->modality == Modality::kHypothetical) continue;
    // A lone transitive verb of violence with no party on either side and no casualty count is too thin
    // to be an act: unvowelled فجر is mostly "dawn" (الثالثة فجرا), قتلت may be "she was killed" in a
    // reminiscence. Intransitive patterns (انفجرت سيارة مفخخة) and phrases carry their own evidence.
    // A bomb named as its subject makes فجر a bombing (سيارة مفخخة فجرت حافلة).
    const bool bomb_subject = p->lemma == "فجر"sv && v >= 2 && NamesExplosiveIn(v - 2, v);
    if (violence && p->form != "noun"sv && len == 1 && e->source.code.empty() && !e->target &&
        std::find(p->target_slots.begin(), p->target_slots.end(), "obj") != p->target_slots.end() &&
        !CountAt(v + 1) && !bomb_subject) {
      continue;
    }
    // Protesters as a subject (وأغلق المحتجون الطرق) report a protest only when no word of the sentence
    // names the protest itself (رشق المحتجون الشرطة بالحجارة is the stoning, 145).
    if (NamesItself(*p)) {
      if (!crowd) crowd = std::move(e);
      continue;
    }
    const bool future_act = p->form.rfind("pres", 0) == 0 || p->form.rfind("fut", 0) == 0 || e->modality == Modality::kPlanned;
    // A capital is a city there too (شكر لاعب الفريق ... في معسكر أبوظبي).
    if (sports && (e->source.code.empty() || bare_country(e->source) || built_weak_source_) &&
        (!e->target || bare_country(*e->target) || built_weak_target_)) {
      continue;
    }
    if (!new_in_document(&*e, future_act)) continue;
    if (!subject && !e->source.text.empty()) {
      for (const Group& g : groups_) if (g.Code() == e->source.code) { subject = g; break; }
    }
    // One act of violence is told with several words (هجوم ... أدى إلى مقتل ... بجروح): one event per
    // sentence, the first (choosing the reading that names most parties measured worse on gold data).
    // So is a protest (تظاهر الآلاف ... احتجاجا على ...).
    const bool assault = Violent(e->root);
    if (assault && assault_coded) continue;
    assault_coded = assault_coded || assault;
    const bool protest = Protest(p->cameo);
    if (protest && protest_coded) continue;
    protest_coded = protest_coded || protest;
    // Coordinated parties: one event each, sources by targets.
    std::vector<ActorRef> sources = {e->source};
    sources.insert(sources.end(), co_sources_.begin(), co_sources_.end());
    std::vector<std::optional<ActorRef>> targets = {e->target};
    targets.insert(targets.end(), co_targets_.begin(), co_targets_.end());
    std::vector<Event> copies;
    for (const ActorRef& s : sources) {
      for (const std::optional<ActorRef>& t : targets) {
        if (&s == &sources.front() && &t == &targets.front()) continue;
        if (t) {
          // Never a party acting on itself (الاتحاد الأوروبي وحلف شمال الأطلسي ... الناتو).
          std::string sc, sr, tc, tr;
          SplitCode(s.code, &sc, &sr);
          SplitCode(t->code, &tc, &tr);
          if (s.code == t->code || (!sc.empty() && sc == tc)) continue;
        }
        Event copy = *e;
        copy.source = s;
        copy.target = t;
        if (new_in_document(&copy, future_act)) copies.push_back(std::move(copy));
      }
    }
    out->push_back(std::move(*e));
    for (Event& copy : copies) out->push_back(std::move(copy));
    v += len - 1;
  }
  if (crowd && !protest_coded && new_in_document(&*crowd, false)) out->push_back(std::move(*crowd));
  // The subject carries over to the next sentence (وأشار، وأضاف) when this one named one.
  if (!subject) {
    for (const Group& g : groups_) {
      if (MarkerBefore(g).empty() && !g.Code().empty()) { subject = g; break; }
    }
  }
  if (subject) *carried = subject;
}

// Which coalition a bare التحالف means in a document: the one it names in full (التحالف العربي، التحالف
// بقيادة السعودية / التحالف الدولي), when it names only one of them.
const dict::ActorEntry* DocumentCoalition(const dict::Dictionaries& dicts, const text::AnalyzedText& analysis) {
  const dict::ActorEntry* found = nullptr;
  const auto& tokens = analysis.tokens;
  for (size_t t = 0; t + 1 < tokens.size(); ++t) {
    std::string_view word = tokens[t].norm;
    for (std::string_view clitic : {"و", "ل", "ب"}) {
      if (word != "التحالف"sv && word.size() > clitic.size() && word.substr(clitic.size()) == "التحالف"sv) word.remove_prefix(clitic.size());
    }
    if (word != "التحالف"sv) continue;
    const std::string phrase[3] = {"التحالف", tokens[t + 1].norm, t + 2 < tokens.size() ? tokens[t + 2].norm : ""};
    const auto m = dicts.MatchActor(std::span<const std::string>(phrase), 0);
    if (!m || m.length < 2 || m.entries.front()->code.rfind("IGO", 0) != 0) continue;
    if (found && found->code != m.entries.front()->code) return nullptr;  // both named: leave it open
    found = m.entries.front();
  }
  return found;
}

// The end of a dateline that opens the sentence at [begin, end): a short head with the agency in
// parentheses or place/date/agency parts between slashes, then a dash ("دبي، الإمارات العربية المتحدة
// (CNN) –"، "بكين/ 11 ايلول/ سبتمبر/ ارنا-"). The cleaner recovers the same datelines as metadata; here
// they only keep their place names from being read as the subject of the first verb. 0 when none.
uint32_t DatelineEnd(std::string_view text, uint32_t begin, uint32_t end) {
  const std::string_view sentence = text.substr(begin, end - begin);
  const std::string_view window = sentence.substr(0, utf8::SafeCut(sentence, 160));
  // The cleaner's separators (Cleaner::FindDateline) and the tatweel some wires use (لندن ـ).
  const auto [sep, sep_len] = FindFirstOf(window, {"--", "-", "–", "—", "ـ"});
  if (sep == std::string_view::npos || sep == 0) return 0;
  const std::string_view head = window.substr(0, sep);
  if (std::count(head.begin(), head.end(), ' ') > 9) return 0;
  const size_t open = head.find('('), close = head.rfind(')');
  bool agency_in_parentheses = open != std::string_view::npos && close != std::string_view::npos && open < close &&
                               head.find_first_not_of(" ", close + 1) == std::string_view::npos;
  if (agency_in_parentheses) {
    // An agency: Latin letters (CNN، AFP) or an Arabic wire's name, not an aside such as "(72 عاما)".
    const std::string_view inside = head.substr(open + 1, close - open - 1);
    static constexpr std::string_view kWires[] = {"أ ف ب", "ا ف ب", "أ.ف.ب", "رويترز", "د ب أ", "أ ش أ", "واس", "قنا",
                                                  "وام", "كونا", "بنا", "سانا", "إرنا", "ارنا", "الأناضول"};
    bool wire = std::any_of(inside.begin(), inside.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
    for (std::string_view w : kWires) wire = wire || inside.find(w) != std::string_view::npos;
    agency_in_parentheses = wire;
  }
  const bool slashed = std::count(head.begin(), head.end(), '/') >= 2;
  if (!agency_in_parentheses && !slashed) return 0;
  return begin + static_cast<uint32_t>(sep + sep_len);
}

}  // namespace

std::vector<Event> Coder::Code(std::string_view doc_id, std::string_view text, std::string_view date,
                               const std::vector<std::pair<uint32_t, uint32_t>>& skip) const {
  const std::optional<text::CivilDate> ref = text::ParseIsoDate(date);
  const std::string_view pub_date = ref ? date.substr(0, 10) : std::string_view();
  text::AnalyzedText analysis;
  analyzer_->Analyze(text, 0, ref, &analysis);
  thread_local absl::node_hash_map<std::string, WordReading> segment_cache[2];
  thread_local uint64_t cache_owner = 0;  // the choice depends on the coder's dictionaries
  if (cache_owner != id_ || segment_cache[0].size() + segment_cache[1].size() > 500000) {
    segment_cache[0].clear();
    segment_cache[1].clear();
    cache_owner = id_;
  }
  Context ctx{*analyzer_, *dicts_, text, pub_date, analysis, segment_cache};
  ctx.coalition = DocumentCoalition(*dicts_, analysis);
  Context::IntroducedNames names;
  ctx.names = &names;
  std::vector<Event> events;
  std::optional<Group> carried;
  std::set<std::string> seen;
  for (uint32_t i = 0; i < analysis.sentences.size(); ++i) {
    const text::Sentence& sent = analysis.sentences[i];
    bool skipped = false;
    for (const auto& [b, e] : skip) skipped = skipped || (sent.begin >= b && sent.end <= e);
    if (skipped) continue;
    SentenceCoder sc(ctx, sent, i, doc_id);
    sc.seen_ = &seen;
    sc.lead_end_ = DatelineEnd(text, sent.begin, sent.end);
    if (i + 1 < analysis.sentences.size()) {
      const auto& next = analysis.tokens[analysis.sentences[i + 1].first_token];
      sc.need_subject_ = next.kind == TokenKind::kWord && next.norm.rfind("و", 0) == 0;
    } else {
      sc.need_subject_ = false;
    }
    std::optional<Group> previous = carried;
    // Only sentences that open with a conjunction-led verb (وأشار، وأضاف) inherit the previous subject.
    const auto& first = analysis.tokens[analysis.sentences[i].first_token];
    const bool continues = first.kind == TokenKind::kWord && first.norm.rfind("و", 0) == 0;
    std::optional<Group> inherit = continues ? previous : std::nullopt;
    sc.Code(&inherit, &events);
    carried = inherit ? inherit : previous;
  }
  return events;
}

}  // namespace marsad::coder
