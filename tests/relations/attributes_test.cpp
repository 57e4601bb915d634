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
