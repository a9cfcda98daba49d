// The PDF of each notice, read back with poppler-utils (pdftotext, pdffonts, pdfinfo).
#include <gtest/gtest.h>

#include <cstdlib>

#include "notices/pdf.hpp"
#include "notices/renderer.hpp"
#include "notices/samples.hpp"
#include "process.hpp"
#include "temp_dir.hpp"

namespace camtrack::notices {
namespace {

Renderer builtin() { return Renderer::load(std::filesystem::path(CAMTRACK_SOURCE_DIR) / "templates"); }

class NoticePdf : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::run_process("pdftotext", {"-v"}).exit_code != 0) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  }

  // Writes the PDF, keeps a copy under $CAMTRACK_KEEP_PDF_DIR if set, returns the file.
  std::filesystem::path write(const std::string& name, const std::string& bytes) {
    const auto file = dir_ / name;
    std::filesystem::create_directories(file.parent_path());
    testing::write_file(file, bytes);
    if (const char* keep = std::getenv("CAMTRACK_KEEP_PDF_DIR")) {
      std::filesystem::copy_file(file, std::filesystem::path(keep) / name,
                                 std::filesystem::copy_options::overwrite_existing);
    }
    return file;
  }

  std::string text_of(const std::filesystem::path& pdf) {
    const auto r = testing::run_process("pdftotext", {"-layout", "-enc", "UTF-8", pdf.string(), "-"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  }

  testing::TempDir dir_;
};

TEST_F(NoticePdf, AppendixIiPdfCarriesEnterpriseNumberAndAccentedVietnamese) {
  const auto mail = builtin().appendix_ii(sample_site(), sample_notice());
  const auto pdf = write("appendix_ii.pdf", render_pdf(mail.document));
  const auto text = text_of(pdf);
  for (const char* expected : {"CÔNG TY TNHH ĐIỆN TỬ", "Tên doanh nghiệp: Công ty TNHH Điện tử Sông Bé", "07/2026/TB-CAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "THÔNG BÁO", "Bình Dương, ngày 06 tháng 3 năm 2026",
                               "Kính gửi: Chi cục Hải quan khu vực XVIII", "CAM-GATE-01", "Nguyên nhân",
                               "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n--- pdftotext ---\n" << text;
  }
}

TEST_F(NoticePdf, PdfIsA4AndUsesLiberationSerif) {
  const auto mail = builtin().appendix_ii(sample_site(), sample_notice());
  const auto pdf = write("a4.pdf", render_pdf(mail.document));
  const auto info = testing::run_process("pdfinfo", {pdf.string()});
  EXPECT_NE(info.out.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info.out;
  const auto fonts = testing::run_process("pdffonts", {pdf.string()});
  EXPECT_NE(fonts.out.find("LiberationSerif"), std::string::npos) << fonts.out;
  EXPECT_NE(fonts.out.find("LiberationSerif-Bold"), std::string::npos) << fonts.out;
}

TEST_F(NoticePdf, OverdueExplanationAndRestorationRenderToPdf) {
  const auto r = builtin();
  const auto overdue = text_of(write("overdue.pdf", render_pdf(r.overdue_explanation(sample_site(), sample_notice()).document)));
  EXPECT_NE(overdue.find("V/v giải trình chậm khắc phục sự cố"), std::string::npos) << overdue;
  EXPECT_NE(overdue.find("05/2026/TB-CAM"), std::string::npos);
  const auto restored = text_of(write("restoration.pdf", render_pdf(r.restoration(sample_site(), minimal_notice()).document)));
  EXPECT_NE(restored.find("Đã khắc phục sự cố hệ thống camera giám sát"), std::string::npos) << restored;
}

TEST_F(NoticePdf, LongCameraListFlowsOntoNumberedPages) {
  auto notice = sample_notice();
  for (int i = 0; i < 60; ++i) notice.cameras.push_back({"CAM-X-" + std::to_string(i), "Kho", "Kho nguyên liệu", "Mất tín hiệu", "", false});
  const auto pdf = write("long.pdf", render_pdf(builtin().appendix_ii(sample_site(), notice).document));
  const auto info = testing::run_process("pdfinfo", {pdf.string()});
  EXPECT_EQ(info.out.find("Pages:           1\n"), std::string::npos) << info.out;
  const auto text = text_of(pdf);
  EXPECT_NE(text.find("CAM-X-59"), std::string::npos);
}

}  // namespace
}  // namespace camtrack::notices
