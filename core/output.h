// Last stage, output: the Document as the newsfacts/1 JSON document (SPEC.md), with
// every offset converted to the unit the caller asked for.
#pragma once

#include <string>

#include "document.h"
#include "newsfacts.h"

namespace nf {

std::string write_json(const Document& doc, const Options& options);

}  // namespace nf
