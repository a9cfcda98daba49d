// PDF of a letter: A4, Decree 30/2020/NĐ-CP layout (margins 20/15/20/30 mm, Liberation Serif (metric
// compatible with Times New Roman) 13-14 pt, page numbers from page 2), drawn with cairo and laid out
// by pango, which shapes Vietnamese diacritics correctly.
#pragma once

#include <string>

#include "notices/document.hpp"

namespace camtrack::notices {

struct PdfOptions {
  std::string font_family = "Liberation Serif";
  std::string title;       // document metadata; the subject when empty
};

// The PDF bytes. Throws std::runtime_error if cairo fails (out of memory or a broken installation).
std::string render_pdf(const Document& doc, const PdfOptions& options = {});

}  // namespace camtrack::notices
