// Vietnamese plates, ISO 6346 container numbers and gate vehicle-log entries.
#include <gtest/gtest.h>

#include "contract/fake_clock.hpp"
#include "incidents/csv.hpp"
#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {
namespace {

using namespace std::chrono_literals;

std::string plate(std::string_view text) { return check_plate(text).value.value_or("<invalid>"); }

TEST(Plate, AcceptsCurrentFormatsInCanonicalForm) {
  EXPECT_EQ(plate("51C-123.45"), "51C-123.45");
  EXPECT_EQ(plate("29H1-234.56"), "29H1-234.56");
  EXPECT_EQ(plate("51LD-012.34"), "51LD-012.34");
}

TEST(Plate, AcceptsOldStyleNumbers) {
  EXPECT_EQ(plate("30A-12345"), "30A-123.45");
  EXPECT_EQ(plate("30A-1234"), "30A-1234");
}

TEST(Plate, NormalisesSpacingAndCase) {
  EXPECT_EQ(plate(" 51c 123 45 "), "51C-123.45");
  EXPECT_EQ(plate("29h1 23456"), "29H1-234.56");
  EXPECT_EQ(plate("51ld01234"), "51LD-012.34");
}

TEST(Plate, RejectsWithAMessageNamingTheProblem) {
  EXPECT_NE(check_plate("").problem.find("plate: required"), std::string::npos);
  EXPECT_NE(check_plate("ABC-12345").problem.find("province code"), std::string::npos);
  EXPECT_NE(check_plate("05A-12345").problem.find("does not exist"), std::string::npos);
  EXPECT_NE(check_plate("51-1234567").problem.find("series"), std::string::npos);
  EXPECT_NE(check_plate("51C-1234567").problem.find("4- or 5-digit"), std::string::npos);
  EXPECT_NE(check_plate("51C-12A45").problem.find("non-digit"), std::string::npos);
  EXPECT_FALSE(check_plate("51ABC-12345").value.has_value());
}

TEST(Container, ComputesTheIso6346CheckDigit) {
  EXPECT_EQ(container_check_digit("CSQU305438"), 3);
  EXPECT_EQ(container_check_digit("TGHU878915"), 0);
  EXPECT_EQ(container_check_digit("BICU123456"), 5);
  EXPECT_EQ(container_check_digit("12QU305438"), -1);
}

TEST(Container, AcceptsValidNumbersAndNormalises) {
  EXPECT_EQ(check_container("CSQU3054383").value, "CSQU3054383");
  EXPECT_EQ(check_container("csqu 305438 3").value, "CSQU3054383");
  EXPECT_EQ(check_container("MSKU 907032-3").value, "MSKU9070323");
}

TEST(Container, RejectsWrongCheckDigitWithExpectedValue) {
  const auto c = check_container("CSQU3054384");
  ASSERT_FALSE(c.value);
  EXPECT_NE(c.problem.find("check digit 4 but the number gives 3"), std::string::npos) << c.problem;
}

TEST(Container, RejectsBadShapeAndCategory) {
  EXPECT_NE(check_container("CSQU305438").problem.find("11 characters"), std::string::npos);
  EXPECT_NE(check_container("CSQX3054383").problem.find("U, J or Z"), std::string::npos);
  EXPECT_NE(check_container("CS1U3054383").problem.find("4 letters"), std::string::npos);
  EXPECT_NE(check_container("CSQU30A4383").problem.find("7 digits"), std::string::npos);
}

TEST(VehicleEntry, ValidEntryIsNormalised) {
  const auto r = check_vehicle_entry({"GATE-1", "51c 123 45", "csqu3054383", "in", testing::t0()}, testing::at(1min));
  ASSERT_TRUE(r.entry) << describe(r.errors);
  EXPECT_EQ(r.entry->plate, "51C-123.45");
  EXPECT_EQ(r.entry->container, "CSQU3054383");
  EXPECT_EQ(r.entry->direction, Direction::in);
}

TEST(VehicleEntry, ReportsEveryBadField) {
  const auto r = check_vehicle_entry({"GATE-1", "XX", "CSQU3054384", "sideways", testing::at(2h)}, testing::at(1h));
  ASSERT_FALSE(r.entry);
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_EQ(r.errors[0].field, "plate");
  EXPECT_EQ(r.errors[1].field, "container");
  EXPECT_EQ(r.errors[2].field, "direction");
  EXPECT_EQ(r.errors[3].field, "time");
  EXPECT_NE(describe(r.errors).find("direction: 'sideways' must be 'in' or 'out'"), std::string::npos);
}

TEST(VehicleEntry, ContainerIsOptional) {
  const auto r = check_vehicle_entry({"GATE-1", "30A-1234", "  ", "out", testing::t0()}, testing::t0());
  ASSERT_TRUE(r.entry);
  EXPECT_FALSE(r.entry->container.has_value());
}

TEST(VehicleLogCsv, ExportsHeaderAndQuotedFields) {
  VehicleEntry e;
  e.id = 3;
  e.incident_id = 9;
  e.gate_camera = "GATE-1";
  e.plate = "51C-123.45";
  e.direction = Direction::out;
  e.at = testing::t0();
  e.guard = "Nguyễn, Văn A";
  const std::string csv = vehicle_log_csv({e});
  EXPECT_EQ(csv, "id,incident_id,gate_camera,time,direction,plate,container,guard\r\n"
                 "3,9,GATE-1,2026-03-02T09:00:00Z,out,51C-123.45,,\"Nguyễn, Văn A\"\r\n");
  const auto parsed = parse_csv(csv);
  ASSERT_EQ(parsed.records.size(), 2u);
  EXPECT_EQ(parsed.records[1].fields[7], "Nguyễn, Văn A");
}

}  // namespace
}  // namespace camtrack::incidents
