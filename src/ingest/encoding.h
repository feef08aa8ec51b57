// Legacy Arabic encodings: converting declared charsets (HTML <meta charset>, HTTP Content-Type) to UTF-8
// with ICU, and recognising undeclared Windows-1256 / ISO-8859-6 text by what it decodes to.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace marsad::ingest {

// The charset named in a Content-Type value or <meta> content ("text/html; charset=windows-1256" ->
// "windows-1256"), lower-cased and unquoted; "" when none is named.
std::string CharsetFromContentType(std::string_view content_type);

// True for names of UTF-8 (and its ASCII subset, which needs no conversion).
bool IsUtf8Charset(std::string_view charset);

// Converts `bytes` in `charset` (any name ICU knows: windows-1256, cp1256, iso-8859-6, ...) to UTF-8.
// Fails with InvalidArgument when ICU does not know the charset.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

// When `bytes` is not valid UTF-8 but decodes as Windows-1256 or ISO-8859-6 to text whose non-ASCII
// characters are mostly Arabic letters, the charset name ("windows-1256" or "iso-8859-6"); else "".
std::string SniffArabicLegacyEncoding(std::string_view bytes);

}  // namespace marsad::ingest
