// The two back ends behind Store (internal to marsad_store).
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace marsad::store {

Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgres(const std::string& url);

// The shared schema text with {T}, {SEQ} and {VIEW} still to be filled in by each back end.
std::string SchemaTemplate();
std::string Substitute(std::string s, const std::string& from, const std::string& to);

}  // namespace marsad::store
