// The real camtrack binary: exit codes and one clear message for bad input.
#include <gtest/gtest.h>

#include "process.hpp"
#include "store/audit_log.hpp"
#include "store/database.hpp"
#include "temp_dir.hpp"

namespace camtrack {
namespace {

using testing::run_camtrack;
using testing::TempDir;
using testing::write_file;

TEST(Cli, ExitWithUsageCodeWhenNoSubcommand) {
  const auto r = run_camtrack({});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("camtrack --help"), std::string::npos) << r.err;
}

TEST(Cli, ExitWithUsageCodeOnUnknownSubcommand) {
  const auto r = run_camtrack({"frobnicate"});
  EXPECT_EQ(r.exit_code, 64);
  EXPECT_NE(r.err.find("frobnicate"), std::string::npos) << r.err;
}

TEST(Cli, ListWorkingSubcommandsInHelp) {
  const auto r = run_camtrack({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* name : {"demo", "serve", "calendar", "probe", "discover", "cameras", "user", "config", "audit", "backup", "version"}) {
    EXPECT_NE(r.out.find(name), std::string::npos) << name << " missing from:\n" << r.out;
  }
  EXPECT_EQ(r.out.find("not implemented"), std::string::npos);
}

TEST(Cli, ListEveryConfigErrorAndExit78) {
  TempDir dir;
  write_file(dir / "bad.toml", "[web]\nlisten = \"nowhere\"\n[log]\nlevel = 5\n[extra]\n");
  const auto r = run_camtrack({"config", "check", "--config", (dir / "bad.toml").string()});
  EXPECT_EQ(r.exit_code, 78);
  EXPECT_NE(r.err.find("web.listen"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("log.level"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("extra: unknown section"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 configuration error(s)"), std::string::npos) << r.err;
}

TEST(Cli, ReportMissingConfigFile) {
  const auto r = run_camtrack({"config", "check", "--config", "/nonexistent/camtrack.toml"});
  EXPECT_EQ(r.exit_code, 78);
  EXPECT_NE(r.err.find("file not found"), std::string::npos) << r.err;
}

TEST(Cli, AcceptShippedExampleConfig) {
  const auto r = run_camtrack({"config", "check", "--config", std::string(CAMTRACK_SOURCE_DIR) + "/camtrack.example.toml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Cli, AuditVerifyReportsMissingDatabase) {
  TempDir dir;
  const auto r = run_camtrack({"audit", "verify", "--db", (dir / "none.db").string()});
  EXPECT_EQ(r.exit_code, 66);
  EXPECT_FALSE(std::filesystem::exists(dir / "none.db")) << "verify must not create a database";
}

TEST(Cli, AuditVerifyRefusesNonSqliteFile) {
  TempDir dir;
  write_file(dir / "text.db", "hello");
  const auto r = run_camtrack({"audit", "verify", "--db", (dir / "text.db").string()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("not a camtrack database"), std::string::npos) << r.err;
}

TEST(Cli, AuditVerifyDetectsTampering) {
  TempDir dir;
  const auto file = dir / "camtrack.db";
  {
    auto db = store::Database::open(file);
    store::AuditLog log(db);
    for (int i = 0; i < 3; ++i) log.append({"2026-03-01T00:00:00Z", "officer", "incident.note", "incident/1", "{}"});
  }
  auto ok = run_camtrack({"audit", "verify", "--db", file.string()});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("3 rows, chain intact"), std::string::npos) << ok.out;
  {
    auto db = store::Database::open(file);
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE id = 2;");
  }
  auto bad = run_camtrack({"audit", "verify", "--db", file.string()});
  EXPECT_EQ(bad.exit_code, 65);
  EXPECT_NE(bad.out.find("row 2"), std::string::npos) << bad.out;
}

}  // namespace
}  // namespace camtrack
