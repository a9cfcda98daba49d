#include <gtest/gtest.h>

#include "notices/renderer.hpp"
#include "notices/samples.hpp"
#include "temp_dir.hpp"

namespace camtrack::notices {
namespace {

const std::filesystem::path builtin_dir = std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates";

TEST(TemplateOverride, ValidOverrideReplacesTheBuiltIn) {
  testing::TempDir dir;
  testing::write_file(dir / "alert.en.tpl", "@subject Site alert: {{title}}\n@left {{message}}\n");
  const auto r = Renderer::load(builtin_dir, dir.path());
  EXPECT_TRUE(r.problems().empty());
  EXPECT_EQ(r.source(TemplateName::alert_en), dir / "alert.en.tpl");
  EXPECT_EQ(r.alert(sample_site(), sample_alert()).subject, "Site alert: Camera CAM-GATE-01 is down");
  EXPECT_EQ(r.source(TemplateName::appendix_ii), builtin_dir / "appendix_ii.vi.tpl");
}

TEST(TemplateOverride, BrokenOverrideIsReportedWithFileAndLineAndTheBuiltInIsUsed) {
  testing::TempDir dir;
  testing::write_file(dir / "appendix_ii.vi.tpl", "@subject X {{number}}\n@para ok\n{{#cameras}}\n@row {{code}}\n");
  const auto r = Renderer::load(builtin_dir, dir.path());
  ASSERT_EQ(r.problems().size(), 1U);
  const auto& p = r.problems()[0];
  EXPECT_EQ(p.file, dir / "appendix_ii.vi.tpl");
  EXPECT_EQ(p.line, 3);
  EXPECT_NE(p.reason.find("Unclosed section \"cameras\""), std::string::npos) << p.reason;
  EXPECT_EQ(r.source(TemplateName::appendix_ii), builtin_dir / "appendix_ii.vi.tpl");
  EXPECT_NE(r.appendix_ii(sample_site(), sample_notice()).text.find("THÔNG BÁO"), std::string::npos);
}

TEST(TemplateOverride, UnknownFieldsDirectivesMarkupAndRawFieldsAreRejected) {
  testing::TempDir dir;
  testing::write_file(dir / "restoration.vi.tpl",
                      "@subject ok\n@para {{enterprise_nme}}\n@centre x\n@para <b>unclosed\n@para {{{cause}}}\n");
  const auto r = Renderer::load(builtin_dir, dir.path());
  ASSERT_EQ(r.problems().size(), 4U);
  EXPECT_EQ(r.problems()[0].line, 2);
  EXPECT_NE(r.problems()[0].reason.find("unknown field {{enterprise_nme}}"), std::string::npos);
  EXPECT_EQ(r.problems()[1].line, 3);
  EXPECT_NE(r.problems()[1].reason.find("@centre"), std::string::npos);
  EXPECT_EQ(r.problems()[2].line, 4);
  EXPECT_NE(r.problems()[2].reason.find("markup"), std::string::npos);
  EXPECT_EQ(r.problems()[3].line, 5);
  EXPECT_NE(r.problems()[3].reason.find("unescaped field"), std::string::npos);
  EXPECT_NE(r.problems()[0].describe().find("restoration.vi.tpl:2: "), std::string::npos);
}

TEST(TemplateOverride, MisnamedFileInTheOverrideFolderIsReported) {
  testing::TempDir dir;
  testing::write_file(dir / "appendix2.vi.tpl", "@subject x\n");
  const auto r = Renderer::load(builtin_dir, dir.path());
  ASSERT_EQ(r.problems().size(), 1U);
  EXPECT_NE(r.problems()[0].reason.find("not a known template name"), std::string::npos);
}

TEST(TemplateOverride, EveryBuiltInTemplatePassesItsOwnChecks) {
  for (const auto name : all_templates) {
    const std::string text = testing::read_file(builtin_dir / file_name(name));
    EXPECT_TRUE(check_template(name, text, file_name(name)).empty()) << file_name(name);
  }
}

}  // namespace
}  // namespace camtrack::notices
