// rules/lexicon.cpp: English inflection for rule word lists (regular rules plus written-out
// irregular forms; see lexicon.hpp).
#include "rules/lexicon.hpp"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

namespace ag {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

// Doubles the final consonant of a one-syllable consonant-vowel-consonant verb (ban -> banned).
bool doubles_final(const std::string& w) {
  if (w.size() < 3) return false;
  const char a = w[w.size() - 3], b = w[w.size() - 2], c = w.back();
  if (is_vowel(a) || !is_vowel(b) || is_vowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
  int groups = 0;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (is_vowel(w[i]) && (i == 0 || !is_vowel(w[i - 1]))) ++groups;
  return groups == 1;
}

std::string third_person(const std::string& w) {
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh") ||
      ends_with(w, "o"))
    return w + "es";
  return w + "s";
}

std::string past(const std::string& w) {
  if (ends_with(w, "e")) return w + "d";
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ied";
  if (doubles_final(w)) return w + w.back() + "ed";
  return w + "ed";
}

std::string gerund(const std::string& w) {
  if (ends_with(w, "ie")) return w.substr(0, w.size() - 2) + "ying";
  if (ends_with(w, "e") && !ends_with(w, "ee") && w.size() > 2) return w.substr(0, w.size() - 1) + "ing";
  if (doubles_final(w)) return w + w.back() + "ing";
  return w + "ing";
}

std::string plural(const std::string& w) {
  if (ends_with(w, "y") && w.size() > 1 && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") || ends_with(w, "sh"))
    return w + "es";
  return w + "s";
}

void unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::vector<std::string> verb_forms(const std::string& entry) {
  auto parts = split(entry, '/');
  // The words after the verb ("hold/held/held talks", "take part in") follow its last form.
  std::string rest;
  if (const std::size_t space = parts.back().find(' '); space != std::string::npos) {
    rest = parts.back().substr(space);
    parts.back().resize(space);
  }
  const std::string& head = parts[0];
  std::vector<std::string> heads = {head, third_person(head), gerund(head)};
  if (parts.size() >= 2) {
    for (std::size_t i = 1; i < parts.size(); ++i) heads.push_back(parts[i]);
  } else {
    heads.push_back(past(head));
  }
  std::vector<std::string> out;
  for (const auto& h : heads) out.push_back(h + rest);
  unique(out);
  return out;
}

std::vector<std::string> noun_forms(const std::string& entry) {
  const auto parts = split(entry, '/');
  if (parts.size() >= 2) {
    std::vector<std::string> out(parts.begin(), parts.end());
    unique(out);
    return out;
  }
  const std::size_t space = entry.rfind(' ');
  const std::string lead = space == std::string::npos ? "" : entry.substr(0, space + 1);
  const std::string last = space == std::string::npos ? entry : entry.substr(space + 1);
  std::vector<std::string> out = {entry, lead + plural(last)};
  unique(out);
  return out;
}

std::string alternation(std::vector<std::string> forms, const std::vector<std::string>& raw_patterns) {
  unique(forms);
  // A form comes before every form it begins ("prime minister" before "prime"), so that the longer
  // wins in leftmost-first matching: two forms can match at one position only if one begins the
  // other, so this is the whole of "longest first". Otherwise the order is alphabetical (ignoring
  // ASCII case), which puts forms with a common beginning next to each other, where RE2 merges
  // them into one branch: programs about half the size, and a DFA with fewer states to build.
  auto fold = [](char c) { return static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c))); };
  std::sort(forms.begin(), forms.end(), [&](const std::string& a, const std::string& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
      if (fold(a[i]) != fold(b[i])) return fold(a[i]) < fold(b[i]);
    if (a.size() != b.size()) return a.size() > b.size();  // the longer, which begins with the other, first
    return a < b;
  });
  std::erase(forms, std::string());
  // Whole words: a boundary is required only next to a word character ("gen." ends in a dot).
  const auto wordy = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  const auto whole_word = [&](const std::string& f) { return wordy(f.front()) && wordy(f.back()); };
  std::string out = "(?:";
  bool first = true;
  for (std::size_t i = 0; i < forms.size();) {
    if (!first) out += "|";
    first = false;
    if (!whole_word(forms[i])) {
      const std::string& f = forms[i++];
      out += (wordy(f.front()) ? "\\b" : "") + RE2::QuoteMeta(f) + (wordy(f.back()) ? "\\b" : "");
      continue;
    }
    // A run of whole-word forms shares one pair of boundaries: \b(?:a|b)\b matches what
    // \ba\b|\bb\b does, in the same order, but RE2 merges the common beginnings of forms only
    // when they start with a bare literal: the default pack's programs are 7% smaller, and a
    // build's DFAs take less memory.
    out += "\\b(?:";
    for (const std::size_t run = i; i < forms.size() && whole_word(forms[i]); ++i) {
      if (i > run) out += '|';
      out += RE2::QuoteMeta(forms[i]);
    }
    out += ")\\b";
  }
  for (const auto& p : raw_patterns) {
    if (!first) out += "|";
    first = false;
    out += "(?:" + p + ")";
  }
  if (first) out += "[^\\x00-\\x{10FFFF}]";  // an empty list matches nothing (RE2 has no lookahead)
  out += ")";
  return out;
}

}  // namespace ag
