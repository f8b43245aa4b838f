<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Catalogue</name>
    <message>
        <source>Danh mục có sẵn trong ứng dụng bị lỗi: %1</source>
        <translation>The built-in catalogue is broken: %1</translation>
    </message>
    <message>
        <source>Danh mục phiên bản %1 không mới hơn phiên bản đang dùng (%2).</source>
        <translation>Catalogue version %1 is not newer than the version in use (%2).</translation>
    </message>
    <message>
        <source>Chưa có danh mục thủ tục.</source>
        <translation>No procedure catalogue is loaded.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Lệnh không rõ: %1
%2</source>
        <translation>Unknown command: %1
%2</translation>
    </message>
    <message>
        <source>Cách dùng: postcounter-cli [--db ĐƯỜNG_DẪN] LỆNH ...
  setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]
  catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]
  intake --json TỆP|-
  list [--status S] [--json]
  show MÃ_HỒ_SƠ --json
  calendar lunar YYYY-MM-DD | calendar solar YYYY-MM-DD [--leap]
  calendar holidays NĂM | calendar working-saturdays NĂM | calendar import TỆP
  deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]
  check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check s10 SỐ_HIỆU | check phone SỐ
  parse cccd-qr NỘI_DUNG
  guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO
  print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf
  settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list   (office.governing_body, office.place,
      office.guidance_contact, office.postage)
  sync --once | sync status | sync quarantine | sync enrol --url URL --code MÃ --ca TỆP_CA [--pin SHA256]</source>
        <translation>Usage: postcounter-cli [--db PATH] COMMAND ...
  setup --unit-id ID --unit-name NAME --counter N [--range-start A --range-end B]
  catalogue fields | catalogue search WORDS | catalogue show CODE [--json]
  intake --json FILE|-
  list [--status S] [--json]
  show DOSSIER_CODE --json
  calendar lunar YYYY-MM-DD | calendar solar YYYY-MM-DD [--leap]
  calendar holidays YEAR | calendar working-saturdays YEAR | calendar import FILE
  deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]
  check cccd NUMBER [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check s10 ID | check phone NUMBER
  parse cccd-qr PAYLOAD
  guidance supplement --json FILE [--reason REASON] [--contact CONTACT] | guidance refusal --json FILE --reason REASON
  print receipt DOSSIER_CODE|supplement NUMBER|refusal NUMBER --layout a4|a5|thermal80 --pdf FILE.pdf
  settings get KEY | settings set KEY VALUE | settings list   (office.governing_body, office.place,
      office.guidance_contact, office.postage)
  sync --once | sync status | sync quarantine | sync enrol --url URL --code CODE --ca CA_FILE [--pin SHA256]</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Mới đăng ký</source>
        <translation>Newly registered</translation>
    </message>
    <message>
        <source>Được tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Không được tiếp nhận</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation>Financial obligation requested</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the citizen</translation>
    </message>
    <message>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n ngày làm việc</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n giờ làm việc</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ngày</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>theo thông báo của cơ quan giải quyết</source>
        <translation>as notified by the deciding agency</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Quầy đã dùng hết dãy số hồ sơ của ngày %1 (%2–%3). Hãy báo trưởng bưu cục mở rộng dãy số của quầy.</source>
        <translation>This counter has used up its dossier numbers for %1 (%2–%3). Ask the office supervisor to widen the counter's range.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu</source>
        <translation>Database error</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tiếp nhận hồ sơ thủ tục hành chính tại bưu cục</source>
        <translation>Receiving administrative-procedure dossiers at the post office</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu của quầy.</source>
        <translation>The counter's database file.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi hoặc en.</source>
        <translation>User interface language: vi or en.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu của quầy</source>
        <translation>Cannot open the counter's data</translation>
    </message>
</context>
<context>
    <name>pc::AddressEditor</name>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <source>Xã/phường/đặc khu</source>
        <translation>Commune/ward/special zone</translation>
    </message>
    <message>
        <source>Số nhà, đường, thôn/xóm (hoặc địa chỉ cũ)</source>
        <translation>House number, street, hamlet (or an old address)</translation>
    </message>
</context>
<context>
    <name>pc::ApplicantForm</name>
    <message>
        <source>Cần nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's full name is required.</translation>
    </message>
    <message>
        <source>Ngày sinh không hợp lệ (ngày/tháng/năm, ví dụ 02/05/1989).</source>
        <translation>Invalid birth date (day/month/year, e.g. 02/05/1989).</translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Công dân</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Tổ chức, doanh nghiệp</source>
        <translation>Organisation, business</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Tên tổ chức (*):</source>
        <translation>Organisation name (*):</translation>
    </message>
    <message>
        <source>Họ và tên (*):</source>
        <translation>Full name (*):</translation>
    </message>
    <message>
        <source>Mã số thuế:</source>
        <translation>Tax code:</translation>
    </message>
    <message>
        <source>Số định danh/CCCD:</source>
        <translation>Personal ID number:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 02/05/1989</source>
        <translation>day/month/year, e.g. 02/05/1989</translation>
    </message>
    <message>
        <source>10 chữ số (chi nhánh: thêm -3 chữ số)</source>
        <translation>10 digits (branch: add -3 digits)</translation>
    </message>
    <message>
        <source>12 chữ số (CMND cũ: 9 chữ số)</source>
        <translation>12 digits (old ID card: 9 digits)</translation>
    </message>
    <message>
        <source>0912345678 hoặc +84912345678</source>
        <translation>0912345678 or +84912345678</translation>
    </message>
</context>
<context>
    <name>pc::CalendarText</name>
    <message>
        <source>Quy tắc mặc định (Bộ luật Lao động 2019, Điều 111 và 112)</source>
        <translation>Default rules (Labour Code 2019, articles 111 and 112)</translation>
    </message>
</context>
<context>
    <name>pc::CatalogueParser</name>
    <message>
        <source>không phải tệp danh mục PostCounter</source>
        <translation>not a PostCounter catalogue file</translation>
    </message>
    <message>
        <source>phiên bản định dạng không được hỗ trợ (cần 1)</source>
        <translation>unsupported format version (1 expected)</translation>
    </message>
    <message>
        <source>phải là số nguyên dương</source>
        <translation>must be a positive integer</translation>
    </message>
    <message>
        <source>mã cơ quan bị trùng: %1</source>
        <translation>duplicate agency code: %1</translation>
    </message>
    <message>
        <source>mã lĩnh vực bị trùng: %1</source>
        <translation>duplicate field code: %1</translation>
    </message>
    <message>
        <source>cơ quan không có trong danh mục: %1</source>
        <translation>agency not in the catalogue: %1</translation>
    </message>
    <message>
        <source>danh mục không có thủ tục nào</source>
        <translation>the catalogue has no procedures</translation>
    </message>
    <message>
        <source>thiếu hoặc không phải mảng</source>
        <translation>missing or not an array</translation>
    </message>
    <message>
        <source>thiếu hoặc rỗng</source>
        <translation>missing or empty</translation>
    </message>
    <message>
        <source>phải là số nguyên không âm</source>
        <translation>must be a non-negative integer</translation>
    </message>
    <message>
        <source>mã thủ tục bị trùng: %1</source>
        <translation>duplicate procedure code: %1</translation>
    </message>
    <message>
        <source>lĩnh vực không có trong danh mục: %1</source>
        <translation>field not in the catalogue: %1</translation>
    </message>
    <message>
        <source>cần đúng một trong working_days, working_hours, calendar_days với giá trị dương</source>
        <translation>exactly one of working_days, working_hours, calendar_days with a positive value is required</translation>
    </message>
    <message>
        <source>giờ không hợp lệ (cần HH:mm)</source>
        <translation>invalid time (HH:mm expected)</translation>
    </message>
    <message>
        <source>thủ tục phải có ít nhất một thành phần hồ sơ</source>
        <translation>a procedure needs at least one document</translation>
    </message>
    <message>
        <source>cần ít nhất một bản chính hoặc bản sao</source>
        <translation>at least one original or copy is needed</translation>
    </message>
    <message>
        <source>cách trả kết quả không hợp lệ: %1</source>
        <translation>invalid result delivery: %1</translation>
    </message>
    <message>
        <source>Tệp danh mục không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>The catalogue file is not valid JSON (offset %1: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Tệp danh mục có %n lỗi.</source>
        <translation>
            <numerusform>The catalogue file has %n error.</numerusform>
            <numerusform>The catalogue file has %n errors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ClientText</name>
    <message>
        <source>chứng chỉ của trung tâm đã hết hạn</source>
        <translation>the centre's certificate has expired</translation>
    </message>
    <message>
        <source>chứng chỉ của trung tâm chưa đến ngày hiệu lực (hãy kiểm tra đồng hồ máy tính)</source>
        <translation>the centre's certificate is not valid yet (check the computer's clock)</translation>
    </message>
    <message>
        <source>chứng chỉ không mang đúng tên máy chủ của trung tâm</source>
        <translation>the certificate does not carry the centre's host name</translation>
    </message>
    <message>
        <source>chứng chỉ không do cơ quan chứng thực đã cấu hình cấp</source>
        <translation>the certificate was not issued by the configured certificate authority</translation>
    </message>
    <message>
        <source>Kết nối tới trung tâm không an toàn: %1. Không gửi dữ liệu; hãy báo bộ phận CNTT.</source>
        <translation>The connection to the centre is not safe: %1. Nothing was sent; tell the IT team.</translation>
    </message>
    <message>
        <source>Khóa công khai của trung tâm không khớp với khóa đã ghim. Không gửi dữ liệu; hãy báo bộ phận CNTT.</source>
        <translation>The centre's public key does not match the pinned key. Nothing was sent; tell the IT team.</translation>
    </message>
    <message>
        <source>Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).</source>
        <translation>The centre did not answer in time (slow or broken link).</translation>
    </message>
    <message>
        <source>Không kết nối được tới trung tâm: %1</source>
        <translation>Cannot reach the centre: %1</translation>
    </message>
