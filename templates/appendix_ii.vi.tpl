{{! Phụ lục II: Thông báo sự cố hệ thống camera giám sát của doanh nghiệp chế xuất (Quyết định 247/QĐ-TCHQ).
Mỗi dòng bắt đầu bằng một chỉ thị bố cục (@cols, @center, @para, @table, @row...), xem notices/README.md.
Có thể thay lời văn bằng mẫu chính thức: đặt tệp cùng tên vào thư mục mẫu của doanh nghiệp. }}
@subject Thông báo sự cố hệ thống camera giám sát - Số {{number}} - {{enterprise_name}}
@cols:13 <b>{{enterprise_upper}}</b> || <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>&#10;<b>Độc lập - Tự do - Hạnh phúc</b>
@rules 25 58
@cols:13 Số: {{number}} || <i>{{place_date}}</i>
@gap
@center:14 <b>THÔNG BÁO</b>
@center:14 <b>Sự cố hệ thống camera giám sát của doanh nghiệp chế xuất</b>
@gap
@center:14 Kính gửi: {{addressee}}
@gap
@para Tên doanh nghiệp: <b>{{enterprise_name}}</b>
@para Mã số thuế: {{tax_code}}
@para Địa chỉ: {{address}}
@para Điện thoại: {{phone}}; Email: {{email}}
@para Người liên hệ: {{contact_person}}
@para Căn cứ Quyết định số 247/QĐ-TCHQ ngày 02/3/2022 của Tổng cục Hải quan, {{enterprise_name}} thông báo sự cố hệ thống camera giám sát như sau:
@para <b>1. Thời điểm xảy ra sự cố:</b> {{occurred_text}}{{#detected_differs}}; thời điểm phát hiện: {{detected_text}}{{/detected_differs}}.
@para <b>2. Loại sự cố:</b>
@para {{kind_equipment_box}} Sự cố thiết bị (camera, thiết bị kèm theo)
@para {{kind_link_box}} Sự cố kênh truyền
@para <b>3. Camera / vị trí bị ảnh hưởng</b> ({{camera_count}} camera):
@table:12 8 27 25 20 20
@row <b>STT</b> | <b>Tên/mã camera</b> | <b>Vị trí</b> | <b>Tình trạng</b> | <b>Ghi chú</b>
{{#cameras}}
@row {{index}} | {{code}} - {{name}} | {{location}} | {{status}} | {{note}}
{{/cameras}}
@para <b>4. Nguyên nhân:</b> {{#cause_known}}{{cause}}.{{/cause_known}}{{^cause_known}}{{blank}} <i>(chưa xác định; điền khi đã xác định)</i>{{/cause_known}}
@para <b>5. Biện pháp khắc phục:</b> {{#remedy_known}}{{remedy}}.{{/remedy_known}}{{^remedy_known}}{{blank}} <i>(điền biện pháp khắc phục)</i>{{/remedy_known}}
@para Thời hạn khắc phục theo quy định: {{working_days}} ngày làm việc, đến hết ngày <b>{{deadline_date}}</b>{{#deadline_provisional}} (tạm tính: lịch nghỉ của năm liên quan chưa được công bố chính thức){{/deadline_provisional}}. Cách tính: {{deadline_explanation}}
@para Thời gian dự kiến hoàn thành: {{#expected_known}}{{expected_date}}.{{/expected_known}}{{^expected_known}}{{blank}} <i>(điền ngày dự kiến hoàn thành)</i>{{/expected_known}}
@para <b>6. Phương án giám sát đề xuất trong thời gian khắc phục:</b>
{{#plan}}
@para - {{item}}
{{/plan}}
{{^plan}}
@para - {{blank}} <i>(điền phương án giám sát)</i>
{{/plan}}
@para {{enterprise_name}} đề nghị {{addressee}} thống nhất phương án giám sát nêu trên trong thời gian khắc phục sự cố./.
@gap
@sign:12 <b><i>Nơi nhận:</i></b> || <b>{{signer_title}}</b>
@sign:11 - Như trên; || <i>(Ký, ghi rõ họ tên, đóng dấu)</i>
@sign:11 - Lưu: VT. ||
@gap
@gap
@gap
@cols:13 || <b>{{#signer_known}}{{signer_name}}{{/signer_known}}{{^signer_known}}{{blank}}{{/signer_known}}</b>
