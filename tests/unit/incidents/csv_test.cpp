// RFC 4180 parsing and writing.
#include <gtest/gtest.h>

#include "incidents/csv.hpp"
#include "incidents/time_text.hpp"

namespace camtrack::incidents {
namespace {

TEST(Csv, ParsesQuotedFieldsWithCommasQuotesAndNewlines) {
  const auto doc = parse_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");
  ASSERT_FALSE(doc.error);
  ASSERT_EQ(doc.records.size(), 3u);
  EXPECT_EQ(doc.records[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
  EXPECT_EQ(doc.records[2].line, 4);
  EXPECT_EQ(doc.records[2].fields, (std::vector<std::string>{"last", "", ""}));
}

TEST(Csv, SkipsBomAndBlankLines) {
  const auto doc = parse_csv("\xEF\xBB\xBF" "code\n\nCAM-1\n");
  ASSERT_EQ(doc.records.size(), 2u);
  EXPECT_EQ(doc.records[0].fields[0], "code");
  EXPECT_EQ(doc.records[1].line, 3);
}

TEST(Csv, ReportsUnclosedQuoteAtTheLineItStarts) {
  const auto doc = parse_csv("a,b\n1,\"open\nstill\n");
  ASSERT_TRUE(doc.error);
  EXPECT_EQ(doc.error->line, 2);
  EXPECT_NE(doc.error->problem.find("not closed"), std::string::npos);
}

TEST(Csv, ReportsQuoteInsideUnquotedField) {
  const auto doc = parse_csv("a\nab\"c\n");
  ASSERT_TRUE(doc.error);
  EXPECT_EQ(doc.error->line, 2);
}

TEST(Csv, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("Cổng ra vào"));
  EXPECT_FALSE(is_valid_utf8("C\xF4ng"));      // Latin-1
  EXPECT_FALSE(is_valid_utf8("\xC3"));         // truncated
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));     // overlong
}

TEST(Csv, WritesRoundTrip) {
  const std::vector<std::string> fields{"plain", "a,b", "q\"q", " lead", "Tiếng Việt"};
  const auto doc = parse_csv(csv_line(fields));
  ASSERT_EQ(doc.records.size(), 1u);
  EXPECT_EQ(doc.records[0].fields, fields);
}

TEST(TimeText, FormatsAndParsesInstantsAndDates) {
  const auto t = parse_instant("2026-03-06T17:00:00Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_instant(*t), "2026-03-06T17:00:00Z");
  EXPECT_EQ(parse_instant("2026-03-07T00:00:00+07:00"), t);
  EXPECT_EQ(parse_instant("2026-03-07T00:00+07:00"), t);
  EXPECT_FALSE(parse_instant("2026-03-06 17:00"));
  EXPECT_FALSE(parse_date("2026-02-30"));
  EXPECT_EQ(format_date(*parse_date("2026-02-28")), "2026-02-28");
}

}  // namespace
}  // namespace camtrack::incidents
