<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>Catalogue</name>
    <message>
        <source>Danh mục có sẵn trong ứng dụng bị lỗi: %1</source>
        <translation>Danh mục có sẵn trong ứng dụng bị lỗi: %1</translation>
    </message>
    <message>
        <source>Danh mục phiên bản %1 không mới hơn phiên bản đang dùng (%2).</source>
        <translation>Danh mục phiên bản %1 không mới hơn phiên bản đang dùng (%2).</translation>
    </message>
    <message>
        <source>Chưa có danh mục thủ tục.</source>
        <translation>Chưa có danh mục thủ tục.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Lỗi: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Lệnh không rõ: %1
%2</source>
        <translation>Lệnh không rõ: %1
%2</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Mới đăng ký</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Được tiếp nhận</source>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>Không được tiếp nhận</source>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ</source>
        <translation>Công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Dừng xử lý</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Đã xử lý xong</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Đã trả kết quả</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <source>%n ngày làm việc</source>
        <translation><numerusform>%n ngày làm việc</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n giờ làm việc</source>
        <translation><numerusform>%n giờ làm việc</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ngày</source>
        <translation><numerusform>%n ngày</numerusform></translation>
    </message>
    <message>
        <source>theo thông báo của cơ quan giải quyết</source>
        <translation>theo thông báo của cơ quan giải quyết</translation>
    </message>
    <message>
        <source>trong ngày (tiếp nhận sau giờ hạn: ngày làm việc tiếp theo)</source>
        <translation>trong ngày (tiếp nhận sau giờ hạn: ngày làm việc tiếp theo)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Quầy đã dùng hết dãy số hồ sơ của ngày %1 (%2–%3). Hãy báo trưởng bưu cục mở rộng dãy số của quầy.</source>
        <translation>Quầy đã dùng hết dãy số hồ sơ của ngày %1 (%2–%3). Hãy báo trưởng bưu cục mở rộng dãy số của quầy.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu</source>
        <translation>Lỗi cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Trình điều khiển cơ sở dữ liệu không phải SQLite.</source>
        <translation>Trình điều khiển cơ sở dữ liệu không phải SQLite.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tiếp nhận hồ sơ thủ tục hành chính tại bưu cục</source>
        <translation>Tiếp nhận hồ sơ thủ tục hành chính tại bưu cục</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu của quầy.</source>
        <translation>Tệp cơ sở dữ liệu của quầy.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện: vi hoặc en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>Không mở được dữ liệu của quầy</source>
        <translation>Không mở được dữ liệu của quầy</translation>
    </message>
</context>
<context>
    <name>pc::AccessText</name>
    <message>
        <source>Đổi thông tin quầy</source>
        <translation>Đổi thông tin quầy</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm</source>
        <translation>Đăng ký quầy với trung tâm</translation>
    </message>
    <message>
        <source>Sửa thông tin đơn vị in trên phiếu</source>
        <translation>Sửa thông tin đơn vị in trên phiếu</translation>
    </message>
    <message>
        <source>Xử lý sự kiện đồng bộ bị từ chối</source>
        <translation>Xử lý sự kiện đồng bộ bị từ chối</translation>
    </message>
    <message>
        <source>Quản lý tài khoản</source>
        <translation>Quản lý tài khoản</translation>
    </message>
    <message>
        <source>Xem nhật ký kiểm tra</source>
        <translation>Xem nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>Tạo tài khoản giao dịch viên</source>
        <translation>Tạo tài khoản giao dịch viên</translation>
    </message>
    <message>
        <source>Tạo tài khoản %1</source>
        <translation>Tạo tài khoản %1</translation>
    </message>
    <message>
        <source>Sửa tài khoản giao dịch viên</source>
        <translation>Sửa tài khoản giao dịch viên</translation>
    </message>
    <message>
        <source>Sửa tài khoản %1</source>
        <translation>Sửa tài khoản %1</translation>
    </message>
</context>
<context>
    <name>pc::AccountService</name>
    <message>
        <source>Tên đăng nhập "%1" không hợp lệ: 2–32 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ lan.nt).</source>
        <translation>Tên đăng nhập "%1" không hợp lệ: 2–32 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ lan.nt).</translation>
    </message>
    <message>
        <source>Tên đăng nhập "%1" được chương trình dùng riêng; hãy chọn tên khác.</source>
        <translation>Tên đăng nhập "%1" được chương trình dùng riêng; hãy chọn tên khác.</translation>
    </message>
    <message numerus="yes">
        <source>Mật khẩu phải có ít nhất %n ký tự.</source>
        <translation><numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform></translation>
    </message>
    <message>
        <source>Mật khẩu dài quá 256 ký tự.</source>
        <translation>Mật khẩu dài quá 256 ký tự.</translation>
    </message>
    <message>
        <source>Không có tài khoản %1.</source>
        <translation>Không có tài khoản %1.</translation>
    </message>
    <message>
        <source>Họ tên người dùng phải có từ 1 đến 100 ký tự.</source>
        <translation>Họ tên người dùng phải có từ 1 đến 100 ký tự.</translation>
    </message>
    <message>
        <source>Đã có tài khoản %1.</source>
        <translation>Đã có tài khoản %1.</translation>
    </message>
    <message>
        <source>Đã có tài khoản quản trị; tài khoản mới do quản trị hoặc trưởng bưu cục tạo.</source>
        <translation>Đã có tài khoản quản trị; tài khoản mới do quản trị hoặc trưởng bưu cục tạo.</translation>
    </message>
    <message>
        <source>Không thể tự khóa tài khoản đang dùng (%1).</source>
        <translation>Không thể tự khóa tài khoản đang dùng (%1).</translation>
    </message>
    <message>
        <source>%1 là tài khoản quản trị cuối cùng còn dùng được; hãy tạo tài khoản quản trị khác trước.</source>
        <translation>%1 là tài khoản quản trị cuối cùng còn dùng được; hãy tạo tài khoản quản trị khác trước.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra bàn phím (Caps Lock, bộ gõ tiếng Việt) rồi nhập lại.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra bàn phím (Caps Lock, bộ gõ tiếng Việt) rồi nhập lại.</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập sai mật khẩu %1 lần liên tiếp. Hãy chờ %n giây rồi thử lại.</source>
        <translation><numerusform>Đã nhập sai mật khẩu %1 lần liên tiếp. Hãy chờ %n giây rồi thử lại.</numerusform></translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa. Hãy liên hệ trưởng bưu cục.</source>
        <translation>Tài khoản %1 đã bị khóa. Hãy liên hệ trưởng bưu cục.</translation>
    </message>
    <message numerus="yes">
        <source>Đã sai %1 lần liên tiếp: hãy chờ %n giây rồi thử lại.</source>
        <translation><numerusform>Đã sai %1 lần liên tiếp: hãy chờ %n giây rồi thử lại.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Còn %n lần thử trước khi phải chờ.</source>
        <translation><numerusform>Còn %n lần thử trước khi phải chờ.</numerusform></translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa.</source>
        <translation>Tài khoản %1 đã bị khóa.</translation>
    </message>
</context>
<context>
    <name>pc::ActorText</name>
    <message>
        <source>Giao dịch viên</source>
        <translation>Giao dịch viên</translation>
    </message>
    <message>
        <source>Trưởng bưu cục</source>
        <translation>Trưởng bưu cục</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <source>%1 cần quyền %2; tài khoản %3 là %4.</source>
        <translation>%1 cần quyền %2; tài khoản %3 là %4.</translation>
    </message>
</context>
<context>
    <name>pc::AddressEditor</name>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Xã/phường/đặc khu</source>
        <translation>Xã/phường/đặc khu</translation>
    </message>
    <message>
        <source>Số nhà, đường, thôn/xóm (hoặc địa chỉ cũ)</source>
        <translation>Số nhà, đường, thôn/xóm (hoặc địa chỉ cũ)</translation>
    </message>
</context>
<context>
    <name>pc::ApplicantForm</name>
    <message>
        <source>Cần nhập họ tên người nộp hồ sơ.</source>
        <translation>Cần nhập họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Ngày sinh không hợp lệ (ngày/tháng/năm, ví dụ 02/05/1989).</source>
        <translation>Ngày sinh không hợp lệ (ngày/tháng/năm, ví dụ 02/05/1989).</translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation>Ngày sinh ở tương lai.</translation>
    </message>
    <message>
        <source>Công dân</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Tổ chức, doanh nghiệp</source>
        <translation>Tổ chức, doanh nghiệp</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Người nộp:</source>
        <translation>Người nộp:</translation>
    </message>
    <message>
        <source>Tên tổ chức (*):</source>
        <translation>Tên tổ chức (*):</translation>
    </message>
    <message>
        <source>Họ và tên (*):</source>
        <translation>Họ và tên (*):</translation>
    </message>
    <message>
        <source>Mã số thuế:</source>
        <translation>Mã số thuế:</translation>
    </message>
    <message>
        <source>Số định danh/CCCD:</source>
        <translation>Số định danh/CCCD:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Điện thoại:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <source>Địa chỉ:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 02/05/1989</source>
        <translation>ngày/tháng/năm, ví dụ 02/05/1989</translation>
    </message>
    <message>
        <source>10 chữ số (chi nhánh: thêm -3 chữ số)</source>
        <translation>10 chữ số (chi nhánh: thêm -3 chữ số)</translation>
    </message>
    <message>
        <source>12 chữ số (CMND cũ: 9 chữ số)</source>
        <translation>12 chữ số (CMND cũ: 9 chữ số)</translation>
    </message>
    <message>
        <source>0912345678 hoặc +84912345678</source>
        <translation>0912345678 hoặc +84912345678</translation>
    </message>
    <message>
        <source>Tổ chức nộp hồ sơ: ghi họ tên người nộp (người đại diện hoặc người được ủy quyền), người này ký giấy tiếp nhận.</source>
        <translation>Tổ chức nộp hồ sơ: ghi họ tên người nộp (người đại diện hoặc người được ủy quyền), người này ký giấy tiếp nhận.</translation>
    </message>
    <message>
        <source>Ghi họ tên người nộp thay.</source>
        <translation>Ghi họ tên người nộp thay.</translation>
    </message>
    <message>
        <source>Người nộp (đại diện) (*):</source>
        <translation>Người nộp (đại diện) (*):</translation>
    </message>
    <message>
        <source>Người nộp thay:</source>
        <translation>Người nộp thay:</translation>
    </message>
    <message>
        <source>Số định danh người nộp:</source>
        <translation>Số định danh người nộp:</translation>
    </message>
    <message>
        <source>Họ tên người đại diện hoặc người được ủy quyền</source>
        <translation>Họ tên người đại diện hoặc người được ủy quyền</translation>
    </message>
    <message>
        <source>Chỉ ghi khi người khác nộp thay</source>
        <translation>Chỉ ghi khi người khác nộp thay</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 chữ số</translation>
    </message>
</context>
<context>
    <name>pc::AuditDialog</name>
    <message>
        <source>Nhật ký kiểm tra</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>mọi người dùng</source>
        <translation>mọi người dùng</translation>
    </message>
    <message>
        <source>mọi thao tác (ví dụ login, dossier.register)</source>
        <translation>mọi thao tác (ví dụ login, dossier.register)</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Thao tác:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Lọc</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra tính toàn vẹn</source>
        <translation>&amp;Kiểm tra tính toàn vẹn</translation>
    </message>
    <message>
        <source>&amp;Xuất CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Xuất nhật ký kiểm tra</source>
        <translation>Xuất nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n dòng.</source>
        <translation><numerusform>%n dòng.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Nhật ký nguyên vẹn: %n dòng, chuỗi mã băm khớp.</source>
        <translation><numerusform>Nhật ký nguyên vẹn: %n dòng, chuỗi mã băm khớp.</numerusform></translation>
    </message>
    <message>
        <source>Nhật ký bị can thiệp: dòng %1 %2. Báo bộ phận CNTT tỉnh.</source>
        <translation>Nhật ký bị can thiệp: dòng %1 %2. Báo bộ phận CNTT tỉnh.</translation>
    </message>
    <message>
        <source>tệp CSV</source>
        <translation>tệp CSV</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất %n dòng ra %1.</source>
        <translation><numerusform>Đã xuất %n dòng ra %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>pc::AuditLog</name>
    <message>
        <source>thiếu dòng %1 (đã bị xóa?)</source>
        <translation>thiếu dòng %1 (đã bị xóa?)</translation>
    </message>
    <message>
        <source>số thứ tự %1 không tiếp theo dòng trước</source>
        <translation>số thứ tự %1 không tiếp theo dòng trước</translation>
    </message>
    <message>
        <source>không nối tiếp dòng trước (bị chèn, xóa hoặc sửa dòng trước)</source>
        <translation>không nối tiếp dòng trước (bị chèn, xóa hoặc sửa dòng trước)</translation>
    </message>
    <message>
        <source>nội dung đã bị sửa sau khi ghi</source>
        <translation>nội dung đã bị sửa sau khi ghi</translation>
    </message>
    <message>
        <source>STT,Thời điểm,Người dùng,Thao tác,Đối tượng,Chi tiết,Mã băm</source>
        <translation>STT,Thời điểm,Người dùng,Thao tác,Đối tượng,Chi tiết,Mã băm</translation>
    </message>
</context>
<context>
    <name>pc::BackupController</name>
    <message>
        <source>Chưa sao lưu lần nào</source>
        <translation>Chưa sao lưu lần nào</translation>
    </message>
    <message numerus="yes">
        <source>Sao lưu: %n giờ trước (%1)</source>
        <translation><numerusform>Sao lưu: %n giờ trước (%1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sao lưu: %n ngày trước (%1)</source>
        <translation><numerusform>Sao lưu: %n ngày trước (%1)</numerusform></translation>
    </message>
</context>
<context>
    <name>pc::BackupServiceText</name>
    <message>
        <source>Không mở được cơ sở dữ liệu %1.</source>
        <translation>Không mở được cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>cấu hình sao lưu</source>
        <translation>cấu hình sao lưu</translation>
    </message>
    <message>
        <source>Số bản sao lưu giữ lại phải từ 1 đến 365.</source>
        <translation>Số bản sao lưu giữ lại phải từ 1 đến 365.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu phải là một đường dẫn đầy đủ: %1</source>
        <translation>Thư mục sao lưu phải là một đường dẫn đầy đủ: %1</translation>
    </message>
    <message>
        <source>Không thấy thư mục sao lưu %1 (ổ USB hay ổ mạng chưa được cắm/kết nối?). Chưa sao lưu được; dữ liệu của quầy không bị ảnh hưởng.</source>
        <translation>Không thấy thư mục sao lưu %1 (ổ USB hay ổ mạng chưa được cắm/kết nối?). Chưa sao lưu được; dữ liệu của quầy không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục sao lưu %1 (không có quyền ghi).</source>
        <translation>Không ghi được vào thư mục sao lưu %1 (không có quyền ghi).</translation>
    </message>
    <message>
        <source>Không đặt được tên tệp sao lưu %1; không có tệp dở dang nào được để lại.</source>
        <translation>Không đặt được tên tệp sao lưu %1; không có tệp dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Không xóa được bản sao lưu cũ %1.</source>
        <translation>Không xóa được bản sao lưu cũ %1.</translation>
    </message>
    <message>
        <source>Chuỗi nhật ký kiểm toán trong %1 bị phá vỡ ở dòng %2: %3. Bản sao lưu này đã bị sửa; không dùng để khôi phục.</source>
        <translation>Chuỗi nhật ký kiểm toán trong %1 bị phá vỡ ở dòng %2: %3. Bản sao lưu này đã bị sửa; không dùng để khôi phục.</translation>
    </message>
    <message numerus="yes">
        <source>nguyên vẹn, %n dòng</source>
        <translation><numerusform>nguyên vẹn, %n dòng</numerusform></translation>
    </message>
    <message>
        <source>Bản sao lưu %1 được mã hóa: cần mật khẩu.</source>
        <translation>Bản sao lưu %1 được mã hóa: cần mật khẩu.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống để kiểm tra %1.</source>
        <translation>Không đủ chỗ trống để kiểm tra %1.</translation>
    </message>
    <message>
        <source>khôi phục từ bản sao lưu</source>
        <translation>khôi phục từ bản sao lưu</translation>
    </message>
    <message numerus="yes">
        <source>Cơ sở dữ liệu %1 đang được mở (%n phiên: cửa sổ PostCounter hoặc một lệnh đang chạy). Hãy đóng cửa sổ và chờ các lệnh kết thúc, rồi khôi phục lại; không có gì bị thay đổi.</source>
        <translation><numerusform>Cơ sở dữ liệu %1 đang được mở (%n phiên: cửa sổ PostCounter hoặc một lệnh đang chạy). Hãy đóng cửa sổ và chờ các lệnh kết thúc, rồi khôi phục lại; không có gì bị thay đổi.</numerusform></translation>
    </message>
    <message>
        <source>Không chép được %1 (không đọc được tệp, hoặc ổ đĩa đầy).</source>
        <translation>Không chép được %1 (không đọc được tệp, hoặc ổ đĩa đầy).</translation>
    </message>
    <message>
        <source>Không ghi được tệp khôi phục: ổ đĩa đầy.</source>
        <translation>Không ghi được tệp khôi phục: ổ đĩa đầy.</translation>
    </message>
    <message>
        <source>Không đổi tên được cơ sở dữ liệu hiện tại %1; không có gì bị thay đổi.</source>
        <translation>Không đổi tên được cơ sở dữ liệu hiện tại %1; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Không đặt được bản khôi phục vào %1; cơ sở dữ liệu cũ được giữ nguyên.</source>
        <translation>Không đặt được bản khôi phục vào %1; cơ sở dữ liệu cũ được giữ nguyên.</translation>
    </message>
    <message>
        <source>Không mở được %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị thay thế không đọc được (%1): số hồ sơ và sự kiện đã gửi không được đối chiếu; hãy kiểm tra với trung tâm trước khi tiếp nhận hồ sơ mới.</source>
        <translation>Cơ sở dữ liệu bị thay thế không đọc được (%1): số hồ sơ và sự kiện đã gửi không được đối chiếu; hãy kiểm tra với trung tâm trước khi tiếp nhận hồ sơ mới.</translation>
    </message>
    <message>
        <source>Không có cơ sở dữ liệu cũ để đối chiếu số hồ sơ và sự kiện đã gửi.</source>
        <translation>Không có cơ sở dữ liệu cũ để đối chiếu số hồ sơ và sự kiện đã gửi.</translation>
    </message>
    <message numerus="yes">
        <source>%n sự kiện trung tâm đã nhận sau bản sao lưu sẽ không gửi lại.</source>
        <translation><numerusform>%n sự kiện trung tâm đã nhận sau bản sao lưu sẽ không gửi lại.</numerusform></translation>
    </message>
    <message>
        <source>Số hồ sơ, số sổ và số phiếu hướng dẫn tiếp tục sau các số đã cấp, kể cả sau bản sao lưu.</source>
        <translation>Số hồ sơ, số sổ và số phiếu hướng dẫn tiếp tục sau các số đã cấp, kể cả sau bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>pc::BackupStatus</name>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Sao lưu không thành công: %1</source>
        <translation>Sao lưu không thành công: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Bản sao lưu gần nhất của dữ liệu quầy. Quá 2 ngày: màu vàng; quá 7 ngày: màu đỏ.</source>
        <translation>Bản sao lưu gần nhất của dữ liệu quầy. Quá 2 ngày: màu vàng; quá 7 ngày: màu đỏ.</translation>
    </message>
    <message>
        <source>Lần sao lưu gần nhất không thành công: %1</source>
        <translation>Lần sao lưu gần nhất không thành công: %1</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Sao lưu ngay</translation>
    </message>
</context>
<context>
    <name>pc::BackupText</name>
    <message>
        <source>ổ đĩa đầy</source>
        <translation>ổ đĩa đầy</translation>
    </message>
    <message>
        <source>lỗi ghi đĩa (ổ USB đã bị rút ra?)</source>
        <translation>lỗi ghi đĩa (ổ USB đã bị rút ra?)</translation>
    </message>
    <message>
        <source>không mở được tệp</source>
        <translation>không mở được tệp</translation>
    </message>
    <message>
        <source>không có quyền ghi</source>
        <translation>không có quyền ghi</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bận</source>
        <translation>cơ sở dữ liệu đang bận</translation>
    </message>
    <message>
        <source>tệp bị hỏng</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <source>Sao lưu vào %1 thất bại: %2. Không có tệp dở dang nào được để lại.</source>
        <translation>Sao lưu vào %1 thất bại: %2. Không có tệp dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu %1 để sao lưu: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1 để sao lưu: %2</translation>
    </message>
    <message>
        <source>Tệp %1 không dùng được để khôi phục: %2</source>
        <translation>Tệp %1 không dùng được để khôi phục: %2</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu SQLite</source>
        <translation>không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu PostCounter</source>
        <translation>không phải cơ sở dữ liệu PostCounter</translation>
    </message>
    <message>
        <source>kiểm tra toàn vẹn báo lỗi (%1)</source>
        <translation>kiểm tra toàn vẹn báo lỗi (%1)</translation>
    </message>
    <message>
        <source>Bản sao lưu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn trước khi khôi phục.</source>
        <translation>Bản sao lưu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn trước khi khôi phục.</translation>
    </message>
</context>
<context>
    <name>pc::CalendarServiceText</name>
    <message>
        <source>Lịch nghỉ có sẵn %1 trong ứng dụng bị lỗi: %2</source>
        <translation>Lịch nghỉ có sẵn %1 trong ứng dụng bị lỗi: %2</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ có sẵn trong ứng dụng bị lỗi.</source>
        <translation>Quy tắc ngày nghỉ có sẵn trong ứng dụng bị lỗi.</translation>
    </message>
    <message>
        <source>Lịch nghỉ năm %1 bỏ ngày nghỉ lễ theo luật mà không thay thế; không nạp.</source>
        <translation>Lịch nghỉ năm %1 bỏ ngày nghỉ lễ theo luật mà không thay thế; không nạp.</translation>
    </message>
    <message>
        <source>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</source>
        <translation>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</translation>
    </message>
</context>
<context>
    <name>pc::CalendarText</name>
    <message>
        <source>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</source>
        <translation>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ phiên bản %1 (Bộ luật Lao động 2019, Điều 111 và 112)</source>
        <translation>Quy tắc ngày nghỉ phiên bản %1 (Bộ luật Lao động 2019, Điều 111 và 112)</translation>
    </message>
    <message>
        <source>Không đọc được lịch nghỉ chính thức năm %1: %2</source>
        <translation>Không đọc được lịch nghỉ chính thức năm %1: %2</translation>
    </message>
</context>
<context>
    <name>pc::CatalogueParser</name>
    <message>
        <source>không phải tệp danh mục PostCounter</source>
        <translation>không phải tệp danh mục PostCounter</translation>
    </message>
    <message>
        <source>phiên bản định dạng không được hỗ trợ (cần 1)</source>
        <translation>phiên bản định dạng không được hỗ trợ (cần 1)</translation>
    </message>
    <message>
        <source>phải là số nguyên dương</source>
        <translation>phải là số nguyên dương</translation>
    </message>
    <message>
        <source>mã cơ quan bị trùng: %1</source>
        <translation>mã cơ quan bị trùng: %1</translation>
    </message>
    <message>
        <source>mã lĩnh vực bị trùng: %1</source>
        <translation>mã lĩnh vực bị trùng: %1</translation>
    </message>
    <message>
        <source>cơ quan không có trong danh mục: %1</source>
        <translation>cơ quan không có trong danh mục: %1</translation>
    </message>
    <message>
        <source>danh mục không có thủ tục nào</source>
        <translation>danh mục không có thủ tục nào</translation>
    </message>
    <message>
        <source>thiếu hoặc không phải mảng</source>
        <translation>thiếu hoặc không phải mảng</translation>
    </message>
    <message>
        <source>thiếu hoặc rỗng</source>
        <translation>thiếu hoặc rỗng</translation>
    </message>
    <message>
        <source>phải là số nguyên không âm</source>
        <translation>phải là số nguyên không âm</translation>
    </message>
    <message>
        <source>mã thủ tục bị trùng: %1</source>
        <translation>mã thủ tục bị trùng: %1</translation>
    </message>
    <message>
        <source>lĩnh vực không có trong danh mục: %1</source>
        <translation>lĩnh vực không có trong danh mục: %1</translation>
    </message>
    <message>
        <source>giờ không hợp lệ (cần HH:mm)</source>
        <translation>giờ không hợp lệ (cần HH:mm)</translation>
    </message>
    <message>
        <source>thủ tục phải có ít nhất một thành phần hồ sơ</source>
        <translation>thủ tục phải có ít nhất một thành phần hồ sơ</translation>
    </message>
    <message>
        <source>cần ít nhất một bản chính hoặc bản sao</source>
        <translation>cần ít nhất một bản chính hoặc bản sao</translation>
    </message>
    <message>
        <source>cách trả kết quả không hợp lệ: %1</source>
        <translation>cách trả kết quả không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Tệp danh mục không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>Tệp danh mục không phải JSON hợp lệ (vị trí %1: %2).</translation>
    </message>
    <message numerus="yes">
        <source>Tệp danh mục có %n lỗi.</source>
        <translation><numerusform>Tệp danh mục có %n lỗi.</numerusform></translation>
    </message>
    <message>
        <source>cần null (theo thông báo), {"same_day": true} hoặc đúng một trong working_days, working_hours, calendar_days với giá trị dương</source>
        <translation>cần null (theo thông báo), {"same_day": true} hoặc đúng một trong working_days, working_hours, calendar_days với giá trị dương</translation>
    </message>
    <message>
        <source>chỉ dùng một trong fees hoặc fee_variants</source>
        <translation>chỉ dùng một trong fees hoặc fee_variants</translation>
    </message>
    <message>
        <source>cần ít nhất một mức phí</source>
        <translation>cần ít nhất một mức phí</translation>
    </message>
    <message>
        <source>mã mức phí bị trùng: %1</source>
        <translation>mã mức phí bị trùng: %1</translation>
    </message>
    <message>
        <source>loại người nộp không hợp lệ: %1 (citizen, household, organisation, enterprise)</source>
        <translation>loại người nộp không hợp lệ: %1 (citizen, household, organisation, enterprise)</translation>
    </message>
    <message>
        <source>khu vực không hợp lệ: %1 (city, other)</source>
        <translation>khu vực không hợp lệ: %1 (city, other)</translation>
    </message>
</context>
<context>
    <name>pc::ClientText</name>
    <message>
        <source>chứng chỉ của trung tâm đã hết hạn</source>
        <translation>chứng chỉ của trung tâm đã hết hạn</translation>
    </message>
    <message>
        <source>chứng chỉ của trung tâm chưa đến ngày hiệu lực (hãy kiểm tra đồng hồ máy tính)</source>
        <translation>chứng chỉ của trung tâm chưa đến ngày hiệu lực (hãy kiểm tra đồng hồ máy tính)</translation>
    </message>
    <message>
        <source>chứng chỉ không mang đúng tên máy chủ của trung tâm</source>
        <translation>chứng chỉ không mang đúng tên máy chủ của trung tâm</translation>
    </message>
    <message>
        <source>chứng chỉ không do cơ quan chứng thực đã cấu hình cấp</source>
        <translation>chứng chỉ không do cơ quan chứng thực đã cấu hình cấp</translation>
    </message>
    <message>
        <source>Kết nối tới trung tâm không an toàn: %1. Không gửi dữ liệu; hãy báo bộ phận CNTT.</source>
        <translation>Kết nối tới trung tâm không an toàn: %1. Không gửi dữ liệu; hãy báo bộ phận CNTT.</translation>
    </message>
    <message>
        <source>Khóa công khai của trung tâm không khớp với khóa đã ghim. Không gửi dữ liệu; hãy báo bộ phận CNTT.</source>
        <translation>Khóa công khai của trung tâm không khớp với khóa đã ghim. Không gửi dữ liệu; hãy báo bộ phận CNTT.</translation>
    </message>
    <message>
        <source>Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).</source>
        <translation>Trung tâm không trả lời kịp (đường truyền chậm hoặc bị ngắt).</translation>
    </message>
    <message>
        <source>chứng chỉ của trung tâm đã bị thu hồi</source>
        <translation>chứng chỉ của trung tâm đã bị thu hồi</translation>
    </message>
    <message>
        <source>chứng chỉ của trung tâm không hợp lệ</source>
        <translation>chứng chỉ của trung tâm không hợp lệ</translation>
    </message>
    <message>
        <source>không bắt tay TLS được với trung tâm</source>
        <translation>không bắt tay TLS được với trung tâm</translation>
    </message>
    <message>
        <source>trung tâm từ chối kết nối (máy chủ không chạy hoặc sai cổng)</source>
        <translation>trung tâm từ chối kết nối (máy chủ không chạy hoặc sai cổng)</translation>
    </message>
    <message>
        <source>trung tâm đóng kết nối giữa chừng</source>
        <translation>trung tâm đóng kết nối giữa chừng</translation>
    </message>
    <message>
        <source>không tìm thấy máy chủ trung tâm (kiểm tra địa chỉ hoặc mạng)</source>
        <translation>không tìm thấy máy chủ trung tâm (kiểm tra địa chỉ hoặc mạng)</translation>
    </message>
    <message>
        <source>mạng của quầy đang mất kết nối</source>
        <translation>mạng của quầy đang mất kết nối</translation>
    </message>
    <message>
        <source>máy chủ proxy của mạng không cho đi qua</source>
        <translation>máy chủ proxy của mạng không cho đi qua</translation>
    </message>
    <message>
        <source>lỗi mạng khi liên hệ trung tâm</source>
        <translation>lỗi mạng khi liên hệ trung tâm</translation>
    </message>
    <message>
        <source>trung tâm cho rằng yêu cầu không hợp lệ</source>
        <translation>trung tâm cho rằng yêu cầu không hợp lệ</translation>
    </message>
    <message>
        <source>trung tâm không chấp nhận quầy này</source>
        <translation>trung tâm không chấp nhận quầy này</translation>
    </message>
    <message>
        <source>trung tâm không có địa chỉ này (kiểm tra địa chỉ đã đăng ký)</source>
        <translation>trung tâm không có địa chỉ này (kiểm tra địa chỉ đã đăng ký)</translation>
    </message>
    <message>
        <source>trung tâm hết thời gian chờ yêu cầu</source>
        <translation>trung tâm hết thời gian chờ yêu cầu</translation>
    </message>
    <message>
        <source>dữ liệu gửi quá lớn</source>
        <translation>dữ liệu gửi quá lớn</translation>
    </message>
    <message>
        <source>trung tâm đang quá tải, cần chờ</source>
        <translation>trung tâm đang quá tải, cần chờ</translation>
    </message>
    <message>
        <source>trung tâm gặp lỗi nội bộ</source>
        <translation>trung tâm gặp lỗi nội bộ</translation>
    </message>
    <message>
        <source>trung tâm tạm thời không phục vụ</source>
        <translation>trung tâm tạm thời không phục vụ</translation>
    </message>
    <message>
        <source>trả lời không mong đợi</source>
        <translation>trả lời không mong đợi</translation>
    </message>
    <message>
        <source>Trung tâm trả lời lỗi %1: %2.</source>
        <translation>Trung tâm trả lời lỗi %1: %2.</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm chuyển hướng sang nơi khác (%1); quầy không đi theo và không gửi dữ liệu. Có thể mạng đòi đăng nhập, hoặc địa chỉ đã đăng ký không còn đúng.</source>
        <translation>Địa chỉ trung tâm chuyển hướng sang nơi khác (%1); quầy không đi theo và không gửi dữ liệu. Có thể mạng đòi đăng nhập, hoặc địa chỉ đã đăng ký không còn đúng.</translation>
    </message>
    <message>
        <source>Không kết nối được tới trung tâm: %1.</source>
        <translation>Không kết nối được tới trung tâm: %1.</translation>
    </message>
