// Outcome<T>: the result of a command or a transition in the incidents domain — either a value or a
// Refusal with a reason for people. Refusals are values, never exceptions (ARCHITECTURE.md, Errors).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace camtrack::incidents {

enum class RefusalCode {
  forbidden,           // the actor's role may not do this
  not_found,           // no such incident, camera, recorder...
  invalid_transition,  // the incident's state does not allow it
  invalid_input,       // a field is missing or malformed
  out_of_scope,        // e.g. cameras of class `other`: no legal incident
  conflict,            // e.g. a duplicate camera code
};

constexpr std::string_view refusal_code_name(RefusalCode code) {
  switch (code) {
    case RefusalCode::forbidden: return "forbidden";
    case RefusalCode::not_found: return "not_found";
    case RefusalCode::invalid_transition: return "invalid_transition";
    case RefusalCode::invalid_input: return "invalid_input";
    case RefusalCode::out_of_scope: return "out_of_scope";
    case RefusalCode::conflict: return "conflict";
  }
  return "invalid_input";
}

struct Refusal {
  RefusalCode code = RefusalCode::invalid_input;
  std::string reason;  // one sentence naming the field or state and the problem
};

inline Refusal refuse(RefusalCode code, std::string reason) { return Refusal{code, std::move(reason)}; }

template <typename T>
class [[nodiscard]] Outcome {
 public:
  Outcome(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Outcome(Refusal refusal) : v_(std::move(refusal)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T* operator->() const { return &std::get<0>(v_); }
  const T& operator*() const { return std::get<0>(v_); }
  const Refusal& refusal() const { return std::get<1>(v_); }

 private:
  std::variant<T, Refusal> v_;
};

// For commands whose success carries nothing.
struct Done {};

}  // namespace camtrack::incidents
