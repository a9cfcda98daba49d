{{! Cảnh báo nội bộ gửi cán bộ tuân thủ và kỹ thuật viên (tiếng Việt). Xem notices/README.md. }}
@subject [camtrack] {{title}}
@left <b>{{title}}</b>
@left {{message}}
{{#details}}
@left - {{item}}
{{/details}}
{{#has_link}}
@left Mở: {{link}}
{{/has_link}}
@gap
@left <small>{{enterprise_name}} - camtrack, {{at_text}} (giờ Việt Nam)</small>
