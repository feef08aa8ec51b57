// HTML extraction with gumbo. Three walks over the parse tree: one measures how much <p> text every
// element holds, one marks page chrome (navigation, comments, share bars, related links, footers, by tag
// and by class/id words), and one renders the chosen article element to text. The article element is the
// outermost <article> holding at least half the page's paragraph text, else the smallest element holding
// 60% of it (a simple text-density choice), else <body>.
#include "ingest/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/utf8.h"
#include "ingest/encoding.h"

namespace marsad::ingest {
namespace {

// Deeper subtrees are ignored (pathological nesting; real articles are far shallower).
constexpr int kMaxDepth = 256;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Accumulates text with HTML whitespace rules: runs of spaces collapse to one, block boundaries become
// line breaks (1) or paragraph breaks (2), nothing leading or trailing.
class TextOut {
 public:
  void Text(std::string_view t) {
    for (size_t i = 0; i < t.size(); ++i) {
      const char c = t[i];
      if (IsSpace(c)) { space_ = true; continue; }
      if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') { space_ = true; ++i; continue; }  // no-break space
      if (!out_.empty()) {
        if (breaks_ > 0) out_.append(static_cast<size_t>(breaks_), '\n');
        else if (space_ && out_.back() != '\n') out_.push_back(' ');
      }
      breaks_ = 0;
      space_ = false;
      out_.push_back(c);
    }
  }
  void Break(int n) {
    breaks_ = std::max(breaks_, n);
    space_ = false;
  }
  void Space() { space_ = true; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int breaks_ = 0;
  bool space_ = false;
};

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool IsElement(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
GumboTag Tag(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }
const GumboVector& Children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}
bool IsText(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}

void AppendText(const GumboNode* n, TextOut* out, int depth) {
  if (depth > kMaxDepth) return;
  if (IsText(n)) { out->Text(n->v.text.text); return; }
  if (!IsElement(n)) return;
  const GumboTag tag = Tag(n);
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
  if (tag == GUMBO_TAG_BR) out->Space();
  const GumboVector& kids = Children(n);
  for (unsigned i = 0; i < kids.length; ++i) AppendText(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1);
}

// The text of a subtree on one line, spaces collapsed.
std::string InlineText(const GumboNode* n) {
  TextOut out;
  AppendText(n, &out, 0);
  return out.Take();
}

// Elements dropped whatever they hold: code, embedded objects and controls.
bool IsHardSkip(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

// Page-structure elements that are chrome unless they hold most of the page's paragraph text (some sites
// wrap the whole page in a <form> or put the article in a <header>).
bool IsSoftSkipTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// True when one class name or id (lower case) names chrome: comment, share, social, related, footer,
// menu, nav(bar|igation), sidebar, breadcrumb, newsletter, advert, ... "has-sidebar"-style modifiers
// describe the layout, not the element, and are ignored.
bool IsChromeName(std::string_view name) {
  if (name.starts_with("has-") || name.starts_with("has_") || name.starts_with("with-") || name.starts_with("no-")) return false;
  static constexpr std::array<std::string_view, 16> kWords = {
      "comment", "share", "social", "related", "footer", "menu", "sidebar", "breadcrumb", "newsletter", "advert",
      "cookie", "subscribe", "popular", "mostread", "most-read", "sharing"};
  for (std::string_view w : kWords) if (name.find(w) != std::string_view::npos) return true;
  // "nav" as a word or a prefix of navbar/navigation, not inside "canvas" or "unavailable".
  for (size_t p = name.find("nav"); p != std::string_view::npos; p = name.find("nav", p + 1)) {
    const bool start_ok = p == 0 || !std::isalpha(static_cast<unsigned char>(name[p - 1]));
    const std::string_view after = name.substr(p + 3);
    const bool end_ok = after.empty() || !std::isalpha(static_cast<unsigned char>(after[0])) || after.starts_with("bar") ||
                        after.starts_with("igation") || after.starts_with("links") || after.starts_with("menu");
    if (start_ok && end_ok) return true;
  }
  if (name == "ad" || name == "ads" || name.starts_with("ad-") || name.starts_with("ads-") || name == "tags") return true;
  return false;
}

bool IsChromeByAttributes(const GumboNode* n) {
  const GumboTag tag = Tag(n);
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE) return false;
  if (Attr(n, "hidden") != nullptr) return true;
  if (const char* aria = Attr(n, "aria-hidden"); aria != nullptr && Lower(aria) == "true") return true;
  if (const char* style = Attr(n, "style"); style != nullptr) {
    std::string s = Lower(style);
    s.erase(std::remove_if(s.begin(), s.end(), IsSpace), s.end());
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) return true;
  }
  if (const char* role = Attr(n, "role"); role != nullptr) {
    const std::string r = Lower(role);
    if (r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" || r == "menu" || r == "menubar") return true;
  }
  for (const char* attr : {"class", "id"}) {
    const char* value = Attr(n, attr);
    if (value == nullptr) continue;
    const std::string v = Lower(value);
    size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && IsSpace(v[i])) ++i;
      size_t j = i;
      while (j < v.size() && !IsSpace(v[j])) ++j;
      if (j > i && IsChromeName(std::string_view(v).substr(i, j - i))) return true;
      i = j;
    }
  }
  return false;
}

// Block elements: paragraph breaks (2) or line breaks (1) around them.
int BreakAround(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL:
      return 2;
    case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_HGROUP:
      return 1;
    default:
      return 0;
  }
}

