// Dates, durations, URI unescaping and host rewriting as devices and fixtures need them.
#include <gtest/gtest.h>

#include "onvif/text.hpp"
#include "onvif/types.hpp"

namespace camtrack::onvif {
namespace {

using namespace std::chrono;

TEST(XsdDateTime, ReadsTheFormsCamerasSend) {
  const auto t = sys_days{year{2018} / 2 / 27} + hours{18} + minutes{36} + seconds{53};
  EXPECT_EQ(parse_xsd_datetime("2018-02-27T18:36:53Z"), t);
  EXPECT_EQ(parse_xsd_datetime(" 2018-02-27T18:36:53.463862Z\n"), t);
  EXPECT_EQ(parse_xsd_datetime("2018-02-28T01:36:53+07:00"), t);
  EXPECT_EQ(parse_xsd_datetime("2018-02-27T18:36:53"), t);
  EXPECT_EQ(parse_xsd_datetime("1970-01-01T00:00:00Z"), sys_seconds{});  // a value, not "unknown"
}

TEST(XsdDateTime, RejectsGarbage) {
  EXPECT_FALSE(parse_xsd_datetime(""));
  EXPECT_FALSE(parse_xsd_datetime("yesterday"));
  EXPECT_FALSE(parse_xsd_datetime("2018-02-30T00:00:00Z"));
  EXPECT_FALSE(parse_xsd_datetime("2018-02-27T25:00:00Z"));
  EXPECT_FALSE(parse_xsd_datetime("2018-02-27T18:36:53+7"));
}

TEST(HttpDate, ReadsRfc7231) {
  EXPECT_EQ(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            sys_days{year{1994} / 11 / 6} + hours{8} + minutes{49} + seconds{37});
  EXPECT_FALSE(parse_http_date("06/11/1994"));
}

TEST(Rfc3339, FormatsUtcSeconds) {
  EXPECT_EQ(format_rfc3339(sys_seconds{}), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_rfc3339(sys_days{year{2024} / 2 / 29} + hours{23} + minutes{59} + seconds{59}), "2024-02-29T23:59:59Z");
}

TEST(XsdDuration, ReadsRetentionTimes) {
  EXPECT_EQ(parse_xsd_duration("PT1H"), seconds{3600});
  EXPECT_EQ(parse_xsd_duration("PT0S"), seconds{0});
  EXPECT_EQ(parse_xsd_duration("P30D"), seconds{30 * 86400});
  EXPECT_EQ(parse_xsd_duration("P1Y"), seconds{365 * 86400});
  EXPECT_EQ(parse_xsd_duration("P1DT2H3M4.5S"), seconds{86400 + 7200 + 180 + 4});
  EXPECT_FALSE(parse_xsd_duration("1H"));
  EXPECT_FALSE(parse_xsd_duration("P"));
  EXPECT_FALSE(parse_xsd_duration("PT5X"));
}

TEST(UnescapeXml, DecodesAmpersandsOnceOrTwice) {
  EXPECT_EQ(unescape_xml_entities("rtsp://h/a?x=1&amp;y=2"), "rtsp://h/a?x=1&y=2");
  EXPECT_EQ(unescape_xml_entities("rtsp://h/a?x=1&amp;amp;y=2"), "rtsp://h/a?x=1&y=2");
  EXPECT_EQ(unescape_xml_entities("&lt;&gt;&quot;&apos;&#65;&#x42;"), "<>\"'AB");
  EXPECT_EQ(unescape_xml_entities("a&b &unknown; &#;"), "a&b &unknown; &#;");
}

TEST(ParseUrl, SplitsUserinfoHostPortPath) {
  const auto p = parse_url("rtsp://admin:pw@10.0.0.5:554/Streaming/Channels/101?x=1");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->scheme, "rtsp");
  EXPECT_EQ(p->userinfo, "admin:pw");
  EXPECT_EQ(p->host, "10.0.0.5");
  EXPECT_EQ(p->port, "554");
  EXPECT_EQ(p->path, "/Streaming/Channels/101?x=1");
  const auto v6 = parse_url("http://[fe80::1]:8080/onvif");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "fe80::1");
  EXPECT_EQ(v6->port, "8080");
  EXPECT_FALSE(parse_url("not a url"));
}

TEST(RewriteHosts, PointsEveryAddressAtLoopback) {
  const std::string in =
      "<a xmlns:tt=\"http://www.onvif.org/ver10/schema\"><tt:XAddr>http://10.10.1.65/onvif/Media</tt:XAddr>"
      "<tt:Uri>rtsp://admin:x@192.168.1.123:554/cam?a=1&amp;b=2</tt:Uri>"
      "<tds:XAddr>https://cam.example.com:443/onvif/device_service http://[fe80::1]/onvif</tds:XAddr>"
      "<tds:Namespace>http://www.onvif.org/ver20/media/wsdl</tds:Namespace>"
      "<wsnt:Topic Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\">x</wsnt:Topic></a>";
  const std::string out = rewrite_url_hosts(in, "127.0.0.1:8000", "127.0.0.1:9");
  EXPECT_NE(out.find("<tt:XAddr>http://127.0.0.1:8000/onvif/Media</tt:XAddr>"), std::string::npos) << out;
  EXPECT_NE(out.find("rtsp://admin:x@127.0.0.1:9/cam?a=1&amp;b=2</tt:Uri>"), std::string::npos) << out;
  EXPECT_NE(out.find("http://127.0.0.1:8000/onvif/device_service http://127.0.0.1:8000/onvif<"), std::string::npos) << out;
  EXPECT_NE(out.find("xmlns:tt=\"http://www.onvif.org/ver10/schema\""), std::string::npos);
  EXPECT_NE(out.find("<tds:Namespace>http://www.onvif.org/ver20/media/wsdl<"), std::string::npos);
  EXPECT_NE(out.find("Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\""), std::string::npos);
  EXPECT_EQ(out.find("10.10.1.65"), std::string::npos);
  EXPECT_EQ(out.find("192.168"), std::string::npos);
  EXPECT_EQ(out.find("example.com"), std::string::npos);
}

TEST(ReplaceAuthority, KeepsSchemeUserinfoAndPath) {
  EXPECT_EQ(replace_authority("http://u:p@1.2.3.4:80/x?y", "127.0.0.1:5"), "http://u:p@127.0.0.1:5/x?y");
  EXPECT_EQ(replace_authority("http://1.2.3.4", "h:1"), "http://h:1/");
}

TEST(Utf8, AcceptsValidAndRejectsBrokenSequences) {
  EXPECT_TRUE(is_valid_utf8("Camera cổng chính"));
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_FALSE(is_valid_utf8("\xC3"));
  EXPECT_FALSE(is_valid_utf8("a\xFF" "b"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
}

TEST(Topics, AreClassifiedByWhatTheyReport) {
  EXPECT_EQ(classify_topic("tns1:VideoSource/SignalLoss"), EventKind::video_loss);
  EXPECT_EQ(classify_topic("tns1:RuleEngine/TamperDetector/Tamper"), EventKind::tampering);
  EXPECT_EQ(classify_topic("tns1:VideoSource/GlobalSceneChange/ImagingService"), EventKind::tampering);
  EXPECT_EQ(classify_topic("tns1:Device/HardwareFailure/StorageFailure"), EventKind::storage_failure);
  EXPECT_EQ(classify_topic("tns1:VideoSource/MotionAlarm"), EventKind::motion);
  EXPECT_EQ(classify_topic("tns1:Monitoring/ProcessorUsage"), EventKind::other);
}

}  // namespace
}  // namespace camtrack::onvif
