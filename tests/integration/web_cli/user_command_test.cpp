#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "temp_dir.hpp"

namespace camtrack::testing {
namespace {

class UserCommand : public ::testing::Test {
 protected:
  ProcessResult user(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), "user");
    args.push_back("--db");
    args.push_back((dir / "var" / "camtrack.db").string());
    RunOptions options;
    options.cwd = dir.path();
    // An empty CAMTRACK_PASSWORD counts as unset; a test's own entry comes later and wins.
    options.env.push_back("CAMTRACK_PASSWORD=");
    options.env.insert(options.env.end(), env.begin(), env.end());
    return run_camtrack(args, options);
  }

  TempDir dir;
};

TEST_F(UserCommand, AddsAndListsUsers) {
  const auto added = user({"add", "alice", "--role", "officer"}, {"CAMTRACK_PASSWORD=correct horse battery"});
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("user alice added with role officer"), std::string::npos) << added.out;

  write_file(dir / "pw.txt", "another good password\n");
  const auto second = user({"add", "bob", "--role", "guard", "--password-file", (dir / "pw.txt").string()});
  EXPECT_EQ(second.exit_code, 0) << second.err;

  const auto listed = user({"list"});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out, "alice\tofficer\nbob\tguard\n");

  const auto json = user({"list", "--json"});
  ASSERT_EQ(json.exit_code, 0);
  const auto users = nlohmann::json::parse(json.out);
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[1]["username"], "bob");
  EXPECT_EQ(users[1]["role"], "guard");
  EXPECT_EQ(users[1]["disabled"], false);
}

TEST_F(UserCommand, RefusesADuplicate) {
  ASSERT_EQ(user({"add", "alice", "--role", "admin"}, {"CAMTRACK_PASSWORD=correct horse battery"}).exit_code, 0);
  const auto again = user({"add", "alice", "--role", "admin"}, {"CAMTRACK_PASSWORD=correct horse battery"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("user 'alice' already exists"), std::string::npos) << again.err;
}

TEST_F(UserCommand, RefusesAWeakPassword) {
  const auto weak = user({"add", "alice", "--role", "admin"}, {"CAMTRACK_PASSWORD=short"});
  EXPECT_EQ(weak.exit_code, 64);
  EXPECT_NE(weak.err.find("password is too short: use at least 10 characters"), std::string::npos) << weak.err;
  EXPECT_EQ(user({"list"}).exit_code, 66) << "nothing was created";
}

TEST_F(UserCommand, RefusesAnUnknownRole) {
  const auto bad = user({"add", "alice", "--role", "boss"}, {"CAMTRACK_PASSWORD=correct horse battery"});
  EXPECT_EQ(bad.exit_code, 64);
  EXPECT_NE(bad.err.find("--role: unknown role 'boss'"), std::string::npos) << bad.err;
}

TEST_F(UserCommand, RefusesABadUsername) {
  const auto bad = user({"add", "Alice Smith", "--role", "admin"}, {"CAMTRACK_PASSWORD=correct horse battery"});
  EXPECT_EQ(bad.exit_code, 64);
  EXPECT_NE(bad.err.find("username may contain only"), std::string::npos) << bad.err;
}

TEST_F(UserCommand, AsksForAPasswordSourceWithoutATerminal) {
  const auto none = user({"add", "alice", "--role", "admin"});
  EXPECT_EQ(none.exit_code, 64);
  EXPECT_NE(none.err.find("no password given"), std::string::npos) << none.err;
  const auto missing = user({"add", "alice", "--role", "admin", "--password-file", "/nonexistent/pw"});
  EXPECT_EQ(missing.exit_code, 66);
  EXPECT_NE(missing.err.find("cannot read"), std::string::npos) << missing.err;
}

TEST_F(UserCommand, DisablesAndChangesPasswords) {
  ASSERT_EQ(user({"add", "alice", "--role", "technician"}, {"CAMTRACK_PASSWORD=correct horse battery"}).exit_code, 0);
  const auto passwd = user({"passwd", "alice"}, {"CAMTRACK_PASSWORD=a brand new password"});
  EXPECT_EQ(passwd.exit_code, 0) << passwd.err;
  const auto disabled = user({"disable", "alice"});
  EXPECT_EQ(disabled.exit_code, 0) << disabled.err;
  EXPECT_EQ(user({"list"}).out, "alice\ttechnician\tdisabled\n");
  const auto unknown = user({"disable", "bob"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no user 'bob'"), std::string::npos) << unknown.err;
}

TEST_F(UserCommand, ListOnAMissingDatabaseSaysSo) {
  const auto listed = user({"list"});
  EXPECT_EQ(listed.exit_code, 66);
  EXPECT_NE(listed.err.find("no such database"), std::string::npos) << listed.err;
}

}  // namespace
}  // namespace camtrack::testing