// A "datePublished" value from JSON-LD text, "" when none.
std::string JsonLdDatePublished(std::string_view json) {
  const size_t k = json.find("\"datePublished\"");
  if (k == std::string_view::npos) return "";
  size_t i = k + 15;
  while (i < json.size() && IsSpace(json[i])) ++i;
  if (i >= json.size() || json[i] != ':') return "";
  ++i;
  while (i < json.size() && IsSpace(json[i])) ++i;
  if (i >= json.size() || json[i] != '"') return "";
  const size_t end = json.find('"', i + 1);
  if (end == std::string_view::npos || end - i > 64) return "";
  return std::string(json.substr(i + 1, end - i - 1));
}

class Extractor {
 public:
  explicit Extractor(const GumboNode* root) : root_(root) {}

  HtmlPage Run() {
    HtmlPage page;
    CollectMeta(root_, 0);
    total_p_ = MeasureP(root_, false, 0, &raw_p_);
    MarkChrome(root_, 0);
    const size_t kept_total = MeasureKeptP(root_, false, 0);
    const GumboNode* body = FindBody();

    for (const char* key : {"og:title", "twitter:title"}) {
      if (page.title.empty()) page.title = Meta(key);
    }
    if (page.title.empty()) page.title = title_;
    if (page.title.empty()) page.title = h1_;
    for (const char* key : {"article:published_time", "og:published_time", "pubdate", "publishdate", "date", "dc.date",
                            "dc.date.issued", "datepublished", "sailthru.date"}) {
      if (page.date.empty()) page.date = Meta(key);
    }
    page.url = Meta("og:url");
    if (page.url.empty()) page.url = canonical_;
    page.source = Meta("og:site_name");

    const GumboNode* article = body;
    if (kept_total > 0) {
      const GumboNode* outer_article = FindArticle(body, kept_total, 0);
      if (outer_article != nullptr) {
        article = outer_article;
      } else {
        // Descend while one child (not a paragraph) holds 60% of the kept paragraph text.
        for (bool moved = true; moved;) {
          moved = false;
          const GumboVector& kids = Children(article);
          for (unsigned i = 0; i < kids.length; ++i) {
            const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
            if (!IsElement(kid) || Tag(kid) == GUMBO_TAG_P || chrome_.count(kid)) continue;
            const auto it = kept_p_.find(kid);
            if (it != kept_p_.end() && it->second * 10 >= kept_total * 6) {
              article = kid;
              moved = true;
              break;
            }
          }
        }
      }
    }
    title_norm_ = page.title;
    TextOut out;
    if (article != nullptr) Render(article, &out, 0);
    page.text = out.Take();
    if (page.date.empty() && article != nullptr) page.date = FirstTime(article, 0);
    if (page.date.empty()) page.date = first_time_;
    if (page.date.empty()) page.date = json_ld_date_;
    return page;
  }

