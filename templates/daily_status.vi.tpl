{{! Thư báo cáo tình trạng hằng ngày gửi cán bộ hải quan phụ trách (mỗi ngày làm việc). Xem notices/README.md. }}
@subject [{{enterprise_name}}] Tình trạng hệ thống camera giám sát ngày {{date}}{{^has_incidents}}: không có sự cố{{/has_incidents}}{{#has_incidents}}: {{count}} sự cố đang mở{{/has_incidents}}
@left Kính gửi: {{addressee}}
@gap
@left {{enterprise_name}} (mã số thuế {{tax_code}}) báo cáo tình trạng hệ thống camera giám sát ngày {{date}} theo Quyết định số 247/QĐ-TCHQ ngày 02/3/2022 của Tổng cục Hải quan.
@gap
{{^has_incidents}}
@left <b>Không có sự cố nào đang mở.</b> Toàn bộ camera giám sát hoạt động và kết nối bình thường.
{{/has_incidents}}
{{#has_incidents}}
@left <b>Số sự cố đang mở: {{count}}</b> (quá hạn: {{overdue_count}})
@table:11 5 17 18 16 10 10 10 8 6
@row <b>STT</b> | <b>Loại sự cố</b> | <b>Camera</b> | <b>Phát hiện lúc</b> | <b>Đã qua (ngày LV)</b> | <b>Còn lại (ngày LV)</b> | <b>Thời hạn</b> | <b>Tình trạng</b> | <b>Sổ xe</b>
{{#incidents}}
@row {{index}} | {{kind_text}} | {{cameras}} | {{detected_text}} | {{days_elapsed}} | {{days_remaining}} | {{deadline}} | {{#overdue}}<b>{{overdue_text}}</b>{{/overdue}}{{^overdue}}{{overdue_text}}{{/overdue}} | {{vehicle_log}}
{{/incidents}}
{{/has_incidents}}
@gap
@left Người liên hệ: {{contact_person}}; điện thoại: {{phone}}; email: {{email}}
@left <small>Thư này được gửi tự động mỗi ngày làm việc; số ngày tính theo ngày làm việc (LV).</small>