</context>
<context>
    <name>pc::CounterIdentityText</name>
    <message>
        <source>ĐƠN VỊ MẪU – Bưu cục thử nghiệm (thay bằng đơn vị thật)</source>
        <translation>ĐƠN VỊ MẪU – Bưu cục thử nghiệm (thay bằng đơn vị thật)</translation>
    </message>
    <message>
        <source>Mã định danh đơn vị tiếp nhận không hợp lệ: "%1" (ví dụ đúng: 000.00.16.H56).</source>
        <translation>Mã định danh đơn vị tiếp nhận không hợp lệ: "%1" (ví dụ đúng: 000.00.16.H56).</translation>
    </message>
    <message>
        <source>Chưa nhập tên đơn vị tiếp nhận.</source>
        <translation>Chưa nhập tên đơn vị tiếp nhận.</translation>
    </message>
    <message>
        <source>Số quầy phải từ 0 đến 9 (mỗi quầy dùng một dãy 1.000 số hồ sơ mỗi ngày).</source>
        <translation>Số quầy phải từ 0 đến 9 (mỗi quầy dùng một dãy 1.000 số hồ sơ mỗi ngày).</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ của quầy không hợp lệ (%1–%2).</source>
        <translation>Dãy số hồ sơ của quầy không hợp lệ (%1–%2).</translation>
    </message>
    <message>
        <source>Tên đơn vị tiếp nhận</source>
        <translation>Tên đơn vị tiếp nhận</translation>
    </message>
    <message>
        <source>Quầy vẫn đang dùng ĐƠN VỊ MẪU (%1): chưa tiếp nhận được. Hãy vào Tệp › Thiết lập quầy và nhập mã định danh, tên đơn vị thật do tỉnh cấp.</source>
        <translation>Quầy vẫn đang dùng ĐƠN VỊ MẪU (%1): chưa tiếp nhận được. Hãy vào Tệp › Thiết lập quầy và nhập mã định danh, tên đơn vị thật do tỉnh cấp.</translation>
    </message>
</context>
<context>
    <name>pc::CounterSetupDialog</name>
    <message>
        <source>Thiết lập quầy giao dịch</source>
        <translation>Thiết lập quầy giao dịch</translation>
    </message>
    <message>
        <source>Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp (ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ.</source>
        <translation>Nhập thông tin đơn vị tiếp nhận của quầy này. Mã định danh điện tử do tỉnh cấp (ví dụ 000.00.16.H56) đứng đầu mọi mã hồ sơ.</translation>
    </message>
    <message>
        <source>Mã định danh đơn vị:</source>
        <translation>Mã định danh đơn vị:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>Số quầy:</source>
        <translation>Số quầy:</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ:</source>
        <translation>Dãy số hồ sơ:</translation>
    </message>
    <message>
        <source>%1–%2 mỗi ngày</source>
        <translation>%1–%2 mỗi ngày</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>ví dụ 000.00.16.H56</source>
        <translation>ví dụ 000.00.16.H56</translation>
    </message>
    <message>
        <source>ví dụ Bưu điện xã Yên Định</source>
        <translation>ví dụ Bưu điện xã Yên Định</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quầy chưa có đơn vị thật&lt;/b&gt;: chưa tiếp nhận được hồ sơ cho đến khi nhập mã định danh và tên đơn vị do tỉnh cấp.</source>
        <translation>&lt;b&gt;Quầy chưa có đơn vị thật&lt;/b&gt;: chưa tiếp nhận được hồ sơ cho đến khi nhập mã định danh và tên đơn vị do tỉnh cấp.</translation>
    </message>
    <message>
        <source>%1 là mã của ĐƠN VỊ MẪU. Hãy nhập mã định danh đơn vị thật do tỉnh cấp.</source>
        <translation>%1 là mã của ĐƠN VỊ MẪU. Hãy nhập mã định danh đơn vị thật do tỉnh cấp.</translation>
    </message>
</context>
<context>
    <name>pc::DatabaseText</name>
    <message>
        <source>Không tạo được thư mục dữ liệu %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu %1</source>
        <translation>Không mở được cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Không bật được chế độ WAL cho cơ sở dữ liệu (%1).</source>
        <translation>Không bật được chế độ WAL cho cơ sở dữ liệu (%1).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu %1.</source>
        <translation>Không ghi được vào thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>Thiếu tệp nâng cấp cơ sở dữ liệu %1.</source>
        <translation>Thiếu tệp nâng cấp cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2</translation>
    </message>
    <message>
        <source>%1 không phải một tệp thường (thư mục, thiết bị hay FIFO), không thể là cơ sở dữ liệu PostCounter; không có gì bị thay đổi.</source>
        <translation>%1 không phải một tệp thường (thư mục, thiết bị hay FIFO), không thể là cơ sở dữ liệu PostCounter; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải cơ sở dữ liệu của PostCounter (%2). PostCounter không dùng và không thay đổi tệp này; hãy chỉ ra đúng tệp dữ liệu của quầy.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu của PostCounter (%2). PostCounter không dùng và không thay đổi tệp này; hãy chỉ ra đúng tệp dữ liệu của quầy.</translation>
    </message>
    <message>
        <source>không đọc được như một cơ sở dữ liệu SQLite</source>
        <translation>không đọc được như một cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>tệp của một chương trình khác, mã ứng dụng %1</source>
        <translation>tệp của một chương trình khác, mã ứng dụng %1</translation>
    </message>
    <message numerus="yes">
        <source>có %n bảng không phải của PostCounter</source>
        <translation><numerusform>có %n bảng không phải của PostCounter</numerusform></translation>
    </message>
    <message>
        <source>Đã dừng kiểm tra cơ sở dữ liệu %1 trước khi xong.</source>
        <translation>Đã dừng kiểm tra cơ sở dữ liệu %1 trước khi xong.</translation>
    </message>
    <message>
        <source>Không kiểm tra được cơ sở dữ liệu %1: %2</source>
        <translation>Không kiểm tra được cơ sở dữ liệu %1: %2</translation>
    </message>
</context>
<context>
    <name>pc::DeadlineText</name>
    <message>
        <source>Năm tiếp nhận phải từ %1 đến %2.</source>
        <translation>Năm tiếp nhận phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Hạn trả kết quả vượt quá năm %1, không tính được.</source>
        <translation>Hạn trả kết quả vượt quá năm %1, không tính được.</translation>
    </message>
</context>
<context>
    <name>pc::DialogPrompts</name>
    <message>
        <source>Hồ sơ đang nhập dở</source>
        <translation>Hồ sơ đang nhập dở</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Thoát chương trình bây giờ?
Bản nháp được giữ lại và sẽ được đề nghị khôi phục ở lần mở sau.</source>
        <translation>Hồ sơ đang nhập chưa được tiếp nhận. Thoát chương trình bây giờ?
Bản nháp được giữ lại và sẽ được đề nghị khôi phục ở lần mở sau.</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Bỏ hồ sơ này để nhập hồ sơ mới?</source>
        <translation>Hồ sơ đang nhập chưa được tiếp nhận. Bỏ hồ sơ này để nhập hồ sơ mới?</translation>
    </message>
    <message>
        <source>&amp;Quay lại nhập tiếp</source>
        <translation>&amp;Quay lại nhập tiếp</translation>
    </message>
    <message>
        <source>&amp;Thoát, giữ bản nháp</source>
        <translation>&amp;Thoát, giữ bản nháp</translation>
    </message>
    <message>
        <source>&amp;Bỏ hồ sơ đang nhập</source>
        <translation>&amp;Bỏ hồ sơ đang nhập</translation>
    </message>
    <message>
        <source>Khôi phục hồ sơ đang nhập dở</source>
        <translation>Khôi phục hồ sơ đang nhập dở</translation>
    </message>
    <message>
        <source>Lần trước chương trình đóng khi còn một hồ sơ chưa tiếp nhận:
%1

Khôi phục để nhập tiếp?</source>
        <translation>Lần trước chương trình đóng khi còn một hồ sơ chưa tiếp nhận:
%1

Khôi phục để nhập tiếp?</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Bỏ bản nháp</source>
        <translation>&amp;Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Hồ sơ có thể bị tiếp nhận hai lần</source>
        <translation>Hồ sơ có thể bị tiếp nhận hai lần</translation>
    </message>
    <message>
        <source>Hôm nay người nộp này đã được tiếp nhận hồ sơ cùng thủ tục: mã %1 lúc %2.
Nếu chỉ là in giấy tiếp nhận bị lỗi, hãy in lại từ danh sách hồ sơ (F3) thay vì tiếp nhận lần nữa.

Vẫn tiếp nhận thêm một hồ sơ mới?</source>
        <translation>Hôm nay người nộp này đã được tiếp nhận hồ sơ cùng thủ tục: mã %1 lúc %2.
Nếu chỉ là in giấy tiếp nhận bị lỗi, hãy in lại từ danh sách hồ sơ (F3) thay vì tiếp nhận lần nữa.

Vẫn tiếp nhận thêm một hồ sơ mới?</translation>
    </message>
    <message>
        <source>&amp;Không tiếp nhận</source>
        <translation>&amp;Không tiếp nhận</translation>
    </message>
    <message>
        <source>&amp;Vẫn tiếp nhận hồ sơ mới</source>
        <translation>&amp;Vẫn tiếp nhận hồ sơ mới</translation>
    </message>
</context>
<context>
    <name>pc::DocumentChecklist</name>
    <message>
        <source>%1 (không bắt buộc)</source>
        <translation>%1 (không bắt buộc)</translation>
    </message>
    <message numerus="yes">
        <source>Còn thiếu %n giấy tờ bắt buộc: %1</source>
        <translation><numerusform>Còn thiếu %n giấy tờ bắt buộc: %1</numerusform></translation>
    </message>
    <message>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Giấy tờ (Space: đánh dấu đã nhận)</source>
        <translation>Giấy tờ (Space: đánh dấu đã nhận)</translation>
    </message>
    <message>
        <source>Bản chính</source>
        <translation>Bản chính</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Thêm giấy tờ khác (Ctrl+D)</source>
        <translation>Thêm giấy tờ khác (Ctrl+D)</translation>
    </message>
    <message>
        <source>Cần bổ sung/sửa</source>
        <translation>Cần bổ sung/sửa</translation>
    </message>
    <message>
        <source>Ghi khi giấy tờ đã nộp nhưng chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): in trên phiếu yêu cầu bổ sung (F10)</source>
        <translation>Ghi khi giấy tờ đã nộp nhưng chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): in trên phiếu yêu cầu bổ sung (F10)</translation>
    </message>
</context>
<context>
    <name>pc::DocumentText</name>
    <message>
        <source>Quầy chưa được thiết lập: chưa in được phiếu.</source>
        <translation>Quầy chưa được thiết lập: chưa in được phiếu.</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>Không có hồ sơ mã "%1".</translation>
    </message>
    <message>
        <source>Không có phiếu từ chối số %1.</source>
        <translation>Không có phiếu từ chối số %1.</translation>
    </message>
    <message>
        <source>Không có phiếu yêu cầu bổ sung số %1.</source>
        <translation>Không có phiếu yêu cầu bổ sung số %1.</translation>
    </message>
</context>
<context>
    <name>pc::DossierJsonText</name>
    <message>
        <source>Dữ liệu hồ sơ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>Dữ liệu hồ sơ không phải JSON hợp lệ (vị trí %1: %2).</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ phải là một đối tượng JSON.</source>
        <translation>Dữ liệu hồ sơ phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Trường "%1" phải là chuỗi.</source>
        <translation>Trường "%1" phải là chuỗi.</translation>
    </message>
    <message>
        <source>Thiếu mã thủ tục ("procedure").</source>
        <translation>Thiếu mã thủ tục ("procedure").</translation>
    </message>
    <message>
        <source>Thiếu thông tin người nộp ("applicant").</source>
        <translation>Thiếu thông tin người nộp ("applicant").</translation>
    </message>
    <message>
        <source>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</source>
        <translation>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>"documents" phải là một mảng.</source>
        <translation>"documents" phải là một mảng.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1 thiếu tên.</source>
        <translation>Giấy tờ thứ %1 thiếu tên.</translation>
    </message>
    <message>
        <source>"sets" phải là số nguyên.</source>
        <translation>"sets" phải là số nguyên.</translation>
    </message>
    <message>
        <source>Cách trả kết quả "%1" không hợp lệ (counter hoặc post).</source>
        <translation>Cách trả kết quả "%1" không hợp lệ (counter hoặc post).</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận "%1" không đúng dạng ISO 8601.</source>
        <translation>Thời điểm tiếp nhận "%1" không đúng dạng ISO 8601.</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ có lỗi.</source>
        <translation>Dữ liệu hồ sơ có lỗi.</translation>
    </message>
    <message>
        <source>Loại người nộp "%1" không hợp lệ (citizen hoặc organisation).</source>
        <translation>Loại người nộp "%1" không hợp lệ (citizen hoặc organisation).</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ không phải văn bản UTF-8 hợp lệ.</source>
        <translation>Dữ liệu hồ sơ không phải văn bản UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>Hồ sơ có %1 giấy tờ, tối đa %2.</source>
        <translation>Hồ sơ có %1 giấy tờ, tối đa %2.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1 phải là một đối tượng {"name", "originals", "copies"}.</source>
        <translation>Giấy tờ thứ %1 phải là một đối tượng {"name", "originals", "copies"}.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1: số bản phải là số nguyên.</source>
        <translation>Giấy tờ thứ %1: số bản phải là số nguyên.</translation>
    </message>
    <message>
        <source>"delivery" phải là một đối tượng, ví dụ {"method": "post", "address": "…"}.</source>
        <translation>"delivery" phải là một đối tượng, ví dụ {"method": "post", "address": "…"}.</translation>
    </message>
    <message>
        <source>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport, tax_code).</source>
        <translation>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport, tax_code).</translation>
    </message>
</context>
<context>
    <name>pc::DossierQueueModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Đã quá ngày hẹn trả mà cơ quan chưa có kết quả.</source>
        <translation>Đã quá ngày hẹn trả mà cơ quan chưa có kết quả.</translation>
    </message>
    <message>
        <source>Đã có kết quả: chờ trả cho công dân hoặc gửi bưu chính.</source>
        <translation>Đã có kết quả: chờ trả cho công dân hoặc gửi bưu chính.</translation>
    </message>
    <message>
        <source>QUÁ HẠN · %1</source>
        <translation>QUÁ HẠN · %1</translation>
    </message>
    <message>
        <source>CÓ KẾT QUẢ · %1</source>
        <translation>CÓ KẾT QUẢ · %1</translation>
    </message>
    <message>
        <source>Hẹn trả trong hôm nay mà cơ quan chưa có kết quả.</source>
        <translation>Hẹn trả trong hôm nay mà cơ quan chưa có kết quả.</translation>
    </message>
    <message>
        <source>Hẹn trả trong 2 ngày làm việc tới mà cơ quan chưa có kết quả.</source>
        <translation>Hẹn trả trong 2 ngày làm việc tới mà cơ quan chưa có kết quả.</translation>
    </message>
    <message>
        <source>Hồ sơ đang chờ công dân bổ sung: thời hạn giải quyết tạm dừng.</source>
        <translation>Hồ sơ đang chờ công dân bổ sung: thời hạn giải quyết tạm dừng.</translation>
    </message>
    <message>
        <source>Đã hẹn lại; giấy tiếp nhận hẹn %1.</source>
        <translation>Đã hẹn lại; giấy tiếp nhận hẹn %1.</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>Theo thông báo</translation>
    </message>
    <message>
        <source>%1 · dừng tính hạn</source>
        <translation>%1 · dừng tính hạn</translation>
    </message>
    <message>
        <source>HẠN HÔM NAY · %1</source>
        <translation>HẠN HÔM NAY · %1</translation>
    </message>
    <message>
        <source>SẮP ĐẾN HẠN · %1</source>
        <translation>SẮP ĐẾN HẠN · %1</translation>
    </message>
</context>
<context>
    <name>pc::EnrolDialog</name>
    <message>
        <source>Đăng ký quầy với trung tâm</source>
        <translation>Đăng ký quầy với trung tâm</translation>
    </message>
    <message>
        <source>không bắt buộc: SHA-256 khóa công khai (64 ký tự hex)</source>
        <translation>không bắt buộc: SHA-256 khóa công khai (64 ký tự hex)</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Chứng chỉ của cơ quan chứng thực</source>
        <translation>Chứng chỉ của cơ quan chứng thực</translation>
    </message>
    <message>
        <source>Chứng chỉ PEM (*.pem *.crt)</source>
        <translation>Chứng chỉ PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm:</source>
        <translation>Địa chỉ trung tâm:</translation>
    </message>
    <message>
        <source>Chứng chỉ CA:</source>
        <translation>Chứng chỉ CA:</translation>
    </message>
    <message>
        <source>Ghim khóa:</source>
        <translation>Ghim khóa:</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần:</source>
        <translation>Mã đăng ký một lần:</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm phải bắt đầu bằng https://</source>
        <translation>Địa chỉ trung tâm phải bắt đầu bằng https://</translation>
    </message>
    <message>
        <source>Cần chứng chỉ CA và mã đăng ký do trung tâm cấp.</source>
        <translation>Cần chứng chỉ CA và mã đăng ký do trung tâm cấp.</translation>
    </message>
    <message>
        <source>Đang liên hệ trung tâm…</source>
        <translation>Đang liên hệ trung tâm…</translation>
    </message>
</context>
<context>
    <name>pc::EnrolText</name>
    <message>
        <source>Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm.</source>
        <translation>Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm.</translation>
    </message>
    <message>
        <source>Mã đăng ký phải là dãy chữ số do trung tâm cấp.</source>
        <translation>Mã đăng ký phải là dãy chữ số do trung tâm cấp.</translation>
    </message>
    <message>
        <source>Trung tâm từ chối mã đăng ký: mã sai, đã dùng, đã hết hạn hoặc không cấp cho đơn vị và quầy này.</source>
        <translation>Trung tâm từ chối mã đăng ký: mã sai, đã dùng, đã hết hạn hoặc không cấp cho đơn vị và quầy này.</translation>
    </message>
    <message numerus="yes">
        <source>Trung tâm tạm khóa đăng ký vì nhập sai mã nhiều lần; hãy thử lại sau %n phút.</source>
        <translation><numerusform>Trung tâm tạm khóa đăng ký vì nhập sai mã nhiều lần; hãy thử lại sau %n phút.</numerusform></translation>
    </message>
    <message>
        <source>Trả lời đăng ký của trung tâm không hợp lệ.</source>
        <translation>Trả lời đăng ký của trung tâm không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>pc::FeeVariantPicker</name>
    <message>
        <source>%1 — phí %2, lệ phí %3</source>
        <translation>%1 — phí %2, lệ phí %3</translation>
    </message>
    <message>
        <source>Mức chung</source>
        <translation>Mức chung</translation>
    </message>
    <message>
        <source>Mức &amp;phí, lệ phí:</source>
        <translation>Mức &amp;phí, lệ phí:</translation>
    </message>
    <message>
        <source>— Chọn đối tượng, khu vực để tính phí —</source>
        <translation>— Chọn đối tượng, khu vực để tính phí —</translation>
    </message>