 private:
  std::string Meta(const std::string& key) const {
    const auto it = meta_.find(key);
    return it == meta_.end() ? std::string() : it->second;
  }

  void CollectMeta(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || !IsElement(n)) return;
    const GumboTag tag = Tag(n);
    const bool html_ns = n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
    if (tag == GUMBO_TAG_META) {
      const char* content = Attr(n, "content");
      if (content != nullptr && *content != '\0') {
        for (const char* attr : {"property", "name", "itemprop"}) {
          if (const char* key = Attr(n, attr); key != nullptr) meta_.emplace(Lower(key), InlineTextOf(content));
        }
      }
    } else if (tag == GUMBO_TAG_TITLE && html_ns && title_.empty()) {
      title_ = InlineText(n);
    } else if (tag == GUMBO_TAG_H1 && h1_.empty()) {
      h1_ = InlineText(n);
    } else if (tag == GUMBO_TAG_LINK && canonical_.empty()) {
      const char* rel = Attr(n, "rel");
      const char* href = Attr(n, "href");
      if (rel != nullptr && href != nullptr && Lower(rel) == "canonical") canonical_ = InlineTextOf(href);
    } else if (tag == GUMBO_TAG_TIME && first_time_.empty()) {
      if (const char* dt = Attr(n, "datetime"); dt != nullptr) first_time_ = InlineTextOf(dt);
    } else if (tag == GUMBO_TAG_SCRIPT && json_ld_date_.empty()) {
      const char* type = Attr(n, "type");
      if (type != nullptr && Lower(type) == "application/ld+json") {
        const GumboVector& kids = Children(n);
        for (unsigned i = 0; i < kids.length && json_ld_date_.empty(); ++i) {
          const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
          if (IsText(kid)) json_ld_date_ = JsonLdDatePublished(kid->v.text.text);
        }
      }
    }
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) CollectMeta(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  static std::string InlineTextOf(const char* s) {
    TextOut out;
    out.Text(s);
    return out.Take();
  }

  // Non-space bytes of a text node: how much a paragraph says.
  static size_t VisibleBytes(const GumboNode* text) {
    size_t visible = 0;
    for (const char* c = text->v.text.text; *c != '\0'; ++c) visible += IsSpace(*c) ? 0 : 1;
    return visible;
  }

  // Bytes of text inside <p> elements in the subtree of n, ignoring hard-skipped elements; per element in *sizes.
  size_t MeasureP(const GumboNode* n, bool in_p, int depth, std::unordered_map<const GumboNode*, size_t>* sizes) {
    if (depth > kMaxDepth) return 0;
    if (IsText(n)) return in_p ? VisibleBytes(n) : 0;
    if (!IsElement(n) || IsHardSkip(Tag(n))) return 0;
    const bool p = in_p || Tag(n) == GUMBO_TAG_P;
    size_t total = 0;
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) total += MeasureP(static_cast<const GumboNode*>(kids.data[i]), p, depth + 1, sizes);
    (*sizes)[n] = total;
    return total;
  }

  void MarkChrome(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || !IsElement(n)) return;
    const GumboTag tag = Tag(n);
    bool chrome = IsHardSkip(tag);
    if (!chrome && (IsSoftSkipTag(tag) || IsChromeByAttributes(n))) {
      const size_t p = raw_p_.count(n) ? raw_p_[n] : 0;
      chrome = !(total_p_ > 0 && p * 2 >= total_p_ && p >= 200);  // keep a "chrome" element holding most of the article
    }
    if (chrome) { chrome_.insert(n); return; }
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) MarkChrome(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
  }

  size_t MeasureKeptP(const GumboNode* n, bool in_p, int depth) {
    if (depth > kMaxDepth) return 0;
    if (IsText(n)) return in_p ? VisibleBytes(n) : 0;
    if (!IsElement(n) || chrome_.count(n)) return 0;
    const bool p = in_p || Tag(n) == GUMBO_TAG_P;
    size_t total = 0;
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) total += MeasureKeptP(static_cast<const GumboNode*>(kids.data[i]), p, depth + 1);
    kept_p_[n] = total;
    return total;
  }

  const GumboNode* FindBody() const {
    if (!IsElement(root_)) return nullptr;
    const GumboVector& kids = Children(root_);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* kid = static_cast<const GumboNode*>(kids.data[i]);
      if (Tag(kid) == GUMBO_TAG_BODY) return kid;
    }
    return root_;
  }

  // The outermost non-chrome <article> holding at least half the kept paragraph text.
  const GumboNode* FindArticle(const GumboNode* n, size_t kept_total, int depth) const {
    if (n == nullptr || depth > kMaxDepth || !IsElement(n) || chrome_.count(n)) return nullptr;
    if (Tag(n) == GUMBO_TAG_ARTICLE) {
      const auto it = kept_p_.find(n);
      if (it != kept_p_.end() && it->second * 2 >= kept_total) return n;
    }
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) {
      if (const GumboNode* found = FindArticle(static_cast<const GumboNode*>(kids.data[i]), kept_total, depth + 1)) return found;
    }
    return nullptr;
  }

  std::string FirstTime(const GumboNode* n, int depth) const {
    if (depth > kMaxDepth || !IsElement(n)) return "";
    if (Tag(n) == GUMBO_TAG_TIME) {
      if (const char* dt = Attr(n, "datetime"); dt != nullptr && *dt != '\0') return InlineTextOf(dt);
    }
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) {
      std::string found = FirstTime(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
      if (!found.empty()) return found;
    }
    return "";
  }

  void Render(const GumboNode* n, TextOut* out, int depth, bool in_text_block = false) {
    if (depth > kMaxDepth) return;
    if (IsText(n)) { out->Text(n->v.text.text); return; }
    if (!IsElement(n) || chrome_.count(n)) return;
    const GumboTag tag = Tag(n);
    if (tag == GUMBO_TAG_H1 && !title_norm_.empty() && InlineText(n) == title_norm_) return;  // the title, kept in "title"
    if (tag == GUMBO_TAG_TIME && !in_text_block) return;  // a publication time stamp, kept in "date"
    in_text_block = in_text_block || tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_BLOCKQUOTE ||
                    tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_SPAN;
    if (tag == GUMBO_TAG_BR) { out->Break(1); return; }
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out->Space();
    const int breaks = BreakAround(tag);
    if (breaks > 0) out->Break(breaks);
    const GumboVector& kids = Children(n);
    for (unsigned i = 0; i < kids.length; ++i) Render(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1, in_text_block);
    if (breaks > 0) out->Break(breaks);
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out->Space();
  }

  const GumboNode* root_;
  std::unordered_map<std::string, std::string> meta_;  // first content per lower-cased property/name/itemprop
  std::string title_, h1_, canonical_, first_time_, json_ld_date_, title_norm_;
  std::unordered_map<const GumboNode*, size_t> raw_p_, kept_p_;
  std::unordered_set<const GumboNode*> chrome_;
  size_t total_p_ = 0;
};