</context>
<context>
    <name>pc::CounterIdentityText</name>
    <message>
        <source>ĐƠN VỊ MẪU – Bưu cục thử nghiệm (thay bằng đơn vị thật)</source>
        <translation>SAMPLE UNIT – test post office (replace with the real unit)</translation>
    </message>
    <message>
        <source>Mã định danh đơn vị tiếp nhận không hợp lệ: "%1" (ví dụ đúng: 000.00.16.H56).</source>
        <translation>Invalid receiving-unit e-identifier: "%1" (a valid example: 000.00.16.H56).</translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị tiếp nhận.</source>
        <translation>The receiving unit's name is missing.</translation>
    </message>
    <message>
        <source>Số quầy phải từ 0 đến 9 (mỗi quầy dùng một dãy 1.000 số hồ sơ mỗi ngày).</source>
        <translation>The counter number must be 0 to 9 (each counter uses a range of 1,000 dossier numbers a day).</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ của quầy không hợp lệ (%1–%2).</source>
        <translation>Invalid dossier number range for this counter (%1–%2).</translation>
    </message>
</context>
<context>
    <name>pc::CounterSetupDialog</name>
    <message>
        <source>Thiết lập quầy giao dịch</source>
        <translation>Counter set-up</translation>
    </message>
    <message>
        <source>Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp (ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ.</source>
        <translation>Enter this counter's receiving unit. The e-identifier issued by the province (e.g. 000.00.16.H56) starts every dossier code.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đây là đơn vị MẪU&lt;/b&gt;: hãy thay bằng đơn vị thật trước khi tiếp nhận hồ sơ của công dân.</source>
        <translation>&lt;b&gt;This is a SAMPLE unit&lt;/b&gt;: replace it with the real unit before receiving citizens' dossiers.</translation>
    </message>
    <message>
        <source>Mã định danh đơn vị:</source>
        <translation>Unit e-identifier:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Số quầy:</source>
        <translation>Counter number:</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ:</source>
        <translation>Dossier numbers:</translation>
    </message>
    <message>
        <source>%1–%2 mỗi ngày</source>
        <translation>%1–%2 per day</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>pc::DatabaseText</name>
    <message>
        <source>Không tạo được thư mục dữ liệu %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu %1</source>
        <translation>Cannot open the database %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</source>
        <translation>The database %1 was made by a newer PostCounter (schema %2; this version supports up to %3). Install the newer version; the data was not changed.</translation>
    </message>
    <message>
        <source>Không bật được chế độ WAL cho cơ sở dữ liệu (%1).</source>
        <translation>Cannot switch the database to WAL mode (%1).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation>The database %1 is damaged after a sudden shutdown (%2). Ask the IT team to restore it from a backup.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu %1.</source>
        <translation>Cannot write to the data folder %1.</translation>
    </message>
    <message>
        <source>Thiếu tệp nâng cấp cơ sở dữ liệu %1.</source>
        <translation>The database upgrade file %1 is missing.</translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2</source>
        <translation>Upgrading the database to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>pc::DocumentChecklist</name>
    <message>
        <source>%1 (không bắt buộc)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message numerus="yes">
        <source>Còn thiếu %n giấy tờ bắt buộc: %1</source>
        <translation>
            <numerusform>%n required document missing: %1</numerusform>
            <numerusform>%n required documents missing: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Giấy tờ (Space: đánh dấu đã nhận)</source>
        <translation>Document (Space: mark as received)</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Thêm giấy tờ khác (Ctrl+D)</source>
        <translation>Add another document (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>pc::DocumentText</name>
    <message>
        <source>Quầy chưa được thiết lập: chưa in được phiếu.</source>
        <translation>The counter is not set up: nothing can be printed yet.</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>No dossier with code "%1".</translation>
    </message>
    <message>
        <source>Không có phiếu từ chối số %1.</source>
        <translation>No refusal slip number %1.</translation>
    </message>
    <message>
        <source>Không có phiếu yêu cầu bổ sung số %1.</source>
        <translation>No supplement request number %1.</translation>
    </message>
</context>
<context>
    <name>pc::DossierJsonText</name>
    <message>
        <source>Dữ liệu hồ sơ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>The dossier data is not valid JSON (offset %1: %2).</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ phải là một đối tượng JSON.</source>
        <translation>The dossier data must be a JSON object.</translation>
    </message>
    <message>
        <source>Trường "%1" phải là chuỗi.</source>
        <translation>Field "%1" must be a string.</translation>
    </message>
    <message>
        <source>Thiếu mã thủ tục ("procedure").</source>
        <translation>The procedure code ("procedure") is missing.</translation>
    </message>
    <message>
        <source>Thiếu thông tin người nộp ("applicant").</source>
        <translation>The applicant ("applicant") is missing.</translation>
    </message>
    <message>
        <source>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</source>
        <translation>Birth date "%1" is not in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>"documents" phải là một mảng.</source>
        <translation>"documents" must be an array.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1: số bản phải là số.</source>
        <translation>Document %1: the counts must be numbers.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1 thiếu tên.</source>
        <translation>Document %1 has no name.</translation>
    </message>
    <message>
        <source>"sets" phải là số nguyên.</source>
        <translation>"sets" must be an integer.</translation>
    </message>
    <message>
        <source>Cách trả kết quả "%1" không hợp lệ (counter hoặc post).</source>
        <translation>Invalid result delivery "%1" (counter or post).</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận "%1" không đúng dạng ISO 8601.</source>
        <translation>Receipt time "%1" is not ISO 8601.</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ có lỗi.</source>
        <translation>The dossier data has errors.</translation>
    </message>
    <message>
        <source>Loại người nộp "%1" không hợp lệ (citizen hoặc organisation).</source>
        <translation>Invalid applicant kind "%1" (citizen or organisation).</translation>
    </message>
</context>
<context>
    <name>pc::DossierQueueModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pc::EnrolDialog</name>
    <message>
        <source>Đăng ký quầy với trung tâm</source>
        <translation>Enrol the counter with the centre</translation>
    </message>
    <message>
        <source>không bắt buộc: SHA-256 khóa công khai (64 ký tự hex)</source>
        <translation>optional: SHA-256 of the public key (64 hex characters)</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Chứng chỉ của cơ quan chứng thực</source>
        <translation>Certificate authority certificate</translation>
    </message>
    <message>
        <source>Chứng chỉ PEM (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm:</source>
        <translation>Centre address:</translation>
    </message>
    <message>
        <source>Chứng chỉ CA:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>Ghim khóa:</source>
        <translation>Key pin:</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần:</source>
        <translation>One-time enrolment code:</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm phải bắt đầu bằng https://</source>
        <translation>The centre's address must start with https://</translation>
    </message>
    <message>
        <source>Cần chứng chỉ CA và mã đăng ký do trung tâm cấp.</source>
        <translation>The CA certificate and the enrolment code from the centre are needed.</translation>
    </message>
    <message>
        <source>Đang liên hệ trung tâm…</source>
        <translation>Contacting the centre…</translation>
    </message>
</context>
<context>
    <name>pc::GuidanceText</name>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>No procedure with code "%1" in the catalogue.</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người được hướng dẫn.</source>
        <translation>The name of the person being guided is missing.</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy).</source>
        <translation>This counter is not set up (unit e-identifier, unit name, counter number).</translation>
    </message>
    <message>
        <source>Hồ sơ đã đủ giấy tờ bắt buộc: không cần phiếu yêu cầu bổ sung.</source>
        <translation>The dossier has every required document: no supplement request is needed.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đủ thành phần theo quy định của thủ tục.</source>
        <translation>Hồ sơ chưa đủ thành phần theo quy định của thủ tục.</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do từ chối tiếp nhận.</source>
        <translation>The reason for refusing must be given.</translation>
    </message>
</context>
<context>
    <name>pc::HolidayText</name>
    <message>
        <source>Tết Nguyên Đán</source>
        <translation>Lunar New Year (Tết)</translation>
    </message>
    <message>
        <source>Quốc khánh</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>Tết Dương lịch</source>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>Tết Nguyên Đán (ngày cuối năm Âm lịch)</source>
        <translation>Lunar New Year (last day of the lunar year)</translation>
    </message>
    <message>
        <source>Tết Nguyên Đán (mùng %1 Tết)</source>
        <translation>Lunar New Year (day %1)</translation>
    </message>
    <message>
        <source>Giỗ Tổ Hùng Vương (10/3 Âm lịch)</source>
        <translation>Hùng Kings' Commemoration (10th day of the 3rd lunar month)</translation>
    </message>
    <message>
        <source>Giỗ Tổ Hùng Vương</source>
        <translation>Hùng Kings' Commemoration</translation>
    </message>
    <message>
        <source>Ngày Chiến thắng (30/4)</source>
        <translation>Reunification Day (30 April)</translation>
    </message>
    <message>
        <source>Ngày Chiến thắng</source>
        <translation>Reunification Day</translation>
    </message>
    <message>
        <source>Ngày Quốc tế Lao động (1/5)</source>
        <translation>International Labour Day (1 May)</translation>
    </message>
    <message>
        <source>Ngày Quốc tế Lao động</source>
        <translation>International Labour Day</translation>
    </message>
    <message>
        <source>Quốc khánh (2/9)</source>
        <translation>National Day (2 September)</translation>
    </message>
    <message>
        <source>Quốc khánh (ngày liền kề 2/9)</source>
        <translation>National Day (day adjacent to 2 September)</translation>
    </message>
    <message>
        <source>Nghỉ bù %1</source>
        <translation>In lieu of %1</translation>
    </message>
</context>
<context>
    <name>pc::IdentifiersText</name>
    <message>
        <source>Số định danh chỉ gồm chữ số (nhận được "%1").</source>
        <translation>An ID number has digits only (got "%1").</translation>
    </message>
    <message>
        <source>Thủ tục này yêu cầu số định danh cá nhân 12 chữ số, không nhận CMND 9 số.</source>
        <translation>This procedure needs the 12-digit personal ID number; the old 9-digit ID is not accepted.</translation>
    </message>
    <message numerus="yes">
        <source>Số định danh cá nhân phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có %n chữ số.</source>
        <translation>
            <numerusform>A personal ID number has 12 digits (old ID: 9 digits); the number entered has %n digit.</numerusform>
            <numerusform>A personal ID number has 12 digits (old ID: 9 digits); the number entered has %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ba chữ số đầu "%1" không phải mã tỉnh nơi đăng ký khai sinh.</source>
        <translation>The first three digits "%1" are not a province code of birth registration.</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 và 5–6 cho năm sinh %1, không thể đúng.</source>
        <translation>Digits 4 and 5–6 give birth year %1, which cannot be right.</translation>
    </message>
    <message>
        <source>Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.</source>
        <translation>The ID number gives birth year %1 but the birth date entered is %2.</translation>
    </message>
    <message>
        <source>Số định danh cho giới tính %1 nhưng đã chọn %2.</source>
        <translation>The ID number gives gender %1 but %2 was chosen.</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Địa chỉ thư điện tử "%1" không hợp lệ.</source>
        <translation>E-mail address "%1" is not valid.</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" phải gồm 2 chữ cái, 9 chữ số và 2 chữ cái (ví dụ EE123456785VN).</source>
        <translation>Postal item number "%1" must be 2 letters, 9 digits and 2 letters (e.g. EE123456785VN).</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" không phải của Việt Nam (phải kết thúc bằng VN).</source>
        <translation>Postal item number "%1" is not Vietnamese (must end in VN).</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" sai chữ số kiểm tra (đúng là %2).</source>
        <translation>Postal item number "%1" has a wrong check digit (should be %2).</translation>
    </message>
    <message>
        <source>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0 hoặc +84).</source>
        <translation>Phone number "%1" is not valid (mobile 10 digits, landline 11 digits, starting with 0 or +84).</translation>
    </message>
    <message>
        <source>Mã số thuế "%1" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số).</source>
        <translation>Tax code "%1" is not valid (10 digits; a branch adds -3 digits).</translation>
    </message>
