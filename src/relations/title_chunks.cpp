// relations/title_chunks.cpp: state/organization + title + person chunks (see the header).
#include "relations/title_chunks.hpp"

#include <cctype>

#include <re2/re2.h>

#include "rules/lexicon.hpp"

namespace ag {
namespace {

std::vector<std::string> forms(const RulePack& pack, const char* name) {
  auto it = pack.lexicon.find(name);
  return it == pack.lexicon.end() ? std::vector<std::string>{} : it->second.forms;
}

// The whole gap between the two mentions: an optional possessive, then title words only.
std::unique_ptr<RE2> gap_re(const std::vector<std::string>& titles) {
  if (titles.empty()) return nullptr;
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  const std::string mod = R"((?:(?:former|deputy|vice|acting|first|then|outgoing|incoming|new|special|chief|senior|top|current)[ -])*)";
  return std::make_unique<RE2>(R"((?:'s|’s)?\s+(?:)" + mod + alternation(titles, {}) + R"(\s+)+)", o);
}

}  // namespace

TitleChunker::TitleChunker(const RulePack& pack) : affiliation_(pack.find_relation("affiliation")) {
  auto titles = forms(pack, "person_title");
  state_titles_ = gap_re(titles);
  auto roles = forms(pack, "person_role");
  titles.insert(titles.end(), roles.begin(), roles.end());
  org_titles_ = gap_re(titles);
}

TitleChunker::~TitleChunker() = default;

void TitleChunker::apply(std::string_view text, std::vector<Placeholder>& ph, std::vector<RelationMention>& out) const {
  if (!state_titles_) return;
  std::vector<Placeholder> merged;
  for (std::size_t i = 0; i < ph.size(); ++i) {
    if (i + 1 < ph.size() && (ph[i].letter == 'c' || ph[i].letter == 'o') && ph[i + 1].letter == 'p' &&
        ph[i].span.end <= ph[i + 1].span.begin && !(i > 0 && ph[i - 1].span == ph[i].span)) {
      const RE2& re = ph[i].letter == 'c' ? *state_titles_ : *org_titles_;
      const std::string_view gap = text.substr(ph[i].span.end, ph[i + 1].span.begin - ph[i].span.end);
      if (RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), re)) {
        if (affiliation_) {
          RelationMention m;
          m.source = ph[i + 1].actor;
          m.target = ph[i].actor;
          m.relation = *affiliation_;
          m.rule = "affiliation.title";
          // The trigger is the title itself, without the spaces (and possessive) around it.
          std::size_t b = ph[i].span.end, e = ph[i + 1].span.begin;
          const std::string_view head = text.substr(b, e - b);
          if (head.starts_with("'s")) b += 2;
          else if (head.starts_with("\xE2\x80\x99s")) b += 4;
          while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
          while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
          m.trigger = {b, e};
          m.source_span = ph[i + 1].span;
          m.target_span = ph[i].span;
          out.push_back(std::move(m));
        }
        merged.push_back(Placeholder{{ph[i].span.begin, ph[i + 1].span.end}, 'p', ph[i + 1].actor});
        ++i;
        continue;
      }
    }
    merged.push_back(ph[i]);
  }
  ph = std::move(merged);
}

}  // namespace ag