</context>
<context>
    <name>pc::GuidanceListModel</name>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Loại phiếu</source>
        <translation>Loại phiếu</translation>
    </message>
    <message>
        <source>Người được hướng dẫn</source>
        <translation>Người được hướng dẫn</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>pc::GuidanceText</name>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>Không có thủ tục mã "%1" trong danh mục.</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người được hướng dẫn.</source>
        <translation>Chưa nhập họ tên người được hướng dẫn.</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy).</source>
        <translation>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy).</translation>
    </message>
    <message>
        <source>Hồ sơ đã đủ giấy tờ bắt buộc: không cần phiếu yêu cầu bổ sung.</source>
        <translation>Hồ sơ đã đủ giấy tờ bắt buộc: không cần phiếu yêu cầu bổ sung.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đủ thành phần theo quy định của thủ tục.</source>
        <translation>Hồ sơ chưa đủ thành phần theo quy định của thủ tục.</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do từ chối tiếp nhận.</source>
        <translation>Phải ghi rõ lý do từ chối tiếp nhận.</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Thông tin liên hệ</source>
        <translation>Thông tin liên hệ</translation>
    </message>
    <message>
        <source>Thông tin người được hướng dẫn có lỗi cần sửa.</source>
        <translation>Thông tin người được hướng dẫn có lỗi cần sửa.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục: ghi nội dung công dân yêu cầu để in trên phiếu từ chối.</source>
        <translation>Chưa chọn thủ tục: ghi nội dung công dân yêu cầu để in trên phiếu từ chối.</translation>
    </message>
    <message>
        <source>Nội dung yêu cầu</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
</context>
<context>
    <name>pc::HandoverPage</name>
    <message numerus="yes">
        <source>%1 (%n hồ sơ)</source>
        <translation><numerusform>%1 (%n hồ sơ)</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào chờ bàn giao.</source>
        <translation>Không có hồ sơ nào chờ bàn giao.</translation>
    </message>
    <message>
        <source>Chờ bàn giao theo cơ quan (hồ sơ cũ nhất trước): %1</source>
        <translation>Chờ bàn giao theo cơ quan (hồ sơ cũ nhất trước): %1</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>Theo thông báo</translation>
    </message>
    <message>
        <source>Chọn cơ quan và đánh dấu ít nhất một hồ sơ để bàn giao.</source>
        <translation>Chọn cơ quan và đánh dấu ít nhất một hồ sơ để bàn giao.</translation>
    </message>
    <message>
        <source>Nhập họ tên người vận chuyển hồ sơ đến cơ quan.</source>
        <translation>Nhập họ tên người vận chuyển hồ sơ đến cơ quan.</translation>
    </message>
    <message numerus="yes">
        <source>Đã lập biên bản bàn giao %1: %n hồ sơ cho %2. Hồ sơ chuyển sang “Đang xử lý”.</source>
        <translation><numerusform>Đã lập biên bản bàn giao %1: %n hồ sơ cho %2. Hồ sơ chuyển sang “Đang xử lý”.</numerusform></translation>
    </message>
    <message>
        <source>Đã lập biên bản bàn giao %1 (%2 hồ sơ), nhưng chưa in được: %3</source>
        <translation>Đã lập biên bản bàn giao %1 (%2 hồ sơ), nhưng chưa in được: %3</translation>
    </message>
    <message>
        <source>Nhập họ tên người đã ký nhận tại cơ quan.</source>
        <translation>Nhập họ tên người đã ký nhận tại cơ quan.</translation>
    </message>
    <message>
        <source>Đã ghi nhận cơ quan ký nhận biên bản %1: %2, lúc %3.</source>
        <translation>Đã ghi nhận cơ quan ký nhận biên bản %1: %2, lúc %3.</translation>
    </message>
    <message>
        <source>Nhập lý do hủy biên bản bàn giao.</source>
        <translation>Nhập lý do hủy biên bản bàn giao.</translation>
    </message>
    <message>
        <source>Đã hủy biên bản %1; các hồ sơ trở lại danh sách chờ bàn giao.</source>
        <translation>Đã hủy biên bản %1; các hồ sơ trở lại danh sách chờ bàn giao.</translation>
    </message>
    <message>
        <source>Hồ sơ chờ bàn giao – cơ quan:</source>
        <translation>Hồ sơ chờ bàn giao – cơ quan:</translation>
    </message>
    <message>
        <source>Giao</source>
        <translation>Giao</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Số bộ</source>
        <translation>Số bộ</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Người &amp;vận chuyển:</source>
        <translation>Người &amp;vận chuyển:</translation>
    </message>
    <message>
        <source>Người &amp;nhận tại cơ quan:</source>
        <translation>Người &amp;nhận tại cơ quan:</translation>
    </message>
    <message>
        <source>Họ tên nhân viên bưu điện mang hồ sơ</source>
        <translation>Họ tên nhân viên bưu điện mang hồ sơ</translation>
    </message>
    <message>
        <source>Có thể để trống, ghi sau</source>
        <translation>Có thể để trống, ghi sau</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản bàn giao và in (Ctrl+Enter)</source>
        <translation>&amp;Lập biên bản bàn giao và in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Biên bản chưa được cơ quan xác nhận</source>
        <translation>Biên bản chưa được cơ quan xác nhận</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Lập lúc</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Người vận chuyển</source>
        <translation>Người vận chuyển</translation>
    </message>
    <message>
        <source>Người nhận</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Họ tên người ký nhận tại cơ quan</source>
        <translation>Họ tên người ký nhận tại cơ quan</translation>
    </message>
    <message>
        <source>&amp;Xác nhận cơ quan đã ký nhận</source>
        <translation>&amp;Xác nhận cơ quan đã ký nhận</translation>
    </message>
    <message>
        <source>Lý do hủy (trưởng bưu cục)</source>
        <translation>Lý do hủy (trưởng bưu cục)</translation>
    </message>
    <message>
        <source>&amp;Hủy biên bản</source>
        <translation>&amp;Hủy biên bản</translation>
    </message>
    <message>
        <source>In lại biên bản</source>
        <translation>In lại biên bản</translation>
    </message>
</context>
<context>
    <name>pc::HolidayText</name>
    <message>
        <source>Nghỉ bù %1</source>
        <translation>Nghỉ bù %1</translation>
    </message>
    <message>
        <source>%1 (ngày cuối năm Âm lịch)</source>
        <translation>%1 (ngày cuối năm Âm lịch)</translation>
    </message>
    <message>
        <source>%1 (mùng %2 Tết)</source>
        <translation>%1 (mùng %2 Tết)</translation>
    </message>
    <message>
        <source>%1 (%2) là ngày nghỉ lễ theo %3 nhưng không có trong days_off.</source>
        <translation>%1 (%2) là ngày nghỉ lễ theo %3 nhưng không có trong days_off.</translation>
    </message>
    <message>
        <source>Lịch có %1 ngày nghỉ (trừ %2 ngày thứ Bảy làm bù) nhưng luật cho %3 ngày nghỉ lễ năm %4 (ngày lễ trùng cuối tuần được nghỉ bù): bỏ %5 ngày mà không thay thế.</source>
        <translation>Lịch có %1 ngày nghỉ (trừ %2 ngày thứ Bảy làm bù) nhưng luật cho %3 ngày nghỉ lễ năm %4 (ngày lễ trùng cuối tuần được nghỉ bù): bỏ %5 ngày mà không thay thế.</translation>
    </message>
</context>
<context>
    <name>pc::IdentifiersText</name>
    <message>
        <source>Số định danh chỉ gồm chữ số (nhận được "%1").</source>
        <translation>Số định danh chỉ gồm chữ số (nhận được "%1").</translation>
    </message>
    <message>
        <source>Thủ tục này yêu cầu số định danh cá nhân 12 chữ số, không nhận CMND 9 số.</source>
        <translation>Thủ tục này yêu cầu số định danh cá nhân 12 chữ số, không nhận CMND 9 số.</translation>
    </message>
    <message numerus="yes">
        <source>Số định danh cá nhân phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có %n chữ số.</source>
        <translation><numerusform>Số định danh cá nhân phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có %n chữ số.</numerusform></translation>
    </message>
    <message>
        <source>Ba chữ số đầu "%1" không phải mã tỉnh nơi đăng ký khai sinh.</source>
        <translation>Ba chữ số đầu "%1" không phải mã tỉnh nơi đăng ký khai sinh.</translation>
    </message>
    <message>
        <source>Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.</source>
        <translation>Số định danh cho năm sinh %1 nhưng ngày sinh đã nhập là %2.</translation>
    </message>
    <message>
        <source>Số định danh cho giới tính %1 nhưng đã chọn %2.</source>
        <translation>Số định danh cho giới tính %1 nhưng đã chọn %2.</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Địa chỉ thư điện tử "%1" không hợp lệ.</source>
        <translation>Địa chỉ thư điện tử "%1" không hợp lệ.</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" phải gồm 2 chữ cái, 9 chữ số và 2 chữ cái (ví dụ EE123456785VN).</source>
        <translation>Số hiệu bưu gửi "%1" phải gồm 2 chữ cái, 9 chữ số và 2 chữ cái (ví dụ EE123456785VN).</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" không phải của Việt Nam (phải kết thúc bằng VN).</source>
        <translation>Số hiệu bưu gửi "%1" không phải của Việt Nam (phải kết thúc bằng VN).</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi "%1" sai chữ số kiểm tra (đúng là %2).</source>
        <translation>Số hiệu bưu gửi "%1" sai chữ số kiểm tra (đúng là %2).</translation>
    </message>
    <message>
        <source>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0 hoặc +84).</source>
        <translation>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số, bắt đầu bằng 0 hoặc +84).</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 và 5–6 cho năm sinh %1, sau năm hiện tại: số định danh không đúng.</source>
        <translation>Chữ số thứ 4 và 5–6 cho năm sinh %1, sau năm hiện tại: số định danh không đúng.</translation>
    </message>
    <message>
        <source>Số hộ chiếu "%1" không hợp lệ (6–9 chữ cái và chữ số, có ít nhất một chữ số, không dấu cách).</source>
        <translation>Số hộ chiếu "%1" không hợp lệ (6–9 chữ cái và chữ số, có ít nhất một chữ số, không dấu cách).</translation>
    </message>
    <message>
        <source>Chứng minh nhân dân cũ có 9 chữ số.</source>
        <translation>Chứng minh nhân dân cũ có 9 chữ số.</translation>
    </message>
    <message>
        <source>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số có mã vùng, đầu số phải đã được cấp; viết 0…, +84… hoặc 84…).</source>
        <translation>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số có mã vùng, đầu số phải đã được cấp; viết 0…, +84… hoặc 84…).</translation>
    </message>
    <message>
        <source>Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ: %1</source>
        <translation>Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ: %1</translation>
    </message>
    <message>
        <source>Mã số thuế "%1" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số, hoặc số định danh cá nhân 12 chữ số của hộ kinh doanh, cá nhân).</source>
        <translation>Mã số thuế "%1" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số, hoặc số định danh cá nhân 12 chữ số của hộ kinh doanh, cá nhân).</translation>
    </message>
</context>
<context>
    <name>pc::IdentityChangeGuard</name>
    <message>
        <source>Thay đổi này là thao tác của trưởng bưu cục.</source>
        <translation>Thay đổi này là thao tác của trưởng bưu cục.</translation>
    </message>
    <message numerus="yes">
        <source>Quầy đã cấp %n mã hồ sơ theo %1 – quầy %2. Các mã này giữ nguyên; giấy hẹn đã in vẫn dùng được.</source>
        <translation><numerusform>Quầy đã cấp %n mã hồ sơ theo %1 – quầy %2. Các mã này giữ nguyên; giấy hẹn đã in vẫn dùng được.</numerusform></translation>
    </message>
    <message>
        <source>Mã định danh đơn vị đổi từ %1 sang %2: mọi mã hồ sơ mới sẽ bắt đầu bằng %2. Chỉ đổi khi tỉnh đã cấp mã mới.</source>
        <translation>Mã định danh đơn vị đổi từ %1 sang %2: mọi mã hồ sơ mới sẽ bắt đầu bằng %2. Chỉ đổi khi tỉnh đã cấp mã mới.</translation>
    </message>
    <message>
        <source>Số quầy đổi từ %1 sang %2: dãy số hồ sơ mỗi ngày đổi từ %3 sang %4. Hãy chắc chắn không quầy nào khác của bưu cục đang dùng số quầy %2, nếu không hai quầy sẽ cấp trùng mã hồ sơ.</source>
        <translation>Số quầy đổi từ %1 sang %2: dãy số hồ sơ mỗi ngày đổi từ %3 sang %4. Hãy chắc chắn không quầy nào khác của bưu cục đang dùng số quầy %2, nếu không hai quầy sẽ cấp trùng mã hồ sơ.</translation>
    </message>
    <message>
        <source>Vẫn đổi?</source>
        <translation>Vẫn đổi?</translation>
    </message>
    <message>
        <source>Không kiểm tra được quyền</source>
        <translation>Không kiểm tra được quyền</translation>
    </message>
    <message>
        <source>Trưởng bưu cục xác nhận</source>
        <translation>Trưởng bưu cục xác nhận</translation>
    </message>
    <message>
        <source>Đổi thông tin quầy là thao tác của trưởng bưu cục (tài khoản %1 là %2). Trưởng bưu cục đăng nhập tại đây để xác nhận.</source>
        <translation>Đổi thông tin quầy là thao tác của trưởng bưu cục (tài khoản %1 là %2). Trưởng bưu cục đăng nhập tại đây để xác nhận.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>pc::IntakePage</name>
    <message>
        <source>Không đọc được mã QR trên thẻ: %1</source>
        <translation>Không đọc được mã QR trên thẻ: %1</translation>
    </message>
    <message>
        <source>Đã điền thông tin từ thẻ căn cước của %1.</source>
        <translation>Đã điền thông tin từ thẻ căn cước của %1.</translation>
    </message>
    <message>
        <source>Chọn thủ tục để xem ngày hẹn trả kết quả.</source>
        <translation>Chọn thủ tục để xem ngày hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>Phí %1 · Lệ phí %2 · Cước bưu chính %3 · Tổng thu %4</source>
        <translation>Phí %1 · Lệ phí %2 · Cước bưu chính %3 · Tổng thu %4</translation>
    </message>
    <message>
        <source>Nếu tiếp nhận bây giờ, hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Nếu tiếp nhận bây giờ, hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục (F2 hoặc gõ vào ô tìm thủ tục).</source>
        <translation>Chưa chọn thủ tục (F2 hoặc gõ vào ô tìm thủ tục).</translation>
    </message>
    <message>
        <source>Thông tin người nộp còn lỗi: xem dòng đỏ dưới từng ô.</source>
        <translation>Thông tin người nộp còn lỗi: xem dòng đỏ dưới từng ô.</translation>
    </message>
    <message>
        <source>Chưa tiếp nhận: hồ sơ còn thiếu giấy tờ bắt buộc. Nhấn F10 để in phiếu yêu cầu bổ sung.</source>
        <translation>Chưa tiếp nhận: hồ sơ còn thiếu giấy tờ bắt buộc. Nhấn F10 để in phiếu yêu cầu bổ sung.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ %1, hẹn trả %2.</source>
        <translation>Đã tiếp nhận hồ sơ %1, hẹn trả %2.</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ %1 nhưng chưa in được giấy tiếp nhận: %2. In lại từ danh sách hồ sơ.</source>
        <translation>Đã tiếp nhận hồ sơ %1 nhưng chưa in được giấy tiếp nhận: %2. In lại từ danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation>Chưa chọn thủ tục.</translation>
    </message>
    <message>
        <source>Cần họ tên người được hướng dẫn để in phiếu.</source>
        <translation>Cần họ tên người được hướng dẫn để in phiếu.</translation>
    </message>
    <message>
        <source>Đã lập phiếu yêu cầu bổ sung %1 (hồ sơ chưa được tiếp nhận).</source>
        <translation>Đã lập phiếu yêu cầu bổ sung %1 (hồ sơ chưa được tiếp nhận).</translation>
    </message>
    <message>
        <source>Đã lập phiếu từ chối tiếp nhận %1.</source>
        <translation>Đã lập phiếu từ chối tiếp nhận %1.</translation>
    </message>
    <message>
        <source>1. Thủ tục (F2)</source>
        <translation>1. Thủ tục (F2)</translation>
    </message>
    <message>
        <source>2. Người nộp hồ sơ – quét mã QR trên thẻ căn cước để điền tự động</source>
        <translation>2. Người nộp hồ sơ – quét mã QR trên thẻ căn cước để điền tự động</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ</source>
        <translation>3. Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>Qua bưu chính công ích</source>
        <translation>Qua bưu chính công ích</translation>
    </message>
    <message>
        <source>Lưu và in giấy tiếp nhận (F9)</source>
        <translation>Lưu và in giấy tiếp nhận (F9)</translation>
    </message>
    <message>
        <source>In phiếu yêu cầu bổ sung (F10)</source>
        <translation>In phiếu yêu cầu bổ sung (F10)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (F11)</source>
        <translation>Từ chối tiếp nhận (F11)</translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>Hồ sơ mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Danh mục thủ tục vừa được cập nhật và không còn thủ tục %1: hãy chọn lại thủ tục.</source>
        <translation>Danh mục thủ tục vừa được cập nhật và không còn thủ tục %1: hãy chọn lại thủ tục.</translation>
    </message>
    <message>
        <source>Phí, lệ phí tùy người nộp: chọn mức phí bên dưới.</source>
        <translation>Phí, lệ phí tùy người nộp: chọn mức phí bên dưới.</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: theo thông báo của cơ quan giải quyết (thủ tục không có thời hạn cố định).</source>
        <translation>Hẹn trả kết quả: theo thông báo của cơ quan giải quyết (thủ tục không có thời hạn cố định).</translation>
    </message>
    <message>
        <source>theo thông báo của cơ quan giải quyết</source>
        <translation>theo thông báo của cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Không xoá được bản nháp hồ sơ: %1</source>
        <translation>Không xoá được bản nháp hồ sơ: %1</translation>
    </message>
    <message>
        <source>Không lưu được bản nháp hồ sơ đang nhập: %1</source>
        <translation>Không lưu được bản nháp hồ sơ đang nhập: %1</translation>
    </message>
    <message>
        <source>Không đọc được bản nháp hồ sơ lần trước: %1</source>
        <translation>Không đọc được bản nháp hồ sơ lần trước: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (lưu lúc %3)</source>
        <translation>%1 – %2 (lưu lúc %3)</translation>
    </message>
    <message>
        <source>(chưa có tên người nộp)</source>
        <translation>(chưa có tên người nộp)</translation>
    </message>
    <message>
        <source>(chưa chọn thủ tục)</source>
        <translation>(chưa chọn thủ tục)</translation>
    </message>
    <message>
        <source>Đã khôi phục hồ sơ đang nhập dở: %1</source>
        <translation>Đã khôi phục hồ sơ đang nhập dở: %1</translation>
    </message>
    <message>
        <source>Chưa tiếp nhận thêm. Hồ sơ đã tiếp nhận hôm nay: %1 – in lại giấy tiếp nhận từ danh sách hồ sơ (F3).</source>
        <translation>Chưa tiếp nhận thêm. Hồ sơ đã tiếp nhận hôm nay: %1 – in lại giấy tiếp nhận từ danh sách hồ sơ (F3).</translation>
    </message>
    <message>
        <source>Hồ sơ đã đủ giấy tờ bắt buộc. Giấy tờ nào chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): ghi vào cột "Cần bổ sung/sửa" của giấy tờ đó rồi nhấn F10.</source>
        <translation>Hồ sơ đã đủ giấy tờ bắt buộc. Giấy tờ nào chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): ghi vào cột "Cần bổ sung/sửa" của giấy tờ đó rồi nhấn F10.</translation>
    </message>
    <message>
        <source>Đã lập phiếu %1 nhưng chưa in được: %2</source>
        <translation>Đã lập phiếu %1 nhưng chưa in được: %2</translation>
    </message>
    <message>
        <source>&amp;Số bộ:</source>
        <translation>&amp;Số bộ:</translation>
    </message>
    <message>
        <source>Nhận &amp;kết quả:</source>
        <translation>Nhận &amp;kết quả:</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ nhận:</source>
        <translation>Đị&amp;a chỉ nhận:</translation>
    </message>
</context>
<context>
    <name>pc::IntakeText</name>
    <message>
        <source>%1: cần %2 bản chính, %3 bản sao; đã nhận %4 bản chính, %5 bản sao</source>
        <translation>%1: cần %2 bản chính, %3 bản sao; đã nhận %4 bản chính, %5 bản sao</translation>
    </message>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>Không có thủ tục mã "%1" trong danh mục.</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>Chưa nhập họ tên người nộp hồ sơ.</translation>
    </message>
    <message>
        <source>Giới tính phải là "Nam" hoặc "Nữ".</source>
        <translation>Giới tính phải là "Nam" hoặc "Nữ".</translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation>Ngày sinh ở tương lai.</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 đến 99.</source>
        <translation>Số bộ hồ sơ phải từ 1 đến 99.</translation>
    </message>
    <message>
        <source>Số bản của giấy tờ "%1" không hợp lệ.</source>
        <translation>Số bản của giấy tờ "%1" không hợp lệ.</translation>
    </message>
    <message>
        <source>Thủ tục này không trả kết quả qua bưu chính.</source>
        <translation>Thủ tục này không trả kết quả qua bưu chính.</translation>
    </message>
    <message>
        <source>Trả kết quả qua bưu chính cần địa chỉ nhận.</source>
        <translation>Trả kết quả qua bưu chính cần địa chỉ nhận.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận ở tương lai.</source>
        <translation>Thời điểm tiếp nhận ở tương lai.</translation>
    </message>
    <message>
        <source>Hồ sơ có lỗi cần sửa.</source>
        <translation>Hồ sơ có lỗi cần sửa.</translation>
    </message>
    <message>
        <source>Chưa tải được danh mục thủ tục.</source>
        <translation>Chưa tải được danh mục thủ tục.</translation>
    </message>
    <message numerus="yes">
        <source>Hồ sơ còn thiếu %n giấy tờ bắt buộc; chưa tiếp nhận. Hãy lập phiếu yêu cầu bổ sung.</source>
        <translation><numerusform>Hồ sơ còn thiếu %n giấy tờ bắt buộc; chưa tiếp nhận. Hãy lập phiếu yêu cầu bổ sung.</numerusform></translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</source>
        <translation>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</translation>
    </message>
    <message>
        <source>Cước bưu chính chỉ thu khi trả kết quả qua bưu chính.</source>
        <translation>Cước bưu chính chỉ thu khi trả kết quả qua bưu chính.</translation>
    </message>
    <message>
        <source>Họ tên người nộp hồ sơ</source>
        <translation>Họ tên người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Địa chỉ người nộp</source>
        <translation>Địa chỉ người nộp</translation>
    </message>
    <message>
        <source>Địa chỉ nhận kết quả</source>
        <translation>Địa chỉ nhận kết quả</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Hồ sơ có %1 giấy tờ, tối đa %2.</source>
        <translation>Hồ sơ có %1 giấy tờ, tối đa %2.</translation>
    </message>
    <message>
        <source>Tên giấy tờ thứ %1</source>
        <translation>Tên giấy tờ thứ %1</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận %1 quá xa: chỉ nhận từ ngày %2.</source>
        <translation>Thời điểm tiếp nhận %1 quá xa: chỉ nhận từ ngày %2.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận %1 đã quá %2 ngày. Nếu đúng là nhập bù hồ sơ cũ, hãy xác nhận (dòng lệnh: --allow-backdate).</source>
        <translation>Thời điểm tiếp nhận %1 đã quá %2 ngày. Nếu đúng là nhập bù hồ sơ cũ, hãy xác nhận (dòng lệnh: --allow-backdate).</translation>
    </message>
    <message>
        <source>Ngày sinh trước năm 1900.</source>
        <translation>Ngày sinh trước năm 1900.</translation>
    </message>
    <message>
        <source>Thủ tục %1 không có mức phí "%2". Các mức phí: %3</source>
        <translation>Thủ tục %1 không có mức phí "%2". Các mức phí: %3</translation>
    </message>
    <message numerus="yes">
        <source>Thủ tục %1 có %n mức phí, lệ phí tùy người nộp; hãy chọn một: %2</source>
        <translation><numerusform>Thủ tục %1 có %n mức phí, lệ phí tùy người nộp; hãy chọn một: %2</numerusform></translation>
    </message>
    <message>
        <source>"%1" (%2: phí %3, lệ phí %4)</source>
        <translation>"%1" (%2: phí %3, lệ phí %4)</translation>
    </message>
    <message>
        <source>Tổ chức, hộ kinh doanh nộp hồ sơ cần mã số thuế, không phải giấy tờ "%1".</source>
        <translation>Tổ chức, hộ kinh doanh nộp hồ sơ cần mã số thuế, không phải giấy tờ "%1".</translation>
    </message>
    <message>
        <source>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport).</source>
        <translation>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport).</translation>
    </message>
    <message>
        <source>Số định danh người nộp thay: %1</source>
        <translation>Số định danh người nộp thay: %1</translation>
    </message>
    <message>
        <source>Có số định danh người nộp thay nhưng chưa có họ tên.</source>
        <translation>Có số định danh người nộp thay nhưng chưa có họ tên.</translation>
    </message>
    <message>
        <source>Họ tên người nộp thay</source>
        <translation>Họ tên người nộp thay</translation>
    </message>
    <message>
        <source>Số định danh người nộp thay</source>
        <translation>Số định danh người nộp thay</translation>
    </message>
    <message>
        <source>Hồ sơ còn thiếu giấy tờ bắt buộc.</source>
        <translation>Hồ sơ còn thiếu giấy tờ bắt buộc.</translation>
    </message>
    <message>
        <source>Người nộp này đã được tiếp nhận hồ sơ cùng thủ tục trong ngày: mã %1.</source>
        <translation>Người nộp này đã được tiếp nhận hồ sơ cùng thủ tục trong ngày: mã %1.</translation>
    </message>
