// Amounts, percentages and dates found with a relation (a table of cases).
#include <doctest/doctest.h>

#include "relations/attributes.hpp"

using namespace ag;

namespace {
Attributes of(const std::string& text, const std::string& doc_date = "") {
  return find_attributes(text, Span{0, text.size()}, doc_date);
}
}  // namespace

TEST_CASE("money amounts with currency and scale") {
  struct Case {
    const char* text;
    double value;
    const char* currency;
  };
  const Case cases[] = {
      {"Trade reached a record $190 billion.", 190e9, "USD"},
      {"Russia exported US$15 billion worth of weapons.", 15e9, "USD"},
      {"a deal worth $400bn", 400e9, "USD"},
      {"loans of €2.5 billion", 2.5e9, "EUR"},
      {"a 1.2 trillion rubles budget", 1.2e12, "RUB"},
      {"costs of $1,500,000", 1.5e6, "USD"},
      {"a 30 billion yuan credit line", 30e9, "CNY"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto a = of(c.text);
    REQUIRE(a.amounts.size() == 1);
    CHECK(a.amounts[0].value == doctest::Approx(c.value));
    CHECK(a.amounts[0].currency == c.currency);
  }
}

TEST_CASE("percentages and dates") {
  auto a = of("Shipments rose 40 percent in May 2014, and 76% by March 3, 2021.");
  CHECK(a.percentages == std::vector<std::string>{"40%", "76%"});
  CHECK(a.dates == std::vector<std::string>{"2014-05", "2021-03-03"});
  a = of("In 2018, trade passed $100 billion for the first time.");
  CHECK(a.dates == std::vector<std::string>{"2018"});
  CHECK(a.amounts.size() == 1);
}

TEST_CASE("relative years need a document date") {
  CHECK(of("Trade grew last year.").dates.empty());
  CHECK(of("Trade grew last year.", "2023-05-24").dates == std::vector<std::string>{"2022"});
  CHECK(of("It will grow this year.", "2023-05-24").dates == std::vector<std::string>{"2023"});
}

TEST_CASE("numbers that are not years or amounts are ignored") {
  const auto a = of("A 30-year deal covering the 2020s and $2019 in fees.");
  CHECK(a.dates.empty());
}

TEST_CASE("a mention takes the date written nearest its trigger") {
  // Sentences written for this test.
  auto date_of = [](const std::string& text, const std::string& trigger) {
    const std::size_t at = text.find(trigger);
    REQUIRE(at != std::string::npos);
    return nearest_date(text, of(text), Span{at, at + trigger.size()});
  };
  const std::string text = "In 2019 Russia and Turkey signed a deal, and in 2021 they held talks.";
  const Attributes a = of(text);
  CHECK(a.dates == std::vector<std::string>{"2019", "2021"});  // the sentence's dates, sorted
  REQUIRE(a.dates_at.size() == 2);                               // and where they are written
  CHECK(text.substr(a.dates_at[1].span.begin, a.dates_at[1].span.size()) == "2021");
  CHECK(date_of(text, "signed") == "2019");
  CHECK(date_of(text, "talks") == "2021");
  CHECK(date_of("In 2019 talks 2020", "talks") == "2019");  // equally near: the earlier
  CHECK(date_of("Russia and Turkey signed a deal, and in 2021 they held talks.", "signed").empty());
  CHECK(date_of("Russia and China held talks.", "talks").empty());
}

TEST_CASE("datelines and points of reference are not the date of an event") {
  auto date_of = [](const std::string& text, const std::string& trigger) {
    const std::size_t at = text.find(trigger);
    REQUIRE(at != std::string::npos);
    return nearest_date(text, of(text), Span{at, at + trigger.size()});
  };
  // A dateline is the report's date: taken only when nothing else dates the event.
  CHECK(date_of("June 2024 - India attacked Pakistan in 2019, officials recalled.", "attacked") == "2019");
  CHECK(date_of("MOSCOW, June 2024 \xE2\x80\x94 The Indian minister visited Russia this week.", "visited") == "2024-06");
  CHECK(of("MOSCOW, June 2024 - The minister visited Russia.").dates_at.at(0).dateline);
  CHECK_FALSE(of("In June 2024 - a hot month - the minister visited Russia.").dates_at.at(0).dateline);
  // "since" an event: that event's date is not the mention's.
  CHECK(date_of("MOSCOW, June 2024 - The minister visited Russia, the first trip since the clash of March 2021.",
                "visited") == "2024-06");
  // "since" a date: the relation holds from then.
  CHECK(date_of("The two have grown closer since 2014.", "closer") == "2014");
  CHECK(date_of("Since 2014 the two have held drills.", "drills") == "2014");
}
