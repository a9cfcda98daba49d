// Location classes of cameras (REGULATION.md §2): every class but `other` is required by Decision 247
// and opens legal incidents; `other` (workshops, offices, canteens) only gets internal tickets.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace camtrack::incidents {

enum class LocationClass {
  gate,
  yard,
  warehouse_door,
  warehouse_interior,
  scrap_store,
  tax_free_store,
  other,
};

inline constexpr std::array<LocationClass, 7> all_location_classes = {
    LocationClass::gate,        LocationClass::yard,           LocationClass::warehouse_door,
    LocationClass::warehouse_interior, LocationClass::scrap_store, LocationClass::tax_free_store,
    LocationClass::other};

constexpr std::string_view location_class_name(LocationClass c) {
  switch (c) {
    case LocationClass::gate: return "gate";
    case LocationClass::yard: return "yard";
    case LocationClass::warehouse_door: return "warehouse_door";
    case LocationClass::warehouse_interior: return "warehouse_interior";
    case LocationClass::scrap_store: return "scrap_store";
    case LocationClass::tax_free_store: return "tax_free_store";
    case LocationClass::other: return "other";
  }
  return "other";
}

// The Vietnamese label used in notices and pages.
constexpr std::string_view location_class_label_vi(LocationClass c) {
  switch (c) {
    case LocationClass::gate: return "Cổng ra vào";
    case LocationClass::yard: return "Bãi tập kết hàng hóa";
    case LocationClass::warehouse_door: return "Cửa kho";
    case LocationClass::warehouse_interior: return "Bên trong kho";
    case LocationClass::scrap_store: return "Kho phế liệu, phế phẩm";
    case LocationClass::tax_free_store: return "Kho hàng miễn thuế";
    case LocationClass::other: return "Khác (không bắt buộc)";
  }
  return "Khác (không bắt buộc)";
}

constexpr std::optional<LocationClass> parse_location_class(std::string_view name) {
  for (LocationClass c : all_location_classes) {
    if (location_class_name(c) == name) return c;
  }
  return std::nullopt;
}

// True for the classes Decision 247 requires; their failures open legal incidents.
constexpr bool in_legal_scope(LocationClass c) { return c != LocationClass::other; }

}  // namespace camtrack::incidents