</context>
<context>
    <name>pc::LifecycleDocumentText</name>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>Không có hồ sơ mã "%1".</translation>
    </message>
    <message>
        <source>Biên bản bàn giao %1 đã bị hủy (%2): không in.</source>
        <translation>Biên bản bàn giao %1 đã bị hủy (%2): không in.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa được hẹn lại ngày trả kết quả: chưa có văn bản xin lỗi để in.</source>
        <translation>Hồ sơ %1 chưa được hẹn lại ngày trả kết quả: chưa có văn bản xin lỗi để in.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa được trả kết quả tại quầy: chưa có phiếu trả kết quả để in.</source>
        <translation>Hồ sơ %1 chưa được trả kết quả tại quầy: chưa có phiếu trả kết quả để in.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính: không có nhãn gửi.</source>
        <translation>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính: không có nhãn gửi.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có số hiệu bưu gửi: ghi số hiệu (dispatch) trước khi in nhãn.</source>
        <translation>Hồ sơ %1 chưa có số hiệu bưu gửi: ghi số hiệu (dispatch) trước khi in nhãn.</translation>
    </message>
</context>
<context>
    <name>pc::LifecycleText</name>
    <message>
        <source>Không có biên bản bàn giao "%1".</source>
        <translation>Không có biên bản bàn giao "%1".</translation>
    </message>
    <message>
        <source>cơ quan nhận hồ sơ</source>
        <translation>cơ quan nhận hồ sơ</translation>
    </message>
    <message>
        <source>họ tên người giao hồ sơ</source>
        <translation>họ tên người giao hồ sơ</translation>
    </message>
    <message>
        <source>họ tên người nhận hồ sơ</source>
        <translation>họ tên người nhận hồ sơ</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</source>
        <translation>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào của cơ quan "%1" đang chờ bàn giao.</source>
        <translation>Không có hồ sơ nào của cơ quan "%1" đang chờ bàn giao.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 thuộc cơ quan "%2", không phải "%3".</source>
        <translation>Hồ sơ %1 thuộc cơ quan "%2", không phải "%3".</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đang ở trạng thái "%2"; chỉ bàn giao hồ sơ "%3" chưa bàn giao.</source>
        <translation>Hồ sơ %1 đang ở trạng thái "%2"; chỉ bàn giao hồ sơ "%3" chưa bàn giao.</translation>
    </message>
    <message numerus="yes">
        <source>Không lập được biên bản bàn giao: %n hồ sơ không bàn giao được; không có gì được ghi.</source>
        <translation><numerusform>Không lập được biên bản bàn giao: %n hồ sơ không bàn giao được; không có gì được ghi.</numerusform></translation>
    </message>
    <message>
        <source>họ tên người ký nhận tại cơ quan</source>
        <translation>họ tên người ký nhận tại cơ quan</translation>
    </message>
    <message>
        <source>Biên bản %1 đã bị hủy ngày %2; không xác nhận được.</source>
        <translation>Biên bản %1 đã bị hủy ngày %2; không xác nhận được.</translation>
    </message>
    <message>
        <source>Biên bản %1 đã được %2 xác nhận ngày %3.</source>
        <translation>Biên bản %1 đã được %2 xác nhận ngày %3.</translation>
    </message>
    <message>
        <source>Hủy biên bản bàn giao</source>
        <translation>Hủy biên bản bàn giao</translation>
    </message>
    <message>
        <source>lý do hủy biên bản</source>
        <translation>lý do hủy biên bản</translation>
    </message>
    <message>
        <source>Biên bản %1 đã bị hủy ngày %2.</source>
        <translation>Biên bản %1 đã bị hủy ngày %2.</translation>
    </message>
    <message>
        <source>Biên bản %1 đã được cơ quan xác nhận ngày %2; không hủy được.</source>
        <translation>Biên bản %1 đã được cơ quan xác nhận ngày %2; không hủy được.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã chuyển sang "%2".</source>
        <translation>Hồ sơ %1 đã chuyển sang "%2".</translation>
    </message>
    <message numerus="yes">
        <source>Không hủy được biên bản %1: %n hồ sơ không còn ở trạng thái đang xử lý.</source>
        <translation><numerusform>Không hủy được biên bản %1: %n hồ sơ không còn ở trạng thái đang xử lý.</numerusform></translation>
    </message>
    <message>
        <source>kết quả nhận về</source>
        <translation>kết quả nhận về</translation>
    </message>
    <message>
        <source>người giao kết quả</source>
        <translation>người giao kết quả</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>Số lượng kết quả phải từ 1 đến %1 (đã nhập %2).</source>
        <translation>Số lượng kết quả phải từ 1 đến %1 (đã nhập %2).</translation>
    </message>
    <message>
        <source>nhận kết quả cho</source>
        <translation>nhận kết quả cho</translation>
    </message>
    <message>
        <source>họ tên người nhận kết quả</source>
        <translation>họ tên người nhận kết quả</translation>
    </message>
    <message>
        <source>số giấy tờ tùy thân của người nhận</source>
        <translation>số giấy tờ tùy thân của người nhận</translation>
    </message>
    <message>
        <source>giấy ủy quyền</source>
        <translation>giấy ủy quyền</translation>
    </message>
    <message>
        <source>Số tiền thu khi trả kết quả không được âm.</source>
        <translation>Số tiền thu khi trả kết quả không được âm.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa trả được.</source>
        <translation>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa trả được.</translation>
    </message>
    <message>
        <source>trả kết quả</source>
        <translation>trả kết quả</translation>
    </message>
    <message>
        <source>Số giấy tờ của người nhận (%1) không khớp với người nộp hồ sơ %2. Người nhận thay phải có giấy ủy quyền: hãy ghi giấy ủy quyền; chưa trả kết quả.</source>
        <translation>Số giấy tờ của người nhận (%1) không khớp với người nộp hồ sơ %2. Người nhận thay phải có giấy ủy quyền: hãy ghi giấy ủy quyền; chưa trả kết quả.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính; hãy trả tại quầy.</source>
        <translation>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính; hãy trả tại quầy.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa gửi được.</source>
        <translation>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa gửi được.</translation>
    </message>
    <message>
        <source>gửi kết quả</source>
        <translation>gửi kết quả</translation>
    </message>
    <message>
        <source>lý do không phát được</source>
        <translation>lý do không phát được</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không có kết quả đang gửi qua bưu chính; không ghi được phát không thành công.</source>
        <translation>Hồ sơ %1 không có kết quả đang gửi qua bưu chính; không ghi được phát không thành công.</translation>
    </message>
    <message>
        <source>ghi phát không thành công cho</source>
        <translation>ghi phát không thành công cho</translation>
    </message>
    <message>
        <source>lý do hẹn lại</source>
        <translation>lý do hẹn lại</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới không hợp lệ.</source>
        <translation>Ngày hẹn trả mới không hợp lệ.</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới (%1) phải sau thời điểm hiện tại (%2).</source>
        <translation>Ngày hẹn trả mới (%1) phải sau thời điểm hiện tại (%2).</translation>
    </message>
    <message>
        <source>Không thể hẹn lại hồ sơ %1: hồ sơ đang ở trạng thái "%2"; chỉ hẹn lại khi cơ quan còn đang giải quyết.</source>
        <translation>Không thể hẹn lại hồ sơ %1: hồ sơ đang ở trạng thái "%2"; chỉ hẹn lại khi cơ quan còn đang giải quyết.</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới (%1) phải sau ngày hẹn hiện tại (%2).</source>
        <translation>Ngày hẹn trả mới (%1) phải sau ngày hẹn hiện tại (%2).</translation>
    </message>
    <message>
        <source>lý do rút hồ sơ (theo đơn của người nộp)</source>
        <translation>lý do rút hồ sơ (theo đơn của người nộp)</translation>
    </message>
    <message>
        <source>rút</source>
        <translation>rút</translation>
    </message>
    <message>
        <source>Hãy nhập mã hồ sơ.</source>
        <translation>Hãy nhập mã hồ sơ.</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>Không có hồ sơ mã "%1".</translation>
    </message>
    <message>
        <source>Không thể %1 hồ sơ %2: hồ sơ đang ở trạng thái "%3", không chuyển được sang "%4".</source>
        <translation>Không thể %1 hồ sơ %2: hồ sơ đang ở trạng thái "%3", không chuyển được sang "%4".</translation>
    </message>
    <message>
        <source>Hãy nhập %1.</source>
        <translation>Hãy nhập %1.</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>pc::LockScreen</name>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Tạo tài khoản quản trị</source>
        <translation>Tạo tài khoản quản trị</translation>
    </message>
    <message numerus="yes">
        <source>Lần đầu sử dụng: tạo tài khoản quản trị của quầy (cán bộ CNTT hoặc trưởng bưu cục). Tài khoản này tạo tài khoản cho các giao dịch viên. Mật khẩu có ít nhất %n ký tự.</source>
        <translation><numerusform>Lần đầu sử dụng: tạo tài khoản quản trị của quầy (cán bộ CNTT hoặc trưởng bưu cục). Tài khoản này tạo tài khoản cho các giao dịch viên. Mật khẩu có ít nhất %n ký tự.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Tạo tài khoản và đăng nhập</source>
        <translation>&amp;Tạo tài khoản và đăng nhập</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Màn hình đã khóa. Giao dịch viên đăng nhập để làm việc; hồ sơ đang nhập dở vẫn được giữ.</source>
        <translation>Màn hình đã khóa. Giao dịch viên đăng nhập để làm việc; hồ sơ đang nhập dở vẫn được giữ.</translation>
    </message>
    <message>
        <source>Màn hình đã khóa (%1). Đăng nhập lại, hoặc giao dịch viên khác đăng nhập; hồ sơ đang nhập dở vẫn được giữ.</source>
        <translation>Màn hình đã khóa (%1). Đăng nhập lại, hoặc giao dịch viên khác đăng nhập; hồ sơ đang nhập dở vẫn được giữ.</translation>
    </message>
    <message>
        <source>Đăng &amp;nhập</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>Hai lần nhập mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>pc::MainWindow</name>
    <message>
        <source>PostCounter – Tiếp nhận hồ sơ thủ tục hành chính</source>
        <translation>PostCounter – Tiếp nhận hồ sơ thủ tục hành chính</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Thiết lập &amp;quầy…</source>
        <translation>Thiết lập &amp;quầy…</translation>
    </message>
    <message>
        <source>&amp;Làm mới</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu PostCounter</source>
        <translation>&amp;Giới thiệu PostCounter</translation>
    </message>
    <message>
        <source>%1 – quầy %2%3</source>
        <translation>%1 – quầy %2%3</translation>
    </message>
    <message>
        <source> (ĐƠN VỊ MẪU)</source>
        <translation> (ĐƠN VỊ MẪU)</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập</source>
        <translation>Quầy chưa được thiết lập</translation>
    </message>
    <message numerus="yes">
        <source>Hôm nay: %n hồ sơ</source>
        <translation><numerusform>Hôm nay: %n hồ sơ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Chờ đồng bộ: %n sự kiện</source>
        <translation><numerusform>Chờ đồng bộ: %n sự kiện</numerusform></translation>
    </message>
    <message>
        <source>Thiết lập quầy lần đầu</source>
        <translation>Thiết lập quầy lần đầu</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Giới thiệu PostCounter</source>
        <translation>Giới thiệu PostCounter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PostCounter %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục (Quyết định 468/QĐ-TTg).&lt;/p&gt;&lt;p&gt;Danh mục thủ tục: phiên bản %2%3.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PostCounter %1&lt;/h3&gt;&lt;p&gt;Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục (Quyết định 468/QĐ-TTg).&lt;/p&gt;&lt;p&gt;Danh mục thủ tục: phiên bản %2%3.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (dữ liệu mẫu)</source>
        <translation> (dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>&amp;In ấn</source>
        <translation>&amp;In ấn</translation>
    </message>
    <message>
        <source>Khổ A4</source>
        <translation>Khổ A4</translation>
    </message>
    <message>
        <source>Khổ A5</source>
        <translation>Khổ A5</translation>
    </message>
    <message>
        <source>Cuộn nhiệt 80 mm</source>
        <translation>Cuộn nhiệt 80 mm</translation>
    </message>
    <message>
        <source>Chọn máy in…</source>
        <translation>Chọn máy in…</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ (F2)</source>
        <translation>Tiếp nhận hồ sơ (F2)</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ (F3)</source>
        <translation>Danh sách hồ sơ (F3)</translation>
    </message>
    <message>
        <source>Chọn máy in cho quầy</source>
        <translation>Chọn máy in cho quầy</translation>
    </message>
    <message>
        <source>Đồng &amp;bộ</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Sự kiện bị trung tâm từ chối…</source>
        <translation>Sự kiện bị trung tâm từ chối…</translation>
    </message>
    <message>
        <source>Sự kiện bị trung tâm từ chối</source>
        <translation>Sự kiện bị trung tâm từ chối</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Các sự kiện này không được gửi lại tự động; hồ sơ vẫn được lưu tại quầy. Báo trung tâm để xử lý.</source>
        <translation>Các sự kiện này không được gửi lại tự động; hồ sơ vẫn được lưu tại quầy. Báo trung tâm để xử lý.</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm…</source>
        <translation>Đăng ký quầy với trung tâm…</translation>
    </message>
    <message>
        <source>&amp;Vẫn đổi</source>
        <translation>&amp;Vẫn đổi</translation>
    </message>
    <message>
        <source>&amp;Giữ nguyên</source>
        <translation>&amp;Giữ nguyên</translation>
    </message>
    <message>
        <source>Đổi thông tin quầy</source>
        <translation>Đổi thông tin quầy</translation>
    </message>
    <message>
        <source>Thông tin &amp;đơn vị in trên phiếu…</source>
        <translation>Thông tin &amp;đơn vị in trên phiếu…</translation>
    </message>
    <message>
        <source>Đang kiểm tra dữ liệu sau lần tắt máy đột ngột; vẫn tiếp nhận được hồ sơ.</source>
        <translation>Đang kiểm tra dữ liệu sau lần tắt máy đột ngột; vẫn tiếp nhận được hồ sơ.</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng: ngừng tiếp nhận và báo bộ phận CNTT.</source>
        <translation>Dữ liệu bị hỏng: ngừng tiếp nhận và báo bộ phận CNTT.</translation>
    </message>
    <message>
        <source>Dữ liệu của quầy bị hỏng</source>
        <translation>Dữ liệu của quầy bị hỏng</translation>
    </message>
    <message>
        <source>Đã kiểm tra dữ liệu sau lần tắt máy đột ngột: không có lỗi.</source>
        <translation>Đã kiểm tra dữ liệu sau lần tắt máy đột ngột: không có lỗi.</translation>
    </message>
    <message>
        <source>Báo cáo (F6)</source>
        <translation>Báo cáo (F6)</translation>
    </message>
    <message>
        <source>Tài &amp;khoản</source>
        <translation>Tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <source>Tài khoản &amp;người dùng…</source>
        <translation>Tài khoản &amp;người dùng…</translation>
    </message>
    <message>
        <source>&amp;Nhật ký kiểm tra…</source>
        <translation>&amp;Nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhật ký chẩn đoán (gửi cho bộ phận CNTT khi có sự cố): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nhật ký chẩn đoán (gửi cho bộ phận CNTT khi có sự cố): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bàn giao (F4)</source>
        <translation>Bàn giao (F4)</translation>
    </message>
    <message>
        <source>Nhận kết quả (F7)</source>
        <translation>Nhận kết quả (F7)</translation>
    </message>
    <message>
        <source>Trả kết quả (F8)</source>
        <translation>Trả kết quả (F8)</translation>
    </message>
</context>
<context>
    <name>pc::OfficeSettingsDialog</name>
    <message>
        <source>Thông tin đơn vị in trên phiếu</source>
        <translation>Thông tin đơn vị in trên phiếu</translation>
    </message>
    <message>
        <source>Các thông tin này được in trên giấy tiếp nhận, phiếu yêu cầu bổ sung và phiếu từ chối (Thông tư 03/2025/TT-VPCP). Ngày trên phiếu là ngày tiếp nhận hồ sơ.</source>
        <translation>Các thông tin này được in trên giấy tiếp nhận, phiếu yêu cầu bổ sung và phiếu từ chối (Thông tư 03/2025/TT-VPCP). Ngày trên phiếu là ngày tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>ví dụ: Bưu điện tỉnh Quảng Trị</source>
        <translation>ví dụ: Bưu điện tỉnh Quảng Trị</translation>
    </message>
    <message>
        <source>ví dụ: Quảng Trị</source>
        <translation>ví dụ: Quảng Trị</translation>
    </message>
    <message>
        <source>ví dụ: Chị Lan, 0233 3852 123</source>
        <translation>ví dụ: Chị Lan, 0233 3852 123</translation>
    </message>
    <message>
        <source>ví dụ: 25000</source>
        <translation>ví dụ: 25000</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>pc::OfficeText</name>
    <message>
        <source>%1 không được để trống.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <source>%1 dài quá %2 ký tự.</source>
        <translation>%1 dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>Khóa cài đặt không rõ: %1 (có: %2).</source>
        <translation>Khóa cài đặt không rõ: %1 (có: %2).</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản (dòng trên tên đơn vị, ví dụ BƯU ĐIỆN TỈNH QUẢNG TRỊ)</source>
        <translation>Cơ quan chủ quản (dòng trên tên đơn vị, ví dụ BƯU ĐIỆN TỈNH QUẢNG TRỊ)</translation>
    </message>
    <message>
        <source>Địa danh ghi trước ngày tháng trên phiếu</source>
        <translation>Địa danh ghi trước ngày tháng trên phiếu</translation>
    </message>
    <message>
        <source>Người và số điện thoại hướng dẫn bổ sung hồ sơ</source>
        <translation>Người và số điện thoại hướng dẫn bổ sung hồ sơ</translation>
    </message>
    <message>
        <source>Cước trả kết quả qua bưu chính (đồng)</source>
        <translation>Cước trả kết quả qua bưu chính (đồng)</translation>
    </message>
    <message>
        <source>Cước bưu chính phải là số đồng không âm, ví dụ 25000 (nhận được "%1").</source>
        <translation>Cước bưu chính phải là số đồng không âm, ví dụ 25000 (nhận được "%1").</translation>
    </message>
    <message>
        <source>Cước bưu chính quá lớn: %1 (tối đa %2).</source>
        <translation>Cước bưu chính quá lớn: %1 (tối đa %2).</translation>
    </message>
    <message>
        <source>Liên hệ hướng dẫn cần họ tên và số điện thoại, ví dụ "Chị Lan, 0233 3852 123".</source>
        <translation>Liên hệ hướng dẫn cần họ tên và số điện thoại, ví dụ "Chị Lan, 0233 3852 123".</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau bao nhiêu phút không dùng</source>
        <translation>Tự khóa màn hình sau bao nhiêu phút không dùng</translation>
    </message>
    <message>
        <source>Thời gian tự khóa màn hình phải là số phút từ 1 đến %1 (nhận được "%2").</source>
        <translation>Thời gian tự khóa màn hình phải là số phút từ 1 đến %1 (nhận được "%2").</translation>
    </message>
</context>
<context>
    <name>pc::PassphraseText</name>
    <message>
        <source>Không khởi tạo được thư viện mã hóa (libsodium).</source>
        <translation>Không khởi tạo được thư viện mã hóa (libsodium).</translation>
    </message>
    <message>
        <source>Mật khẩu mã hóa bản sao lưu phải có ít nhất 8 ký tự.</source>
        <translation>Mật khẩu mã hóa bản sao lưu phải có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>Không tạo được tệp %1.</source>
        <translation>Không tạo được tệp %1.</translation>
    </message>
    <message>
        <source>Không đủ bộ nhớ để tạo khóa mã hóa.</source>
        <translation>Không đủ bộ nhớ để tạo khóa mã hóa.</translation>
    </message>
    <message>
        <source>Không ghi được %1: ổ đĩa đầy hoặc đã bị rút ra.</source>
        <translation>Không ghi được %1: ổ đĩa đầy hoặc đã bị rút ra.</translation>
    </message>
    <message>
        <source>%1 không phải bản sao lưu mã hóa của PostCounter.</source>
        <translation>%1 không phải bản sao lưu mã hóa của PostCounter.</translation>
    </message>
    <message>
        <source>Không đủ bộ nhớ để tạo khóa giải mã.</source>
        <translation>Không đủ bộ nhớ để tạo khóa giải mã.</translation>
    </message>
    <message>
        <source>Không giải mã được %1: sai mật khẩu, hoặc tệp đã bị cắt cụt hay sửa đổi.</source>
        <translation>Không giải mã được %1: sai mật khẩu, hoặc tệp đã bị cắt cụt hay sửa đổi.</translation>
    </message>
    <message>
        <source>Không ghi được %1: ổ đĩa đầy.</source>
        <translation>Không ghi được %1: ổ đĩa đầy.</translation>
    </message>
</context>
<context>
    <name>pc::PasswordText</name>
    <message>
        <source>Không khởi tạo được thư viện mật mã (libsodium).</source>
        <translation>Không khởi tạo được thư viện mật mã (libsodium).</translation>
    </message>
    <message>
        <source>Không băm được mật khẩu (thiếu bộ nhớ?).</source>
        <translation>Không băm được mật khẩu (thiếu bộ nhớ?).</translation>
    </message>
</context>
<context>
    <name>pc::PrintText</name>
    <message>
        <source>Xem trước: %1 – Enter/Ctrl+P: in · Ctrl+E: xuất PDF · Esc: đóng</source>
        <translation>Xem trước: %1 – Enter/Ctrl+P: in · Ctrl+E: xuất PDF · Esc: đóng</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Không tìm thấy máy in. Hồ sơ vẫn được lưu; có thể in lại giấy tiếp nhận từ danh sách hồ sơ (Ctrl+R).</source>
        <translation>Không tìm thấy máy in. Hồ sơ vẫn được lưu; có thể in lại giấy tiếp nhận từ danh sách hồ sơ (Ctrl+R).</translation>
    </message>
    <message>
        <source>
Hồ sơ vẫn được lưu; có thể in lại từ danh sách hồ sơ.</source>
        <translation>
Hồ sơ vẫn được lưu; có thể in lại từ danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không xuất được PDF</source>
        <translation>Không xuất được PDF</translation>
    </message>
    <message>
        <source>Đã xuất PDF</source>
        <translation>Đã xuất PDF</translation>
    </message>
    <message>
        <source>Đã lưu tệp PDF tại:
%1</source>
        <translation>Đã lưu tệp PDF tại:
%1</translation>
    </message>
</context>
<context>
    <name>pc::PrivateFileText</name>
    <message>
        <source>Không ghi %1 vào %2: đường dẫn này là một liên kết (symlink). Hãy chọn tên tệp khác.</source>
        <translation>Không ghi %1 vào %2: đường dẫn này là một liên kết (symlink). Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: đó là một thư mục. Hãy ghi rõ tên tệp.</source>
        <translation>Không ghi %1 vào %2: đó là một thư mục. Hãy ghi rõ tên tệp.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: đó là một thiết bị hoặc FIFO, không phải tệp thường.</source>
        <translation>Không ghi %1 vào %2: đó là một thiết bị hoặc FIFO, không phải tệp thường.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: không có thư mục %3.</source>
        <translation>Không ghi %1 vào %2: không có thư mục %3.</translation>
    </message>
    <message>
        <source>Không tạo được %1 %2.</source>
        <translation>Không tạo được %1 %2.</translation>
    </message>
    <message>
        <source>Không ghi được %1 %2: thư mục này không cho phép ghi.</source>
        <translation>Không ghi được %1 %2: thư mục này không cho phép ghi.</translation>
    </message>
    <message>
        <source>Không ghi được %1 %2: ổ đĩa đầy hoặc lỗi ghi đĩa. Tệp cũ (nếu có) vẫn giữ nguyên.</source>
        <translation>Không ghi được %1 %2: ổ đĩa đầy hoặc lỗi ghi đĩa. Tệp cũ (nếu có) vẫn giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>pc::ProcedurePicker</name>
    <message>
        <source>%1 – %2
    %3 · %4 · %5 · phí %6, lệ phí %7</source>
        <translation>%1 – %2
    %3 · %4 · %5 · phí %6, lệ phí %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Cơ quan giải quyết: %3 · Thời hạn: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Cơ quan giải quyết: %3 · Thời hạn: %4</translation>
    </message>
    <message>
        <source>Gõ mã hoặc vài chữ của tên thủ tục (không cần dấu), ↑↓ để chọn, Enter để lấy</source>
        <translation>Gõ mã hoặc vài chữ của tên thủ tục (không cần dấu), ↑↓ để chọn, Enter để lấy</translation>
    </message>
</context>
<context>
    <name>pc::PurgeText</name>
    <message>
        <source>đặt thời hạn lưu trữ dữ liệu cá nhân</source>
        <translation>đặt thời hạn lưu trữ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Thời hạn lưu trữ phải từ 1 đến 100 năm.</source>
        <translation>Thời hạn lưu trữ phải từ 1 đến 100 năm.</translation>
    </message>
    <message>
        <source>xóa dữ liệu cá nhân hết thời hạn lưu trữ</source>
        <translation>xóa dữ liệu cá nhân hết thời hạn lưu trữ</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ; dùng dạng YYYY-MM-DD.</source>
        <translation>Ngày không hợp lệ; dùng dạng YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Chỉ được xóa dữ liệu cá nhân của hồ sơ đã trả quá %n năm (thời hạn lưu trữ): ngày phải từ %1 trở về trước.</source>
        <translation><numerusform>Chỉ được xóa dữ liệu cá nhân của hồ sơ đã trả quá %n năm (thời hạn lưu trữ): ngày phải từ %1 trở về trước.</numerusform></translation>
    </message>
</context>
<context>
    <name>pc::QrText</name>
    <message>
        <source>Mã QR quá dài, không phải mã QR trên thẻ căn cước.</source>
        <translation>Mã QR quá dài, không phải mã QR trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Mã QR có ký tự lạ, không phải mã QR trên thẻ căn cước. Hãy quét lại.</source>
        <translation>Mã QR có ký tự lạ, không phải mã QR trên thẻ căn cước. Hãy quét lại.</translation>
    </message>
    <message>
        <source>Mã QR có %1 trường, mã QR thẻ căn cước có 6 hoặc 7 trường ngăn bởi dấu |.</source>
        <translation>Mã QR có %1 trường, mã QR thẻ căn cước có 6 hoặc 7 trường ngăn bởi dấu |.</translation>
    </message>
    <message>
        <source>Mã QR không chứa số định danh hợp lệ: %1</source>
        <translation>Mã QR không chứa số định danh hợp lệ: %1</translation>
    </message>
    <message>
        <source>Số CMND cũ trong mã QR không hợp lệ: "%1".</source>
        <translation>Số CMND cũ trong mã QR không hợp lệ: "%1".</translation>
    </message>
    <message>
        <source>Ngày sinh trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</source>
        <translation>Ngày sinh trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</translation>
    </message>
    <message>
        <source>Ngày cấp trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</source>
        <translation>Ngày cấp trong mã QR không đúng dạng ngày tháng năm (DDMMYYYY): "%1".</translation>
    </message>
    <message>
        <source>Giới tính trong mã QR phải là Nam hoặc Nữ, nhận được "%1".</source>
        <translation>Giới tính trong mã QR phải là Nam hoặc Nữ, nhận được "%1".</translation>
    </message>
    <message>
        <source>Mã QR</source>
        <translation>Mã QR</translation>
    </message>
    <message>
        <source>Họ tên trong mã QR</source>
        <translation>Họ tên trong mã QR</translation>
    </message>
    <message>
        <source>Địa chỉ trong mã QR</source>
        <translation>Địa chỉ trong mã QR</translation>
    </message>
</context>
<context>
    <name>pc::QueueDetails</name>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;%3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#fde2e1; padding:4px'&gt;&lt;b&gt;QUÁ HẠN&lt;/b&gt;: đã quá ngày hẹn trả mà cơ quan chưa có kết quả.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#fde2e1; padding:4px'&gt;&lt;b&gt;QUÁ HẠN&lt;/b&gt;: đã quá ngày hẹn trả mà cơ quan chưa có kết quả.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#dff3e3; padding:4px'&gt;&lt;b&gt;CÓ KẾT QUẢ&lt;/b&gt;: chờ trả cho công dân hoặc gửi bưu chính.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#dff3e3; padding:4px'&gt;&lt;b&gt;CÓ KẾT QUẢ&lt;/b&gt;: chờ trả cho công dân hoặc gửi bưu chính.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Người nộp: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Người nộp: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Trạng thái: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Trạng thái: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhận kết quả: &lt;b&gt;qua bưu chính công ích&lt;/b&gt;&lt;br/&gt;Địa chỉ nhận: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nhận kết quả: &lt;b&gt;qua bưu chính công ích&lt;/b&gt;&lt;br/&gt;Địa chỉ nhận: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhận kết quả: &lt;b&gt;tại quầy&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nhận kết quả: &lt;b&gt;tại quầy&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phí: %1 · Lệ phí: %2</source>
        <translation>&lt;p&gt;Phí: %1 · Lệ phí: %2</translation>
    </message>
    <message>
        <source> · Cước bưu chính: %1</source>
        <translation> · Cước bưu chính: %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Tổng cộng: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;br/&gt;Tổng cộng: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Giấy tờ đã nhận&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Giấy tờ đã nhận&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 – %2 bản chính, %3 bản sao&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 – %2 bản chính, %3 bản sao&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;i&gt;Ghi chú của cơ quan: %1&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Ghi chú của cơ quan: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Phiếu yêu cầu bổ sung %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Phiếu yêu cầu bổ sung %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Phiếu từ chối tiếp nhận %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Phiếu từ chối tiếp nhận %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Lập lúc: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Lập lúc: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Người được hướng dẫn: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Người được hướng dẫn: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lý do: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lý do: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Giấy tờ cần bổ sung&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Giấy tờ cần bổ sung&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Liên hệ: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liên hệ: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG TÍNH HẠN – chờ công dân bổ sung&lt;/b&gt;: thời hạn giải quyết không tính trong thời gian này.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG TÍNH HẠN – chờ công dân bổ sung&lt;/b&gt;: thời hạn giải quyết không tính trong thời gian này.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: công dân cần nộp &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: công dân cần nộp &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: trung tâm chưa gửi số tiền.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: trung tâm chưa gửi số tiền.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG XỬ LÝ&lt;/b&gt;: %1&lt;br/&gt;Hồ sơ không còn trong các danh sách theo dõi.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG XỬ LÝ&lt;/b&gt;: %1&lt;br/&gt;Hồ sơ không còn trong các danh sách theo dõi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>trung tâm không ghi lý do.</source>
        <translation>trung tâm không ghi lý do.</translation>
    </message>
    <message>
        <source>theo thông báo</source>
        <translation>theo thông báo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt; (hẹn lại; giấy tiếp nhận hẹn %3)&lt;br/&gt;Trạng thái: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt; (hẹn lại; giấy tiếp nhận hẹn %3)&lt;br/&gt;Trạng thái: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lịch sử&lt;/b&gt; (tại quầy và từ trung tâm)&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lịch sử&lt;/b&gt; (tại quầy và từ trung tâm)&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Trung tâm cập nhật</source>
        <translation>Trung tâm cập nhật</translation>
    </message>
    <message>
        <source>Bàn giao cho %1 (biên bản %2), người vận chuyển: %3</source>
        <translation>Bàn giao cho %1 (biên bản %2), người vận chuyển: %3</translation>
    </message>
    <message>
        <source>Cơ quan ký nhận biên bản %1: %2</source>
        <translation>Cơ quan ký nhận biên bản %1: %2</translation>
    </message>
    <message>
        <source>Hủy biên bản %1, lý do: %2</source>
        <translation>Hủy biên bản %1, lý do: %2</translation>
    </message>
    <message>
        <source>Hẹn lại ngày trả: %1 → &lt;b&gt;%2&lt;/b&gt;, lý do: %3</source>
        <translation>Hẹn lại ngày trả: %1 → &lt;b&gt;%2&lt;/b&gt;, lý do: %3</translation>
    </message>
    <message>
        <source>Nhận kết quả từ cơ quan: %1 (%2 bản), người giao: %3</source>
        <translation>Nhận kết quả từ cơ quan: %1 (%2 bản), người giao: %3</translation>
    </message>
    <message>
        <source>kết quả giải quyết hồ sơ</source>
        <translation>kết quả giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Trả kết quả tại quầy cho %1 (%2)</source>
        <translation>Trả kết quả tại quầy cho %1 (%2)</translation>
    </message>
    <message>
        <source>Trả kết quả tại quầy cho người được ủy quyền %1 (%2), giấy ủy quyền: %3</source>
        <translation>Trả kết quả tại quầy cho người được ủy quyền %1 (%2), giấy ủy quyền: %3</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính, số hiệu %1</source>
        <translation>Gửi kết quả qua bưu chính, số hiệu %1</translation>
    </message>
    <message>
        <source>Bưu chính không giao được (%1), lý do: %2; kết quả chờ trả lại</source>
        <translation>Bưu chính không giao được (%1), lý do: %2; kết quả chờ trả lại</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ, lý do: %1</source>
        <translation>Công dân rút hồ sơ, lý do: %1</translation>
    </message>
    <message>
        <source>%1 – %2 · &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>%1 – %2 · &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · người thực hiện: %1</source>
        <translation> · người thực hiện: %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;i&gt;Ghi chú: %1&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Ghi chú: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Số tiền phải nộp: %1</source>
        <translation>&lt;br/&gt;Số tiền phải nộp: %1</translation>
    </message>
</context>
<context>
    <name>pc::QueuePage</name>
    <message>
        <source>&lt;p&gt;Chọn một hồ sơ để xem chi tiết.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một hồ sơ để xem chi tiết.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1.</source>
        <translation>Không tìm thấy hồ sơ %1.</translation>
    </message>
    <message>
        <source>Sắp đến hạn (2 ngày làm việc)</source>
        <translation>Sắp đến hạn (2 ngày làm việc)</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>In lại giấy tiếp nhận (Ctrl+R)</source>
        <translation>In lại giấy tiếp nhận (Ctrl+R)</translation>
    </message>
    <message>
        <source>Không có phiếu yêu cầu bổ sung hay phiếu từ chối nào khớp với “%1”.</source>
        <translation>Không có phiếu yêu cầu bổ sung hay phiếu từ chối nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Chưa có phiếu yêu cầu bổ sung hay phiếu từ chối nào trong khoảng đã chọn.</source>
        <translation>Chưa có phiếu yêu cầu bổ sung hay phiếu từ chối nào trong khoảng đã chọn.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp với “%1” và bộ lọc đang chọn.</source>
        <translation>Không có hồ sơ nào khớp với “%1” và bộ lọc đang chọn.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp với bộ lọc đang chọn.</source>
        <translation>Không có hồ sơ nào khớp với bộ lọc đang chọn.</translation>
    </message>
    <message>
        <source>Hồ sơ (%1)</source>
        <translation>Hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Phiếu bổ sung, từ chối (%1)</source>
        <translation>Phiếu bổ sung, từ chối (%1)</translation>
    </message>
    <message>
        <source>In lại phiếu (Ctrl+R)</source>
        <translation>In lại phiếu (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chọn một phiếu để xem chi tiết.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một phiếu để xem chi tiết.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã hồ sơ hoặc số phiếu, số định danh, số điện thoại (F3; ↓ hoặc Enter để vào danh sách)</source>
        <translation>Tìm theo tên, mã hồ sơ hoặc số phiếu, số định danh, số điện thoại (F3; ↓ hoặc Enter để vào danh sách)</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Chưa in được phiếu xin lỗi và hẹn lại: %1</source>
        <translation>Chưa in được phiếu xin lỗi và hẹn lại: %1</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>&amp;Hẹn lại ngày trả…</source>
        <translation>&amp;Hẹn lại ngày trả…</translation>
    </message>
</context>
<context>
    <name>pc::ReasonDialog</name>
    <message>
        <source>Từ chối tiếp nhận hồ sơ</source>
        <translation>Từ chối tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</translation>
    </message>
    <message>
        <source>Ví dụ: Cấp đổi giấy phép lái xe (không nhận tại bưu cục)</source>
        <translation>Ví dụ: Cấp đổi giấy phép lái xe (không nhận tại bưu cục)</translation>
    </message>
    <message>
        <source>Lý do từ chối, in trên phiếu (ví dụ: thủ tục không thuộc danh mục tiếp nhận tại bưu cục)</source>
        <translation>Lý do từ chối, in trên phiếu (ví dụ: thủ tục không thuộc danh mục tiếp nhận tại bưu cục)</translation>
    </message>
    <message>
        <source>Lý do, in trên phiếu (ví dụ: đơn chưa ký; bản sao chưa chứng thực)</source>
        <translation>Lý do, in trên phiếu (ví dụ: đơn chưa ký; bản sao chưa chứng thực)</translation>
    </message>
    <message>
        <source>&amp;Từ chối và in phiếu (Ctrl+Enter)</source>
        <translation>&amp;Từ chối và in phiếu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;In phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation>&amp;In phiếu yêu cầu bổ sung (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Quay lại (Esc)</source>
        <translation>&amp;Quay lại (Esc)</translation>
    </message>
    <message>
        <source>&amp;Nội dung yêu cầu:</source>
        <translation>&amp;Nội dung yêu cầu:</translation>
    </message>
    <message>
        <source>&amp;Lý do từ chối:</source>
        <translation>&amp;Lý do từ chối:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Ghi nội dung công dân yêu cầu (in trên phiếu).</source>
        <translation>Ghi nội dung công dân yêu cầu (in trên phiếu).</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do từ chối tiếp nhận.</source>
        <translation>Phải ghi rõ lý do từ chối tiếp nhận.</translation>
    </message>
    <message>
        <source>Ghi lý do yêu cầu bổ sung.</source>
        <translation>Ghi lý do yêu cầu bổ sung.</translation>
    </message>
</context>
<context>
    <name>pc::RenderText</name>
    <message>
        <source>Máy in không nhận khổ giấy %1.</source>
        <translation>Máy in không nhận khổ giấy %1.</translation>
    </message>
    <message>
        <source>Không mở được máy in hoặc tệp để in.</source>
        <translation>Không mở được máy in hoặc tệp để in.</translation>
    </message>
    <message>
        <source>Máy in dừng giữa chừng (trang %1).</source>
        <translation>Máy in dừng giữa chừng (trang %1).</translation>
    </message>
    <message>
        <source>In không hoàn tất.</source>
        <translation>In không hoàn tất.</translation>
    </message>
    <message>
        <source>tệp PDF</source>
        <translation>tệp PDF</translation>
    </message>
</context>
<context>
    <name>pc::ReportCharts</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận theo lĩnh vực, %1</source>
        <translation>Hồ sơ tiếp nhận theo lĩnh vực, %1</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Tỷ lệ trả kết quả đúng hạn theo cơ quan (%), %1</source>
        <translation>Tỷ lệ trả kết quả đúng hạn theo cơ quan (%), %1</translation>
    </message>
    <message>
        <source>Đúng hạn (%)</source>
        <translation>Đúng hạn (%)</translation>
    </message>
</context>
<context>
    <name>pc::ReportOutputText</name>
    <message>
        <source>Quầy chưa được thiết lập: chưa lập được báo cáo.</source>
        <translation>Quầy chưa được thiết lập: chưa lập được báo cáo.</translation>
    </message>
    <message>
        <source>tệp CSV</source>
        <translation>tệp CSV</translation>
    </message>
</context>
<context>
    <name>pc::ReportPage</name>
    <message>
        <source>Lưu tệp</source>
        <translation>Lưu tệp</translation>
    </message>
    <message>
        <source>Xem trước: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message>
        <source>Ngày %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <source>Đã bàn giao cho cơ quan giải quyết</source>
        <translation>Đã bàn giao cho cơ quan giải quyết</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu</source>
        <translation>Phí, lệ phí đã thu</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung</source>
        <translation>Phiếu yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận</source>
        <translation>Phiếu từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Sự kiện chờ đồng bộ</source>
        <translation>Sự kiện chờ đồng bộ</translation>
    </message>
    <message>
        <source>bao-cao-%1.csv</source>
        <translation>bao-cao-%1.csv</translation>
    </message>
    <message>
        <source>Tệp CSV cho Excel (*.csv)</source>
        <translation>Tệp CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
        <source>so-theo-doi-%1.csv</source>
        <translation>so-theo-doi-%1.csv</translation>
    </message>
    <message>
        <source>Đã lưu sổ theo dõi: %1</source>
        <translation>Đã lưu sổ theo dõi: %1</translation>
    </message>
    <message>
        <source>Từ &amp;ngày:</source>
        <translation>Từ &amp;ngày:</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>In báo cáo ngày…</source>
        <translation>In báo cáo ngày…</translation>
    </message>
    <message>
        <source>In sổ theo dõi hồ sơ…</source>
        <translation>In sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <source>Xuất CSV báo cáo…</source>
        <translation>Xuất CSV báo cáo…</translation>
    </message>
    <message>
        <source>Xuất CSV sổ theo dõi…</source>
        <translation>Xuất CSV sổ theo dõi…</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Thu phí</source>
        <translation>Thu phí</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Số hồ sơ</translation>
    </message>
</context>
<context>
    <name>pc::ReportRenderText</name>
    <message>
        <source>Máy in không nhận khổ giấy A4.</source>
        <translation>Máy in không nhận khổ giấy A4.</translation>
    </message>
    <message>
        <source>Không mở được máy in hoặc tệp để in.</source>
        <translation>Không mở được máy in hoặc tệp để in.</translation>
    </message>
    <message>
        <source>Máy in dừng giữa chừng (trang %1).</source>
        <translation>Máy in dừng giữa chừng (trang %1).</translation>
    </message>
    <message>
        <source>In không hoàn tất.</source>
        <translation>In không hoàn tất.</translation>
    </message>
    <message>
        <source>tệp PDF</source>
        <translation>tệp PDF</translation>
    </message>
</context>
<context>
    <name>pc::ReportText</name>
    <message>
        <source>Ngày không hợp lệ: dùng dạng YYYY-MM-DD.</source>
        <translation>Ngày không hợp lệ: dùng dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu %1 sau ngày kết thúc %2.</source>
        <translation>Ngày bắt đầu %1 sau ngày kết thúc %2.</translation>
    </message>
    <message>
        <source>Khoảng thời gian dài quá %1 ngày: hãy chia thành từng năm.</source>
        <translation>Khoảng thời gian dài quá %1 ngày: hãy chia thành từng năm.</translation>
    </message>
</context>
<context>
    <name>pc::RescheduleDialog</name>
    <message>
        <source>Hẹn lại ngày trả kết quả – %1</source>
        <translation>Hẹn lại ngày trả kết quả – %1</translation>
    </message>
    <message>
        <source>Ví dụ: Cơ quan cần thêm thời gian xác minh thông tin</source>
        <translation>Ví dụ: Cơ quan cần thêm thời gian xác minh thông tin</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>Theo thông báo</translation>
    </message>
    <message>
        <source>Hẹn trả hiện tại:</source>
        <translation>Hẹn trả hiện tại:</translation>
    </message>
    <message>
        <source>&amp;Ngày giờ hẹn mới:</source>
        <translation>&amp;Ngày giờ hẹn mới:</translation>
    </message>
    <message>
        <source>&amp;Lý do chậm trả:</source>
        <translation>&amp;Lý do chậm trả:</translation>
    </message>
    <message>
        <source>&amp;Hẹn lại và in phiếu xin lỗi (Ctrl+Enter)</source>
        <translation>&amp;Hẹn lại và in phiếu xin lỗi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ngày giờ hẹn mới phải sau thời điểm hiện tại.</source>
        <translation>Ngày giờ hẹn mới phải sau thời điểm hiện tại.</translation>
    </message>
    <message>
        <source>Nhập lý do chậm trả kết quả: lý do này được in trên phiếu xin lỗi gửi công dân.</source>
        <translation>Nhập lý do chậm trả kết quả: lý do này được in trên phiếu xin lỗi gửi công dân.</translation>
    </message>
</context>
<context>
    <name>pc::ResultsPage</name>
    <message>
        <source>theo trung tâm</source>
        <translation>theo trung tâm</translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>Tại quầy</translation>
    </message>
    <message>
        <source>Kết quả chờ trả (%1) – gọi điện báo công dân đến nhận</source>
        <translation>Kết quả chờ trả (%1) – gọi điện báo công dân đến nhận</translation>
    </message>
    <message>
        <source>“%1” không phải mã hồ sơ. Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ.</source>
        <translation>“%1” không phải mã hồ sơ. Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1 tại quầy này.</source>
        <translation>Không tìm thấy hồ sơ %1 tại quầy này.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Người nộp: &lt;b&gt;%3&lt;/b&gt; · Điện thoại: %4 · Trạng thái: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Người nộp: &lt;b&gt;%3&lt;/b&gt; · Điện thoại: %4 · Trạng thái: %5</translation>
    </message>
    <message>
        <source>Kết quả giải quyết hồ sơ</source>
        <translation>Kết quả giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Đã ghi nhận kết quả của hồ sơ %1 về bưu cục. Hồ sơ chờ trả cho công dân.</source>
        <translation>Đã ghi nhận kết quả của hồ sơ %1 về bưu cục. Hồ sơ chờ trả cho công dân.</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ:</source>
        <translation>&amp;Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ, rồi Enter</source>
        <translation>Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ, rồi Enter</translation>
    </message>
    <message>
        <source>&amp;Kết quả nhận về:</source>
        <translation>&amp;Kết quả nhận về:</translation>
    </message>
    <message>
        <source>&amp;Số lượng:</source>
        <translation>&amp;Số lượng:</translation>
    </message>
    <message>
        <source>&amp;Người giao:</source>
        <translation>&amp;Người giao:</translation>
    </message>
    <message>
        <source>Họ tên người mang kết quả từ cơ quan</source>
        <translation>Họ tên người mang kết quả từ cơ quan</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Ghi nhận đã nhận kết quả</source>
        <translation>&amp;Ghi nhận đã nhận kết quả</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Nhận kết quả lúc</source>
        <translation>Nhận kết quả lúc</translation>
    </message>
    <message>
        <source>Trả qua</source>
        <translation>Trả qua</translation>
    </message>
    <message>
        <source>&amp;Trả kết quả cho hồ sơ đã chọn (F8)</source>
        <translation>&amp;Trả kết quả cho hồ sơ đã chọn (F8)</translation>
    </message>
</context>
<context>
    <name>pc::ReturnPage</name>
    <message>
        <source>Số hiệu bưu gửi hợp lệ (đúng chữ số kiểm tra).</source>
        <translation>Số hiệu bưu gửi hợp lệ (đúng chữ số kiểm tra).</translation>
    </message>
    <message>
        <source>“%1” không phải mã hồ sơ. Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ.</source>
        <translation>“%1” không phải mã hồ sơ. Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1 tại quầy này.</source>
        <translation>Không tìm thấy hồ sơ %1 tại quầy này.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 · Trạng thái: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 · Trạng thái: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Người nộp: &lt;b&gt;%1&lt;/b&gt; · Số định danh: &lt;b&gt;%2&lt;/b&gt; · Điện thoại: %3&lt;br/&gt;</source>
        <translation>Người nộp: &lt;b&gt;%1&lt;/b&gt; · Số định danh: &lt;b&gt;%2&lt;/b&gt; · Điện thoại: %3&lt;br/&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 bản)</source>
        <translation>%1 (%2 bản)</translation>
    </message>
    <message>
        <source>Kết quả giải quyết hồ sơ</source>
        <translation>Kết quả giải quyết hồ sơ</translation>
    </message>
    <message>
        <source>Giao cho công dân: &lt;b&gt;kết quả giải quyết hồ sơ&lt;/b&gt; (cơ quan chưa ghi chi tiết).&lt;br/&gt;</source>
        <translation>Giao cho công dân: &lt;b&gt;kết quả giải quyết hồ sơ&lt;/b&gt; (cơ quan chưa ghi chi tiết).&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Giao cho công dân: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</source>
        <translation>Giao cho công dân: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu khi tiếp nhận: %1</source>
        <translation>Phí, lệ phí đã thu khi tiếp nhận: %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Nghĩa vụ tài chính phải nộp: %1&lt;/b&gt;</source>
        <translation> · &lt;b&gt;Nghĩa vụ tài chính phải nộp: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Đăng ký nhận kết quả &lt;b&gt;qua bưu chính công ích&lt;/b&gt;: %1</source>
        <translation>&lt;br/&gt;Đăng ký nhận kết quả &lt;b&gt;qua bưu chính công ích&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Kết quả đã có tại bưu cục: kiểm tra giấy tờ tùy thân của người nhận.</source>
        <translation>Kết quả đã có tại bưu cục: kiểm tra giấy tờ tùy thân của người nhận.</translation>
    </message>
    <message>
        <source>Hồ sơ đang ở trạng thái “%1”.</source>
        <translation>Hồ sơ đang ở trạng thái “%1”.</translation>
    </message>
    <message>
        <source>Nhập số định danh (CCCD) của người nhận kết quả, hoặc quét CCCD của họ.</source>
        <translation>Nhập số định danh (CCCD) của người nhận kết quả, hoặc quét CCCD của họ.</translation>
    </message>
    <message>
        <source>Người được ủy quyền: nhập họ tên và ghi rõ giấy ủy quyền.</source>
        <translation>Người được ủy quyền: nhập họ tên và ghi rõ giấy ủy quyền.</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1 cho %2.</source>
        <translation>Đã trả kết quả hồ sơ %1 cho %2.</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1 cho %2, nhưng chưa in được phiếu: %3</source>
        <translation>Đã trả kết quả hồ sơ %1 cho %2, nhưng chưa in được phiếu: %3</translation>
    </message>
    <message>
        <source>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2.</source>
        <translation>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2.</translation>
    </message>
    <message>
        <source>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2, nhưng chưa in được nhãn: %3</source>
        <translation>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2, nhưng chưa in được nhãn: %3</translation>
    </message>
    <message>
        <source>Nhập lý do bưu tá không giao được (ví dụ: không có người nhận).</source>
        <translation>Nhập lý do bưu tá không giao được (ví dụ: không có người nhận).</translation>
    </message>
    <message>
        <source>Hồ sơ %1: giao bưu chính không thành công, kết quả trở lại danh sách chờ trả.</source>
        <translation>Hồ sơ %1: giao bưu chính không thành công, kết quả trở lại danh sách chờ trả.</translation>
    </message>
    <message>
        <source>Nhập lý do công dân rút hồ sơ (theo đơn đề nghị).</source>
        <translation>Nhập lý do công dân rút hồ sơ (theo đơn đề nghị).</translation>
    </message>
    <message>
        <source>Đã ghi nhận công dân rút hồ sơ %1; trả lại hồ sơ cho công dân.</source>
        <translation>Đã ghi nhận công dân rút hồ sơ %1; trả lại hồ sơ cho công dân.</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ:</source>
        <translation>&amp;Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ, rồi Enter</source>
        <translation>Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ, rồi Enter</translation>
    </message>
    <message>
        <source>Trả tại quầy</source>
        <translation>Trả tại quầy</translation>
    </message>
    <message>
        <source>Gửi qua bưu chính</source>
        <translation>Gửi qua bưu chính</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Rút hồ sơ</translation>
    </message>
    <message>
        <source>Người nộp hồ sơ nhận</source>
        <translation>Người nộp hồ sơ nhận</translation>
    </message>
    <message>
        <source>Người được ủy &amp;quyền nhận</source>
        <translation>Người được ủy &amp;quyền nhận</translation>
    </message>
    <message>
        <source>Họ &amp;tên người nhận:</source>
        <translation>Họ &amp;tên người nhận:</translation>
    </message>
    <message>
        <source>Số đ&amp;ịnh danh (CCCD):</source>
        <translation>Số đ&amp;ịnh danh (CCCD):</translation>
    </message>
    <message>
        <source>Gõ hoặc quét CCCD của người nhận</source>
        <translation>Gõ hoặc quét CCCD của người nhận</translation>
    </message>
    <message>
        <source>Giấy ủ&amp;y quyền:</source>
        <translation>Giấy ủ&amp;y quyền:</translation>
    </message>
    <message>
        <source>Ví dụ: Giấy ủy quyền ngày 01/12/2026, chứng thực tại UBND xã Yên Định</source>
        <translation>Ví dụ: Giấy ủy quyền ngày 01/12/2026, chứng thực tại UBND xã Yên Định</translation>
    </message>
    <message>
        <source>Th&amp;u thêm khi trả:</source>
        <translation>Th&amp;u thêm khi trả:</translation>
    </message>
    <message>
        <source>T&amp;rả kết quả và in phiếu (Ctrl+Enter)</source>
        <translation>T&amp;rả kết quả và in phiếu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Số hiệu bưu gửi (S10):</source>
        <translation>&amp;Số hiệu bưu gửi (S10):</translation>
    </message>
    <message>
        <source>Ví dụ: RR123456785VN</source>
        <translation>Ví dụ: RR123456785VN</translation>
    </message>
    <message>
        <source>&amp;Gửi bưu chính và in nhãn</source>
        <translation>&amp;Gửi bưu chính và in nhãn</translation>
    </message>
    <message>
        <source>&amp;Lý do không giao được:</source>
        <translation>&amp;Lý do không giao được:</translation>
    </message>
    <message>
        <source>Giao &amp;không thành công – về chờ trả</source>
        <translation>Giao &amp;không thành công – về chờ trả</translation>
    </message>
    <message>
        <source>Lý do rút hồ &amp;sơ:</source>
        <translation>Lý do rút hồ &amp;sơ:</translation>
    </message>
    <message>
        <source>Ghi nhận &amp;rút hồ sơ</source>
        <translation>Ghi nhận &amp;rút hồ sơ</translation>
    </message>
</context>
<context>
    <name>pc::RuleSetStoreText</name>
    <message>
        <source>Quy tắc ngày nghỉ phiên bản %1 không mới hơn phiên bản đang dùng (%2).</source>
        <translation>Quy tắc ngày nghỉ phiên bản %1 không mới hơn phiên bản đang dùng (%2).</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ lưu trong cơ sở dữ liệu bị hỏng: %1</source>
        <translation>Quy tắc ngày nghỉ lưu trong cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
</context>
<context>
    <name>pc::RuleSetText</name>
    <message>
        <source>phải là một chuỗi không rỗng.</source>
        <translation>phải là một chuỗi không rỗng.</translation>
    </message>
    <message>
        <source>phải là số nguyên từ %1 đến %2.</source>
        <translation>phải là số nguyên từ %1 đến %2.</translation>
    </message>
    <message>
        <source>phải là một ngày dạng YYYY-MM-DD.</source>
        <translation>phải là một ngày dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>khóa không được biết (gõ nhầm?).</source>
        <translation>khóa không được biết (gõ nhầm?).</translation>
    </message>
    <message>
        <source>chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.</source>
        <translation>chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.</translation>
    </message>
    <message>
        <source>trước effective_from.</source>
        <translation>trước effective_from.</translation>
    </message>
    <message>
        <source>phải là "next_working_day" hoặc "tet_practice".</source>
        <translation>phải là "next_working_day" hoặc "tet_practice".</translation>
    </message>
    <message>
        <source>phải là solar_fixed, lunar_fixed, tet_block hoặc adjacent_day.</source>
        <translation>phải là solar_fixed, lunar_fixed, tet_block hoặc adjacent_day.</translation>
    </message>
    <message>
        <source>"tet_practice" chỉ dùng cho quy tắc tet_block.</source>
        <translation>"tet_practice" chỉ dùng cho quy tắc tet_block.</translation>
    </message>
    <message>
        <source>tháng %1 không có ngày %2.</source>
        <translation>tháng %1 không có ngày %2.</translation>
    </message>
    <message>
        <source>phải là một đối tượng với 7 khóa monday … sunday.</source>
        <translation>phải là một đối tượng với 7 khóa monday … sunday.</translation>
    </message>
    <message>
        <source>phải là "before" hoặc "after".</source>
        <translation>phải là "before" hoặc "after".</translation>
    </message>
    <message>
        <source>Tệp quy tắc ngày nghỉ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>Tệp quy tắc ngày nghỉ không phải JSON hợp lệ (vị trí %1: %2).</translation>
    </message>
    <message>
        <source>không phải tệp quy tắc ngày nghỉ PostCounter (format postcounter-holiday-rules, format_version 1).</source>
        <translation>không phải tệp quy tắc ngày nghỉ PostCounter (format postcounter-holiday-rules, format_version 1).</translation>
    </message>
    <message>
        <source>phải có dạng NĂM.SỐ, ví dụ 2026.1.</source>
        <translation>phải có dạng NĂM.SỐ, ví dụ 2026.1.</translation>
    </message>
    <message>
        <source>phải là một danh sách quy tắc không rỗng.</source>
        <translation>phải là một danh sách quy tắc không rỗng.</translation>
    </message>
    <message>
        <source>phải là một đối tượng.</source>
        <translation>phải là một đối tượng.</translation>
    </message>
    <message>
        <source>"%1" bị lặp.</source>
        <translation>"%1" bị lặp.</translation>
    </message>
    <message>
        <source>Tệp quy tắc ngày nghỉ có lỗi.</source>
        <translation>Tệp quy tắc ngày nghỉ có lỗi.</translation>
    </message>
</context>
<context>
    <name>pc::RunText</name>
    <message>
        <source>Quầy chưa đăng ký với trung tâm (chạy "sync enrol").</source>
        <translation>Quầy chưa đăng ký với trung tâm (chạy "sync enrol").</translation>
    </message>
    <message>
        <source>Đã dừng đồng bộ.</source>
        <translation>Đã dừng đồng bộ.</translation>
    </message>
    <message>
        <source>Đã gửi %1 yêu cầu tới trung tâm trong lần đồng bộ này mà chưa xong (trung tâm trả lời bất thường hoặc còn quá nhiều dữ liệu). Dừng tại đây; lần đồng bộ sau sẽ tiếp tục.</source>
        <translation>Đã gửi %1 yêu cầu tới trung tâm trong lần đồng bộ này mà chưa xong (trung tâm trả lời bất thường hoặc còn quá nhiều dữ liệu). Dừng tại đây; lần đồng bộ sau sẽ tiếp tục.</translation>
    </message>
    <message>
        <source>Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm.</translation>
    </message>
    <message>
        <source>Trung tâm từ chối vì sự kiện quá lớn (HTTP 413).</source>
        <translation>Trung tâm từ chối vì sự kiện quá lớn (HTTP 413).</translation>
    </message>
    <message>
        <source>Một sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation>Một sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1</source>
        <translation>Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1</translation>
    </message>
    <message numerus="yes">
        <source>Trung tâm không trả lời về %n sự kiện vừa gửi; các sự kiện này vẫn chờ gửi lại.</source>
        <translation><numerusform>Trung tâm không trả lời về %n sự kiện vừa gửi; các sự kiện này vẫn chờ gửi lại.</numerusform></translation>
    </message>
    <message>
        <source>Trung tâm vẫn còn thay đổi sau %1 trang; lần đồng bộ này dừng ở đây, lần sau sẽ đọc tiếp.</source>
        <translation>Trung tâm vẫn còn thay đổi sau %1 trang; lần đồng bộ này dừng ở đây, lần sau sẽ đọc tiếp.</translation>
    </message>
    <message>
        <source>Danh sách thay đổi từ trung tâm không hợp lệ: %1</source>
        <translation>Danh sách thay đổi từ trung tâm không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Không lưu được thay đổi từ trung tâm: %1</source>
        <translation>Không lưu được thay đổi từ trung tâm: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation><numerusform>%n sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</numerusform></translation>
    </message>
</context>
<context>
    <name>pc::ScheduleStoreText</name>
    <message>
        <source>lịch nghỉ lưu trong cơ sở dữ liệu bị hỏng (%1).</source>
        <translation>lịch nghỉ lưu trong cơ sở dữ liệu bị hỏng (%1).</translation>
    </message>
</context>
<context>
    <name>pc::ScheduleText</name>
    <message>
        <source>Tệp lịch nghỉ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>Tệp lịch nghỉ không phải JSON hợp lệ (vị trí %1: %2).</translation>
    </message>
    <message>
        <source>Không phải tệp lịch nghỉ PostCounter (format postcounter-holiday-schedule, format_version 1).</source>
        <translation>Không phải tệp lịch nghỉ PostCounter (format postcounter-holiday-schedule, format_version 1).</translation>
    </message>
    <message>
        <source>Thiếu nguồn ("source": số và ngày của văn bản công bố lịch nghỉ).</source>
        <translation>Thiếu nguồn ("source": số và ngày của văn bản công bố lịch nghỉ).</translation>
    </message>
    <message>
        <source>days_off[%1]: ngày "%2" không hợp lệ hoặc không thuộc năm %3.</source>
        <translation>days_off[%1]: ngày "%2" không hợp lệ hoặc không thuộc năm %3.</translation>
    </message>
    <message>
        <source>days_off[%1]: %2 là ngày cuối tuần, vốn đã được nghỉ.</source>
        <translation>days_off[%1]: %2 là ngày cuối tuần, vốn đã được nghỉ.</translation>
    </message>
    <message>
        <source>days_off[%1]: thiếu tên ngày nghỉ.</source>
        <translation>days_off[%1]: thiếu tên ngày nghỉ.</translation>
    </message>
    <message>
        <source>days_off[%1]: ngày %2 bị lặp.</source>
        <translation>days_off[%1]: ngày %2 bị lặp.</translation>
    </message>
    <message>
        <source>working_saturdays[%1]: "%2" không phải một ngày thứ Bảy của năm %3.</source>
        <translation>working_saturdays[%1]: "%2" không phải một ngày thứ Bảy của năm %3.</translation>
    </message>
    <message>
        <source>Tệp lịch nghỉ có lỗi.</source>
        <translation>Tệp lịch nghỉ có lỗi.</translation>
    </message>
    <message>
        <source>Năm phải từ %1 đến %2.</source>
        <translation>Năm phải từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Thiếu danh sách ngày nghỉ ("days_off"): lịch nghỉ chính thức phải liệt kê mọi ngày nghỉ của năm.</source>
        <translation>Thiếu danh sách ngày nghỉ ("days_off"): lịch nghỉ chính thức phải liệt kê mọi ngày nghỉ của năm.</translation>
    </message>
    <message>
        <source>"working_saturdays" phải là một danh sách ngày.</source>
        <translation>"working_saturdays" phải là một danh sách ngày.</translation>
    </message>
</context>
<context>
    <name>pc::SecretText</name>
    <message>
        <source>Không đọc được tệp khóa %1.</source>
        <translation>Không đọc được tệp khóa %1.</translation>
    </message>
    <message>
        <source>Tệp khóa %1 bị hỏng.</source>
        <translation>Tệp khóa %1 bị hỏng.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Không tạo được tệp khóa %1.</source>
        <translation>Không tạo được tệp khóa %1.</translation>
    </message>
    <message>
        <source>Không ghi được tệp khóa %1: ổ đĩa đầy.</source>
        <translation>Không ghi được tệp khóa %1: ổ đĩa đầy.</translation>
    </message>
    <message>
        <source>Không khởi tạo được thư viện mã hóa (libsodium).</source>
        <translation>Không khởi tạo được thư viện mã hóa (libsodium).</translation>
    </message>
    <message>
        <source>Không mở được mã thiết bị đồng bộ trên máy này (cơ sở dữ liệu được chép từ máy khác, hoặc tệp khóa %1 đã mất). Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>Không mở được mã thiết bị đồng bộ trên máy này (cơ sở dữ liệu được chép từ máy khác, hoặc tệp khóa %1 đã mất). Hãy đăng ký lại quầy với trung tâm.</translation>
    </message>
</context>
<context>
    <name>pc::SyncStatusText</name>
    <message>
        <source>Không kết nối được tới trung tâm.</source>
        <translation>Không kết nối được tới trung tâm.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Chưa đăng ký với trung tâm</source>
        <translation>Chưa đăng ký với trung tâm</translation>
    </message>
    <message>
        <source>Hồ sơ vẫn được tiếp nhận và lưu tại quầy. Đăng ký quầy ở menu Đồng bộ khi có mã từ trung tâm.</source>
        <translation>Hồ sơ vẫn được tiếp nhận và lưu tại quầy. Đăng ký quầy ở menu Đồng bộ khi có mã từ trung tâm.</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Trực tuyến · lần cuối: %1</source>
        <translation>Trực tuyến · lần cuối: %1</translation>
    </message>
    <message>
        <source>Ngoại tuyến – sẽ đồng bộ khi có mạng</source>
        <translation>Ngoại tuyến – sẽ đồng bộ khi có mạng</translation>
    </message>
    <message>
        <source>Hồ sơ vẫn được tiếp nhận và lưu tại quầy; quầy tự gửi khi có mạng. Lần đồng bộ được gần nhất: %1.</source>
        <translation>Hồ sơ vẫn được tiếp nhận và lưu tại quầy; quầy tự gửi khi có mạng. Lần đồng bộ được gần nhất: %1.</translation>
    </message>
    <message>
        <source>Lần thử gần nhất: %1</source>
        <translation>Lần thử gần nhất: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n sự kiện bị từ chối</source>
        <translation><numerusform> · %n sự kiện bị từ chối</numerusform></translation>
    </message>
</context>
<context>
    <name>pc::SyncText</name>
    <message>
        <source>Chưa cấu hình địa chỉ https của trung tâm (chạy "sync enrol").</source>
        <translation>Chưa cấu hình địa chỉ https của trung tâm (chạy "sync enrol").</translation>
    </message>
    <message>
        <source>Đồng hồ máy quầy lệch %1 phút so với trung tâm: ngày hẹn in trên giấy tiếp nhận có thể sai. Hãy chỉnh đồng hồ.</source>
        <translation>Đồng hồ máy quầy lệch %1 phút so với trung tâm: ngày hẹn in trên giấy tiếp nhận có thể sai. Hãy chỉnh đồng hồ.</translation>
    </message>
    <message>
        <source>Đã có hồ sơ ghi thời điểm muộn hơn giờ của trung tâm: đồng hồ máy quầy từng chạy sai.</source>
        <translation>Đã có hồ sơ ghi thời điểm muộn hơn giờ của trung tâm: đồng hồ máy quầy từng chạy sai.</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm phải là một địa chỉ https:// đầy đủ.</source>
        <translation>Địa chỉ trung tâm phải là một địa chỉ https:// đầy đủ.</translation>
    </message>
    <message>
        <source>Không đọc được tệp chứng chỉ của cơ quan chứng thực: %1</source>
        <translation>Không đọc được tệp chứng chỉ của cơ quan chứng thực: %1</translation>
    </message>
    <message>
        <source>Tệp %1 không chứa chứng chỉ PEM của cơ quan chứng thực.</source>
        <translation>Tệp %1 không chứa chứng chỉ PEM của cơ quan chứng thực.</translation>
    </message>
    <message>
        <source>Ghim khóa phải gồm đúng 64 ký tự hex (SHA-256).</source>
        <translation>Ghim khóa phải gồm đúng 64 ký tự hex (SHA-256).</translation>
    </message>
    <message>
        <source>Trạng thái %1 không có trong bảng mã trạng thái quốc gia (1–10).</source>
        <translation>Trạng thái %1 không có trong bảng mã trạng thái quốc gia (1–10).</translation>
    </message>
    <message>
        <source>Quầy không có hồ sơ %1.</source>
        <translation>Quầy không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>Không thể chuyển hồ sơ %1 từ "%2" sang "%3".</source>
        <translation>Không thể chuyển hồ sơ %1 từ "%2" sang "%3".</translation>
    </message>
</context>
<context>
    <name>pc::TextRules</name>
    <message>
        <source>%1 có ký tự Unicode hỏng (nửa cặp mã thay thế), không lưu được: "%2".</source>
        <translation>%1 có ký tự Unicode hỏng (nửa cặp mã thay thế), không lưu được: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự không đọc được (dữ liệu không phải UTF-8 hợp lệ), không lưu được: "%2".</source>
        <translation>%1 có ký tự không đọc được (dữ liệu không phải UTF-8 hợp lệ), không lưu được: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự điều khiển %3, không lưu được: "%2".</source>
        <translation>%1 có ký tự điều khiển %3, không lưu được: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự đảo chiều hiển thị %3, làm chữ hiện ra khác với dữ liệu lưu: "%2".</source>
        <translation>%1 có ký tự đảo chiều hiển thị %3, làm chữ hiện ra khác với dữ liệu lưu: "%2".</translation>
    </message>
    <message>
        <source>%1 quá dài: %2 ký tự, tối đa %3: "%4".</source>
        <translation>%1 quá dài: %2 ký tự, tối đa %3: "%4".</translation>
    </message>
    <message>
        <source>%1 chỉ có ký tự không nhìn thấy được.</source>
        <translation>%1 chỉ có ký tự không nhìn thấy được.</translation>
    </message>
    <message>
        <source>%1 phải có ít nhất một chữ cái: "%2".</source>
        <translation>%1 phải có ít nhất một chữ cái: "%2".</translation>
    </message>
    <message>
        <source>%1 không có chữ hay số nào: "%2".</source>
        <translation>%1 không có chữ hay số nào: "%2".</translation>
    </message>
</context>
<context>
    <name>pc::TrackingText</name>
    <message>
        <source>Quá hạn: %1 · Đến hạn hôm nay: %2 · Trong 2 ngày làm việc: %3</source>
        <translation>Quá hạn: %1 · Đến hạn hôm nay: %2 · Trong 2 ngày làm việc: %3</translation>
    </message>
</context>
<context>
    <name>pc::UsersDialog</name>
    <message>
        <source>Tài khoản người dùng</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Khóa tài khoản</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Mở lại tài khoản</source>
        <translation>&amp;Mở lại tài khoản</translation>
    </message>
    <message>
        <source>Đặt mật khẩu &amp;mới…</source>
        <translation>Đặt mật khẩu &amp;mới…</translation>
    </message>
    <message>
        <source>Tài khoản mới</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Vai trò:</translation>
    </message>
    <message numerus="yes">
        <source>Mật khẩu (ít nhất %n ký tự):</source>
        <translation><numerusform>Mật khẩu (ít nhất %n ký tự):</numerusform></translation>
    </message>
    <message>
        <source>&amp;Tạo tài khoản</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation>Hãy chọn một tài khoản trong danh sách.</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho %1:</source>
        <translation>Mật khẩu mới cho %1:</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>Đã đặt mật khẩu mới cho %1.</translation>
    </message>
</context>
<context>
    <name>pc::WireText</name>
    <message>
        <source>Trung tâm trả về %1 không phải JSON hợp lệ.</source>
        <translation>Trung tâm trả về %1 không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <source>Trung tâm dùng phiên bản giao thức khác (%1, cần %2).</source>
        <translation>Trung tâm dùng phiên bản giao thức khác (%1, cần %2).</translation>
    </message>
    <message>
        <source>lô sự kiện</source>
        <translation>lô sự kiện</translation>
    </message>
    <message>
        <source>Lô sự kiện thiếu batch_id hoặc events.</source>
        <translation>Lô sự kiện thiếu batch_id hoặc events.</translation>
    </message>
    <message>
        <source>kết quả lô</source>
        <translation>kết quả lô</translation>
    </message>
    <message>
        <source>Trả lời của trung tâm thiếu danh sách kết quả.</source>
        <translation>Trả lời của trung tâm thiếu danh sách kết quả.</translation>
    </message>
    <message>
        <source>Kết quả không rõ cho sự kiện %1: "%2".</source>
        <translation>Kết quả không rõ cho sự kiện %1: "%2".</translation>
    </message>
    <message>
        <source>Trả lời của trung tâm có kết quả không mang mã sự kiện.</source>
        <translation>Trả lời của trung tâm có kết quả không mang mã sự kiện.</translation>
    </message>
    <message>
        <source>danh sách thay đổi</source>
        <translation>danh sách thay đổi</translation>
    </message>
    <message>
        <source>Danh sách thay đổi thiếu cursor hoặc changes.</source>
        <translation>Danh sách thay đổi thiếu cursor hoặc changes.</translation>
    </message>
</context>
<context>
    <name>pc::cli::CliText</name>
    <message>
        <source>Cách dùng: catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]</source>
        <translation>Cách dùng: catalogue fields | catalogue search TỪ KHÓA | catalogue show MÃ [--json]</translation>
    </message>
    <message>
        <source>Cách dùng: catalogue search TỪ KHÓA</source>
        <translation>Cách dùng: catalogue search TỪ KHÓA</translation>
    </message>
    <message>
        <source>Cách dùng: catalogue show MÃ [--json]</source>
        <translation>Cách dùng: catalogue show MÃ [--json]</translation>
    </message>
    <message>
        <source>Không có thủ tục mã "%1" trong danh mục.</source>
        <translation>Không có thủ tục mã "%1" trong danh mục.</translation>
    </message>
    <message>
        <source>Lĩnh vực: </source>
        <translation>Lĩnh vực: </translation>
    </message>
    <message>
        <source>Cơ quan giải quyết: </source>
        <translation>Cơ quan giải quyết: </translation>
    </message>
    <message>
        <source>Thời hạn: </source>
        <translation>Thời hạn: </translation>
    </message>
    <message>
        <source>Phí: </source>
        <translation>Phí: </translation>
    </message>
    <message>
        <source>; lệ phí: </source>
        <translation>; lệ phí: </translation>
    </message>
    <message>
        <source>Thành phần hồ sơ:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <source> (%1 bản chính, %2 bản sao)%3</source>
        <translation> (%1 bản chính, %2 bản sao)%3</translation>
    </message>
    <message>
        <source>, không bắt buộc</source>
        <translation>, không bắt buộc</translation>
    </message>
    <message>
        <source>Lệnh catalogue không rõ: %1</source>
        <translation>Lệnh catalogue không rõ: %1</translation>
    </message>
    <message>
        <source>Cảnh báo: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)</source>
        <translation>Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)</translation>
    </message>
    <message>
        <source>Cách dùng: show MÃ_HỒ_SƠ --json</source>
        <translation>Cách dùng: show MÃ_HỒ_SƠ --json</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>Không có hồ sơ mã "%1".</translation>
    </message>
    <message>
        <source>Cách dùng: setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]</source>
        <translation>Cách dùng: setup --unit-id MÃ --unit-name TÊN --counter N [--range-start A --range-end B]</translation>
    </message>
    <message>
        <source>Số quầy phải là số: %1</source>
        <translation>Số quầy phải là số: %1</translation>
    </message>
    <message>
        <source>Dãy số hồ sơ phải là số.</source>
        <translation>Dãy số hồ sơ phải là số.</translation>
    </message>
    <message>
        <source>Đã thiết lập quầy %1 của %2 (%3), dãy số hồ sơ %4–%5 mỗi ngày.</source>
        <translation>Đã thiết lập quầy %1 của %2 (%3), dãy số hồ sơ %4–%5 mỗi ngày.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar lunar YYYY-MM-DD</source>
        <translation>Cách dùng: calendar lunar YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cách dùng: calendar solar YYYY-MM-DD [--leap]  (ngày Âm lịch)</source>
        <translation>Cách dùng: calendar solar YYYY-MM-DD [--leap]  (ngày Âm lịch)</translation>
    </message>
    <message>
        <source>Năm Âm lịch %1 không có tháng %2 nhuận, hoặc tháng đó không có ngày %3.</source>
        <translation>Năm Âm lịch %1 không có tháng %2 nhuận, hoặc tháng đó không có ngày %3.</translation>
    </message>
    <message>
        <source>Tháng %2 năm Âm lịch %1 không có ngày %3.</source>
        <translation>Tháng %2 năm Âm lịch %1 không có ngày %3.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar working-saturdays NĂM</source>
        <translation>Cách dùng: calendar working-saturdays NĂM</translation>
    </message>
    <message>
        <source>Cách dùng: calendar import TỆP.json</source>
        <translation>Cách dùng: calendar import TỆP.json</translation>
    </message>
    <message>
        <source>Đã nạp lịch nghỉ chính thức năm %1 (%2): %3 ngày nghỉ, %4 ngày thứ Bảy làm bù.</source>
        <translation>Đã nạp lịch nghỉ chính thức năm %1 (%2): %3 ngày nghỉ, %4 ngày thứ Bảy làm bù.</translation>
    </message>
    <message>
        <source>Lệnh calendar không rõ: %1</source>
        <translation>Lệnh calendar không rõ: %1</translation>
    </message>
    <message>
        <source>Cách dùng: deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]</source>
        <translation>Cách dùng: deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận "%1" không hợp lệ (YYYY-MM-DDTHH:MM).</source>
        <translation>Thời điểm tiếp nhận "%1" không hợp lệ (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>Thời hạn phải là số nguyên từ 0 đến 3650.</source>
        <translation>Thời hạn phải là số nguyên từ 0 đến 3650.</translation>
    </message>
    <message>
        <source>Giờ chốt nhận "%1" không hợp lệ (HH:MM).</source>
        <translation>Giờ chốt nhận "%1" không hợp lệ (HH:MM).</translation>
    </message>
    <message>
        <source>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ]</source>
        <translation>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ]</translation>
    </message>
    <message>
        <source>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</source>
        <translation>Ngày sinh "%1" không đúng dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Giới tính phải là Nam hoặc Nữ.</source>
        <translation>Giới tính phải là Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Cách dùng: parse cccd-qr NỘI_DUNG_MÃ_QR</source>
        <translation>Cách dùng: parse cccd-qr NỘI_DUNG_MÃ_QR</translation>
    </message>
    <message>
        <source>Khổ giấy không rõ: %1 (a4, a5, thermal80).</source>
        <translation>Khổ giấy không rõ: %1 (a4, a5, thermal80).</translation>
    </message>
    <message>
        <source>Số phiếu không hợp lệ: %1</source>
        <translation>Số phiếu không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Cách dùng: guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO</source>
        <translation>Cách dùng: guidance supplement --json TỆP [--reason LÝ_DO] [--contact LIÊN_HỆ] | guidance refusal --json TỆP --reason LÝ_DO</translation>
    </message>
    <message>
        <source>Đã đăng ký quầy với trung tâm %1.</source>
        <translation>Đã đăng ký quầy với trung tâm %1.</translation>
    </message>
    <message>
        <source>Lỗi lần đồng bộ trước: %1</source>
        <translation>Lỗi lần đồng bộ trước: %1</translation>
    </message>
    <message>
        <source>Lệnh sync không rõ: %1</source>
        <translation>Lệnh sync không rõ: %1</translation>
    </message>
    <message>
        <source>Lỗi: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Ngày "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</source>
        <translation>Ngày "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</translation>
    </message>
    <message>
        <source>Ngày Âm lịch "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</source>
        <translation>Ngày Âm lịch "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</translation>
    </message>
    <message>
        <source>Cách dùng: calendar holidays NĂM (1900–2199)</source>
        <translation>Cách dùng: calendar holidays NĂM (1900–2199)</translation>
    </message>
    <message>
        <source>Năm %1 theo lịch nghỉ chính thức đã nạp.</source>
        <translation>Năm %1 theo lịch nghỉ chính thức đã nạp.</translation>
    </message>
    <message>
        <source>Năm %1 chưa có lịch nghỉ chính thức: tính theo quy tắc ngày nghỉ phiên bản %2.</source>
        <translation>Năm %1 chưa có lịch nghỉ chính thức: tính theo quy tắc ngày nghỉ phiên bản %2.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar import-rules TỆP.json</source>
        <translation>Cách dùng: calendar import-rules TỆP.json</translation>
    </message>
    <message numerus="yes">
        <source>Đã nạp quy tắc ngày nghỉ phiên bản %1 (%n quy tắc).</source>
        <translation><numerusform>Đã nạp quy tắc ngày nghỉ phiên bản %1 (%n quy tắc).</numerusform></translation>
    </message>
    <message>
        <source>Cách dùng: calendar rules</source>
        <translation>Cách dùng: calendar rules</translation>
    </message>
    <message>
        <source>Cách dùng: calendar lunar|solar|holidays|import|import-rules|rules|working-saturdays …</source>
        <translation>Cách dùng: calendar lunar|solar|holidays|import|import-rules|rules|working-saturdays …</translation>
    </message>
    <message>
        <source>Tệp %1 lớn quá %2 MB, không phải dữ liệu PostCounter.</source>
        <translation>Tệp %1 lớn quá %2 MB, không phải dữ liệu PostCounter.</translation>
    </message>
    <message>
        <source>Không đọc được đầu vào chuẩn.</source>
        <translation>Không đọc được đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 là một thư mục, không phải tệp dữ liệu.</source>
        <translation>%1 là một thư mục, không phải tệp dữ liệu.</translation>
    </message>
    <message>
        <source>%1 không phải tệp thường (có thể là FIFO hay thiết bị); hãy chỉ ra một tệp dữ liệu.</source>
        <translation>%1 không phải tệp thường (có thể là FIFO hay thiết bị); hãy chỉ ra một tệp dữ liệu.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1 (không có quyền đọc?).</source>
        <translation>Không đọc được tệp %1 (không có quyền đọc?).</translation>
    </message>
    <message>
        <source>Cách dùng: intake --json TỆP [--allow-backdate] ("-" = đọc từ đầu vào chuẩn)</source>
        <translation>Cách dùng: intake --json TỆP [--allow-backdate] ("-" = đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>Phí, lệ phí tùy người nộp (chọn bằng "fee_variant" khi tiếp nhận):</source>
        <translation>Phí, lệ phí tùy người nộp (chọn bằng "fee_variant" khi tiếp nhận):</translation>
    </message>
    <message>
        <source> — phí %1, lệ phí %2</source>
        <translation> — phí %1, lệ phí %2</translation>
    </message>
    <message>
        <source>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</translation>
    </message>
    <message>
        <source>Cách dùng: check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Cách dùng: check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</translation>
    </message>
    <message>
        <source>Không rõ cần kiểm tra gì: %1 (cccd, passport, tax-code, s10, phone)</source>
        <translation>Không rõ cần kiểm tra gì: %1 (cccd, passport, tax-code, s10, phone)</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới: %1 (dùng --db ĐƯỜNG_DẪN để chọn tệp khác)</source>
        <translation>Tạo cơ sở dữ liệu mới: %1 (dùng --db ĐƯỜNG_DẪN để chọn tệp khác)</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần do trung tâm cấp: </source>
        <translation>Mã đăng ký một lần do trung tâm cấp: </translation>
    </message>
    <message>
        <source>Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ]</source>
        <translation>Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ]</translation>
    </message>
    <message>
        <source>Cách dùng: sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ] (không có --code: đọc mã từ đầu vào chuẩn)</source>
        <translation>Cách dùng: sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ] (không có --code: đọc mã từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>Chưa có mã đăng ký: nhập mã do trung tâm cấp (hoặc đưa qua đầu vào chuẩn).</source>
        <translation>Chưa có mã đăng ký: nhập mã do trung tâm cấp (hoặc đưa qua đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Đã lưu PDF: %1</source>
        <translation>Đã lưu PDF: %1</translation>
    </message>
    <message>
        <source>Cách dùng: settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list
Khóa: %1</source>
        <translation>Cách dùng: settings get KHÓA | settings set KHÓA GIÁ_TRỊ | settings list
Khóa: %1</translation>
    </message>
    <message>
        <source>Cách dùng: list [--status S] [--search "TỪ KHÓA"] [--limit N] [--json]</source>
        <translation>Cách dùng: list [--status S] [--search "TỪ KHÓA"] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Số dòng tối đa không hợp lệ: %1 (cần một số nguyên dương).</source>
        <translation>Số dòng tối đa không hợp lệ: %1 (cần một số nguyên dương).</translation>
    </message>
    <message>
        <source>Cách dùng: handover pending|create|confirm|cancel ...</source>
        <translation>Cách dùng: handover pending|create|confirm|cancel ...</translation>
    </message>
    <message>
        <source>Cách dùng: handover pending [--agency TÊN_CƠ_QUAN]</source>
        <translation>Cách dùng: handover pending [--agency TÊN_CƠ_QUAN]</translation>
    </message>
    <message>
        <source>Cách dùng: handover create --agency TÊN_CƠ_QUAN [--codes MÃ1,MÃ2,…] --courier "HỌ TÊN" [--receiver "HỌ TÊN"]</source>
        <translation>Cách dùng: handover create --agency TÊN_CƠ_QUAN [--codes MÃ1,MÃ2,…] --courier "HỌ TÊN" [--receiver "HỌ TÊN"]</translation>
    </message>
    <message>
        <source>--codes không có mã hồ sơ nào.</source>
        <translation>--codes không có mã hồ sơ nào.</translation>
    </message>
    <message>
        <source>Cách dùng: handover confirm SỐ_BIÊN_BẢN --by "HỌ TÊN NGƯỜI KÝ NHẬN"</source>
        <translation>Cách dùng: handover confirm SỐ_BIÊN_BẢN --by "HỌ TÊN NGƯỜI KÝ NHẬN"</translation>
    </message>
    <message>
        <source>Cách dùng: handover cancel SỐ_BIÊN_BẢN --reason "LÝ DO"</source>
        <translation>Cách dùng: handover cancel SỐ_BIÊN_BẢN --reason "LÝ DO"</translation>
    </message>
    <message>
        <source>Lệnh handover không rõ: %1 (pending, create, confirm, cancel)</source>
        <translation>Lệnh handover không rõ: %1 (pending, create, confirm, cancel)</translation>
    </message>
    <message>
        <source>Cách dùng: reschedule MÃ_HỒ_SƠ --until YYYY-MM-DDTHH:MM --reason "LÝ DO"</source>
        <translation>Cách dùng: reschedule MÃ_HỒ_SƠ --until YYYY-MM-DDTHH:MM --reason "LÝ DO"</translation>
    </message>
    <message>
        <source>Ngày hẹn mới không hợp lệ: %1 (dạng YYYY-MM-DDTHH:MM, giờ Việt Nam).</source>
        <translation>Ngày hẹn mới không hợp lệ: %1 (dạng YYYY-MM-DDTHH:MM, giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Cách dùng: result waiting</source>
        <translation>Cách dùng: result waiting</translation>
    </message>
    <message>
        <source>Cách dùng: result receive MÃ_HỒ_SƠ [--what "KẾT QUẢ"] [--count N] [--from "HỌ TÊN"] [--note "…"] | result waiting</source>
        <translation>Cách dùng: result receive MÃ_HỒ_SƠ [--what "KẾT QUẢ"] [--count N] [--from "HỌ TÊN"] [--note "…"] | result waiting</translation>
    </message>
    <message>
        <source>Số lượng không hợp lệ: %1.</source>
        <translation>Số lượng không hợp lệ: %1.</translation>
    </message>
    <message>
        <source>Cách dùng: return MÃ_HỒ_SƠ --recipient-name "HỌ TÊN" --recipient-id SỐ_GIẤY_TỜ [--authorised-by "GIẤY ỦY QUYỀN"] [--fee SỐ_ĐỒNG]</source>
        <translation>Cách dùng: return MÃ_HỒ_SƠ --recipient-name "HỌ TÊN" --recipient-id SỐ_GIẤY_TỜ [--authorised-by "GIẤY ỦY QUYỀN"] [--fee SỐ_ĐỒNG]</translation>
    </message>
    <message>
        <source>Số tiền không hợp lệ: %1 (số đồng, không dấu chấm).</source>
        <translation>Số tiền không hợp lệ: %1 (số đồng, không dấu chấm).</translation>
    </message>
    <message>
        <source>Cách dùng: dispatch MÃ_HỒ_SƠ --tracking SỐ_HIỆU_S10</source>
        <translation>Cách dùng: dispatch MÃ_HỒ_SƠ --tracking SỐ_HIỆU_S10</translation>
    </message>
    <message>
        <source>Cách dùng: delivery-failed MÃ_HỒ_SƠ --reason "LÝ DO"</source>
        <translation>Cách dùng: delivery-failed MÃ_HỒ_SƠ --reason "LÝ DO"</translation>
    </message>
    <message>
        <source>Cách dùng: withdraw MÃ_HỒ_SƠ --reason "LÝ DO"</source>
        <translation>Cách dùng: withdraw MÃ_HỒ_SƠ --reason "LÝ DO"</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).</source>
        <translation>Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Cần --date YYYY-MM-DD hoặc --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Cần --date YYYY-MM-DD hoặc --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cần --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Cần --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cần --date YYYY-MM-DD.</source>
        <translation>Cần --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Báo cáo ngày %1</source>
        <translation>Báo cáo ngày %1</translation>
    </message>
    <message>
        <source>Báo cáo từ %1 đến %2</source>
        <translation>Báo cáo từ %1 đến %2</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận: %1</source>
        <translation>Hồ sơ tiếp nhận: %1</translation>
    </message>
    <message>
        <source>Đã bàn giao cho cơ quan giải quyết: %1</source>
        <translation>Đã bàn giao cho cơ quan giải quyết: %1</translation>
    </message>
    <message>
        <source>Đã trả kết quả: %1</source>
        <translation>Đã trả kết quả: %1</translation>
    </message>
    <message>
        <source>Quá hạn: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
    <message>
        <source>Theo lĩnh vực:</source>
        <translation>Theo lĩnh vực:</translation>
    </message>
    <message>
        <source>%1: %2 hồ sơ; %3 hồ sơ thu phí, lệ phí %4</source>
        <translation>%1: %2 hồ sơ; %3 hồ sơ thu phí, lệ phí %4</translation>
    </message>
    <message>
        <source>Theo trạng thái hiện tại:</source>
        <translation>Theo trạng thái hiện tại:</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu: %1</source>
        <translation>Phí, lệ phí đã thu: %1</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung: %1; phiếu từ chối: %2</source>
        <translation>Phiếu yêu cầu bổ sung: %1; phiếu từ chối: %2</translation>
    </message>
    <message>
        <source>Sự kiện chờ đồng bộ: %1</source>
        <translation>Sự kiện chờ đồng bộ: %1</translation>
    </message>
    <message>
        <source>Cách dùng: report day --date YYYY-MM-DD [--json | --csv TỆP] | report day --from D --to D [--csv TỆP]
           report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv TỆP]</source>
        <translation>Cách dùng: report day --date YYYY-MM-DD [--json | --csv TỆP] | report day --from D --to D [--csv TỆP]
           report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv TỆP]</translation>
    </message>
    <message>
        <source>Đã lưu CSV: %1</source>
        <translation>Đã lưu CSV: %1</translation>
    </message>
    <message>
        <source>Cách dùng: print day-report --date YYYY-MM-DD --pdf TỆP.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP.pdf</source>
        <translation>Cách dùng: print day-report --date YYYY-MM-DD --pdf TỆP.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP.pdf</translation>
    </message>
    <message>
        <source>Cách dùng: audit verify | audit list [--user TÊN] [--action THAO_TÁC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]</source>
        <translation>Cách dùng: audit verify | audit list [--user TÊN] [--action THAO_TÁC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]</translation>
    </message>
    <message>
        <source>Nhật ký kiểm tra bị can thiệp: dòng %1 %2.</source>
        <translation>Nhật ký kiểm tra bị can thiệp: dòng %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nhật ký kiểm tra nguyên vẹn: %n dòng.</source>
        <translation><numerusform>Nhật ký kiểm tra nguyên vẹn: %n dòng.</numerusform></translation>
    </message>
    <message>
        <source>Ngày phải theo dạng YYYY-MM-DD.</source>
        <translation>Ngày phải theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Mật khẩu mã hóa bản sao lưu: </source>
        <translation>Mật khẩu mã hóa bản sao lưu: </translation>
    </message>
    <message>
        <source>Cách dùng: backup create [--to THƯ_MỤC] [--encrypt] | backup verify TỆP | backup restore TỆP
  | backup config [--folder THƯ_MỤC] [--keep N] | backup status
  (--encrypt và tệp .pcbak: mật khẩu đọc từ đầu vào chuẩn)</source>
        <translation>Cách dùng: backup create [--to THƯ_MỤC] [--encrypt] | backup verify TỆP | backup restore TỆP
  | backup config [--folder THƯ_MỤC] [--keep N] | backup status
  (--encrypt và tệp .pcbak: mật khẩu đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>Đã khôi phục %1 từ %2.</source>
        <translation>Đã khôi phục %1 từ %2.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu cũ được giữ tại %1.</source>
        <translation>Cơ sở dữ liệu cũ được giữ tại %1.</translation>
    </message>
    <message>
        <source>Nhật ký kiểm toán: %1</source>
        <translation>Nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <source>Chưa có mật khẩu mã hóa (đưa qua đầu vào chuẩn).</source>
        <translation>Chưa có mật khẩu mã hóa (đưa qua đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>--keep phải là một số: %1</source>
        <translation>--keep phải là một số: %1</translation>
    </message>
    <message>
        <source>--as %1: %2</source>
        <translation>--as %1: %2</translation>
    </message>
    <message>
        <source>Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf
           print manifest SỐ_BIÊN_BẢN|control-sheet MÃ_HỒ_SƠ|apology MÃ_HỒ_SƠ|return-slip MÃ_HỒ_SƠ|label MÃ_HỒ_SƠ --pdf TỆP.pdf</source>
        <translation>Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf
           print manifest SỐ_BIÊN_BẢN|control-sheet MÃ_HỒ_SƠ|apology MÃ_HỒ_SƠ|return-slip MÃ_HỒ_SƠ|label MÃ_HỒ_SƠ --pdf TỆP.pdf</translation>
    </message>
    <message>
        <source>Phiếu %1 có khổ giấy cố định: bỏ --layout.</source>
        <translation>Phiếu %1 có khổ giấy cố định: bỏ --layout.</translation>
    </message>
    <message>
        <source>Loại phiếu không rõ: %1 (receipt, supplement, refusal, manifest, control-sheet, apology, return-slip, label).</source>
        <translation>Loại phiếu không rõ: %1 (receipt, supplement, refusal, manifest, control-sheet, apology, return-slip, label).</translation>
    </message>
    <message>
        <source>Cách dùng: purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]</source>
        <translation>Cách dùng: purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (dùng dạng YYYY-MM-DD).</source>
        <translation>Ngày không hợp lệ: %1 (dùng dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--years phải là một số: %1</source>
        <translation>--years phải là một số: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã trả còn sự kiện chưa gửi lên trung tâm: chưa xóa, sẽ xóa ở lần sau.</source>
        <translation><numerusform>%n hồ sơ đã trả còn sự kiện chưa gửi lên trung tâm: chưa xóa, sẽ xóa ở lần sau.</numerusform></translation>
    </message>
    <message>
        <source>Cách dùng: user add TÊN --role clerk|supervisor|admin --name "HỌ TÊN" | user list | user disable TÊN | user enable TÊN | user password TÊN (mật khẩu đọc từ đầu vào chuẩn)</source>
        <translation>Cách dùng: user add TÊN --role clerk|supervisor|admin --name "HỌ TÊN" | user list | user disable TÊN | user enable TÊN | user password TÊN (mật khẩu đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>Vai trò không rõ: %1 (clerk, supervisor, admin).</source>
        <translation>Vai trò không rõ: %1 (clerk, supervisor, admin).</translation>
    </message>
    <message>
        <source>Không đọc được mật khẩu từ đầu vào chuẩn.</source>
        <translation>Không đọc được mật khẩu từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản %1 (%2).</source>
        <translation>Đã tạo tài khoản %1 (%2).</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản %1.</source>
        <translation>Đã khóa tài khoản %1.</translation>
    </message>
    <message>
        <source>Đã mở lại tài khoản %1.</source>
        <translation>Đã mở lại tài khoản %1.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của %1.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>Tùy chọn không rõ: %1.</source>
        <translation>Tùy chọn không rõ: %1.</translation>
    </message>
    <message>
        <source>Tùy chọn %1 không nhận giá trị.</source>
        <translation>Tùy chọn %1 không nhận giá trị.</translation>
    </message>
    <message>
        <source>Thiếu giá trị sau tùy chọn %1.</source>
        <translation>Thiếu giá trị sau tùy chọn %1.</translation>
    </message>
    <message>
        <source>Dòng lệnh không hợp lệ: %1</source>
        <translation>Dòng lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>In hướng dẫn này.</source>
        <translation>In hướng dẫn này.</translation>
    </message>
    <message>
        <source>In dạng JSON.</source>
        <translation>In dạng JSON.</translation>
    </message>
    <message>
        <source>"LÝ DO"</source>
        <translation>"LÝ DO"</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc).</source>
        <translation>Lý do (bắt buộc).</translation>
    </message>
    <message>
        <source>TỆP.pdf</source>
        <translation>TỆP.pdf</translation>
    </message>
    <message>
        <source>Tệp PDF cần lưu (bắt buộc).</source>
        <translation>Tệp PDF cần lưu (bắt buộc).</translation>
    </message>
    <message>
        <source>a4|a5|thermal80</source>
        <translation>a4|a5|thermal80</translation>
    </message>
    <message>
        <source>Khổ giấy của giấy biên nhận và phiếu hướng dẫn (mặc định a4); các phiếu khác có khổ cố định.</source>
        <translation>Khổ giấy của giấy biên nhận và phiếu hướng dẫn (mặc định a4); các phiếu khác có khổ cố định.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Một ngày (báo cáo ngày).</source>
        <translation>Một ngày (báo cáo ngày).</translation>
    </message>
    <message>
        <source>Ngày đầu của khoảng thời gian.</source>
        <translation>Ngày đầu của khoảng thời gian.</translation>
    </message>
    <message>
        <source>Ngày cuối của khoảng thời gian (tính cả ngày đó).</source>
        <translation>Ngày cuối của khoảng thời gian (tính cả ngày đó).</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Lưu ra tệp CSV (mở được bằng Excel).</source>
        <translation>Lưu ra tệp CSV (mở được bằng Excel).</translation>
    </message>
    <message>
        <source>Tệp hồ sơ JSON ("-": đọc từ đầu vào chuẩn) (bắt buộc).</source>
        <translation>Tệp hồ sơ JSON ("-": đọc từ đầu vào chuẩn) (bắt buộc).</translation>
    </message>
    <message>
        <source>Thiết lập quầy: đơn vị, số quầy, dãy số hồ sơ mỗi ngày.</source>
        <translation>Thiết lập quầy: đơn vị, số quầy, dãy số hồ sơ mỗi ngày.</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>Mã định danh của đơn vị (bắt buộc).</source>
        <translation>Mã định danh của đơn vị (bắt buộc).</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>Tên đơn vị (bắt buộc).</source>
        <translation>Tên đơn vị (bắt buộc).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Số quầy (bắt buộc).</source>
        <translation>Số quầy (bắt buộc).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Số đầu của dãy số hồ sơ mỗi ngày.</source>
        <translation>Số đầu của dãy số hồ sơ mỗi ngày.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Số cuối của dãy số hồ sơ mỗi ngày.</source>
        <translation>Số cuối của dãy số hồ sơ mỗi ngày.</translation>
    </message>
    <message>
        <source>Danh mục thủ tục hành chính.</source>
        <translation>Danh mục thủ tục hành chính.</translation>
    </message>
    <message>
        <source>Các lĩnh vực và cơ quan giải quyết.</source>
        <translation>Các lĩnh vực và cơ quan giải quyết.</translation>
    </message>
    <message>
        <source>TỪ KHÓA…</source>
        <translation>TỪ KHÓA…</translation>
    </message>
    <message>
        <source>Tìm thủ tục theo tên (không cần dấu).</source>
        <translation>Tìm thủ tục theo tên (không cần dấu).</translation>
    </message>
    <message>
        <source>Chi tiết một thủ tục: thời hạn, phí, thành phần hồ sơ.</source>
        <translation>Chi tiết một thủ tục: thời hạn, phí, thành phần hồ sơ.</translation>
    </message>
    <message>
        <source>Tiếp nhận một hồ sơ; in mã hồ sơ và ngày hẹn trả.</source>
        <translation>Tiếp nhận một hồ sơ; in mã hồ sơ và ngày hẹn trả.</translation>
    </message>
    <message>
        <source>Cho phép thời điểm tiếp nhận đã qua (nhập lại hồ sơ giấy).</source>
        <translation>Cho phép thời điểm tiếp nhận đã qua (nhập lại hồ sơ giấy).</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ, mới nhất trước.</source>
        <translation>Danh sách hồ sơ, mới nhất trước.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Chỉ hồ sơ ở trạng thái này (mã 1–10 hoặc received, in_progress, …).</source>
        <translation>Chỉ hồ sơ ở trạng thái này (mã 1–10 hoặc received, in_progress, …).</translation>
    </message>
    <message>
        <source>"TỪ"</source>
        <translation>"TỪ"</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã hồ sơ, số giấy tờ hay số điện thoại, như ô tìm kiếm của cửa sổ.</source>
        <translation>Tìm theo tên, mã hồ sơ, số giấy tờ hay số điện thoại, như ô tìm kiếm của cửa sổ.</translation>
    </message>
    <message>
        <source>Số dòng tối đa (mặc định: tất cả; 200 khi tìm kiếm).</source>
        <translation>Số dòng tối đa (mặc định: tất cả; 200 khi tìm kiếm).</translation>
    </message>
    <message>
        <source>MÃ_HỒ_SƠ</source>
        <translation>MÃ_HỒ_SƠ</translation>
    </message>
    <message>
        <source>Toàn bộ một hồ sơ và các bước đã qua, dạng JSON.</source>
        <translation>Toàn bộ một hồ sơ và các bước đã qua, dạng JSON.</translation>
    </message>
    <message>
        <source>In dạng JSON (dạng duy nhất).</source>
        <translation>In dạng JSON (dạng duy nhất).</translation>
    </message>
    <message>
        <source>Lịch Âm, ngày nghỉ, ngày làm bù.</source>
        <translation>Lịch Âm, ngày nghỉ, ngày làm bù.</translation>
    </message>
    <message>
        <source>Đổi ngày Dương lịch sang Âm lịch.</source>
        <translation>Đổi ngày Dương lịch sang Âm lịch.</translation>
    </message>
    <message>
        <source>Đổi ngày Âm lịch sang Dương lịch.</source>
        <translation>Đổi ngày Âm lịch sang Dương lịch.</translation>
    </message>
    <message>
        <source>Ngày thuộc tháng nhuận.</source>
        <translation>Ngày thuộc tháng nhuận.</translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation>NĂM</translation>
    </message>
    <message>
        <source>Các ngày nghỉ của một năm.</source>
        <translation>Các ngày nghỉ của một năm.</translation>
    </message>
    <message>
        <source>Các ngày thứ Bảy làm bù của một năm.</source>
        <translation>Các ngày thứ Bảy làm bù của một năm.</translation>
    </message>
    <message>
        <source>Nạp lịch nghỉ chính thức của một năm.</source>
        <translation>Nạp lịch nghỉ chính thức của một năm.</translation>
    </message>
    <message>
        <source>Nạp bộ quy tắc ngày nghỉ mới.</source>
        <translation>Nạp bộ quy tắc ngày nghỉ mới.</translation>
    </message>
    <message>
        <source>Bộ quy tắc ngày nghỉ đang dùng.</source>
        <translation>Bộ quy tắc ngày nghỉ đang dùng.</translation>
    </message>
    <message>
        <source>Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn.</source>
        <translation>Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận, giờ Việt Nam (bắt buộc).</source>
        <translation>Thời điểm tiếp nhận, giờ Việt Nam (bắt buộc).</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng ngày làm việc.</source>
        <translation>Thời hạn tính bằng ngày làm việc.</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng giờ làm việc.</source>
        <translation>Thời hạn tính bằng giờ làm việc.</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng ngày theo lịch.</source>
        <translation>Thời hạn tính bằng ngày theo lịch.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Giờ chốt nhận hồ sơ trong ngày.</source>
        <translation>Giờ chốt nhận hồ sơ trong ngày.</translation>
    </message>
    <message>
        <source>Kiểm tra một số giấy tờ, số hiệu hay số điện thoại.</source>
        <translation>Kiểm tra một số giấy tờ, số hiệu hay số điện thoại.</translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation>SỐ</translation>
    </message>
    <message>
        <source>Kiểm tra số căn cước (CCCD).</source>
        <translation>Kiểm tra số căn cước (CCCD).</translation>
    </message>
    <message>
        <source>Ngày sinh để đối chiếu.</source>
        <translation>Ngày sinh để đối chiếu.</translation>
    </message>
    <message>
        <source>Nam|Nữ</source>
        <translation>Nam|Nữ</translation>
    </message>
    <message>
        <source>Giới tính để đối chiếu.</source>
        <translation>Giới tính để đối chiếu.</translation>
    </message>
    <message>
        <source>Kiểm tra số hộ chiếu.</source>
        <translation>Kiểm tra số hộ chiếu.</translation>
    </message>
    <message>
        <source>MÃ_SỐ_THUẾ</source>
        <translation>MÃ_SỐ_THUẾ</translation>
    </message>
    <message>
        <source>Kiểm tra mã số thuế.</source>
        <translation>Kiểm tra mã số thuế.</translation>
    </message>
    <message>
        <source>SỐ_HIỆU</source>
        <translation>SỐ_HIỆU</translation>
    </message>
    <message>
        <source>Kiểm tra số hiệu bưu gửi S10.</source>
        <translation>Kiểm tra số hiệu bưu gửi S10.</translation>
    </message>
    <message>
        <source>Kiểm tra số điện thoại.</source>
        <translation>Kiểm tra số điện thoại.</translation>
    </message>
    <message>
        <source>Đọc nội dung mã QR.</source>
        <translation>Đọc nội dung mã QR.</translation>
    </message>
    <message>
        <source>NỘI_DUNG</source>
        <translation>NỘI_DUNG</translation>
    </message>
    <message>
        <source>Đọc nội dung mã QR trên thẻ căn cước, in dạng JSON.</source>
        <translation>Đọc nội dung mã QR trên thẻ căn cước, in dạng JSON.</translation>
    </message>
    <message>
        <source>Xuất giấy tờ ra tệp PDF.</source>
        <translation>Xuất giấy tờ ra tệp PDF.</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</source>
        <translation>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</translation>
    </message>
    <message>
        <source>SỐ_PHIẾU</source>
        <translation>SỐ_PHIẾU</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</source>
        <translation>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận hồ sơ.</source>
        <translation>Phiếu từ chối tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <source>SỐ_BIÊN_BẢN</source>
        <translation>SỐ_BIÊN_BẢN</translation>
    </message>
    <message>
        <source>Biên bản bàn giao hồ sơ.</source>
        <translation>Biên bản bàn giao hồ sơ.</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ.</source>
        <translation>Phiếu kiểm soát quá trình giải quyết hồ sơ.</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả.</source>
        <translation>Phiếu xin lỗi và hẹn lại ngày trả kết quả.</translation>
    </message>
    <message>
        <source>Phiếu trả kết quả tại quầy.</source>
        <translation>Phiếu trả kết quả tại quầy.</translation>
    </message>
    <message>
        <source>Nhãn gửi kết quả qua bưu chính.</source>
        <translation>Nhãn gửi kết quả qua bưu chính.</translation>
    </message>
    <message>
        <source>Báo cáo ngày ra PDF.</source>
        <translation>Báo cáo ngày ra PDF.</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ ra PDF.</source>
        <translation>Sổ theo dõi hồ sơ ra PDF.</translation>
    </message>
    <message>
        <source>Phiếu hướng dẫn: yêu cầu bổ sung hoặc từ chối.</source>
        <translation>Phiếu hướng dẫn: yêu cầu bổ sung hoặc từ chối.</translation>
    </message>
    <message>
        <source>Lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; in số phiếu.</source>
        <translation>Lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; in số phiếu.</translation>
    </message>
    <message>
        <source>LÝ_DO</source>
        <translation>LÝ_DO</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung.</source>
        <translation>Nội dung cần bổ sung.</translation>
    </message>
    <message>
        <source>LIÊN_HỆ</source>
        <translation>LIÊN_HỆ</translation>
    </message>
    <message>
        <source>Người và số điện thoại liên hệ (mặc định: theo cài đặt của bưu cục).</source>
        <translation>Người và số điện thoại liên hệ (mặc định: theo cài đặt của bưu cục).</translation>
    </message>
    <message>
        <source>Lập phiếu từ chối tiếp nhận hồ sơ; in số phiếu.</source>
        <translation>Lập phiếu từ chối tiếp nhận hồ sơ; in số phiếu.</translation>
    </message>
    <message>
        <source>Bàn giao hồ sơ cho cơ quan giải quyết.</source>
        <translation>Bàn giao hồ sơ cho cơ quan giải quyết.</translation>
    </message>
    <message>
        <source>Hồ sơ chờ bàn giao, theo cơ quan.</source>
        <translation>Hồ sơ chờ bàn giao, theo cơ quan.</translation>
    </message>
    <message>
        <source>TÊN_CƠ_QUAN</source>
        <translation>TÊN_CƠ_QUAN</translation>
    </message>
    <message>
        <source>Chỉ hồ sơ của cơ quan này.</source>
        <translation>Chỉ hồ sơ của cơ quan này.</translation>
    </message>
    <message>
        <source>Lập biên bản bàn giao; in số biên bản và số hồ sơ.</source>
        <translation>Lập biên bản bàn giao; in số biên bản và số hồ sơ.</translation>
    </message>
    <message>
        <source>Cơ quan nhận hồ sơ (bắt buộc).</source>
        <translation>Cơ quan nhận hồ sơ (bắt buộc).</translation>
    </message>
    <message>
        <source>MÃ1,MÃ2,…</source>
        <translation>MÃ1,MÃ2,…</translation>
    </message>
    <message>
        <source>Chỉ các hồ sơ này (mặc định: mọi hồ sơ chờ bàn giao cho cơ quan).</source>
        <translation>Chỉ các hồ sơ này (mặc định: mọi hồ sơ chờ bàn giao cho cơ quan).</translation>
    </message>
    <message>
        <source>"HỌ TÊN"</source>
        <translation>"HỌ TÊN"</translation>
    </message>
    <message>
        <source>Người chuyển hồ sơ (bắt buộc).</source>
        <translation>Người chuyển hồ sơ (bắt buộc).</translation>
    </message>
    <message>
        <source>Người nhận của cơ quan.</source>
        <translation>Người nhận của cơ quan.</translation>
    </message>
    <message>
        <source>Xác nhận cơ quan đã ký nhận biên bản.</source>
        <translation>Xác nhận cơ quan đã ký nhận biên bản.</translation>
    </message>
    <message>
        <source>Người ký nhận (bắt buộc).</source>
        <translation>Người ký nhận (bắt buộc).</translation>
    </message>
    <message>
        <source>Hủy biên bản chưa ký nhận.</source>
        <translation>Hủy biên bản chưa ký nhận.</translation>
    </message>
    <message>
        <source>Hẹn lại ngày trả kết quả.</source>
        <translation>Hẹn lại ngày trả kết quả.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới, giờ Việt Nam (bắt buộc).</source>
        <translation>Ngày hẹn mới, giờ Việt Nam (bắt buộc).</translation>
    </message>
    <message>
        <source>Kết quả giải quyết từ cơ quan.</source>
        <translation>Kết quả giải quyết từ cơ quan.</translation>
    </message>
    <message>
        <source>Ghi nhận kết quả cơ quan trả về quầy.</source>
        <translation>Ghi nhận kết quả cơ quan trả về quầy.</translation>
    </message>
    <message>
        <source>"KẾT QUẢ"</source>
        <translation>"KẾT QUẢ"</translation>
    </message>
    <message>
        <source>Kết quả nhận được.</source>
        <translation>Kết quả nhận được.</translation>
    </message>
    <message>
        <source>Số lượng.</source>
        <translation>Số lượng.</translation>
    </message>
    <message>
        <source>Người giao kết quả.</source>
        <translation>Người giao kết quả.</translation>
    </message>
    <message>
        <source>"…"</source>
        <translation>"…"</translation>
    </message>
    <message>
        <source>Ghi chú.</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>Kết quả đang chờ người nộp đến nhận.</source>
        <translation>Kết quả đang chờ người nộp đến nhận.</translation>
    </message>
    <message>
        <source>Trả kết quả cho người nộp tại quầy.</source>
        <translation>Trả kết quả cho người nộp tại quầy.</translation>
    </message>
    <message>
        <source>Người nhận kết quả (bắt buộc).</source>
        <translation>Người nhận kết quả (bắt buộc).</translation>
    </message>
    <message>
        <source>SỐ_GIẤY_TỜ</source>
        <translation>SỐ_GIẤY_TỜ</translation>
    </message>
    <message>
        <source>Số giấy tờ của người nhận (bắt buộc).</source>
        <translation>Số giấy tờ của người nhận (bắt buộc).</translation>
    </message>
    <message>
        <source>"GIẤY ỦY QUYỀN"</source>
        <translation>"GIẤY ỦY QUYỀN"</translation>
    </message>
    <message>
        <source>Giấy ủy quyền khi người nhận không phải người nộp.</source>
        <translation>Giấy ủy quyền khi người nhận không phải người nộp.</translation>
    </message>
    <message>
        <source>SỐ_ĐỒNG</source>
        <translation>SỐ_ĐỒNG</translation>
    </message>
    <message>
        <source>Số tiền thu khi trả, tính bằng đồng.</source>
        <translation>Số tiền thu khi trả, tính bằng đồng.</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính.</source>
        <translation>Gửi kết quả qua bưu chính.</translation>
    </message>
    <message>
        <source>SỐ_HIỆU_S10</source>
        <translation>SỐ_HIỆU_S10</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi (bắt buộc).</source>
        <translation>Số hiệu bưu gửi (bắt buộc).</translation>
    </message>
    <message>
        <source>Ghi nhận phát kết quả không thành công.</source>
        <translation>Ghi nhận phát kết quả không thành công.</translation>
    </message>
    <message>
        <source>Người nộp rút hồ sơ.</source>
        <translation>Người nộp rút hồ sơ.</translation>
    </message>
    <message>
        <source>Báo cáo cuối ngày và sổ theo dõi hồ sơ.</source>
        <translation>Báo cáo cuối ngày và sổ theo dõi hồ sơ.</translation>
    </message>
    <message>
        <source>Báo cáo một ngày (--date) hoặc một khoảng (--from, --to).</source>
        <translation>Báo cáo một ngày (--date) hoặc một khoảng (--from, --to).</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ của một khoảng (--from, --to).</source>
        <translation>Sổ theo dõi hồ sơ của một khoảng (--from, --to).</translation>
    </message>
    <message>
        <source>Cài đặt của bưu cục in trên giấy tờ.</source>
        <translation>Cài đặt của bưu cục in trên giấy tờ.</translation>
    </message>
    <message>
        <source>KHÓA</source>
        <translation>KHÓA</translation>
    </message>
    <message>
        <source>In giá trị một cài đặt.</source>
        <translation>In giá trị một cài đặt.</translation>
    </message>
    <message>
        <source>KHÓA GIÁ_TRỊ</source>
        <translation>KHÓA GIÁ_TRỊ</translation>
    </message>
    <message>
        <source>Đặt giá trị một cài đặt.</source>
        <translation>Đặt giá trị một cài đặt.</translation>
    </message>
    <message>
        <source>Mọi cài đặt và giá trị.</source>
        <translation>Mọi cài đặt và giá trị.</translation>
    </message>
    <message>
        <source>Đồng bộ với trung tâm tỉnh: --once chạy một lần.</source>
        <translation>Đồng bộ với trung tâm tỉnh: --once chạy một lần.</translation>
    </message>
    <message>
        <source>Gửi sự kiện chờ và nhận thay đổi, một lần.</source>
        <translation>Gửi sự kiện chờ và nhận thay đổi, một lần.</translation>
    </message>
    <message>
        <source>Số lần thử tối đa khi mạng lỗi.</source>
        <translation>Số lần thử tối đa khi mạng lỗi.</translation>
    </message>
    <message>
        <source>Số sự kiện chờ gửi, bị cách ly, lần đồng bộ thành công cuối.</source>
        <translation>Số sự kiện chờ gửi, bị cách ly, lần đồng bộ thành công cuối.</translation>
    </message>
    <message>
        <source>Sự kiện và thay đổi bị cách ly.</source>
        <translation>Sự kiện và thay đổi bị cách ly.</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm (mã đăng ký từ --code hoặc đầu vào chuẩn).</source>
        <translation>Đăng ký quầy với trung tâm (mã đăng ký từ --code hoặc đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Địa chỉ của trung tâm (bắt buộc).</source>
        <translation>Địa chỉ của trung tâm (bắt buộc).</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần do trung tâm cấp (không có: đọc từ đầu vào chuẩn).</source>
        <translation>Mã đăng ký một lần do trung tâm cấp (không có: đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>TỆP_CA</source>
        <translation>TỆP_CA</translation>
    </message>
    <message>
        <source>Chứng chỉ CA của trung tâm (bắt buộc).</source>
        <translation>Chứng chỉ CA của trung tâm (bắt buộc).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SHA-256 (hex) của khóa công khai máy chủ trung tâm.</source>
        <translation>SHA-256 (hex) của khóa công khai máy chủ trung tâm.</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục cơ sở dữ liệu.</source>
        <translation>Sao lưu và khôi phục cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Tạo bản sao lưu; in đường dẫn tệp.</source>
        <translation>Tạo bản sao lưu; in đường dẫn tệp.</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>Thư mục lưu (mặc định: theo cấu hình).</source>
        <translation>Thư mục lưu (mặc định: theo cấu hình).</translation>
    </message>
    <message>
        <source>Mã hóa bản sao lưu (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Mã hóa bản sao lưu (mật khẩu từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Kiểm tra một bản sao lưu (tệp .pcbak: mật khẩu từ đầu vào chuẩn).</source>
        <translation>Kiểm tra một bản sao lưu (tệp .pcbak: mật khẩu từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Khôi phục từ một bản sao lưu; giữ lại cơ sở dữ liệu cũ.</source>
        <translation>Khôi phục từ một bản sao lưu; giữ lại cơ sở dữ liệu cũ.</translation>
    </message>
    <message>
        <source>Xem hoặc đặt thư mục và số bản sao lưu giữ lại.</source>
        <translation>Xem hoặc đặt thư mục và số bản sao lưu giữ lại.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu.</source>
        <translation>Thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Số bản giữ lại.</source>
        <translation>Số bản giữ lại.</translation>
    </message>
    <message>
        <source>Thư mục và lần sao lưu cuối.</source>
        <translation>Thư mục và lần sao lưu cuối.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã trả quá thời hạn lưu giữ.</source>
        <translation>Xóa hồ sơ đã trả quá thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã kết thúc trước ngày này (bắt buộc).</source>
        <translation>Xóa hồ sơ đã kết thúc trước ngày này (bắt buộc).</translation>
    </message>
    <message>
        <source>Chỉ đếm, không xóa gì.</source>
        <translation>Chỉ đếm, không xóa gì.</translation>
    </message>
    <message>
        <source>Xem hoặc đặt thời hạn lưu giữ.</source>
        <translation>Xem hoặc đặt thời hạn lưu giữ.</translation>
    </message>
    <message>
        <source>Số năm lưu giữ.</source>
        <translation>Số năm lưu giữ.</translation>
    </message>
    <message>
        <source>Tài khoản giao dịch viên.</source>
        <translation>Tài khoản giao dịch viên.</translation>
    </message>
    <message>
        <source>Tạo tài khoản (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Tạo tài khoản (mật khẩu từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>clerk|supervisor|admin</source>
        <translation>clerk|supervisor|admin</translation>
    </message>
    <message>
        <source>Vai trò (bắt buộc).</source>
        <translation>Vai trò (bắt buộc).</translation>
    </message>
    <message>
        <source>Họ tên (bắt buộc).</source>
        <translation>Họ tên (bắt buộc).</translation>
    </message>
    <message>
        <source>Danh sách tài khoản.</source>
        <translation>Danh sách tài khoản.</translation>
    </message>
    <message>
        <source>Khóa một tài khoản.</source>
        <translation>Khóa một tài khoản.</translation>
    </message>
    <message>
        <source>Mở lại một tài khoản.</source>
        <translation>Mở lại một tài khoản.</translation>
    </message>
    <message>
        <source>Đổi mật khẩu (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Đổi mật khẩu (mật khẩu từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Nhật ký kiểm toán.</source>
        <translation>Nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Kiểm tra nhật ký kiểm toán có nguyên vẹn không.</source>
        <translation>Kiểm tra nhật ký kiểm toán có nguyên vẹn không.</translation>
    </message>
    <message>
        <source>Các dòng nhật ký kiểm toán.</source>
        <translation>Các dòng nhật ký kiểm toán.</translation>
    </message>
    <message>
        <source>Chỉ thao tác của tài khoản này.</source>
        <translation>Chỉ thao tác của tài khoản này.</translation>
    </message>
    <message>
        <source>THAO_TÁC</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>Chỉ thao tác bắt đầu bằng tên này.</source>
        <translation>Chỉ thao tác bắt đầu bằng tên này.</translation>
    </message>
    <message>
        <source>In dạng CSV.</source>
        <translation>In dạng CSV.</translation>
    </message>
    <message>
        <source>TÙY_CHỌN_CHUNG</source>
        <translation>TÙY_CHỌN_CHUNG</translation>
    </message>
    <message>
        <source>LỆNH_CON</source>
        <translation>LỆNH_CON</translation>
    </message>
    <message>
        <source>[TÙY_CHỌN]</source>
        <translation>[TÙY_CHỌN]</translation>
    </message>
    <message>
        <source>Cách dùng: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Lệnh con (postcounter-cli %1 LỆNH_CON --help: tùy chọn của từng lệnh):</source>
        <translation>Lệnh con (postcounter-cli %1 LỆNH_CON --help: tùy chọn của từng lệnh):</translation>
    </message>
    <message>
        <source>Tùy chọn:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu của quầy (mặc định: tệp của ứng dụng trên máy này).</source>
        <translation>Tệp cơ sở dữ liệu của quầy (mặc định: tệp của ứng dụng trên máy này).</translation>
    </message>
    <message>
        <source>TÊN_ĐĂNG_NHẬP</source>
        <translation>TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <source>Thực hiện lệnh với tư cách tài khoản này.</source>
        <translation>Thực hiện lệnh với tư cách tài khoản này.</translation>
    </message>
    <message>
        <source>Ghi cả dòng gỡ lỗi vào nhật ký chẩn đoán và ra stderr.</source>
        <translation>Ghi cả dòng gỡ lỗi vào nhật ký chẩn đoán và ra stderr.</translation>
    </message>
    <message>
        <source>In số phiên bản.</source>
        <translation>In số phiên bản.</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>Cách dùng của chương trình, hoặc của một lệnh.</source>
        <translation>Cách dùng của chương trình, hoặc của một lệnh.</translation>
    </message>
    <message>
        <source>Cách dùng: postcounter-cli [TÙY_CHỌN_CHUNG] LỆNH [ĐỐI_SỐ…] [TÙY_CHỌN…]</source>
        <translation>Cách dùng: postcounter-cli [TÙY_CHỌN_CHUNG] LỆNH [ĐỐI_SỐ…] [TÙY_CHỌN…]</translation>
    </message>
    <message>
        <source>Tùy chọn chung (đặt trước LỆNH):</source>
        <translation>Tùy chọn chung (đặt trước LỆNH):</translation>
    </message>
    <message>
        <source>Lệnh:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>postcounter-cli LỆNH --help: đối số và tùy chọn của lệnh.
Mã thoát: 0 thành công; 2 dữ liệu sai hoặc bị từ chối (không ghi gì); 1 lỗi nội bộ; 3 không kết nối được trung tâm.</source>
        <translation>postcounter-cli LỆNH --help: đối số và tùy chọn của lệnh.
Mã thoát: 0 thành công; 2 dữ liệu sai hoặc bị từ chối (không ghi gì); 1 lỗi nội bộ; 3 không kết nối được trung tâm.</translation>
    </message>
    <message>
        <source>Xem: postcounter-cli %1 --help</source>
        <translation>Xem: postcounter-cli %1 --help</translation>
    </message>
    <message>
        <source>Xem: postcounter-cli --help</source>
        <translation>Xem: postcounter-cli --help</translation>
    </message>
</context>
<context>
    <name>pc::sql::StorageText</name>
    <message>
        <source>Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây.</source>
        <translation>Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào tệp cơ sở dữ liệu.</source>
        <translation>Không có quyền ghi vào tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa.</source>
        <translation>Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa.</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Ổ đĩa đầy, không ghi thêm được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.</source>
        <translation>Ổ đĩa đầy, không ghi thêm được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.</translation>
    </message>
    <message>
        <source>Nơi lưu dữ liệu chỉ cho phép đọc (ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi), không ghi được.</source>
        <translation>Nơi lưu dữ liệu chỉ cho phép đọc (ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi), không ghi được.</translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu (thư mục không có hoặc không có quyền).</source>
        <translation>Không mở được tệp cơ sở dữ liệu (thư mục không có hoặc không có quyền).</translation>
    </message>
    <message>
        <source>Máy hết bộ nhớ. Hãy đóng bớt chương trình rồi thử lại.</source>
        <translation>Máy hết bộ nhớ. Hãy đóng bớt chương trình rồi thử lại.</translation>
    </message>
    <message>
        <source>Dữ liệu trái ràng buộc của cơ sở dữ liệu (ví dụ trùng mã).</source>
        <translation>Dữ liệu trái ràng buộc của cơ sở dữ liệu (ví dụ trùng mã).</translation>
    </message>
    <message>
        <source>lỗi cơ sở dữ liệu mã %1; chi tiết đã ghi vào nhật ký.</source>
        <translation>lỗi cơ sở dữ liệu mã %1; chi tiết đã ghi vào nhật ký.</translation>
    </message>
</context>
</TS>
