// relations/attributes.cpp: RE2 scanners for amounts, percentages and dates (see the header).
#include "relations/attributes.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <fmt/format.h>
#include <re2/re2.h>

namespace ag {
namespace {

const RE2& amount_prefix_re() {
  // Currency sign or code before the number: $5, US$15, € 2.5, USD 3, RMB 100.
  static const RE2 re(
      R"((?i)(US\$|U\.S\.\s?\$|A\$|C\$|HK\$|\$|€|£|¥|USD\s?|EUR\s?|RMB\s?|CNY\s?|GBP\s?|JPY\s?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(trillion|billion|million|thousand|tn|bn|mn|m|k)\b)?)");
  return re;
}

const RE2& amount_suffix_re() {
  // Currency word after the number: 400 billion dollars, 1.2 trillion rubles.
  static const RE2 re(
      R"((?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(trillion|billion|million|thousand)?\s?(dollars|euros|yuan|renminbi|rubles|roubles|pounds|yen|rupees)\b)");
  return re;
}

const RE2& percent_re() {
  static const RE2 re(R"((?i)\b(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b))");
  return re;
}

const RE2& month_date_re() {
  static const RE2 re(
      R"(\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s(?:(\d{1,2}),?\s)?((?:19|20)\d\d)\b)");
  return re;
}

const RE2& year_re() {
  static const RE2 re(R"(\b((?:19[5-9]|20\d)\d)\b)");
  return re;
}

const RE2& relative_year_re() {
  static const RE2 re(R"((?i)\b(last|this|next|previous|past) year\b)");
  return re;
}

double scale_of(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s == "trillion" || s == "tn") return 1e12;
  if (s == "billion" || s == "bn") return 1e9;
  if (s == "million" || s == "mn" || s == "m") return 1e6;
  if (s == "thousand" || s == "k") return 1e3;
  return 1;
}

std::string currency_of(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) || c == '.'; }), s.end());
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s == "$" || s == "US$" || s == "USD" || s == "DOLLARS") return "USD";
  if (s == "A$") return "AUD";
  if (s == "C$") return "CAD";
  if (s == "HK$") return "HKD";
  if (s == "\xE2\x82\xAC" || s == "EUR" || s == "EUROS") return "EUR";
  if (s == "\xC2\xA3" || s == "GBP" || s == "POUNDS") return "GBP";
  if (s == "\xC2\xA5" || s == "JPY" || s == "YEN") return "JPY";
  if (s == "RMB" || s == "CNY" || s == "YUAN" || s == "RENMINBI") return "CNY";
  if (s == "RUBLES" || s == "ROUBLES") return "RUB";
  if (s == "RUPEES") return "INR";
  return s;
}

double number_of(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ','), s.end());
  return std::strtod(s.c_str(), nullptr);
}

int month_number(const std::string& m) {
  static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int i = 0; i < 12; ++i)
    if (m.compare(0, 3, names[i]) == 0) return i + 1;
  return 0;
}

template <typename F>
void scan(const RE2& re, std::string_view text, Span span, int groups, F&& on_match) {
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(groups) + 1);
  re2::StringPiece input(text.data(), text.size());
  std::size_t pos = span.begin;
  while (pos < span.end && re.Match(input, pos, span.end, RE2::UNANCHORED, g.data(), groups + 1)) {
    const std::size_t begin = static_cast<std::size_t>(g[0].data() - text.data());
    const std::size_t end = begin + g[0].size();
    on_match(g, Span{begin, end});
    pos = end > begin ? end : begin + 1;
  }
}

bool inside(const std::vector<Span>& spans, Span s) {
  return std::any_of(spans.begin(), spans.end(), [&](Span o) { return o.begin < s.end && s.begin < o.end; });
}

// A dateline: the date opens the sentence, after at most a place in capitals and a comma
// ("BEIJING, May 2023 -", "May 2023 —"), and a dash follows it.
bool is_dateline(std::string_view text, Span sentence, Span date) {
  for (std::size_t i = sentence.begin; i < date.begin; ++i) {
    const char c = text[i];
    if (!((c >= 'A' && c <= 'Z') || c == ' ' || c == ',' || c == '.' || c == '\'' || c == '-')) return false;
  }
  std::size_t i = date.end;
  while (i < sentence.end && text[i] == ' ') ++i;
  const std::string_view rest = text.substr(i, std::min<std::size_t>(3, sentence.end - i));
  return rest.starts_with("-") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94");  // - – —
}

}  // namespace

