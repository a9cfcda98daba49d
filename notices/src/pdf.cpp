#include "notices/pdf.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

namespace camtrack::notices {
namespace {

constexpr double mm = 72.0 / 25.4;
constexpr double page_w = 210 * mm, page_h = 297 * mm;
constexpr double margin_top = 20 * mm, margin_bottom = 20 * mm, margin_left = 30 * mm, margin_right = 15 * mm;
constexpr double text_w = page_w - margin_left - margin_right;
constexpr double cell_pad = 3.0;
constexpr double left_w = text_w * 0.42, right_w = text_w * 0.58;  // Decree 30 header and signature columns
constexpr double col_gap = 3 * mm;

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

class PageWriter {
 public:
  PageWriter(cairo_t* cr, std::string family) : cr_(cr), family_(std::move(family)) {}

  LayoutPtr layout(const std::string& markup, int size_pt, double width, PangoAlignment align, bool justify,
                   double indent = 0) const {
    LayoutPtr l(pango_cairo_create_layout(cr_));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, family_.c_str());
    pango_font_description_set_absolute_size(font, size_pt * PANGO_SCALE);
    pango_layout_set_font_description(l.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(l.get(), pango_units_from_double(width));
    pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(l.get(), align);
    pango_layout_set_justify(l.get(), justify);
    pango_layout_set_indent(l.get(), pango_units_from_double(indent));
    pango_layout_set_line_spacing(l.get(), 1.1f);
    pango_layout_set_markup(l.get(), markup.c_str(), -1);
    return l;
  }

  static double height(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return pango_units_to_double(h);
  }

  void draw(PangoLayout* l, double x, double y) const {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }

  // Starts a new page when h does not fit below y.
  void reserve(double h) {
    if (y_ + h <= page_h - margin_bottom || y_ <= margin_top + 0.5) return;
    cairo_show_page(cr_);
    ++page_;
    y_ = margin_top;
    auto number = layout(std::to_string(page_), 13, text_w, PANGO_ALIGN_CENTER, false);
    draw(number.get(), margin_left, margin_top - 10 * mm);
  }

  void text_block(const Block& b) {
    PangoAlignment align = PANGO_ALIGN_LEFT;
    if (b.kind == BlockKind::center) align = PANGO_ALIGN_CENTER;
    if (b.kind == BlockKind::right) align = PANGO_ALIGN_RIGHT;
    const bool para = b.kind == BlockKind::para;
    auto l = layout(b.cells[0], b.size_pt, text_w, align, para, para ? 10 * mm : 0);
    const double h = height(l.get());
    reserve(h);
    draw(l.get(), margin_left, y_);
    y_ += h + (para ? 3 : 1);
  }

  // Height of a header/signature block (cols, rules, gap) as cols()/rules()/gap() will advance y.
  double measure(const Block& b) const {
    if (b.kind == BlockKind::rules) return 6;
    if (b.kind == BlockKind::gap) return b.size_pt * 0.7;
    auto left = layout(b.cells[0], b.size_pt, left_w - col_gap, PANGO_ALIGN_CENTER, false);
    auto right = layout(b.cells[1], b.size_pt, right_w, PANGO_ALIGN_CENTER, false);
    return std::max(height(left.get()), height(right.get())) + 1;
  }

  void cols(const Block& b) {
    auto left = layout(b.cells[0], b.size_pt, left_w - col_gap, b.first_left ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER, false);
    auto right = layout(b.cells[1], b.size_pt, right_w, PANGO_ALIGN_CENTER, false);
    const double h = std::max(height(left.get()), height(right.get()));
    reserve(h);
    draw(left.get(), margin_left, y_);
    draw(right.get(), margin_left + left_w, y_);
    y_ += h + 1;
  }

  void rules(const Block& b) {
    const double y = y_ + 1;
    cairo_set_line_width(cr_, 0.6);
    const auto rule = [&](double center, double length_mm) {
      if (length_mm <= 0) return;
      cairo_move_to(cr_, center - length_mm * mm / 2, y);
      cairo_line_to(cr_, center + length_mm * mm / 2, y);
      cairo_stroke(cr_);
    };
    rule(margin_left + (left_w - col_gap) / 2, b.widths[0]);
    rule(margin_left + left_w + right_w / 2, b.widths[1]);
    y_ += 6;
  }

  void table(const Block& b) {
    double total = 0;
    for (double w : b.widths) total += w;
    if (total <= 0) return;
    cairo_set_line_width(cr_, 0.5);
    for (const auto& row : b.rows) {
      std::vector<LayoutPtr> cells;
      double h = 0;
      for (std::size_t c = 0; c < row.size() && c < b.widths.size(); ++c) {
        const double w = text_w * b.widths[c] / total;
        cells.push_back(layout(row[c], b.size_pt, w - 2 * cell_pad, PANGO_ALIGN_LEFT, false));
        h = std::max(h, height(cells.back().get()));
      }
      h += 2 * cell_pad;
      reserve(h);
      double x = margin_left;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const double w = text_w * b.widths[c] / total;
        cairo_rectangle(cr_, x, y_, w, h);
        cairo_stroke(cr_);
        draw(cells[c].get(), x + cell_pad, y_ + cell_pad);
        x += w;
      }
      y_ += h;
    }
    y_ += 4;
  }

  void gap(const Block& b) { y_ += b.size_pt * 0.7; }

 private:
  cairo_t* cr_;
  std::string family_;
  double y_ = margin_top;
  int page_ = 1;
};

}  // namespace

std::string render_pdf(const Document& doc, const PdfOptions& options) {
  std::string bytes;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &bytes, page_w, page_h);
  const std::string title = options.title.empty() ? doc.subject : options.title;
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "camtrack");
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0, 0, 0);
  {
    PageWriter page(cr, options.font_family);
    const auto& blocks = doc.blocks;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const Block& b = blocks[i];
      // A run of header/signature rows stays on one page (the signature never sits alone on the next).
      const auto in_run = [&](std::size_t k) {
        return k < blocks.size() && (blocks[k].kind == BlockKind::cols || blocks[k].kind == BlockKind::rules ||
                                     blocks[k].kind == BlockKind::gap);
      };
      if (in_run(i) && (i == 0 || !in_run(i - 1))) {
        double run = 0;
        for (std::size_t k = i; in_run(k); ++k) run += page.measure(blocks[k]);
        page.reserve(run);
      }
      switch (b.kind) {
        case BlockKind::cols: page.cols(b); break;
        case BlockKind::rules: page.rules(b); break;
        case BlockKind::table: page.table(b); break;
        case BlockKind::gap: page.gap(b); break;
        default: page.text_block(b);
      }
    }
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("PDF rendering failed: ") + cairo_status_to_string(status));
  }
  return bytes;
}

}  // namespace camtrack::notices