// Deepest element nesting the tags of `html` could build, estimated without parsing: start tags push,
// end tags pop; void elements, self-closing tags and elements whose end tag may be omitted (p, li, td,
// ...) are not counted, comments and script/style contents are skipped. Gumbo's time grows with the square
// of the nesting depth, so pages nested absurdly deep (an attack, not an article) are refused before parsing.
size_t ApproxNestingDepth(std::string_view html) {
  static const std::unordered_set<std::string> kNotCounted = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
      "colgroup", "caption", "html", "head", "body", "!doctype"};
  size_t depth = 0, deepest = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 2;
      continue;
    }
    const bool closing = html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    size_t k = j;
    while (k < html.size() && (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-' || html[k] == '!')) ++k;
    if (k == j) continue;
    const std::string name = Lower(html.substr(j, k - j));
    const size_t gt = html.find('>', k);
    if (gt == std::string_view::npos) break;
    if (!closing && (name == "script" || name == "style" || name == "textarea" || name == "title")) {
      size_t end = html.find("</", gt);
      while (end != std::string_view::npos && Lower(html.substr(end + 2, name.size())) != name) end = html.find("</", end + 2);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (kNotCounted.count(name) || html[gt - 1] == '/') { i = gt; continue; }
    if (closing) {
      if (depth > 0) --depth;
    } else {
      deepest = std::max(deepest, ++depth);
    }
    i = gt;
  }
  return deepest;
}

constexpr size_t kMaxNesting = 5000;

}  // namespace

