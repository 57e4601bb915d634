// The segmenter on a table of tricky news-text cases: {text, expected sentences}. Each row pins
// one rule; when a row fails, the message shows the text and both lists of sentences.
#include <doctest/doctest.h>

#include "segment/segmenter.hpp"
#include "segment_test_support.hpp"

using namespace ag;
using namespace ag::test;

namespace {

struct Case {
  const char* what;
  std::string text;
  std::vector<std::string> expected;
};

const std::vector<Case> kCases = {
    // Plain sentence ends.
    {"two sentences", "Both countries signed a deal. Trade rose sharply.",
     {"Both countries signed a deal.", "Trade rose sharply."}},
    {"question and exclamation", "Will they meet? Nobody knows! Talks resume today.",
     {"Will they meet?", "Nobody knows!", "Talks resume today."}},
    {"lower case after a question mark", "Why now? asked one diplomat in Geneva.",
     {"Why now? asked one diplomat in Geneva."}},
    {"several spaces and tabs", "One.\t\tTwo.   Three.", {"One.", "Two.", "Three."}},
    {"no final punctuation", "A sentence without an end", {"A sentence without an end"}},
    {"empty text", "", {}},
    {"white space only", "  \n\n\t \r\n ", {}},
    // Abbreviations.
    {"U.S. before a name", "The U.S. imposed new sanctions on the bank.", {"The U.S. imposed new sanctions on the bank."}},
    {"U.K. and U.N.", "Officials from the U.K. and the U.N. met in Geneva.",
     {"Officials from the U.K. and the U.N. met in Geneva."}},
    {"E.U. mid-sentence, then an end", "The E.U. said it would respond. Brussels gave no date.",
     {"The E.U. said it would respond.", "Brussels gave no date."}},
    {"U.S. President", "The U.S. President met Chinese leaders.", {"The U.S. President met Chinese leaders."}},
    {"U.S. ending a sentence before \"The\"", "The penalties were imposed by the U.S. The move angered Moscow.",
     {"The penalties were imposed by the U.S.", "The move angered Moscow."}},
    {"U.S. at the end of a line", "The penalties were imposed by the U.S.\nMoscow protested.",
     {"The penalties were imposed by the U.S.", "Moscow protested."}},
    {"U.S.-led", "A U.S.-led coalition formed.", {"A U.S.-led coalition formed."}},
    {"titles", "Dr. Ivanova spoke first. Mr. Chen answered. Mrs. Park and Ms. Lee listened.",
     {"Dr. Ivanova spoke first.", "Mr. Chen answered.", "Mrs. Park and Ms. Lee listened."}},
    {"military titles", "Gen. Ortiz and Lt. Col. Varga inspected the troops.",
     {"Gen. Ortiz and Lt. Col. Varga inspected the troops."}},
    {"political titles", "Sen. Blake and Rep. Ortega disagreed with Gov. Walsh and Prof. Hahn.",
     {"Sen. Blake and Rep. Ortega disagreed with Gov. Walsh and Prof. Hahn."}},
    {"months", "The talks began on Jan. 12 and ended on Feb. 3. A deal followed in Aug. 2021.",
     {"The talks began on Jan. 12 and ended on Feb. 3.", "A deal followed in Aug. 2021."}},
    {"Sept. Oct. Nov. Dec.", "Votes were held in Sept. 2019, Oct. 2020, Nov. 2021 and Dec. 2022.",
     {"Votes were held in Sept. 2019, Oct. 2020, Nov. 2021 and Dec. 2022."}},
    {"No. before a number", "He lives at No. 10 Downing Street.", {"He lives at No. 10 Downing Street."}},
    {"No. as a word", "The answer was No. The vote failed.", {"The answer was No.", "The vote failed."}},
    {"St.", "She grew up in St. Petersburg. He did not.", {"She grew up in St. Petersburg.", "He did not."}},
    {"vs.", "The case was Smith vs. Jones. It lasted a year.", {"The case was Smith vs. Jones.", "It lasted a year."}},
    {"e.g. and i.e.", "Some states, e.g. Brazil, abstained; the largest, i.e. China, did not.",
     {"Some states, e.g. Brazil, abstained; the largest, i.e. China, did not."}},
    {"etc. before lower case", "They traded oil, gas, etc. and grain.", {"They traded oil, gas, etc. and grain."}},
    {"etc. before upper case", "They traded oil, gas, etc. The volume doubled.",
     {"They traded oil, gas, etc.", "The volume doubled."}},
    {"company suffix before a name", "Acme Corp. Chairman Lee resigned.", {"Acme Corp. Chairman Lee resigned."}},
    {"company suffix ending a sentence", "Shares fell at Acme Corp. The company blamed sanctions.",
     {"Shares fell at Acme Corp.", "The company blamed sanctions."}},
    {"Inc. Co. Ltd.", "Acme Inc. and Delta Co. Ltd. signed a contract.", {"Acme Inc. and Delta Co. Ltd. signed a contract."}},
    {"Jr.", "Martin Luther King Jr. Day is a holiday.", {"Martin Luther King Jr. Day is a holiday."}},
    {"a.m. before a name and before \"The\"", "They met at 9 a.m. Tuesday. They met at 9 a.m. The talks lasted hours.",
     {"They met at 9 a.m. Tuesday.", "They met at 9 a.m.", "The talks lasted hours."}},
    {"Art. before a number", "Art. 5 of the treaty applies.", {"Art. 5 of the treaty applies."}},
    // Initials.
    {"middle initial", "George W. Bush visited Beijing.", {"George W. Bush visited Beijing."}},
    {"several initials", "J. R. R. Tolkien wrote novels.", {"J. R. R. Tolkien wrote novels."}},
    {"a letter ending a sentence", "They chose Plan B. The backup failed.", {"They chose Plan B.", "The backup failed."}},
    // Numbers and amounts.
    {"amounts", "The deal is worth $1.5 billion. It runs to 2030.", {"The deal is worth $1.5 billion.", "It runs to 2030."}},
    {"decimals", "Pi is about 3.14 in this model.", {"Pi is about 3.14 in this model."}},
    {"a number ends a sentence", "The ruble fell to 90.5. Analysts blamed sanctions.",
     {"The ruble fell to 90.5.", "Analysts blamed sanctions."}},
    {"percentages and other currencies", "Exports rose 4.5% to \xC2\xA3" "4.5 million. Germany gave \xE2\x82\xAC" "2.3bn.",
     {"Exports rose 4.5% to \xC2\xA3" "4.5 million.", "Germany gave \xE2\x82\xAC" "2.3bn."}},
    {"a sentence starting with an amount", "Trade grew. $5 billion came from energy.",
     {"Trade grew.", "$5 billion came from energy."}},
    {"a footnote mark", "Trade doubled in a decade.3 Energy led the way.",
     {"Trade doubled in a decade.3", "Energy led the way."}},
    // Quotations.
    {"straight quotes", "He said: \"We will not back down.\" The crowd cheered.",
     {"He said: \"We will not back down.\"", "The crowd cheered."}},
    {"curly quotes", "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D he said. The crowd cheered.",
     {"\xE2\x80\x9CWe will not back down,\xE2\x80\x9D he said.", "The crowd cheered."}},
    {"question in quotes, then the speaker", "\xE2\x80\x9CIs this the end?\xE2\x80\x9D she asked.",
     {"\xE2\x80\x9CIs this the end?\xE2\x80\x9D she asked."}},
    {"a quoted sentence follows", "Talks ended. \xE2\x80\x9CWe are pleased,\xE2\x80\x9D an aide said.",
     {"Talks ended.", "\xE2\x80\x9CWe are pleased,\xE2\x80\x9D an aide said."}},
    {"a sentence in brackets", "The minister left. (The talks had failed.) Reporters waited.",
     {"The minister left.", "(The talks had failed.)", "Reporters waited."}},
    {"typographic apostrophes", "Russia\xE2\x80\x99s trade grew. China\xE2\x80\x99s did too.",
     {"Russia\xE2\x80\x99s trade grew.", "China\xE2\x80\x99s did too."}},
    {"dashes", "The deal \xE2\x80\x94 signed in May \xE2\x80\x93 took effect. It covers gas.",
     {"The deal \xE2\x80\x94 signed in May \xE2\x80\x93 took effect.", "It covers gas."}},
    // Ellipses.
    {"ellipsis before lower case", "He paused... and then continued.", {"He paused... and then continued."}},
    {"ellipsis character before lower case", "He paused\xE2\x80\xA6 and then continued.",
     {"He paused\xE2\x80\xA6 and then continued."}},
    {"ellipsis before upper case", "The war dragged on... The economy suffered.",
     {"The war dragged on...", "The economy suffered."}},
    // Lines: headlines, paragraphs, lists.
    {"headline without a period", "China and Russia Sign Gas Deal\nThe two countries signed on Monday.",
     {"China and Russia Sign Gas Deal", "The two countries signed on Monday."}},
    {"a blank line always ends a sentence", "First paragraph without a period\n\nsecond paragraph in lower case",
     {"First paragraph without a period", "second paragraph in lower case"}},
    {"a line ending in a comma goes on", "The agreement covers energy,\nTransport and finance.",
     {"The agreement covers energy,\nTransport and finance."}},
    {"a line ending in a connector goes on", "Officials from Russia and\nChina met.", {"Officials from Russia and\nChina met."}},
    {"one paragraph per line", "Is a new order emerging?\nThe foreign minister arrives today.\nanalysis follows below",
     {"Is a new order emerging?", "The foreign minister arrives today.", "analysis follows below"}},
    {"bullets", "Key points:\n\xE2\x80\xA2 Trade rose\n\xE2\x80\xA2 Exports fell\n- Imports grew\n* Prices rose",
     {"Key points:", "Trade rose", "Exports fell", "Imports grew", "Prices rose"}},
    {"numbered list", "Steps:\n1. Sign the deal\n2. Ratify it\n10) Implement it",
     {"Steps:", "Sign the deal", "Ratify it", "Implement it"}},
    {"indented bullets", "  \xE2\x80\xA2 First item.\n  \xE2\x80\xA2 Second item.", {"First item.", "Second item."}},
    {"a bullet item wrapped onto a lower-case line", "- The accord covers\n  energy and trade\n- It ends in 2030",
     {"The accord covers\n  energy and trade", "It ends in 2030"}},
    {"hard-wrapped text", "The foreign ministers of both countries met on\nMonday and agreed to expand trade in energy\nand technology, officials said. The talks came\nafter a visit by the Russian prime minister to\nShanghai last month.",
     {"The foreign ministers of both countries met on\nMonday and agreed to expand trade in energy\nand technology, officials said.",
      "The talks came\nafter a visit by the Russian prime minister to\nShanghai last month."}},
    {"hard-wrapped text: a capital after a line break is not a headline", "The Russian delegation held talks with the Chinese\nPresident and the premier, and signed several\nagreements on trade, officials in both capitals\nsaid on Tuesday.",
     {"The Russian delegation held talks with the Chinese\nPresident and the premier, and signed several\nagreements on trade, officials in both capitals\nsaid on Tuesday."}},
    {"line and paragraph separators", "First part\xE2\x80\xA9Second part\xE2\x80\xA8Third part",
     {"First part", "Second part", "Third part"}},
    // Encodings and scripts.
    {"CRLF", "One sentence.\r\nAnother one.\r\n", {"One sentence.", "Another one."}},
    {"CRLF headline and blank line", "Moscow Talks End\r\n\r\nThe talks ended.\r\n", {"Moscow Talks End", "The talks ended."}},
    {"BOM and leading white space", "\xEF\xBB\xBF  Hello there. General Kenobi.", {"Hello there.", "General Kenobi."}},
    {"no-break space", "Done.\xC2\xA0Next one.", {"Done.", "Next one."}},
    {"Cyrillic", "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F \xD0\xB8 \xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD0\xB4\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C. \xD0\xA2\xD0\xBE\xD1\x80\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBB\xD1\x8F \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0.",
     {"\xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD1\x8F \xD0\xB8 \xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9 \xD0\xB4\xD0\xBE\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C.",
      "\xD0\xA2\xD0\xBE\xD1\x80\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBB\xD1\x8F \xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB0."}},
    {"Cyrillic lower case after a period", "\xD0\x9E\xD0\xBD \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD1\x82. \xD0\xB5. \xD0\xBD\xD0\xB5\xD1\x82.",
     {"\xD0\x9E\xD0\xBD \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB \xD1\x82. \xD0\xB5. \xD0\xBD\xD0\xB5\xD1\x82."}},
    {"Chinese full stops need no space", "\xE4\xB8\xAD\xE4\xBF\x84\xE7\xAD\xBE\xE7\xBD\xB2\xE5\x8D\x8F\xE8\xAE\xAE\xE3\x80\x82\xE8\xB4\xB8\xE6\x98\x93\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x81\xE4\xBD\x95\xE6\x97\xB6\xEF\xBC\x9F",
     {"\xE4\xB8\xAD\xE4\xBF\x84\xE7\xAD\xBE\xE7\xBD\xB2\xE5\x8D\x8F\xE8\xAE\xAE\xE3\x80\x82", "\xE8\xB4\xB8\xE6\x98\x93\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x81",
      "\xE4\xBD\x95\xE6\x97\xB6\xEF\xBC\x9F"}},
    {"Chinese quote closed after the full stop", "\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE2\x80\x9C\xE5\x90\x88\xE4\xBD\x9C\xE3\x80\x82\xE2\x80\x9D\xE9\x9A\x8F\xE5\x90\x8E\xE7\xA6\xBB\xE5\xBC\x80\xE3\x80\x82",
     {"\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE2\x80\x9C\xE5\x90\x88\xE4\xBD\x9C\xE3\x80\x82\xE2\x80\x9D", "\xE9\x9A\x8F\xE5\x90\x8E\xE7\xA6\xBB\xE5\xBC\x80\xE3\x80\x82"}},
    {"Arabic after a period", "\xD9\x88\xD9\x82\xD8\xB9\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86. \xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAA\xD8\xAC\xD8\xA7\xD8\xB1\xD8\xA9\xD8\x9F \xD9\x86\xD8\xB9\xD9\x85.",
     {"\xD9\x88\xD9\x82\xD8\xB9\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAF\xD9\x88\xD9\x84\xD8\xAA\xD8\xA7\xD9\x86.", "\xD8\xA7\xD8\xB1\xD8\xAA\xD9\x81\xD8\xB9\xD8\xAA \xD8\xA7\xD9\x84\xD8\xAA\xD8\xAC\xD8\xA7\xD8\xB1\xD8\xA9\xD8\x9F",
      "\xD9\x86\xD8\xB9\xD9\x85."}},
    {"accented capital after a period", "Talks ended. \xC3\x89lys\xC3\xA9" "e officials left.",
     {"Talks ended.", "\xC3\x89lys\xC3\xA9" "e officials left."}},
    {"invalid UTF-8 is just bytes", "Bad \xFF\xFE bytes. Next \xC3 one.", {"Bad \xFF\xFE bytes.", "Next \xC3 one."}},
};

}  // namespace

