// The camera CSV: header rules, per-line/per-column errors, export without passwords.
#include <gtest/gtest.h>

#include "incidents/camera_csv.hpp"

namespace camtrack::incidents {
namespace {

const std::string header = "code,name,location_class,onvif_address,username,password,recorder,switch,enabled\n";

TEST(CameraCsv, ParsesRowsWithAnyColumnOrder) {
  const auto csv = parse_camera_csv("location_class,code,name\ngate,CAM-1,\"Cổng chính, làn 1\"\n");
  ASSERT_TRUE(csv.errors.empty()) << describe(csv.errors[0]);
  ASSERT_EQ(csv.rows.size(), 1u);
  EXPECT_EQ(csv.rows[0].line, 2);
  EXPECT_EQ(csv.rows[0].camera.code, "CAM-1");
  EXPECT_EQ(csv.rows[0].camera.name, "Cổng chính, làn 1");
  EXPECT_EQ(csv.rows[0].camera.location, LocationClass::gate);
  EXPECT_TRUE(csv.rows[0].camera.enabled);
  EXPECT_FALSE(csv.rows[0].camera.password.has_value());
}

TEST(CameraCsv, ReportsLineAndColumnOfEachProblem) {
  const auto csv = parse_camera_csv(header +
                                    "CAM-1,Gate,gate,http://10.0.0.1/onvif/device_service,admin,pw,NVR-1,SW1,true\n"
                                    "CAM-2,Yard,gat,,,,,,\n"
                                    "CAM 3,,yard,ftp://x,,,,,maybe\n"
                                    "CAM-1,Again,yard,,,,,,\n");
  ASSERT_EQ(csv.errors.size(), 6u);
  EXPECT_EQ(describe(csv.errors[0]).substr(0, 31), "line 3, column location_class: ");
  EXPECT_EQ(csv.errors[1].line, 4);
  std::vector<std::string> columns;
  for (const auto& e : csv.errors) columns.push_back(e.column);
  EXPECT_EQ(columns, (std::vector<std::string>{"location_class", "enabled", "code", "name", "onvif_address", "code"}));
  EXPECT_NE(csv.errors[5].problem.find("already appears on line 2"), std::string::npos);
}

TEST(CameraCsv, HeaderIsRequired) {
  const auto csv = parse_camera_csv("CAM-1,Gate,gate\n");
  ASSERT_FALSE(csv.errors.empty());
  EXPECT_EQ(csv.errors[0].line, 1);
  EXPECT_NE(csv.errors[0].problem.find("unknown column"), std::string::npos);
  const auto empty = parse_camera_csv("");
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_NE(empty.errors[0].problem.find("header row is required"), std::string::npos);
}

TEST(CameraCsv, MissingRequiredColumnIsNamed) {
  const auto csv = parse_camera_csv("code,name\nCAM-1,Gate\n");
  ASSERT_EQ(csv.errors.size(), 1u);
  EXPECT_EQ(csv.errors[0].column, "location_class");
}

TEST(CameraCsv, WrongFieldCountAndBadUtf8) {
  const auto csv = parse_camera_csv(header + "CAM-1,Gate,gate\n");
  ASSERT_EQ(csv.errors.size(), 1u);
  EXPECT_NE(csv.errors[0].problem.find("has 3 fields, the header has 9"), std::string::npos);
  const auto latin1 = parse_camera_csv("code,name,location_class\nCAM-1,C\xF4ng,gate\n");
  ASSERT_EQ(latin1.errors.size(), 1u);
  EXPECT_NE(latin1.errors[0].problem.find("UTF-8"), std::string::npos);
}

TEST(CameraCsv, ExportLeavesPasswordsOutAndReimports) {
  Camera c;
  c.id = 1;
  c.code = "CAM-1";
  c.name = "Gate, lane 1";
  c.location = LocationClass::gate;
  c.username = "admin";
  c.has_password = true;
  c.recorder_id = 4;
  Recorder r;
  r.id = 4;
  r.code = "NVR-1";
  const std::string out = cameras_to_csv({c}, {r});
  EXPECT_EQ(out, "code,name,location_class,onvif_address,username,password,recorder,switch,enabled\r\n"
                 "CAM-1,\"Gate, lane 1\",gate,,admin,,NVR-1,,true\r\n");
  const auto back = parse_camera_csv(out);
  ASSERT_TRUE(back.errors.empty());
  EXPECT_EQ(back.rows[0].recorder_code, "NVR-1");
  EXPECT_FALSE(back.rows[0].camera.password.has_value());
}

}  // namespace
}  // namespace camtrack::incidents
