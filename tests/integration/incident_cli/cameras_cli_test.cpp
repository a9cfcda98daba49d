// `camtrack cameras import/export` through the real binary.
#include <gtest/gtest.h>

#include "process.hpp"
#include "temp_dir.hpp"

namespace camtrack::testing {
namespace {

class CamerasCli : public ::testing::Test {
 protected:
  ProcessResult run(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.push_back("--db");
    args.push_back((dir_ / "camtrack.db").string());
    RunOptions options;
    options.cwd = dir_.path();
    options.env = std::move(env);
    return run_camtrack(args, options);
  }
  TempDir dir_;
};

TEST_F(CamerasCli, ImportThenExportRoundTrips) {
  write_file(dir_ / "cams.csv",
             "code,name,location_class,onvif_address,username,password,recorder,switch,enabled\r\n"
             "GATE-1,\"Cổng chính, làn 1\",gate,http://127.0.0.1:8011/onvif/device_service,viewer,,,SW-1,true\r\n"
             "YARD-1,Bãi container,yard,,,,,,\r\n");
  const auto imported = run({"cameras", "import", (dir_ / "cams.csv").string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  EXPECT_NE(imported.out.find("2 new, 0 updated"), std::string::npos) << imported.out;
  const auto exported = run({"cameras", "export"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out,
            "code,name,location_class,onvif_address,username,password,recorder,switch,enabled\r\n"
            "GATE-1,\"Cổng chính, làn 1\",gate,http://127.0.0.1:8011/onvif/device_service,viewer,,,SW-1,true\r\n"
            "YARD-1,Bãi container,yard,,,,,,true\r\n");
}

TEST_F(CamerasCli, BadLinesAreListedAndNothingIsImported) {
  write_file(dir_ / "bad.csv", "code,name,location_class\nGATE-1,Cổng,gate\nYARD-1,Bãi,yrad\nX Y,,gate\n");
  const auto r = run({"cameras", "import", (dir_ / "bad.csv").string()});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("line 3, column location_class: 'yrad' is not a location class"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 4, column code:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 4, column name: required"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing imported"), std::string::npos);
  const auto exported = run({"cameras", "export"});
  EXPECT_EQ(exported.exit_code, 66);  // the database was never created
}

TEST_F(CamerasCli, UnknownRecorderRefusesWholeFile) {
  write_file(dir_ / "ok.csv", "code,name,location_class\nGATE-1,Cổng,gate\n");
  ASSERT_EQ(run({"cameras", "import", (dir_ / "ok.csv").string()}).exit_code, 0);
  write_file(dir_ / "rec.csv", "code,name,location_class,recorder\nYARD-1,Bãi,yard,\nDOOR-1,Cửa kho,warehouse_door,NVR-9\n");
  const auto r = run({"cameras", "import", (dir_ / "rec.csv").string()});
  EXPECT_EQ(r.exit_code, 65);
  EXPECT_NE(r.err.find("line 3, column recorder: no recorder with code 'NVR-9'"), std::string::npos) << r.err;
  const auto exported = run({"cameras", "export"});
  EXPECT_EQ(exported.out.find("YARD-1"), std::string::npos) << exported.out;
}

TEST_F(CamerasCli, PasswordsNeedAKeyAndAreNotStoredInClear) {
  write_file(dir_ / "pw.csv", "code,name,location_class,username,password\nGATE-1,Cổng,gate,admin,Clear-Canary-99\n");
  const auto no_key = run({"cameras", "import", (dir_ / "pw.csv").string()});
  EXPECT_EQ(no_key.exit_code, 65);
  EXPECT_NE(no_key.err.find("no credentials key"), std::string::npos) << no_key.err;
  const auto with_key = run({"cameras", "import", (dir_ / "pw.csv").string()},
                            {"CAMTRACK_CREDENTIALS_KEY=" + std::string(64, 'b')});
  ASSERT_EQ(with_key.exit_code, 0) << with_key.err;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path())) {
    if (entry.path().filename() == "pw.csv") continue;
    EXPECT_EQ(read_file(entry.path()).find("Clear-Canary-99"), std::string::npos) << entry.path();
  }
  const auto exported = run({"cameras", "export"});
  EXPECT_EQ(exported.out.find("Clear-Canary-99"), std::string::npos);
}

TEST_F(CamerasCli, MissingFileIsNoInput) {
  const auto r = run({"cameras", "import", (dir_ / "absent.csv").string()});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_NE(r.err.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace camtrack::testing