Attributes find_attributes(std::string_view text, Span span, const std::string& doc_date) {
  Attributes out;
  std::vector<Span> taken;  // numbers already read as amounts or percentages are not years
  auto add_date = [&](std::string date, Span s) {
    out.dates_at.push_back(Attributes::DateAt{std::move(date), s, is_dateline(text, span, s)});
  };
  auto add_amount = [&](double value, const std::string& currency, Span s) {
    out.amounts.push_back(Amount{value, currency, std::string(text.substr(s.begin, s.size())), s});
    taken.push_back(s);
  };
  // Every pattern but the relative year needs a digit ([0-9]: RE2's \d is ASCII) in its match; a
  // sentence without one is not searched for them (many sentences with a relation have none).
  const std::string_view sentence = text.substr(span.begin, span.size());
  const bool digits = std::any_of(sentence.begin(), sentence.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    scan(amount_prefix_re(), text, span, 3, [&](const auto& g, Span s) {
      add_amount(number_of(std::string(g[2])) * (g[3].empty() ? 1 : scale_of(std::string(g[3]))), currency_of(std::string(g[1])), s);
    });
    scan(amount_suffix_re(), text, span, 3, [&](const auto& g, Span s) {
      if (inside(taken, s)) return;
      add_amount(number_of(std::string(g[1])) * (g[2].empty() ? 1 : scale_of(std::string(g[2]))), currency_of(std::string(g[3])), s);
    });
    std::sort(out.amounts.begin(), out.amounts.end(), [](const Amount& a, const Amount& b) { return a.span < b.span; });
    scan(percent_re(), text, span, 1, [&](const auto& g, Span s) {
      out.percentages.push_back(std::string(g[1]) + "%");
      taken.push_back(s);
    });
    scan(month_date_re(), text, span, 3, [&](const auto& g, Span s) {
      const int month = month_number(std::string(g[1]));
      add_date(g[2].empty() ? fmt::format("{}-{:02}", std::string(g[3]), month)
                            : fmt::format("{}-{:02}-{:02}", std::string(g[3]), month, std::atoi(std::string(g[2]).c_str())),
               s);
      taken.push_back(s);
    });
    scan(year_re(), text, span, 1, [&](const auto& g, Span s) {
      if (inside(taken, s)) return;
      // "2020s", "$2019" or "2019 billion" are not years of an event.
      const std::size_t end = s.end;
      if (end < text.size() && (text[end] == 's' || text[end] == '%')) return;
      if (s.begin > 0 && (text[s.begin - 1] == '$' || text[s.begin - 1] == '-')) return;
      add_date(std::string(g[1]), s);
    });
  }
  if (doc_date.size() >= 4) {
    const int year = std::atoi(doc_date.substr(0, 4).c_str());
    scan(relative_year_re(), text, span, 1, [&](const auto& g, Span s) {
      std::string w(g[1]);
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const int delta = (w == "last" || w == "previous" || w == "past") ? -1 : w == "next" ? 1 : 0;
      add_date(std::to_string(year + delta), s);
    });
  }
  std::sort(out.dates_at.begin(), out.dates_at.end(),
            [](const Attributes::DateAt& a, const Attributes::DateAt& b) { return a.span < b.span; });
  for (const auto& d : out.dates_at) out.dates.push_back(d.date);
  std::sort(out.dates.begin(), out.dates.end());
  out.dates.erase(std::unique(out.dates.begin(), out.dates.end()), out.dates.end());
  return out;
}

std::string nearest_date(std::string_view text, const Attributes& attributes, Span anchor) {
  auto holds_any = [&](std::size_t from, std::size_t to, std::initializer_list<std::string_view> words) {
    if (from >= to) return false;
    const std::string_view between = text.substr(from, to - from);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return between.find(w) != std::string_view::npos; });
  };
  const Attributes::DateAt* best = nullptr;
  const Attributes::DateAt* dateline = nullptr;
  std::size_t best_distance = 0;
  for (const auto& d : attributes.dates_at) {  // in text order: the earlier wins a tie
    if (d.dateline) {
      if (dateline == nullptr) dateline = &d;
      continue;
    }
    const bool after = anchor.end <= d.span.begin;
    const std::size_t gap_begin = after ? anchor.end : d.span.end, gap_end = after ? d.span.begin : anchor.begin;
    // Another clause: "signed a deal in 2019, and in 2021 they held talks".
    if (holds_any(gap_begin, gap_end, {", and ", ", but ", "; ", ", while ", ", which ", ", when ", ", after ", ", before "}))
      continue;
    // The date of another event the mention is measured from: "the first visit since the
    // invasion of February 2022". ("closer since 2014" is kept: the relation holds from then.)
    const bool since_right_before = text.substr(0, d.span.begin).ends_with("since ");
    if (after && !since_right_before && holds_any(gap_begin, gap_end, {"since "})) continue;
    const std::size_t distance = gap_end > gap_begin ? gap_end - gap_begin : 0;
    if (best == nullptr || distance < best_distance) {
      best = &d;
      best_distance = distance;
    }
  }
  if (best == nullptr) best = dateline;
  return best == nullptr ? std::string() : best->date;
}

}  // namespace ag