</context>
<context>
    <name>pc::IntakePage</name>
    <message>
        <source>Không đọc được mã QR trên thẻ: %1</source>
        <translation>Could not read the ID-card QR code: %1</translation>
    </message>
    <message>
        <source>Đã điền thông tin từ thẻ căn cước của %1.</source>
        <translation>Filled in from the ID card of %1.</translation>
    </message>
    <message>
        <source>Chọn thủ tục để xem ngày hẹn trả kết quả.</source>
        <translation>Choose a procedure to see the appointment date.</translation>
    </message>
    <message>
        <source>Phí %1 · Lệ phí %2 · Cước bưu chính %3 · Tổng thu %4</source>
        <translation>Fee %1 · Charge %2 · Postage %3 · Total %4</translation>
    </message>
    <message>
        <source>Nếu tiếp nhận bây giờ, hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>If received now, result due: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục (F2 hoặc gõ vào ô tìm thủ tục).</source>
        <translation>No procedure chosen (F2, or type in the procedure search).</translation>
    </message>
    <message>
        <source>Thông tin người nộp còn lỗi: xem dòng đỏ dưới từng ô.</source>
        <translation>The applicant's details have errors: see the red lines under the fields.</translation>
    </message>
    <message>
        <source>Chưa tiếp nhận: hồ sơ còn thiếu giấy tờ bắt buộc. Nhấn F10 để in phiếu yêu cầu bổ sung.</source>
        <translation>Not received: required documents are missing. Press F10 to print a supplement request.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ %1, hẹn trả %2.</source>
        <translation>Dossier %1 received, result due %2.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ %1 nhưng chưa in được giấy tiếp nhận: %2. In lại từ danh sách hồ sơ.</source>
        <translation>Dossier %1 was received but its receipt could not be printed: %2. Reprint it from the dossier list.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <source>Cần họ tên người được hướng dẫn để in phiếu.</source>
        <translation>The person's name is needed to print the slip.</translation>
    </message>
    <message>
        <source>Đã lập phiếu yêu cầu bổ sung %1 (hồ sơ chưa được tiếp nhận).</source>
        <translation>Supplement request %1 issued (the dossier was not received).</translation>
    </message>
    <message>
        <source>Đã lập phiếu từ chối tiếp nhận %1.</source>
        <translation>Refusal slip %1 issued.</translation>
    </message>
    <message>
        <source>1. Thủ tục (F2)</source>
        <translation>1. Procedure (F2)</translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ – quét mã QR trên thẻ căn cước để điền tự động</source>
        <translation>2. Applicant – scan the ID-card QR code to fill in automatically</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <source>Số bộ:</source>
        <translation>Sets:</translation>
    </message>
    <message>
        <source>Nhận kết quả:</source>
        <translation>Result delivery:</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>At this counter</translation>
    </message>
    <message>
        <source>Qua bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <source>Địa chỉ nhận:</source>
        <translation>Delivery address:</translation>
    </message>
    <message>
        <source>Lưu và in giấy tiếp nhận (F9)</source>
        <translation>Save and print the receipt (F9)</translation>
    </message>
    <message>
        <source>In phiếu yêu cầu bổ sung (F10)</source>
        <translation>Print a supplement request (F10)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>pc::IntakeText</name>
    <message>
        <source>%1: cần %2 bản chính, %3 bản sao; đã nhận %4 bản chính, %5 bản sao</source>
        <translation>%1: %2 original(s) and %3 copy(ies) needed; received %4 original(s) and %5 copy(ies)</translation>
    </message>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>No procedure with code "%1" in the catalogue.</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's full name is missing.</translation>
    </message>
    <message>
        <source>Giới tính phải là "Nam" hoặc "Nữ".</source>
        <translation>Gender must be "Nam" (male) or "Nữ" (female).</translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 đến 99.</source>
        <translation>The number of sets must be 1 to 99.</translation>
    </message>
    <message>
        <source>Số bản của giấy tờ "%1" không hợp lệ.</source>
        <translation>Invalid number of copies for document "%1".</translation>
    </message>
    <message>
        <source>Thủ tục này không trả kết quả qua bưu chính.</source>
        <translation>This procedure does not return results by post.</translation>
    </message>
    <message>
        <source>Trả kết quả qua bưu chính cần địa chỉ nhận.</source>
        <translation>Returning the result by post needs a delivery address.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận ở tương lai.</source>
        <translation>The receipt time is in the future.</translation>
    </message>
    <message>
        <source>Hồ sơ có lỗi cần sửa.</source>
        <translation>The dossier has errors to correct.</translation>
    </message>
    <message>
        <source>Chưa tải được danh mục thủ tục.</source>
        <translation>The procedure catalogue is not loaded.</translation>
    </message>
    <message numerus="yes">
        <source>Hồ sơ còn thiếu %n giấy tờ bắt buộc; chưa tiếp nhận. Hãy lập phiếu yêu cầu bổ sung.</source>
        <translation>
            <numerusform>The dossier lacks %n required document; not received. Issue a supplement request.</numerusform>
            <numerusform>The dossier lacks %n required documents; not received. Issue a supplement request.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</source>
        <translation>This counter is not set up (unit e-identifier, unit name, counter number). Run the set-up first.</translation>
    </message>
    <message>
        <source>Cước bưu chính chỉ thu khi trả kết quả qua bưu chính.</source>
        <translation>Postage is only collected when the result is returned by post.</translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>PostCounter – Tiếp nhận hồ sơ thủ tục hành chính</source>
        <translation>PostCounter – Administrative-procedure dossiers</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Thiết lập &amp;quầy…</source>
        <translation>&amp;Counter set-up…</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu PostCounter</source>
        <translation>&amp;About PostCounter</translation>
    </message>
    <message>
        <source>%1 – quầy %2%3</source>
        <translation>%1 – counter %2%3</translation>
    </message>
    <message>
        <source> (ĐƠN VỊ MẪU)</source>
        <translation> (SAMPLE UNIT)</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập</source>
        <translation>Counter not set up</translation>
    </message>
    <message numerus="yes">
        <source>Hôm nay: %n hồ sơ</source>
        <translation>
            <numerusform>Today: %n dossier</numerusform>
            <numerusform>Today: %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chờ đồng bộ: %n sự kiện</source>
        <translation>
            <numerusform>Waiting to sync: %n event</numerusform>
            <numerusform>Waiting to sync: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Thiết lập quầy lần đầu</source>
        <translation>First counter set-up</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Giới thiệu PostCounter</source>
        <translation>About PostCounter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PostCounter %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục (Quyết định 468/QĐ-TTg).&lt;/p&gt;&lt;p&gt;Danh mục thủ tục: phiên bản %2%3.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostCounter %1&lt;/h3&gt;&lt;p&gt;Receiving administrative-procedure dossiers and returning results at the post office (Decision 468/QĐ-TTg).&lt;/p&gt;&lt;p&gt;Procedure catalogue: version %2%3.&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (dữ liệu mẫu)</source>
        <translation> (sample data)</translation>
    </message>
    <message>
        <source>&amp;In ấn</source>
        <translation>&amp;Printing</translation>
    </message>
    <message>
        <source>Khổ A4</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <source>Khổ A5</source>
        <translation>A5 paper</translation>
    </message>
    <message>
        <source>Cuộn nhiệt 80 mm</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>Chọn máy in…</source>
        <translation>Choose printer…</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ (F2)</source>
        <translation>Dossier intake (F2)</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ (F3)</source>
        <translation>Dossier list (F3)</translation>
    </message>
    <message>
        <source>Chọn máy in cho quầy</source>
        <translation>Choose this counter's printer</translation>
    </message>
    <message>
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sự kiện bị trung tâm từ chối…</source>
        <translation>Events rejected by the centre…</translation>
    </message>
    <message>
        <source>Chưa đăng ký với trung tâm</source>
        <translation>Not enrolled with the centre</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source> · lần cuối: %1</source>
        <translation> · last: %1</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source> · %n sự kiện bị từ chối</source>
        <translation>
            <numerusform> · %n event rejected</numerusform>
            <numerusform> · %n events rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Sự kiện bị trung tâm từ chối</source>
        <translation>Events rejected by the centre</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Các sự kiện này không được gửi lại tự động; hồ sơ vẫn được lưu tại quầy. Báo trung tâm để xử lý.</source>
        <translation>These events are not resent automatically; the dossiers stay saved at the counter. Ask the centre to resolve them.</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm…</source>
        <translation>Enrol the counter with the centre…</translation>
    </message>
    <message>
        <source>Thông tin &amp;đơn vị in trên phiếu…</source>
        <translation>&amp;Office details on forms…</translation>
    </message>
