// Camera passwords are sealed at rest and never appear in the database file.
#include <gtest/gtest.h>

#include <fstream>

#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {
namespace {

using camtrack::testing::TempDir;
using camtrack::testing::read_file;
using camtrack::testing::write_file;
using store::CredentialCipher;

TEST(CredentialCipher, SealOpenRoundTripWithFreshNonces) {
  const CredentialCipher cipher(test_key());
  const auto a = cipher.seal("Mật-khẩu-123");
  const auto b = cipher.seal("Mật-khẩu-123");
  EXPECT_NE(a, b);
  EXPECT_EQ(cipher.open(a), "Mật-khẩu-123");
  const CredentialCipher other(test_key(8));
  EXPECT_FALSE(other.open(a).has_value());
  std::string tampered = a;
  tampered.back() = static_cast<char>(tampered.back() ^ 1);
  EXPECT_FALSE(cipher.open(tampered).has_value());
  EXPECT_FALSE(cipher.open("short").has_value());
}

TEST(CredentialCipher, LoadsHexOrRawKeyFilesAndRejectsOthersWithoutEchoingThem) {
  TempDir dir;
  write_file(dir / "hex.key", std::string(64, 'a') + "\n");
  EXPECT_EQ(CredentialCipher::load_key_file(dir / "hex.key")[0], 0xaa);
  write_file(dir / "raw.key", std::string(32, '\x01'));
  EXPECT_EQ(CredentialCipher::load_key_file(dir / "raw.key")[31], 0x01);
  write_file(dir / "bad.key", "topsecretvalue");
  try {
    CredentialCipher::load_key_file(dir / "bad.key");
    FAIL() << "a bad key file was accepted";
  } catch (const store::StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("32 raw bytes or 64 hex digits"), std::string::npos);
    EXPECT_EQ(std::string(e.what()).find("topsecretvalue"), std::string::npos);
  }
  EXPECT_THROW(CredentialCipher::load_key_file(dir / "missing.key"), store::StoreError);
  EXPECT_THROW(CredentialCipher::parse_hex_key("abcd"), store::StoreError);
}

TEST(InventoryStoreCredentials, DatabaseFileNeverHoldsThePlaintextPassword) {
  const std::string password = "Plaintext-Canary-4711";
  std::filesystem::path file;
  {
    SqliteHarness h;
    file = h.file();
    Camera c;
    c.code = "GATE-1";
    c.name = "Cổng";
    c.location = LocationClass::gate;
    c.username = "admin";
    c.password = password;
    ASSERT_TRUE(h.inventory().save_camera(admin_actor, c, t0()).ok());
    EXPECT_EQ(h.inventory().camera_password(admin_actor, "GATE-1").value(), password);
    for (const auto& entry : std::filesystem::directory_iterator(file.parent_path())) {
      EXPECT_EQ(read_file(entry.path()).find(password), std::string::npos) << entry.path();
    }
    h.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    EXPECT_EQ(read_file(file).find(password), std::string::npos);
    auto s = h.db().prepare("SELECT length(password_box) FROM cameras WHERE code = 'GATE-1'");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.int64(0), static_cast<std::int64_t>(password.size() + 40));  // nonce 24 + MAC 16
  }
}

TEST(InventoryStoreCredentials, WithoutKeyPasswordsAreRefusedButCamerasSave) {
  TempDir dir;
  auto db = store::Database::open(dir / "c.db");
  store::InventoryStore inv(db, nullptr);
  Camera c;
  c.code = "YARD-1";
  c.name = "Bãi";
  c.location = LocationClass::yard;
  c.username = "u";
  c.password = "p";
  const auto refused = inv.save_camera(admin_actor, c, t0());
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.refusal().reason.find("no credentials key"), std::string::npos);
  c.password.reset();
  EXPECT_TRUE(inv.save_camera(admin_actor, c, t0()).ok());
  EXPECT_EQ(inv.camera_password(admin_actor, "YARD-1").value(), "");
}

TEST(InventoryStoreCredentials, WrongKeyIsReportedNotGarbage) {
  TempDir dir;
  auto db = store::Database::open(dir / "c.db");
  const CredentialCipher right(test_key(1)), wrong(test_key(2));
  Camera c;
  c.code = "YARD-1";
  c.name = "Bãi";
  c.location = LocationClass::yard;
  c.username = "u";
  c.password = "p";
  ASSERT_TRUE(store::InventoryStore(db, &right).save_camera(admin_actor, c, t0()).ok());
  const auto r = store::InventoryStore(db, &wrong).camera_password(admin_actor, "YARD-1");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.refusal().reason.find("wrong key"), std::string::npos);
}

}  // namespace
}  // namespace camtrack::incidents::testing
