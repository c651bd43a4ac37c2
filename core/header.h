// Stage 3, header: what comes before the story proper, and who is credited.
//
//  * the optional first line `date YYYY-MM-DD <headline>`
//    EXAMPLE: "date 2024-07-14 Hamas says pulling out of truce talks"
//  * lines as pasted from news sites, in any order before the body:
//    a headline (a short first line with no closing full stop),
//    a byline        EXAMPLE: "By Jane Doe and John Roe, Reuters"
//    a date line     EXAMPLE: "Published July 14, 2024", "14 July 2024 10:32 GMT",
//                             "Updated 3:15 PM EDT, Sun July 14, 2024", "Friday, July 21, 2017"
//    a bare dateline EXAMPLE: "KIEV"
//  * a wire dateline opening the first body paragraph
//    EXAMPLE: "GAZA CITY (AP) —", "KYIV, July 14 (Reuters) -", "Beirut, Lebanon —"
//  * agencies credited or cited anywhere (data/agencies.txt)
//    EXAMPLE: "(Reuters)", "the official told AFP", "Xinhua news agency reported"
#pragma once

#include <string>
#include <string_view>

#include "document.h"
#include "newsfacts.h"

namespace nf {

// Fills doc.article (headline, date, bylines, dateline, body) from doc.lines.
void read_header(Document& doc, const Options& options);

// Fills doc.article.agencies from the tokens (after tokenize()).
void find_agencies(Document& doc);

// True for a valid calendar date written YYYY-MM-DD.
bool valid_iso_date(std::string_view s);

// Parses a date line such as "Published July 14, 2024" into YYYY-MM-DD.
bool parse_date_line(std::string_view line, std::string& iso);

}  // namespace nf
