#include "notices/renderer.hpp"

#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "notices/samples.hpp"
#include "template_internal.hpp"

namespace camtrack::notices {

namespace detail {

std::string escape_field(const std::string& value) {
  std::string out;
  out.reserve(value.size() + 16);
  for (const char c : value) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '|': out += "&#124;"; break;
      case '@': out += "&#64;"; break;
      case '\n':
      case '\t': out += ' '; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string fill(const std::string& text, const Fields& fields) {
  kainjow::mustache::mustache tmpl(text);
  tmpl.set_custom_escape(escape_field);
  std::string out = tmpl.render(to_mustache(fields));
  if (!tmpl.is_valid()) throw std::logic_error("template rendering failed: " + tmpl.error_message());
  return out;
}

Fields sample_fields(TemplateName name) {
  switch (name) {
    case TemplateName::daily_status: return daily_fields(sample_site(), sample_daily_status());
    case TemplateName::alert_en:
    case TemplateName::alert_vi: return alert_fields(sample_site(), sample_alert());
    default: return notice_fields(sample_site(), sample_notice());
  }
}

}  // namespace detail

struct Renderer::Impl {
  struct Loaded {
    std::filesystem::path file;
    std::string text;
  };
  std::map<TemplateName, Loaded> templates;
  std::vector<TemplateProblem> problems;

  RenderedMail render(TemplateName name, const detail::Fields& fields) const {
    RenderedMail mail;
    mail.document = parse_document(detail::fill(templates.at(name).text, fields));
    mail.subject = mail.document.subject;
    mail.text = to_text(mail.document);
    mail.html = to_html(mail.document);
    return mail;
  }
};

namespace {

std::optional<std::string> read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

bool is_template_name(const std::string& file) {
  for (auto n : all_templates) {
    if (file_name(n) == file) return true;
  }
  return false;
}

}  // namespace

std::string file_name(TemplateName name) {
  switch (name) {
    case TemplateName::appendix_ii: return "appendix_ii.vi.tpl";
    case TemplateName::overdue_explanation: return "overdue_explanation.vi.tpl";
    case TemplateName::restoration: return "restoration.vi.tpl";
    case TemplateName::daily_status: return "daily_status.vi.tpl";
    case TemplateName::alert_en: return "alert.en.tpl";
    case TemplateName::alert_vi: return "alert.vi.tpl";
  }
  return "unknown.tpl";
}

Renderer Renderer::load(const std::filesystem::path& builtin_dir,
                        const std::optional<std::filesystem::path>& override_dir) {
  auto impl = std::make_shared<Impl>();
  for (const auto name : all_templates) {
    const auto builtin = builtin_dir / file_name(name);
    const auto text = read_text(builtin);
    if (!text) throw std::runtime_error(builtin.string() + ": built-in template missing or unreadable");
    const auto problems = check_template(name, *text, builtin);
    if (!problems.empty()) throw std::runtime_error("built-in template broken: " + problems.front().describe());
    impl->templates[name] = {builtin, *text};
  }
  if (!override_dir) return Renderer(std::move(impl));
  std::error_code ec;
  if (!std::filesystem::is_directory(*override_dir, ec)) {
    impl->problems.push_back({*override_dir, 0, "template override folder does not exist; using built-in templates"});
    return Renderer(std::move(impl));
  }
  for (const auto& entry : std::filesystem::directory_iterator(*override_dir, ec)) {
    const auto fname = entry.path().filename().string();
    if (entry.path().extension() == ".tpl" && !is_template_name(fname)) {
      impl->problems.push_back({entry.path(), 0, "not a known template name; ignored"});
    }
  }
  for (const auto name : all_templates) {
    const auto file = *override_dir / file_name(name);
    if (!std::filesystem::exists(file, ec)) continue;
    const auto text = read_text(file);
    if (!text) {
      impl->problems.push_back({file, 0, "cannot read the file; using the built-in template"});
      continue;
    }
    auto problems = check_template(name, *text, file);
    if (problems.empty()) {
      impl->templates[name] = {file, *text};
    } else {
      for (auto& p : problems) {
        p.reason += "; using the built-in template";
        impl->problems.push_back(std::move(p));
      }
    }
  }
  return Renderer(std::move(impl));
}

const std::vector<TemplateProblem>& Renderer::problems() const { return impl_->problems; }

std::filesystem::path Renderer::source(TemplateName name) const { return impl_->templates.at(name).file; }

RenderedMail Renderer::appendix_ii(const SiteInfo& site, const NoticeData& notice) const {
  return impl_->render(TemplateName::appendix_ii, detail::notice_fields(site, notice));
}

RenderedMail Renderer::overdue_explanation(const SiteInfo& site, const NoticeData& notice) const {
  return impl_->render(TemplateName::overdue_explanation, detail::notice_fields(site, notice));
}

RenderedMail Renderer::restoration(const SiteInfo& site, const NoticeData& notice) const {
  return impl_->render(TemplateName::restoration, detail::notice_fields(site, notice));
}

RenderedMail Renderer::daily_status(const SiteInfo& site, const DailyStatus& status) const {
  return impl_->render(TemplateName::daily_status, detail::daily_fields(site, status));
}

RenderedMail Renderer::alert(const SiteInfo& site, const AlertData& alert, bool vietnamese) const {
  return impl_->render(vietnamese ? TemplateName::alert_vi : TemplateName::alert_en, detail::alert_fields(site, alert));
}

}  // namespace camtrack::notices
