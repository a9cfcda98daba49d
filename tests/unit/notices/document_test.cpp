#include <gtest/gtest.h>

#include "notices/document.hpp"

namespace camtrack::notices {
namespace {

TEST(Document, ParsesDirectivesTablesAndFontSizes) {
  const auto doc = parse_document(
      "@subject A &amp; B\n@center:14 <b>T</b>\n@table 10 90\n@row a | b\n@row c | d\n@cols x || y\nplain\n");
  EXPECT_EQ(doc.subject, "A & B");
  ASSERT_EQ(doc.blocks.size(), 4U);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::center);
  EXPECT_EQ(doc.blocks[0].size_pt, 14);
  EXPECT_EQ(doc.blocks[1].rows.size(), 2U);
  EXPECT_EQ(doc.blocks[2].cells[1], "y");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::para);
}

TEST(Document, ReportsUnknownDirectivesAndRaggedRowsWithTheirLine) {
  std::vector<LayoutError> errors;
  parse_document("@center ok\n@centre typo\n@table 50 50\n@row only one\n@row a | b | c\n", &errors);
  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].line, 2);
  EXPECT_EQ(errors[0].reason, "unknown directive @centre");
  EXPECT_EQ(errors[1].line, 4);
  EXPECT_EQ(errors[2].line, 5);
}

TEST(Document, PlainTextDecodesEntitiesAndDropsTags) {
  EXPECT_EQ(strip_markup("<b>&lt;x&gt;</b> &amp; &#39;y&#39; &#7889;"), "<x> & 'y' ố");
}

}  // namespace
}  // namespace camtrack::notices