</context>
<context>
    <name>pc::OfficeSettingsDialog</name>
    <message>
        <source>Thông tin đơn vị in trên phiếu</source>
        <translation>Office details printed on forms</translation>
    </message>
    <message>
        <source>Các thông tin này được in trên giấy tiếp nhận, phiếu yêu cầu bổ sung và phiếu từ chối (Thông tư 03/2025/TT-VPCP). Ngày trên phiếu là ngày tiếp nhận hồ sơ.</source>
        <translation>These details are printed on receipts, supplement requests and refusal slips (Circular 03/2025/TT-VPCP). The date on a form is the day the dossier was received.</translation>
    </message>
    <message>
        <source>ví dụ: Bưu điện tỉnh Quảng Trị</source>
        <translation>e.g. Bưu điện tỉnh Quảng Trị</translation>
    </message>
    <message>
        <source>ví dụ: Quảng Trị</source>
        <translation>e.g. Quảng Trị</translation>
    </message>
    <message>
        <source>ví dụ: Chị Lan, 0233 3852 123</source>
        <translation>e.g. Chị Lan, 0233 3852 123</translation>
    </message>
    <message>
        <source>ví dụ: 25000</source>
        <translation>e.g. 25000</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>pc::OfficeText</name>
    <message>
        <source>%1 không được để trống.</source>
        <translation>%1 must not be empty.</translation>
    </message>
    <message>
        <source>%1 dài quá %2 ký tự.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Khóa cài đặt không rõ: %1 (có: %2).</source>
        <translation>Unknown setting key: %1 (known keys: %2).</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng trên tên đơn vị, ví dụ BƯU ĐIỆN TỈNH QUẢNG TRỊ)</source>
        <translation>Governing body (the line above the unit name, e.g. BƯU ĐIỆN TỈNH QUẢNG TRỊ)</translation>
    </message>
    <message>
        <source>Địa danh ghi trước ngày tháng trên phiếu</source>
        <translation>Place name printed before the date on forms</translation>
    </message>
    <message>
        <source>Người và số điện thoại hướng dẫn bổ sung hồ sơ</source>
        <translation>Contact person and phone number for supplement guidance</translation>
    </message>
    <message>
        <source>Cước trả kết quả qua bưu chính (đồng)</source>
        <translation>Postage for returning a result by post (đồng)</translation>
    </message>
    <message>
        <source>Cước bưu chính phải là số đồng không âm, ví dụ 25000 (nhận được "%1").</source>
        <translation>Postage must be a non-negative amount in đồng, e.g. 25000 (got "%1").</translation>
    </message>
    <message>
        <source>Cước bưu chính quá lớn: %1 (tối đa %2).</source>
        <translation>Postage too large: %1 (at most %2).</translation>
    </message>
    <message>
        <source>Liên hệ hướng dẫn cần họ tên và số điện thoại, ví dụ "Chị Lan, 0233 3852 123".</source>
        <translation>The guidance contact needs a name and a phone number, e.g. "Chị Lan, 0233 3852 123".</translation>
    </message>
