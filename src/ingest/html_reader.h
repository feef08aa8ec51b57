// HTML article extraction (gumbo): metadata from <meta>, <title>, <link rel=canonical>, <time> and JSON-LD,
// and the article body as plain text, without navigation, comments, share widgets and other page chrome.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "ingest/document.h"

namespace marsad::ingest {

struct HtmlPage {
  std::string title;     // og:title, else <title>, else the first <h1>
  std::string date;      // article:published_time, og:published_time, pubdate, date, DC.date, <time datetime>, JSON-LD datePublished
  std::string url;       // og:url, else <link rel="canonical">
  std::string source;    // og:site_name
  std::string text;      // body text: one paragraph or block per line, blank lines between paragraphs
  std::string charset;   // the charset the page declared in a <meta>, lower-cased ("" when none)
};

// The charset a page declares in its first bytes (<meta charset=...> or <meta http-equiv=Content-Type
// content="...; charset=...">), lower-cased; "" when none.
std::string DeclaredHtmlCharset(std::string_view html);

// Parses UTF-8 HTML (invalid bytes become U+FFFD) and extracts the article.
HtmlPage ExtractHtml(std::string_view html);

// True when `head` (the first bytes of a file) starts, after a BOM, whitespace and comments, with
// <!DOCTYPE html or <html.
bool LooksLikeHtml(std::string_view head);

// Decodes an HTML page to UTF-8 and extracts it into *doc (title, date, url, source, raw_text). The charset
// is `declared_charset` (from HTTP) when given, else the page's <meta>, else UTF-8; pages that are not
// valid UTF-8 and declare nothing usable are sniffed for Windows-1256 / ISO-8859-6 (with a warning).
// Returns false, after a warning naming `where`, when the page has no article text.
bool HtmlToDocument(std::string_view bytes, const std::string& declared_charset, const std::string& where, Document* doc,
                    const std::function<void(const std::string&)>& warn);

}  // namespace marsad::ingest
