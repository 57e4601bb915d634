// rules/lexicon.hpp: word lists with their inflections, so rule authors write "impose" and the
// pattern matches "imposes", "imposed" and "imposing".
//
// Verbs: "impose" -> impose, imposes, imposed, imposing; irregular verbs are written
// "base/past/participle" ("hold/held/held", "take/took/taken"); in a phrase the verb is inflected
// and the words after it follow the last form ("take part" -> took part; "hold/held/held talks"). Nouns: "sanction" -> sanction, sanctions; an
// irregular plural is written "crisis/crises"; the last word is inflected. Words are used as written.
#pragma once

#include <string>
#include <vector>

namespace ag {

std::vector<std::string> verb_forms(const std::string& entry);
std::vector<std::string> noun_forms(const std::string& entry);

// A regex alternation of literal word forms, each escaped and matched as a whole word, each
// before the shorter forms it begins with (so the longest wins):
// (?:\b(?:imposed|imposes|impose|imposing)\b). Raw regex alternatives are appended as is.
std::string alternation(std::vector<std::string> forms, const std::vector<std::string>& raw_patterns);

}  // namespace ag