TEST_CASE("the segmenter gets tricky news text right") {
  CHECK(kCases.size() >= 40);
  for (const Case& c : kCases) {
    CAPTURE(c.what);
    CAPTURE(c.text);
    CHECK(sentences(c.text) == c.expected);
    check_invariants(c.text, segment(c.text));
  }
}

TEST_CASE("sentence spans index the original bytes, CRLF and BOM included") {
  const std::string text = "\xEF\xBB\xBFOne.\r\n\r\nTwo.";
  const std::vector<Sentence> s = segment(text);
  REQUIRE(s.size() == 2);
  CHECK(s[0].span == Span{3, 7});
  CHECK(s[1].span == Span{11, 15});
  CHECK(s[1].index == 1);
}

TEST_CASE("the output vector is cleared and reused") {
  std::vector<Sentence> out;
  segment("One. Two. Three.", out);
  CHECK(out.size() == 3);
  segment("Only one.", out);
  CHECK(out.size() == 1);
}

TEST_CASE("a run of text without a sentence end is cut at white space into bounded pieces") {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "word ";
  const std::vector<Sentence> out = segment(text);
  check_invariants(text, out);
  CHECK(out.size() == 4);
  for (const Sentence& s : out) CHECK(slice(text, s.span).ends_with("word"));
  // Without white space, pieces end on a UTF-8 character boundary.
  std::string cjk;
  while (cjk.size() < 2 * kMaxSentenceBytes) cjk += "\xE4\xB8\xAD";
  const std::vector<Sentence> pieces = segment(cjk);
  check_invariants(cjk, pieces);
  for (const Sentence& s : pieces) CHECK(s.span.size() % 3 == 0);
}
