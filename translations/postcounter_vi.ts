<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>Catalogue</name>
    <message>
        <source>Danh mục có sẵn trong ứng dụng bị lỗi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục phiên bản %1 không mới hơn phiên bản đang dùng (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có danh mục thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lỗi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: postcounter-cli [--db ĐƯỜNG_DẪN] LỆNH ...
  setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]
  catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]
  intake --json TỆP|-
  list [--status S] [--json]
  show MÃ_HỒ_SƠ --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệnh không rõ: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Mới đăng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Được tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không được tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n ngày làm việc</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n giờ làm việc</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ngày</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Quầy đã dùng hết dãy số hồ sơ của ngày %1 (%2–%3). Hãy báo trưởng bưu cục mở rộng dãy số của quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tiếp nhận hồ sơ thủ tục hành chính tại bưu cục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu của quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi hoặc en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được dữ liệu của quầy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::CatalogueParser</name>
    <message>
        <source>không phải tệp danh mục PostCounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phiên bản định dạng không được hỗ trợ (cần 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phải là số nguyên dương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã cơ quan bị trùng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã lĩnh vực bị trùng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cơ quan không có trong danh mục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>danh mục không có thủ tục nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu hoặc không phải mảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiếu hoặc rỗng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phải là số nguyên không âm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mã thủ tục bị trùng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lĩnh vực không có trong danh mục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần đúng một trong working_days, working_hours, calendar_days với giá trị dương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giờ không hợp lệ (cần HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thủ tục phải có ít nhất một thành phần hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cần ít nhất một bản chính hoặc bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cách trả kết quả không hợp lệ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp danh mục không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tệp danh mục có %n lỗi.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::CounterIdentityText</name>
    <message>
        <source>ĐƠN VỊ MẪU – Bưu cục thử nghiệm (thay bằng đơn vị thật)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã định danh đơn vị tiếp nhận không hợp lệ: &quot;%1&quot; (ví dụ đúng: 000.00.16.H56).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quầy phải từ 0 đến 9 (mỗi quầy dùng một dãy 1.000 số hồ sơ mỗi ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dãy số hồ sơ của quầy không hợp lệ (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::CounterSetupDialog</name>
    <message>
        <source>Thiết lập quầy giao dịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp (ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Đây là đơn vị MẪU&lt;/b&gt;: hãy thay bằng đơn vị thật trước khi tiếp nhận hồ sơ của công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã định danh đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quầy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dãy số hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 mỗi ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DatabaseText</name>
    <message>
        <source>Không tạo được thư mục dữ liệu %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không bật được chế độ WAL cho cơ sở dữ liệu (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu tệp nâng cấp cơ sở dữ liệu %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DossierJsonText</name>
    <message>
        <source>Dữ liệu hồ sơ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ phải là một đối tượng JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường &quot;%1&quot; phải là chuỗi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu mã thủ tục (&quot;procedure&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiếu thông tin người nộp (&quot;applicant&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh &quot;%1&quot; không đúng dạng YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;documents&quot; phải là một mảng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1: số bản phải là số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1 thiếu tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sets&quot; phải là số nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách trả kết quả &quot;%1&quot; không hợp lệ (counter hoặc post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận &quot;%1&quot; không đúng dạng ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ có lỗi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DossierQueueModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::IdentifiersText</name>
    <message>
        <source>Số định danh chỉ gồm chữ số (nhận được &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục này yêu cầu số định danh cá nhân 12 chữ số, không nhận CMND 9 số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Số định danh cá nhân phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có %n chữ số.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ba chữ số đầu &quot;%1&quot; không phải mã tỉnh nơi đăng ký khai sinh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ số thứ 4 và 5–6 cho năm sinh %1, không thể đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số định danh cho giới tính %1 nhưng đã chọn %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại &quot;%1&quot; không hợp lệ (10 chữ số bắt đầu bằng 0, hoặc +84).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ thư điện tử &quot;%1&quot; không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi &quot;%1&quot; phải gồm 2 chữ cái, 9 chữ số và 2 chữ cái (ví dụ EE123456785VN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi &quot;%1&quot; không phải của Việt Nam (phải kết thúc bằng VN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi &quot;%1&quot; sai chữ số kiểm tra (đúng là %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::IntakeText</name>
    <message>
        <source>%1: cần %2 bản chính, %3 bản sao; đã nhận %4 bản chính, %5 bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có thủ tục mã &quot;%1&quot; trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính phải là &quot;Nam&quot; hoặc &quot;Nữ&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 đến 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số bản của giấy tờ &quot;%1&quot; không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục này không trả kết quả qua bưu chính.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trả kết quả qua bưu chính cần địa chỉ nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận ở tương lai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ có lỗi cần sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa tải được danh mục thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hồ sơ còn thiếu %n giấy tờ bắt buộc; chưa tiếp nhận. Hãy lập phiếu yêu cầu bổ sung.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>PostCounter – Tiếp nhận hồ sơ thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm theo tên người nộp, mã hồ sơ, số định danh hoặc số điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thiết lập &amp;quầy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu PostCounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – quầy %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ĐƠN VỊ MẪU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hôm nay: %n hồ sơ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chờ đồng bộ: %n sự kiện</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thiết lập quầy lần đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu PostCounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PostCounter %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục (Quyết định 468/QĐ-TTg).&lt;/p&gt;&lt;p&gt;Danh mục thủ tục: phiên bản %2%3.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dữ liệu mẫu)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::cli::CliText</name>
    <message>
        <source>Cách dùng: catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: catalogue search TỪ KHÓA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: catalogue show MÃ [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có thủ tục mã &quot;%1&quot; trong danh mục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lĩnh vực: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ quan giải quyết: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời hạn: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phí: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; lệ phí: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thành phần hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 bản chính, %2 bản sao)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệnh catalogue không rõ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: intake --json TỆP (&quot;-&quot; = đọc từ đầu vào chuẩn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảnh báo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: list [--status S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: show MÃ_HỒ_SƠ --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có hồ sơ mã &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cách dùng: setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số quầy phải là số: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dãy số hồ sơ phải là số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thiết lập quầy %1 của %2 (%3), dãy số hồ sơ %4–%5 mỗi ngày.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::sql::StorageText</name>
    <message>
        <source>Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; không có dữ liệu nào bị mất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có quyền ghi vào tệp cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
