// A hash for tables keyed by std::string that also takes std::string_view lookups, so a lookup needs no
// temporary string. (Debian's Abseil hashes absl::string_view only, so its own string hash will not do.)
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace marsad {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace marsad
