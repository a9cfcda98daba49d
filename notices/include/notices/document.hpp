// The layout of a rendered letter or mail: what a template produces after Mustache has filled it.
// Each line of a template starts with a directive that says how the line is laid out:
//   @subject TEXT          the mail subject (markup removed)
//   @cols[:PT] L || R      a two-column row (Decree 30 header and signature blocks), each half centred
//   @sign[:PT] L || R      the same with the left column left-aligned ("Nơi nhận" beside the signature)
//   @rules L_MM R_MM       short horizontal rules centred under the left and right columns (0: none)
//   @center[:PT] TEXT  @right[:PT] TEXT  @left[:PT] TEXT  @para[:PT] TEXT (justified, first-line indent)
//   @table W1 W2 ...       starts a table with column widths in percent; then @row C1 | C2 | ...
//   @gap                   vertical space
// TEXT may use the inline markup <b>, <i>, <u>, <small>, <big>, <sub>, <sup> and the entities &amp;
// &lt; &gt; &quot; &apos; &#N; (&#10; breaks the line inside a cell): valid both as Pango markup (PDF)
// and HTML (mail). Lines that do not
// start with a directive are paragraphs. Field values are escaped before they reach this text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace camtrack::notices {

enum class BlockKind { left, center, right, para, cols, rules, table, gap };

struct Block {
  BlockKind kind = BlockKind::para;
  int size_pt = 13;
  std::vector<std::string> cells;               // one for text blocks, two for cols
  std::vector<double> widths;                   // table: percent per column; rules: mm left, right
  std::vector<std::vector<std::string>> rows;   // table rows (the first is the header)
  bool first_left = false;                      // cols: left cell aligned left instead of centred
};

struct Document {
  std::string subject;
  std::vector<Block> blocks;
};

struct LayoutError {
  int line = 0;          // 1-based line of the rendered text
  std::string reason;
};

// Parses rendered template text. Unknown directives and malformed tables are errors.
Document parse_document(std::string_view text, std::vector<LayoutError>* errors = nullptr);

// The directive a source line starts with, if it is not a known one ("@foo" → "foo"); empty otherwise.
std::optional<std::string> unknown_directive(std::string_view line);

// Mail bodies derived from the same document, so the PDF, the HTML and the text never disagree.
std::string to_html(const Document& doc);
std::string to_text(const Document& doc);
// Inline markup to plain text: tags removed, entities decoded.
std::string strip_markup(std::string_view markup);

}  // namespace camtrack::notices