</context>
<context>
    <name>pc::PrintText</name>
    <message>
        <source>Xem trước: %1 – Enter/Ctrl+P: in · Ctrl+E: xuất PDF · Esc: đóng</source>
        <translation>Preview: %1 – Enter/Ctrl+P: print · Ctrl+E: export PDF · Esc: close</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Không tìm thấy máy in. Hồ sơ vẫn được lưu; có thể in lại giấy tiếp nhận từ danh sách hồ sơ (Ctrl+R).</source>
        <translation>No printer found. The dossier is saved; reprint the receipt from the dossier list (Ctrl+R).</translation>
    </message>
    <message>
        <source>
Hồ sơ vẫn được lưu; có thể in lại từ danh sách hồ sơ.</source>
        <translation>
The dossier is saved; reprint from the dossier list.</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Không xuất được PDF</source>
        <translation>Could not export the PDF</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Refuse the dossier</translation>
    </message>
    <message>
        <source>Lý do từ chối (in trên phiếu):</source>
        <translation>Reason for refusal (printed on the slip):</translation>
    </message>
    <message>
        <source>Đã xuất PDF</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <source>Đã lưu tệp PDF tại:
%1</source>
        <translation>PDF saved to:
%1</translation>
    </message>
</context>
<context>
    <name>pc::ProcedurePicker</name>
    <message>
        <source>%1 – %2
    %3 · %4 · %5 · phí %6, lệ phí %7</source>
        <translation>%1 – %2
    %3 · %4 · %5 · fee %6, charge %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Cơ quan giải quyết: %3 · Thời hạn: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Deciding agency: %3 · Duration: %4</translation>
    </message>
    <message>
        <source>Gõ mã hoặc vài chữ của tên thủ tục (không cần dấu), ↑↓ để chọn, Enter để lấy</source>
        <translation>Type a code or a few words of the procedure (diacritics optional), ↑↓ to move, Enter to pick</translation>
    </message>
