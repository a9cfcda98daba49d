{{! Thông báo đã khắc phục sự cố hệ thống camera giám sát. Mỗi dòng bắt đầu bằng một chỉ thị bố cục, xem notices/README.md. }}
@subject Thông báo đã khắc phục sự cố hệ thống camera giám sát - Số {{number}} - {{enterprise_name}}
@cols:13 <b>{{enterprise_upper}}</b> || <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>&#10;<b>Độc lập - Tự do - Hạnh phúc</b>
@rules 25 58
@cols:13 Số: {{number}} || <i>{{place_date}}</i>
@gap
@center:14 <b>THÔNG BÁO</b>
@center:14 <b>Đã khắc phục sự cố hệ thống camera giám sát</b>
@gap
@center:14 Kính gửi: {{addressee}}
@gap
@para Tên doanh nghiệp: <b>{{enterprise_name}}</b>; mã số thuế: {{tax_code}}
@para Địa chỉ: {{address}}; điện thoại: {{phone}}; email: {{email}}
@para Căn cứ Quyết định số 247/QĐ-TCHQ ngày 02/3/2022 của Tổng cục Hải quan, tiếp theo Thông báo số {{first_number}} ngày {{first_date}} về sự cố {{kind_text}} xảy ra lúc {{occurred_text}}, {{enterprise_name}} thông báo:
@para <b>1. Thời điểm khắc phục xong:</b> {{#restored_known}}{{restored_text}}.{{/restored_known}}{{^restored_known}}{{blank}} <i>(điền thời điểm khắc phục xong)</i>{{/restored_known}}
@para <b>2. Các camera đã hoạt động trở lại:</b>
@table:12 8 27 25 20 20
@row <b>STT</b> | <b>Tên/mã camera</b> | <b>Vị trí</b> | <b>Tình trạng</b> | <b>Ghi chú</b>
{{#cameras}}
@row {{index}} | {{code}} - {{name}} | {{location}} | {{status}} | {{note}}
{{/cameras}}
@para <b>3. Nguyên nhân và biện pháp đã thực hiện:</b> {{#cause_known}}{{cause}}. {{/cause_known}}{{#repair_known}}{{repair}}.{{/repair_known}}{{^repair_known}}{{blank}} <i>(điền biện pháp đã thực hiện)</i>{{/repair_known}}
@para Hệ thống camera giám sát đã hoạt động và kết nối trực tuyến với cơ quan hải quan bình thường; doanh nghiệp chấm dứt phương án giám sát tạm thời đã thống nhất./.
@gap
@sign:12 <b><i>Nơi nhận:</i></b> || <b>{{signer_title}}</b>
@sign:11 - Như trên; || <i>(Ký, ghi rõ họ tên, đóng dấu)</i>
@sign:11 - Lưu: VT. ||
@gap
@gap
@gap
@cols:13 || <b>{{#signer_known}}{{signer_name}}{{/signer_known}}{{^signer_known}}{{blank}}{{/signer_known}}</b>
