#include "incidents/csv.hpp"

namespace camtrack::incidents {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  CsvDocument read() {
    CsvDocument doc;
    while (pos_ < s_.size()) {
      CsvRecord rec;
      rec.line = line_;
      if (!read_record(rec, doc)) return doc;
      const bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
      if (!blank) doc.records.push_back(std::move(rec));
    }
    return doc;
  }

 private:
  bool fail(CsvDocument& doc, std::string problem) {
    doc.error = CsvError{line_, std::move(problem)};
    return false;
  }

  // Consumes an end of line (LF or CRLF) if one is here.
  bool end_of_line() {
    if (pos_ < s_.size() && s_[pos_] == '\n') {
      ++pos_;
      ++line_;
      return true;
    }
    if (pos_ + 1 < s_.size() && s_[pos_] == '\r' && s_[pos_ + 1] == '\n') {
      pos_ += 2;
      ++line_;
      return true;
    }
    if (pos_ + 1 == s_.size() && s_[pos_] == '\r') {
      ++pos_;
      return true;
    }
    return false;
  }

  bool read_record(CsvRecord& rec, CsvDocument& doc) {
    for (;;) {
      std::string field;
      if (pos_ < s_.size() && s_[pos_] == '"') {
        if (!read_quoted(field, doc)) return false;
      } else {
        while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != '\n' && s_[pos_] != '\r') {
          if (s_[pos_] == '"') return fail(doc, "a quote inside an unquoted field (quote the whole field)");
          field += s_[pos_++];
        }
      }
      rec.fields.push_back(std::move(field));
      if (pos_ >= s_.size() || end_of_line()) return true;
      if (s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      return fail(doc, "unexpected character after a quoted field (expected a comma or end of line)");
    }
  }

  bool read_quoted(std::string& field, CsvDocument& doc) {
    const int start = line_;
    ++pos_;
    for (;;) {
      if (pos_ >= s_.size()) {
        line_ = start;
        return fail(doc, "a quoted field is not closed");
      }
      const char c = s_[pos_++];
      if (c == '"') {
        if (pos_ < s_.size() && s_[pos_] == '"') {
          field += '"';
          ++pos_;
          continue;
        }
        return true;
      }
      if (c == '\n') ++line_;
      field += c;
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

CsvDocument parse_csv(std::string_view text) { return Reader(text).read(); }

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      min = 0x10000;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    unsigned cp = c & (0x3Fu >> n);
    for (std::size_t k = 1; k <= n; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

std::string csv_field(std::string_view v) {
  const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!v.empty() && (v.front() == ' ' || v.back() == ' '));
  if (!quote) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

}  // namespace camtrack::incidents
