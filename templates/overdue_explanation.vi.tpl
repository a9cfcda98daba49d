{{! Văn bản giải trình chậm khắc phục sự cố (Quyết định 247/QĐ-TCHQ): nêu lý do cụ thể và thời gian dự kiến hoàn thành,
dẫn chiếu thông báo sự cố lần đầu. Mỗi dòng bắt đầu bằng một chỉ thị bố cục, xem notices/README.md. }}
@subject Giải trình chậm khắc phục sự cố hệ thống camera giám sát - Số {{number}} - {{enterprise_name}}
@cols:13 <b>{{enterprise_upper}}</b> || <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>&#10;<b>Độc lập - Tự do - Hạnh phúc</b>
@rules 25 58
@cols:13 Số: {{number}} || <i>{{place_date}}</i>
@sign:12 V/v giải trình chậm khắc phục sự cố hệ thống camera giám sát ||
@gap
@center:14 Kính gửi: {{addressee}}
@gap
@para Tên doanh nghiệp: <b>{{enterprise_name}}</b>; mã số thuế: {{tax_code}}
@para Địa chỉ: {{address}}; điện thoại: {{phone}}; email: {{email}}
@para Căn cứ Quyết định số 247/QĐ-TCHQ ngày 02/3/2022 của Tổng cục Hải quan;
@para Ngày {{first_date}}, {{enterprise_name}} đã gửi Thông báo số {{first_number}} về sự cố {{kind_text}} xảy ra lúc {{occurred_text}}, ảnh hưởng đến các camera sau:
@table:12 8 27 25 20 20
@row <b>STT</b> | <b>Tên/mã camera</b> | <b>Vị trí</b> | <b>Tình trạng</b> | <b>Ghi chú</b>
{{#cameras}}
@row {{index}} | {{code}} - {{name}} | {{location}} | {{status}} | {{note}}
{{/cameras}}
@para Thời hạn khắc phục theo quy định là {{working_days}} ngày làm việc, đến hết ngày <b>{{deadline_date}}</b> ({{deadline_explanation}}). Đến thời hạn này, doanh nghiệp chưa khắc phục xong sự cố.
@para <b>1. Lý do cụ thể:</b> {{#reason_known}}{{reason}}.{{/reason_known}}{{^reason_known}}{{blank}} <i>(cán bộ phụ trách điền lý do cụ thể)</i>{{/reason_known}}
@para <b>2. Thời gian dự kiến hoàn thành:</b> {{#expected_known}}ngày {{expected_date}}.{{/expected_known}}{{^expected_known}}{{blank}} <i>(điền ngày dự kiến hoàn thành)</i>{{/expected_known}}
@para <b>3. Phương án giám sát tiếp tục áp dụng:</b>
{{#plan}}
@para - {{item}}
{{/plan}}
{{^plan}}
@para - {{blank}} <i>(điền phương án giám sát)</i>
{{/plan}}
@para {{enterprise_name}} kính đề nghị {{addressee}} xem xét và tiếp tục phối hợp giám sát đến khi sự cố được khắc phục./.
@gap
@sign:12 <b><i>Nơi nhận:</i></b> || <b>{{signer_title}}</b>
@sign:11 - Như trên; || <i>(Ký, ghi rõ họ tên, đóng dấu)</i>
@sign:11 - Lưu: VT. ||
@gap
@gap
@gap
@cols:13 || <b>{{#signer_known}}{{signer_name}}{{/signer_known}}{{^signer_known}}{{blank}}{{/signer_known}}</b>