std::string DeclaredHtmlCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  for (size_t p = head.find("<meta"); p != std::string::npos; p = head.find("<meta", p + 5)) {
    const size_t end = head.find('>', p);
    const std::string charset = CharsetFromContentType(std::string_view(head).substr(p, end == std::string::npos ? std::string::npos : end - p));
    if (!charset.empty()) return charset;
  }
  return "";
}

bool LooksLikeHtml(std::string_view head) {
  size_t i = 0;
  if (head.starts_with("\xEF\xBB\xBF")) i = 3;
  for (;;) {
    while (i < head.size() && IsSpace(head[i])) ++i;
    std::string_view rest = head.substr(i);
    if (rest.starts_with("<!--")) {
      const size_t end = rest.find("-->");
      if (end == std::string_view::npos) return false;
      i += end + 3;
      continue;
    }
    if (rest.starts_with("<?xml")) {
      const size_t end = rest.find("?>");
      if (end == std::string_view::npos) return false;
      i += end + 2;
      continue;
    }
    const std::string lower = Lower(rest.substr(0, 14));
    return lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.starts_with("<head");
  }
}

HtmlPage ExtractHtml(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  HtmlPage page;
  if (output == nullptr) return page;
  page = Extractor(output->root).Run();
  gumbo_destroy_output(&options, output);
  page.charset = DeclaredHtmlCharset(html);
  return page;
}

bool HtmlToDocument(std::string_view bytes, const std::string& declared_charset, const std::string& where, Document* doc,
                    const std::function<void(const std::string&)>& warn) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string charset = declared_charset.empty() ? DeclaredHtmlCharset(bytes) : Lower(declared_charset);
  const bool valid_utf8 = utf8::IsValid(bytes);
  const bool has_multibyte = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
  std::string converted;
  bool use_converted = false;
  if (!IsUtf8Charset(charset) && !(valid_utf8 && has_multibyte)) {  // valid multi-byte UTF-8 is UTF-8 whatever the label says
    const bool latin = charset == "iso-8859-1" || charset == "windows-1252" || charset == "latin1" || charset == "us-ascii";
    const std::string sniffed = latin ? SniffArabicLegacyEncoding(bytes) : "";
    if (!sniffed.empty()) {
      warn(where + ": declares charset " + charset + " but reads as Arabic in " + sniffed + "; converted from " + sniffed);
      charset = sniffed;
    }
    Result<std::string> r = ConvertToUtf8(bytes, charset);
    if (r.ok()) {
      converted = std::move(r).value();
      use_converted = true;
    } else {
      warn(where + ": " + r.status().message() + "; read as UTF-8");
    }
  }
  if (!use_converted && !valid_utf8) {
    const std::string sniffed = SniffArabicLegacyEncoding(bytes);
    if (!sniffed.empty()) {
      Result<std::string> r = ConvertToUtf8(bytes, sniffed);
      if (r.ok()) {
        warn(where + ": not valid UTF-8; converted from " + std::string(sniffed == "windows-1256" ? "Windows-1256" : "ISO-8859-6"));
        converted = std::move(r).value();
        use_converted = true;
      }
    }
  }
  const std::string_view html = use_converted ? std::string_view(converted) : bytes;
  if (const size_t depth = ApproxNestingDepth(html); depth > kMaxNesting) {
    warn(where + ": HTML elements nested about " + std::to_string(depth) + " deep (more than " + std::to_string(kMaxNesting) +
         "); page skipped");
    return false;
  }
  HtmlPage page = ExtractHtml(html);
  if (page.text.empty()) {
    warn(where + ": HTML page has no article text; skipped");
    return false;
  }
  doc->title = utf8::Sanitize(page.title);
  doc->date = utf8::Sanitize(page.date);
  doc->url = utf8::Sanitize(page.url);
  doc->source = utf8::Sanitize(page.source);
  doc->raw_text = utf8::Sanitize(page.text);
  return true;
}

}  // namespace marsad::ingest