</context>
<context>
    <name>pc::QrText</name>
    <message>
        <source>Mã QR quá dài, không phải mã QR trên thẻ căn cước.</source>
        <translation>The QR code is too long to be an ID-card QR code.</translation>
    </message>
    <message>
        <source>Mã QR có ký tự lạ, không phải mã QR trên thẻ căn cước. Hãy quét lại.</source>
        <translation>The QR code has stray characters; it is not an ID-card QR code. Scan again.</translation>
    </message>
    <message>
        <source>Mã QR có %1 trường, mã QR thẻ căn cước có 6 hoặc 7 trường ngăn bởi dấu |.</source>
        <translation>The QR code has %1 fields; an ID-card QR code has 6 or 7 fields separated by |.</translation>
    </message>
    <message>
        <source>Mã QR không chứa số định danh hợp lệ: %1</source>
        <translation>The QR code holds no valid ID number: %1</translation>
    </message>
    <message>
        <source>Số CMND cũ trong mã QR không hợp lệ: "%1".</source>
        <translation>The old ID number in the QR code is not valid: "%1".</translation>
    </message>
    <message>
        <source>Ngày sinh trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</source>
        <translation>The birth date in the QR code is not DDMMYYYY: "%1".</translation>
    </message>
    <message>
        <source>Ngày cấp trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</source>
        <translation>The issue date in the QR code is not DDMMYYYY: "%1".</translation>
    </message>
    <message>
        <source>Giới tính trong mã QR phải là Nam hoặc Nữ, nhận được "%1".</source>
        <translation>The gender in the QR code must be Nam or Nữ; got "%1".</translation>
    </message>
