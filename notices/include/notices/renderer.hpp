// Fills the templates in templates/ (Mustache, via kainjow::mustache from Debian) with what camtrack
// knows. Field values are escaped for the layout markup (so for HTML and Pango alike); templates are
// trusted. Built-in templates come from the shipped folder; a site may override any of them from its
// own folder (config). A broken override is reported with file, line and reason, and the built-in
// is used instead. Rendering is pure and thread-safe.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "notices/document.hpp"
#include "notices/notice_data.hpp"

namespace camtrack::notices {

enum class TemplateName { appendix_ii, overdue_explanation, restoration, daily_status, alert_en, alert_vi };

inline constexpr TemplateName all_templates[] = {TemplateName::appendix_ii, TemplateName::overdue_explanation,
                                                 TemplateName::restoration, TemplateName::daily_status,
                                                 TemplateName::alert_en,    TemplateName::alert_vi};

// "appendix_ii.vi.tpl" and so on: the same name in the built-in and the override folder.
std::string file_name(TemplateName name);

struct TemplateProblem {
  std::filesystem::path file;
  int line = 0;
  std::string reason;
  std::string describe() const;  // "file:line: reason"
};

struct RenderedMail {
  Document document;   // for the PDF
  std::string subject;
  std::string text;    // text/plain body
  std::string html;    // text/html body
};

class Renderer {
 public:
  // Throws std::runtime_error when a built-in template is missing or broken (a broken release).
  static Renderer load(const std::filesystem::path& builtin_dir,
                       const std::optional<std::filesystem::path>& override_dir = std::nullopt);

  // Problems found in overrides at load time (each one fell back to the built-in).
  const std::vector<TemplateProblem>& problems() const;
  // The file a template is rendered from.
  std::filesystem::path source(TemplateName name) const;

  RenderedMail appendix_ii(const SiteInfo& site, const NoticeData& notice) const;
  RenderedMail overdue_explanation(const SiteInfo& site, const NoticeData& notice) const;
  RenderedMail restoration(const SiteInfo& site, const NoticeData& notice) const;
  RenderedMail daily_status(const SiteInfo& site, const DailyStatus& status) const;
  RenderedMail alert(const SiteInfo& site, const AlertData& alert, bool vietnamese = false) const;

  struct Impl;

 private:
  explicit Renderer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// Checks one template text as if loaded from `file`: Mustache syntax, layout directives, inline markup
// and field names (against the fields the template receives). Empty when it is fine.
std::vector<TemplateProblem> check_template(TemplateName name, const std::string& text,
                                            const std::filesystem::path& file);

}  // namespace camtrack::notices