</context>
<context>
    <name>pc::QueuePage</name>
    <message>
        <source>&lt;p&gt;Chọn một hồ sơ để xem chi tiết.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a dossier to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1.</source>
        <translation>Dossier %1 not found.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Người nộp: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Applicant: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Phone: %3 · Address: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Trạng thái: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Received: %1&lt;br/&gt;Due: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Status: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Giấy tờ đã nhận&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Documents received&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 – %2 bản chính, %3 bản sao&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 – %2 original(s), %3 copy(ies)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lịch sử&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 – %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 – %2&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Tìm theo tên người nộp, mã hồ sơ, số định danh hoặc số điện thoại (F3)</source>
        <translation>Search by applicant name, dossier code, ID number or phone (F3)</translation>
    </message>
    <message>
        <source>Tất cả hồ sơ</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Sắp đến hạn (2 ngày làm việc)</source>
        <translation>Due soon (2 working days)</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>In lại giấy tiếp nhận (Ctrl+R)</source>
        <translation>Reprint the receipt (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>pc::RenderText</name>
    <message>
        <source>Máy in không nhận khổ giấy %1.</source>
        <translation>The printer does not take paper %1.</translation>
    </message>
    <message>
        <source>Không mở được máy in hoặc tệp để in.</source>
        <translation>Cannot open the printer or the output file.</translation>
    </message>
    <message>
        <source>Máy in dừng giữa chừng (trang %1).</source>
        <translation>The printer stopped part way (page %1).</translation>
    </message>
    <message>
        <source>In không hoàn tất.</source>
        <translation>Printing did not complete.</translation>
    </message>
    <message>
        <source>Không ghi được tệp PDF %1: %2</source>
        <translation>Cannot write the PDF file %1: %2</translation>
    </message>
</context>
<context>
    <name>pc::ScheduleText</name>
    <message>
        <source>Tệp lịch nghỉ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>The holiday schedule file is not valid JSON (offset %1: %2).</translation>
    </message>
    <message>
        <source>Không phải tệp lịch nghỉ PostCounter (format postcounter-holiday-schedule, format_version 1).</source>
        <translation>Not a PostCounter holiday schedule (format postcounter-holiday-schedule, format_version 1).</translation>
    </message>
    <message>
        <source>Năm phải từ 1900 đến 2100.</source>
        <translation>The year must be 1900 to 2100.</translation>
    </message>
    <message>
        <source>Thiếu nguồn ("source": số và ngày của văn bản công bố lịch nghỉ).</source>
        <translation>The source is missing ("source": number and date of the announcement).</translation>
    </message>
    <message>
        <source>days_off[%1]: ngày "%2" không hợp lệ hoặc không thuộc năm %3.</source>
        <translation>days_off[%1]: date "%2" is invalid or not in %3.</translation>
    </message>
    <message>
        <source>days_off[%1]: %2 là ngày cuối tuần, vốn đã được nghỉ.</source>
        <translation>days_off[%1]: %2 is a weekend day, already off.</translation>
    </message>
    <message>
        <source>days_off[%1]: thiếu tên ngày nghỉ.</source>
        <translation>days_off[%1]: the day off has no name.</translation>
    </message>
    <message>
        <source>days_off[%1]: ngày %2 bị lặp.</source>
        <translation>days_off[%1]: %2 is listed twice.</translation>
    </message>
    <message>
        <source>working_saturdays[%1]: "%2" không phải một ngày thứ Bảy của năm %3.</source>
        <translation>working_saturdays[%1]: "%2" is not a Saturday of %3.</translation>
    </message>
    <message>
        <source>Tệp lịch nghỉ có lỗi.</source>
        <translation>The holiday schedule file has errors.</translation>
    </message>
</context>
<context>
    <name>pc::SyncText</name>
    <message>
        <source>Chưa cấu hình địa chỉ https của trung tâm (chạy "sync enrol").</source>
        <translation>The centre's https address is not configured (run "sync enrol").</translation>
    </message>
    <message>
        <source>Không đọc được chứng chỉ của cơ quan chứng thực: %1</source>
        <translation>Cannot read the certificate authority file: %1</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm.</source>
        <translation>The counter is not set up: set it up before enrolling with the centre.</translation>
    </message>
    <message>
        <source>Trung tâm từ chối mã đăng ký (%1): %2</source>
        <translation>The centre refused the enrolment code (%1): %2</translation>
    </message>
    <message>
        <source>Trả lời đăng ký của trung tâm không hợp lệ.</source>
        <translation>The centre's enrolment answer is not valid.</translation>
    </message>
    <message>
        <source>Đồng hồ máy quầy lệch %1 phút so với trung tâm: ngày hẹn in trên giấy tiếp nhận có thể sai. Hãy chỉnh đồng hồ.</source>
        <translation>The counter's clock is %1 minutes off the centre's: appointment dates on receipts may be wrong. Set the clock.</translation>
    </message>
    <message>
        <source>Đã có hồ sơ ghi thời điểm muộn hơn giờ của trung tâm: đồng hồ máy quầy từng chạy sai.</source>
        <translation>Some dossiers carry times later than the centre's clock: the counter's clock was wrong before.</translation>
    </message>
    <message>
        <source>Trung tâm không nhận mã thiết bị của quầy (%1). Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>The centre does not accept this counter's device token (%1). Enrol the counter again.</translation>
    </message>
    <message>
        <source>Trung tâm trả lời lỗi %1 %2.</source>
        <translation>The centre answered with error %1 %2.</translation>
    </message>
    <message>
        <source>Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1</source>
        <translation>The answer did not come from the centre (the network may want a login): %1</translation>
    </message>
    <message>
        <source>Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>The centre does not accept this counter's device token. Enrol the counter again.</translation>
    </message>
    <message>
        <source>Danh sách thay đổi từ trung tâm không hợp lệ: %1</source>
        <translation>The centre's list of changes is not valid: %1</translation>
    </message>
    <message>
        <source>Quầy chưa đăng ký với trung tâm (chạy "sync enrol").</source>
        <translation>The counter is not enrolled with the centre (run "sync enrol").</translation>
    </message>
</context>
<context>
    <name>pc::WireText</name>
    <message>
        <source>Trung tâm trả về %1 không phải JSON hợp lệ.</source>
        <translation>The centre returned a %1 that is not valid JSON.</translation>
    </message>
    <message>
        <source>Trung tâm dùng phiên bản giao thức khác (%1, cần %2).</source>
        <translation>The centre speaks another protocol version (%1, %2 needed).</translation>
    </message>
    <message>
        <source>lô sự kiện</source>
        <translation>event batch</translation>
    </message>
    <message>
        <source>Lô sự kiện thiếu batch_id hoặc events.</source>
        <translation>The event batch lacks batch_id or events.</translation>
    </message>
    <message>
        <source>kết quả lô</source>
        <translation>batch result</translation>
    </message>
    <message>
        <source>Trả lời của trung tâm thiếu danh sách kết quả.</source>
        <translation>The centre's answer lacks the list of results.</translation>
    </message>
    <message>
        <source>Kết quả không rõ cho sự kiện %1: "%2".</source>
        <translation>Unknown result for event %1: "%2".</translation>
    </message>
    <message>
        <source>Trả lời của trung tâm có kết quả không mang mã sự kiện.</source>
        <translation>The centre's answer has a result without an event id.</translation>
    </message>
    <message>
        <source>danh sách thay đổi</source>
        <translation>list of changes</translation>
    </message>
    <message>
        <source>Danh sách thay đổi thiếu cursor hoặc changes.</source>
        <translation>The list of changes lacks cursor or changes.</translation>
    </message>
    <message>
        <source>Thay đổi trạng thái số %1 không hợp lệ.</source>
        <translation>Status change %1 is not valid.</translation>
    </message>
</context>
<context>
    <name>pc::cli::CliText</name>
    <message>
        <source>Cách dùng: catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]</source>
        <translation>Usage: catalogue fields | catalogue search WORDS | catalogue show CODE [--json]</translation>
    </message>
    <message>
        <source>Cách dùng: catalogue search TỪ KHÓA</source>
        <translation>Usage: catalogue search WORDS</translation>
    </message>
    <message>
        <source>Cách dùng: catalogue show MÃ [--json]</source>
        <translation>Usage: catalogue show CODE [--json]</translation>
    </message>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>No procedure with code "%1" in the catalogue.</translation>
    </message>
    <message>
        <source>Lĩnh vực: </source>
        <translation>Field: </translation>
    </message>
    <message>
        <source>Cơ quan giải quyết: </source>
        <translation>Deciding agency: </translation>
    </message>
    <message>
        <source>Thời hạn: </source>
        <translation>Duration: </translation>
    </message>
    <message>
        <source>Phí: </source>
        <translation>Fee: </translation>
    </message>
    <message>
        <source>; lệ phí: </source>
        <translation>; charge: </translation>
    </message>
    <message>
        <source>Thành phần hồ sơ:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source> (%1 bản chính, %2 bản sao)%3</source>
        <translation> (%1 original(s), %2 copy(ies))%3</translation>
    </message>
    <message>
        <source>, không bắt buộc</source>
        <translation>, optional</translation>
    </message>
    <message>
        <source>Lệnh catalogue không rõ: %1</source>
        <translation>Unknown catalogue command: %1</translation>
    </message>
    <message>
        <source>Cách dùng: intake --json TỆP ("-" = đọc từ đầu vào chuẩn)</source>
        <translation>Usage: intake --json FILE ("-" = read standard input)</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Cách dùng: list [--status S] [--json]</source>
        <translation>Usage: list [--status S] [--json]</translation>
    </message>
    <message>
        <source>Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)</source>
        <translation>Unknown status: %1 (use a code 1–10 or received, in_progress, …)</translation>
    </message>
    <message>
        <source>Cách dùng: show MÃ_HỒ_SƠ --json</source>
        <translation>Usage: show DOSSIER_CODE --json</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>No dossier with code "%1".</translation>
    </message>
    <message>
        <source>Cách dùng: setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]</source>
        <translation>Usage: setup --unit-id ID --unit-name NAME --counter N [--range-start A --range-end B]</translation>
    </message>
    <message>
        <source>Số quầy phải là số: %1</source>
        <translation>The counter number must be a number: %1</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ phải là số.</source>
        <translation>The dossier number range must be numbers.</translation>
    </message>
    <message>
        <source>Đã thiết lập quầy %1 của %2 (%3), dãy số hồ sơ %4–%5 mỗi ngày.</source>
        <translation>Set up counter %1 of %2 (%3), dossier numbers %4–%5 per day.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar lunar YYYY-MM-DD</source>
        <translation>Usage: calendar lunar YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Ngày "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2100).</source>
        <translation>Date "%1" is not valid (YYYY-MM-DD, years 1900–2100).</translation>
    </message>
    <message>
        <source>Cách dùng: calendar solar YYYY-MM-DD [--leap]  (ngày Âm lịch)</source>
        <translation>Usage: calendar solar YYYY-MM-DD [--leap]  (a lunar date)</translation>
    </message>
    <message>
        <source>Ngày Âm lịch "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2100).</source>
        <translation>Lunar date "%1" is not valid (YYYY-MM-DD, years 1900–2100).</translation>
    </message>
    <message>
        <source>Năm Âm lịch %1 không có tháng %2 nhuận, hoặc tháng đó không có ngày %3.</source>
        <translation>Lunar year %1 has no leap month %2, or that month has no day %3.</translation>
    </message>
    <message>
        <source>Tháng %2 năm Âm lịch %1 không có ngày %3.</source>
        <translation>Month %2 of lunar year %1 has no day %3.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar holidays NĂM (1900–2100)</source>
        <translation>Usage: calendar holidays YEAR (1900–2100)</translation>
    </message>
    <message>
        <source>Lịch nghỉ năm %1: %2</source>
        <translation>Days off in %1: %2</translation>
    </message>
    <message>
        <source>Cách dùng: calendar working-saturdays NĂM</source>
        <translation>Usage: calendar working-saturdays YEAR</translation>
    </message>
    <message>
        <source>Cách dùng: calendar import TỆP.json</source>
        <translation>Usage: calendar import FILE.json</translation>
    </message>
    <message>
        <source>Đã nạp lịch nghỉ chính thức năm %1 (%2): %3 ngày nghỉ, %4 ngày thứ Bảy làm bù.</source>
        <translation>Loaded the official schedule for %1 (%2): %3 days off, %4 working Saturdays.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar lunar|solar|holidays|import|working-saturdays …</source>
        <translation>Usage: calendar lunar|solar|holidays|import|working-saturdays …</translation>
    </message>
    <message>
        <source>Lệnh calendar không rõ: %1</source>
        <translation>Unknown calendar command: %1</translation>
    </message>
    <message>
        <source>Cách dùng: deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]</source>
        <translation>Usage: deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận "%1" không hợp lệ (YYYY-MM-DDTHH:MM).</source>
        <translation>Receipt time "%1" is not valid (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>Thời hạn phải là số nguyên từ 0 đến 3650.</source>
        <translation>The duration must be an integer from 0 to 3650.</translation>
    </message>
    <message>
        <source>Giờ chốt nhận "%1" không hợp lệ (HH:MM).</source>
        <translation>Cut-off time "%1" is not valid (HH:MM).</translation>
    </message>
    <message>
        <source>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Usage: check cccd NUMBER [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check s10 ID | check phone NUMBER</translation>
    </message>
    <message>
        <source>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ]</source>
        <translation>Usage: check cccd NUMBER [--birth-date YYYY-MM-DD] [--gender Nam|Nữ]</translation>
    </message>
    <message>
        <source>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</source>
        <translation>Birth date "%1" is not in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Giới tính phải là Nam hoặc Nữ.</source>
        <translation>Gender must be Nam or Nữ.</translation>
    </message>
    <message>
        <source>Cách dùng: check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Usage: check s10 ID | check phone NUMBER</translation>
    </message>
    <message>
        <source>Không rõ cần kiểm tra gì: %1 (cccd, s10, phone)</source>
        <translation>Unknown check: %1 (cccd, s10, phone)</translation>
    </message>
    <message>
        <source>Cách dùng: parse cccd-qr NỘI_DUNG_MÃ_QR</source>
        <translation>Usage: parse cccd-qr QR_PAYLOAD</translation>
    </message>
    <message>
        <source>Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf</source>
        <translation>Usage: print receipt DOSSIER_CODE|supplement NUMBER|refusal NUMBER --layout a4|a5|thermal80 --pdf FILE.pdf</translation>
    </message>
    <message>
        <source>Khổ giấy không rõ: %1 (a4, a5, thermal80).</source>
        <translation>Unknown paper layout: %1 (a4, a5, thermal80).</translation>
    </message>
    <message>
        <source>Loại phiếu không rõ: %1 (receipt, supplement, refusal).</source>
        <translation>Unknown document: %1 (receipt, supplement, refusal).</translation>
    </message>
    <message>
        <source>Số phiếu không hợp lệ: %1</source>
        <translation>Invalid slip number: %1</translation>
    </message>
    <message>
        <source>Cách dùng: guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO</source>
        <translation>Usage: guidance supplement --json FILE [--reason REASON] [--contact CONTACT] | guidance refusal --json FILE --reason REASON</translation>
    </message>
    <message>
        <source>Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --code MÃ --ca TỆP_CA [--pin SHA256]</source>
        <translation>Usage: sync --once | sync status | sync quarantine | sync enrol --url URL --code CODE --ca CA_FILE [--pin SHA256]</translation>
    </message>
    <message>
        <source>Cách dùng: sync enrol --url URL --code MÃ --ca TỆP_CA [--pin SHA256]</source>
        <translation>Usage: sync enrol --url URL --code CODE --ca CA_FILE [--pin SHA256]</translation>
    </message>
    <message>
        <source>Đã đăng ký quầy với trung tâm %1.</source>
        <translation>The counter is enrolled with the centre %1.</translation>
    </message>
    <message>
        <source>Lỗi lần đồng bộ trước: %1</source>
        <translation>Error of the last sync: %1</translation>
    </message>
    <message>
        <source>Lệnh sync không rõ: %1</source>
        <translation>Unknown sync command: %1</translation>
    </message>
    <message>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Đã lưu PDF: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>Cách dùng: settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list
Khóa: %1</source>
        <translation>Usage: settings get KEY | settings set KEY VALUE | settings list
Keys: %1</translation>
    </message>
</context>
<context>
    <name>pc::sql::StorageText</name>
    <message>
        <source>Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; không có dữ liệu nào bị mất.</source>
        <translation>The disk is full. Free some space and try again; no data was lost.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây.</source>
        <translation>The database is busy (another program is writing). Try again in a few seconds.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào tệp cơ sở dữ liệu.</source>
        <translation>No permission to write the database file.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa.</source>
        <translation>Disk read/write error. Check the disk.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation>The database file is damaged. Ask the IT team to restore it from a backup.</translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu.</source>
        <translation>Cannot open the database file.</translation>
    </message>
</context>
</TS>
