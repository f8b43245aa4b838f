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
    <message>
        <source>trong ngày (tiếp nhận sau giờ hạn: ngày làm việc tiếp theo)</source>
        <translation>the same day (received after the cut-off time: the next working day)</translation>
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
    <message>
        <source>Trình điều khiển cơ sở dữ liệu không phải SQLite.</source>
        <translation>The database driver is not SQLite.</translation>
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
    <name>pc::AccessText</name>
    <message>
        <source>Đổi thông tin quầy</source>
        <translation>Changing the counter identity</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm</source>
        <translation>Enrolling the counter with the centre</translation>
    </message>
    <message>
        <source>Sửa thông tin đơn vị in trên phiếu</source>
        <translation>Changing the office details printed on the forms</translation>
    </message>
    <message>
        <source>Xử lý sự kiện đồng bộ bị từ chối</source>
        <translation>Handling rejected sync events</translation>
    </message>
    <message>
        <source>Quản lý tài khoản</source>
        <translation>Managing accounts</translation>
    </message>
    <message>
        <source>Xem nhật ký kiểm tra</source>
        <translation>Viewing the audit trail</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Restoring data from a backup</translation>
    </message>
    <message>
        <source>Tạo tài khoản giao dịch viên</source>
        <translation>Creating a clerk account</translation>
    </message>
    <message>
        <source>Tạo tài khoản %1</source>
        <translation>Creating a %1 account</translation>
    </message>
    <message>
        <source>Sửa tài khoản giao dịch viên</source>
        <translation>Changing a clerk account</translation>
    </message>
    <message>
        <source>Sửa tài khoản %1</source>
        <translation>Changing a %1 account</translation>
    </message>
</context>
<context>
    <name>pc::AccountService</name>
    <message>
        <source>Tên đăng nhập "%1" không hợp lệ: 2–32 ký tự, chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số (ví dụ lan.nt).</source>
        <translation>Username "%1" is not valid: 2–32 characters, lowercase letters without accents, digits, dot, underscore or hyphen, starting with a letter or digit (e.g. lan.nt).</translation>
    </message>
    <message>
        <source>Tên đăng nhập "%1" được chương trình dùng riêng; hãy chọn tên khác.</source>
        <translation>Username "%1" is reserved by the program; choose another.</translation>
    </message>
    <message numerus="yes">
        <source>Mật khẩu phải có ít nhất %n ký tự.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mật khẩu dài quá 256 ký tự.</source>
        <translation>The password is longer than 256 characters.</translation>
    </message>
    <message>
        <source>Không có tài khoản %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>Họ tên người dùng phải có từ 1 đến 100 ký tự.</source>
        <translation>The user's full name must have 1 to 100 characters.</translation>
    </message>
    <message>
        <source>Đã có tài khoản %1.</source>
        <translation>Account %1 already exists.</translation>
    </message>
    <message>
        <source>Đã có tài khoản quản trị; tài khoản mới do quản trị hoặc trưởng bưu cục tạo.</source>
        <translation>An administrator account already exists; new accounts are created by an administrator or the post office head.</translation>
    </message>
    <message>
        <source>Không thể tự khóa tài khoản đang dùng (%1).</source>
        <translation>You cannot disable the account you are using (%1).</translation>
    </message>
    <message>
        <source>%1 là tài khoản quản trị cuối cùng còn dùng được; hãy tạo tài khoản quản trị khác trước.</source>
        <translation>%1 is the last active administrator account; create another administrator first.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra bàn phím (Caps Lock, bộ gõ tiếng Việt) rồi nhập lại.</source>
        <translation>Wrong username or password. Check the keyboard (Caps Lock, Vietnamese input method) and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Đã nhập sai mật khẩu %1 lần liên tiếp. Hãy chờ %n giây rồi thử lại.</source>
        <translation>
            <numerusform>Wrong password %1 times in a row. Wait %n second and try again.</numerusform>
            <numerusform>Wrong password %1 times in a row. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa. Hãy liên hệ trưởng bưu cục.</source>
        <translation>Account %1 is disabled. Contact the post office head.</translation>
    </message>
    <message numerus="yes">
        <source>Đã sai %1 lần liên tiếp: hãy chờ %n giây rồi thử lại.</source>
        <translation>
            <numerusform>%1 failures in a row: wait %n second and try again.</numerusform>
            <numerusform>%1 failures in a row: wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Còn %n lần thử trước khi phải chờ.</source>
        <translation>
            <numerusform>%n try left before a wait.</numerusform>
            <numerusform>%n tries left before a wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tài khoản %1 đã bị khóa.</source>
        <translation>Account %1 is disabled.</translation>
    </message>
</context>
<context>
    <name>pc::ActorText</name>
    <message>
        <source>Giao dịch viên</source>
        <translation>Counter clerk</translation>
    </message>
    <message>
        <source>Trưởng bưu cục</source>
        <translation>Post office supervisor</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>%1 cần quyền %2; tài khoản %3 là %4.</source>
        <translation>%1 needs the %2 role; account %3 is a %4.</translation>
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
    <message>
        <source>Tổ chức nộp hồ sơ: ghi họ tên người nộp (người đại diện hoặc người được ủy quyền), người này ký giấy tiếp nhận.</source>
        <translation>An organisation's dossier: enter the name of the person submitting it (legal representative or authorised person); that person signs the receipt.</translation>
    </message>
    <message>
        <source>Ghi họ tên người nộp thay.</source>
        <translation>Enter the name of the person submitting on the applicant's behalf.</translation>
    </message>
    <message>
        <source>Người nộp (đại diện) (*):</source>
        <translation>Submitted by (representative) (*):</translation>
    </message>
    <message>
        <source>Người nộp thay:</source>
        <translation>Submitted on behalf by:</translation>
    </message>
    <message>
        <source>Số định danh người nộp:</source>
        <translation>Submitter's ID number:</translation>
    </message>
    <message>
        <source>Họ tên người đại diện hoặc người được ủy quyền</source>
        <translation>Name of the legal representative or authorised person</translation>
    </message>
    <message>
        <source>Chỉ ghi khi người khác nộp thay</source>
        <translation>Only when someone else submits for the applicant</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
</context>
<context>
    <name>pc::AuditDialog</name>
    <message>
        <source>Nhật ký kiểm tra</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>mọi người dùng</source>
        <translation>all users</translation>
    </message>
    <message>
        <source>mọi thao tác (ví dụ login, dossier.register)</source>
        <translation>all actions (e.g. login, dossier.register)</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Thao tác:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Lọc</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra tính toàn vẹn</source>
        <translation>&amp;Check integrity</translation>
    </message>
    <message>
        <source>&amp;Xuất CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Xuất nhật ký kiểm tra</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n dòng.</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nhật ký nguyên vẹn: %n dòng, chuỗi mã băm khớp.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row, the hash chain matches.</numerusform>
            <numerusform>The audit trail is intact: %n rows, the hash chain matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nhật ký bị can thiệp: dòng %1 %2. Báo bộ phận CNTT tỉnh.</source>
        <translation>The audit trail was tampered with: row %1 %2. Report it to the provincial IT team.</translation>
    </message>
    <message>
        <source>tệp CSV</source>
        <translation>CSV file</translation>
    </message>
    <message numerus="yes">
        <source>Đã xuất %n dòng ra %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::AuditLog</name>
    <message>
        <source>thiếu dòng %1 (đã bị xóa?)</source>
        <translation>row %1 is missing (deleted?)</translation>
    </message>
    <message>
        <source>số thứ tự %1 không tiếp theo dòng trước</source>
        <translation>number %1 does not follow the previous row</translation>
    </message>
    <message>
        <source>không nối tiếp dòng trước (bị chèn, xóa hoặc sửa dòng trước)</source>
        <translation>does not link to the previous row (a row was inserted, deleted or changed before it)</translation>
    </message>
    <message>
        <source>nội dung đã bị sửa sau khi ghi</source>
        <translation>was changed after it was written</translation>
    </message>
    <message>
        <source>STT,Thời điểm,Người dùng,Thao tác,Đối tượng,Chi tiết,Mã băm</source>
        <translation>No.,Time,User,Action,Object,Details,Hash</translation>
    </message>
</context>
<context>
    <name>pc::BackupController</name>
    <message>
        <source>Chưa sao lưu lần nào</source>
        <translation>Never backed up</translation>
    </message>
    <message numerus="yes">
        <source>Sao lưu: %n giờ trước (%1)</source>
        <translation>
            <numerusform>Backup: %n hour ago (%1)</numerusform>
            <numerusform>Backup: %n hours ago (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sao lưu: %n ngày trước (%1)</source>
        <translation>
            <numerusform>Backup: %n day ago (%1)</numerusform>
            <numerusform>Backup: %n days ago (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::BackupServiceText</name>
    <message>
        <source>Không mở được cơ sở dữ liệu %1.</source>
        <translation>Could not open the database %1.</translation>
    </message>
    <message>
        <source>cấu hình sao lưu</source>
        <translation>configuring backups</translation>
    </message>
    <message>
        <source>Số bản sao lưu giữ lại phải từ 1 đến 365.</source>
        <translation>The number of backups to keep must be between 1 and 365.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu phải là một đường dẫn đầy đủ: %1</source>
        <translation>The backup folder must be a full path: %1</translation>
    </message>
    <message>
        <source>Không thấy thư mục sao lưu %1 (ổ USB hay ổ mạng chưa được cắm/kết nối?). Chưa sao lưu được; dữ liệu của quầy không bị ảnh hưởng.</source>
        <translation>Backup folder %1 not found (USB stick or network drive not plugged in/connected?). No backup was made; the counter's data is not affected.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục sao lưu %1 (không có quyền ghi).</source>
        <translation>Cannot write to the backup folder %1 (no write permission).</translation>
    </message>
    <message>
        <source>Không đặt được tên tệp sao lưu %1; không có tệp dở dang nào được để lại.</source>
        <translation>Could not name the backup file %1; no partial file was left behind.</translation>
    </message>
    <message>
        <source>Không xóa được bản sao lưu cũ %1.</source>
        <translation>Could not remove the old backup %1.</translation>
    </message>
    <message>
        <source>Chuỗi nhật ký kiểm toán trong %1 bị phá vỡ ở dòng %2: %3. Bản sao lưu này đã bị sửa; không dùng để khôi phục.</source>
        <translation>The audit trail chain in %1 is broken at row %2: %3. This backup was altered; do not restore from it.</translation>
    </message>
    <message numerus="yes">
        <source>nguyên vẹn, %n dòng</source>
        <translation>
            <numerusform>intact, %n row</numerusform>
            <numerusform>intact, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Bản sao lưu %1 được mã hóa: cần mật khẩu.</source>
        <translation>Backup %1 is encrypted: a passphrase is needed.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống để kiểm tra %1.</source>
        <translation>Not enough free space to check %1.</translation>
    </message>
    <message>
        <source>khôi phục từ bản sao lưu</source>
        <translation>restoring from a backup</translation>
    </message>
    <message numerus="yes">
        <source>Cơ sở dữ liệu %1 đang được mở (%n phiên: cửa sổ PostCounter hoặc một lệnh đang chạy). Hãy đóng cửa sổ và chờ các lệnh kết thúc, rồi khôi phục lại; không có gì bị thay đổi.</source>
        <translation>
            <numerusform>The database %1 is open (%n session: the PostCounter window or a running command). Close the window and wait for commands to finish, then restore again; nothing was changed.</numerusform>
            <numerusform>The database %1 is open (%n sessions: the PostCounter window or running commands). Close the window and wait for commands to finish, then restore again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không chép được %1 (không đọc được tệp, hoặc ổ đĩa đầy).</source>
        <translation>Could not copy %1 (file unreadable, or disk full).</translation>
    </message>
    <message>
        <source>Không ghi được tệp khôi phục: ổ đĩa đầy.</source>
        <translation>Could not write the restored file: disk full.</translation>
    </message>
    <message>
        <source>Không đổi tên được cơ sở dữ liệu hiện tại %1; không có gì bị thay đổi.</source>
        <translation>Could not rename the current database %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Không đặt được bản khôi phục vào %1; cơ sở dữ liệu cũ được giữ nguyên.</source>
        <translation>Could not put the restored copy at %1; the old database was kept as it was.</translation>
    </message>
    <message>
        <source>Không mở được %1.</source>
        <translation>Could not open %1.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị thay thế không đọc được (%1): số hồ sơ và sự kiện đã gửi không được đối chiếu; hãy kiểm tra với trung tâm trước khi tiếp nhận hồ sơ mới.</source>
        <translation>The replaced database is unreadable (%1): dossier numbers and sent events were not reconciled; check with the centre before receiving new dossiers.</translation>
    </message>
    <message>
        <source>Không có cơ sở dữ liệu cũ để đối chiếu số hồ sơ và sự kiện đã gửi.</source>
        <translation>No old database to reconcile dossier numbers and sent events with.</translation>
    </message>
    <message numerus="yes">
        <source>%n sự kiện trung tâm đã nhận sau bản sao lưu sẽ không gửi lại.</source>
        <translation>
            <numerusform>%n event the centre received after the backup will not be sent again.</numerusform>
            <numerusform>%n events the centre received after the backup will not be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Số hồ sơ, số sổ và số phiếu hướng dẫn tiếp tục sau các số đã cấp, kể cả sau bản sao lưu.</source>
        <translation>Dossier, ledger and guidance numbers continue after those already issued, including after the backup.</translation>
    </message>
</context>
<context>
    <name>pc::BackupStatus</name>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Sao lưu không thành công: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Bản sao lưu gần nhất của dữ liệu quầy. Quá 2 ngày: màu vàng; quá 7 ngày: màu đỏ.</source>
        <translation>The latest backup of the counter's data. Older than 2 days: amber; older than 7 days: red.</translation>
    </message>
    <message>
        <source>Lần sao lưu gần nhất không thành công: %1</source>
        <translation>The latest backup failed: %1</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
</context>
<context>
    <name>pc::BackupText</name>
    <message>
        <source>ổ đĩa đầy</source>
        <translation>disk full</translation>
    </message>
    <message>
        <source>lỗi ghi đĩa (ổ USB đã bị rút ra?)</source>
        <translation>disk write error (USB stick pulled out?)</translation>
    </message>
    <message>
        <source>không mở được tệp</source>
        <translation>could not open the file</translation>
    </message>
    <message>
        <source>không có quyền ghi</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu đang bận</source>
        <translation>the database is busy</translation>
    </message>
    <message>
        <source>tệp bị hỏng</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>Sao lưu vào %1 thất bại: %2. Không có tệp dở dang nào được để lại.</source>
        <translation>Backup to %1 failed: %2. No partial file was left behind.</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu %1 để sao lưu: %2</source>
        <translation>Could not open the database %1 for backup: %2</translation>
    </message>
    <message>
        <source>Tệp %1 không dùng được để khôi phục: %2</source>
        <translation>File %1 cannot be used for a restore: %2</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu SQLite</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <source>không phải cơ sở dữ liệu PostCounter</source>
        <translation>not a PostCounter database</translation>
    </message>
    <message>
        <source>kiểm tra toàn vẹn báo lỗi (%1)</source>
        <translation>the integrity check reported errors (%1)</translation>
    </message>
    <message>
        <source>Bản sao lưu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn trước khi khôi phục.</source>
        <translation>Backup %1 was made by a newer PostCounter (schema %2; this version supports up to %3). Install the newer version before restoring.</translation>
    </message>
</context>
<context>
    <name>pc::CalendarServiceText</name>
    <message>
        <source>Lịch nghỉ có sẵn %1 trong ứng dụng bị lỗi: %2</source>
        <translation>The built-in holiday schedule %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ có sẵn trong ứng dụng bị lỗi.</source>
        <translation>The built-in holiday rules are damaged.</translation>
    </message>
    <message>
        <source>Lịch nghỉ năm %1 bỏ ngày nghỉ lễ theo luật mà không thay thế; không nạp.</source>
        <translation>The %1 schedule drops statutory holidays without replacing them; not loaded.</translation>
    </message>
    <message>
        <source>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</source>
        <translation>Year %1 is outside the supported calendar range (%2–%3).</translation>
    </message>
</context>
<context>
    <name>pc::CalendarText</name>
    <message>
        <source>Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).</source>
        <translation>Year %1 is outside the supported calendar range (%2–%3).</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ phiên bản %1 (Bộ luật Lao động 2019, Điều 111 và 112)</source>
        <translation>Holiday rules version %1 (Labour Code 2019, articles 111 and 112)</translation>
    </message>
    <message>
        <source>Không đọc được lịch nghỉ chính thức năm %1: %2</source>
        <translation>Could not read the official holiday schedule for %1: %2</translation>
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
    <message>
        <source>cần null (theo thông báo), {"same_day": true} hoặc đúng một trong working_days, working_hours, calendar_days với giá trị dương</source>
        <translation>must be null (by notice), {"same_day": true} or exactly one of working_days, working_hours, calendar_days with a positive value</translation>
    </message>
    <message>
        <source>chỉ dùng một trong fees hoặc fee_variants</source>
        <translation>use only one of fees or fee_variants</translation>
    </message>
    <message>
        <source>cần ít nhất một mức phí</source>
        <translation>at least one fee line is needed</translation>
    </message>
    <message>
        <source>mã mức phí bị trùng: %1</source>
        <translation>duplicate fee line id: %1</translation>
    </message>
    <message>
        <source>loại người nộp không hợp lệ: %1 (citizen, household, organisation, enterprise)</source>
        <translation>invalid applicant kind: %1 (citizen, household, organisation, enterprise)</translation>
    </message>
    <message>
        <source>khu vực không hợp lệ: %1 (city, other)</source>
        <translation>invalid area: %1 (city, other)</translation>
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
        <source>chứng chỉ của trung tâm đã bị thu hồi</source>
        <translation>the centre's certificate has been revoked</translation>
    </message>
    <message>
        <source>chứng chỉ của trung tâm không hợp lệ</source>
        <translation>the centre's certificate is not valid</translation>
    </message>
    <message>
        <source>không bắt tay TLS được với trung tâm</source>
        <translation>the TLS handshake with the centre failed</translation>
    </message>
    <message>
        <source>trung tâm từ chối kết nối (máy chủ không chạy hoặc sai cổng)</source>
        <translation>the centre refused the connection (server not running or wrong port)</translation>
    </message>
    <message>
        <source>trung tâm đóng kết nối giữa chừng</source>
        <translation>the centre closed the connection half-way</translation>
    </message>
    <message>
        <source>không tìm thấy máy chủ trung tâm (kiểm tra địa chỉ hoặc mạng)</source>
        <translation>the centre's server was not found (check the address or the network)</translation>
    </message>
    <message>
        <source>mạng của quầy đang mất kết nối</source>
        <translation>the counter's network is down</translation>
    </message>
    <message>
        <source>máy chủ proxy của mạng không cho đi qua</source>
        <translation>the network's proxy server does not let the request through</translation>
    </message>
    <message>
        <source>lỗi mạng khi liên hệ trung tâm</source>
        <translation>network error while contacting the centre</translation>
    </message>
    <message>
        <source>trung tâm cho rằng yêu cầu không hợp lệ</source>
        <translation>the centre considers the request invalid</translation>
    </message>
    <message>
        <source>trung tâm không chấp nhận quầy này</source>
        <translation>the centre does not accept this counter</translation>
    </message>
    <message>
        <source>trung tâm không có địa chỉ này (kiểm tra địa chỉ đã đăng ký)</source>
        <translation>the centre has no such address (check the enrolled address)</translation>
    </message>
    <message>
        <source>trung tâm hết thời gian chờ yêu cầu</source>
        <translation>the centre timed out waiting for the request</translation>
    </message>
    <message>
        <source>dữ liệu gửi quá lớn</source>
        <translation>the data sent is too large</translation>
    </message>
    <message>
        <source>trung tâm đang quá tải, cần chờ</source>
        <translation>the centre is overloaded; wait</translation>
    </message>
    <message>
        <source>trung tâm gặp lỗi nội bộ</source>
        <translation>the centre had an internal error</translation>
    </message>
    <message>
        <source>trung tâm tạm thời không phục vụ</source>
        <translation>the centre is temporarily unavailable</translation>
    </message>
    <message>
        <source>trả lời không mong đợi</source>
        <translation>unexpected answer</translation>
    </message>
    <message>
        <source>Trung tâm trả lời lỗi %1: %2.</source>
        <translation>The centre answered error %1: %2.</translation>
    </message>
    <message>
        <source>Địa chỉ trung tâm chuyển hướng sang nơi khác (%1); quầy không đi theo và không gửi dữ liệu. Có thể mạng đòi đăng nhập, hoặc địa chỉ đã đăng ký không còn đúng.</source>
        <translation>The centre's address redirects elsewhere (%1); the counter does not follow and sends nothing. The network may require a login, or the enrolled address is no longer right.</translation>
    </message>
    <message>
        <source>Không kết nối được tới trung tâm: %1.</source>
        <translation>Cannot connect to the centre: %1.</translation>
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
    <message>
        <source>Tên đơn vị tiếp nhận</source>
        <translation>Receiving unit name</translation>
    </message>
    <message>
        <source>Quầy vẫn đang dùng ĐƠN VỊ MẪU (%1): chưa tiếp nhận được. Hãy vào Tệp › Thiết lập quầy và nhập mã định danh, tên đơn vị thật do tỉnh cấp.</source>
        <translation>This counter still carries the SAMPLE UNIT (%1): nothing can be received yet. Open File › Counter setup and enter the real unit identifier and name issued by the province.</translation>
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
    <message>
        <source>ví dụ 000.00.16.H56</source>
        <translation>e.g. 000.00.16.H56</translation>
    </message>
    <message>
        <source>ví dụ Bưu điện xã Yên Định</source>
        <translation>e.g. Bưu điện xã Yên Định</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quầy chưa có đơn vị thật&lt;/b&gt;: chưa tiếp nhận được hồ sơ cho đến khi nhập mã định danh và tên đơn vị do tỉnh cấp.</source>
        <translation>&lt;b&gt;This counter has no real unit yet&lt;/b&gt;: no dossier can be received until the unit identifier and name issued by the province are entered.</translation>
    </message>
    <message>
        <source>%1 là mã của ĐƠN VỊ MẪU. Hãy nhập mã định danh đơn vị thật do tỉnh cấp.</source>
        <translation>%1 is the SAMPLE UNIT's identifier. Enter the real unit identifier issued by the province.</translation>
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
    <message>
        <source>%1 không phải một tệp thường (thư mục, thiết bị hay FIFO), không thể là cơ sở dữ liệu PostCounter; không có gì bị thay đổi.</source>
        <translation>%1 is not a regular file (a folder, a device or a FIFO) and cannot be a PostCounter database; nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp %1 không phải cơ sở dữ liệu của PostCounter (%2). PostCounter không dùng và không thay đổi tệp này; hãy chỉ ra đúng tệp dữ liệu của quầy.</source>
        <translation>The file %1 is not a PostCounter database (%2). PostCounter neither uses nor changes it; point to the counter's own data file.</translation>
    </message>
    <message>
        <source>không đọc được như một cơ sở dữ liệu SQLite</source>
        <translation>it cannot be read as a SQLite database</translation>
    </message>
    <message>
        <source>tệp của một chương trình khác, mã ứng dụng %1</source>
        <translation>it belongs to another program, application id %1</translation>
    </message>
    <message numerus="yes">
        <source>có %n bảng không phải của PostCounter</source>
        <translation>
            <numerusform>it has %n table that is not PostCounter's</numerusform>
            <numerusform>it has %n tables that are not PostCounter's</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã dừng kiểm tra cơ sở dữ liệu %1 trước khi xong.</source>
        <translation>The check of the database %1 was stopped before it finished.</translation>
    </message>
    <message>
        <source>Không kiểm tra được cơ sở dữ liệu %1: %2</source>
        <translation>Could not check the database %1: %2</translation>
    </message>
</context>
<context>
    <name>pc::DeadlineText</name>
    <message>
        <source>Năm tiếp nhận phải từ %1 đến %2.</source>
        <translation>The year of receipt must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Hạn trả kết quả vượt quá năm %1, không tính được.</source>
        <translation>The due date would fall after %1 and cannot be computed.</translation>
    </message>
</context>
<context>
    <name>pc::DialogPrompts</name>
    <message>
        <source>Hồ sơ đang nhập dở</source>
        <translation>Dossier not finished</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Thoát chương trình bây giờ?
Bản nháp được giữ lại và sẽ được đề nghị khôi phục ở lần mở sau.</source>
        <translation>The dossier being entered has not been registered. Quit now?
The draft is kept and will be offered for restoring at the next start.</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Bỏ hồ sơ này để nhập hồ sơ mới?</source>
        <translation>The dossier being entered has not been registered. Discard it and start a new one?</translation>
    </message>
    <message>
        <source>&amp;Quay lại nhập tiếp</source>
        <translation>&amp;Go back and continue</translation>
    </message>
    <message>
        <source>&amp;Thoát, giữ bản nháp</source>
        <translation>&amp;Quit, keep the draft</translation>
    </message>
    <message>
        <source>&amp;Bỏ hồ sơ đang nhập</source>
        <translation>&amp;Discard this dossier</translation>
    </message>
    <message>
        <source>Khôi phục hồ sơ đang nhập dở</source>
        <translation>Restore the unfinished dossier</translation>
    </message>
    <message>
        <source>Lần trước chương trình đóng khi còn một hồ sơ chưa tiếp nhận:
%1

Khôi phục để nhập tiếp?</source>
        <translation>Last time the program closed while a dossier was not yet registered:
%1

Restore it and continue?</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Bỏ bản nháp</source>
        <translation>&amp;Discard the draft</translation>
    </message>
    <message>
        <source>Hồ sơ có thể bị tiếp nhận hai lần</source>
        <translation>This dossier may be registered twice</translation>
    </message>
    <message>
        <source>Hôm nay người nộp này đã được tiếp nhận hồ sơ cùng thủ tục: mã %1 lúc %2.
Nếu chỉ là in giấy tiếp nhận bị lỗi, hãy in lại từ danh sách hồ sơ (F3) thay vì tiếp nhận lần nữa.

Vẫn tiếp nhận thêm một hồ sơ mới?</source>
        <translation>A dossier of this applicant for the same procedure was registered today: code %1 at %2.
If only the receipt failed to print, reprint it from the dossier list (F3) instead of registering again.

Register another new dossier anyway?</translation>
    </message>
    <message>
        <source>&amp;Không tiếp nhận</source>
        <translation>Do &amp;not register</translation>
    </message>
    <message>
        <source>&amp;Vẫn tiếp nhận hồ sơ mới</source>
        <translation>&amp;Register a new dossier anyway</translation>
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
    <message>
        <source>Cần bổ sung/sửa</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Ghi khi giấy tờ đã nộp nhưng chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): in trên phiếu yêu cầu bổ sung (F10)</source>
        <translation>Fill in when a submitted document is not acceptable yet (unsigned, expired, uncertified): printed on the supplement request (F10)</translation>
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
    <message>
        <source>Dữ liệu hồ sơ không phải văn bản UTF-8 hợp lệ.</source>
        <translation>The dossier data is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>Hồ sơ có %1 giấy tờ, tối đa %2.</source>
        <translation>The dossier has %1 documents; at most %2.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1 phải là một đối tượng {"name", "originals", "copies"}.</source>
        <translation>Document %1 must be an object {"name", "originals", "copies"}.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1: số bản phải là số nguyên.</source>
        <translation>Document %1: the number of copies must be a whole number.</translation>
    </message>
    <message>
        <source>"delivery" phải là một đối tượng, ví dụ {"method": "post", "address": "…"}.</source>
        <translation>"delivery" must be an object, e.g. {"method": "post", "address": "…"}.</translation>
    </message>
    <message>
        <source>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport, tax_code).</source>
        <translation>Identity document type "%1" is not valid (cccd, cmnd, passport, tax_code).</translation>
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
    <message>
        <source>Đã quá ngày hẹn trả mà cơ quan chưa có kết quả.</source>
        <translation>The appointment date has passed and the agency has no result yet.</translation>
    </message>
    <message>
        <source>Đã có kết quả: chờ trả cho công dân hoặc gửi bưu chính.</source>
        <translation>Result ready: to be handed to the citizen or posted.</translation>
    </message>
    <message>
        <source>QUÁ HẠN · %1</source>
        <translation>OVERDUE · %1</translation>
    </message>
    <message>
        <source>CÓ KẾT QUẢ · %1</source>
        <translation>RESULT READY · %1</translation>
    </message>
    <message>
        <source>Hẹn trả trong hôm nay mà cơ quan chưa có kết quả.</source>
        <translation>Due today and the agency has no result yet.</translation>
    </message>
    <message>
        <source>Hẹn trả trong 2 ngày làm việc tới mà cơ quan chưa có kết quả.</source>
        <translation>Due within the next 2 working days and the agency has no result yet.</translation>
    </message>
    <message>
        <source>Hồ sơ đang chờ công dân bổ sung: thời hạn giải quyết tạm dừng.</source>
        <translation>Waiting for the citizen to supplement the dossier: the processing time is paused.</translation>
    </message>
    <message>
        <source>Đã hẹn lại; giấy tiếp nhận hẹn %1.</source>
        <translation>Rescheduled; the receipt promised %1.</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>As notified</translation>
    </message>
    <message>
        <source>%1 · dừng tính hạn</source>
        <translation>%1 · clock stopped</translation>
    </message>
    <message>
        <source>HẠN HÔM NAY · %1</source>
        <translation>DUE TODAY · %1</translation>
    </message>
    <message>
        <source>SẮP ĐẾN HẠN · %1</source>
        <translation>DUE SOON · %1</translation>
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
    <name>pc::EnrolText</name>
    <message>
        <source>Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm.</source>
        <translation>The counter is not set up: set it up before enrolling with the centre.</translation>
    </message>
    <message>
        <source>Mã đăng ký phải là dãy chữ số do trung tâm cấp.</source>
        <translation>The enrolment code must be the digits the centre issued.</translation>
    </message>
    <message>
        <source>Trung tâm từ chối mã đăng ký: mã sai, đã dùng, đã hết hạn hoặc không cấp cho đơn vị và quầy này.</source>
        <translation>The centre refused the enrolment code: wrong, already used, expired, or not issued for this unit and counter.</translation>
    </message>
    <message numerus="yes">
        <source>Trung tâm tạm khóa đăng ký vì nhập sai mã nhiều lần; hãy thử lại sau %n phút.</source>
        <translation>
            <numerusform>The centre has locked enrolment after too many wrong codes; try again in %n minute.</numerusform>
            <numerusform>The centre has locked enrolment after too many wrong codes; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trả lời đăng ký của trung tâm không hợp lệ.</source>
        <translation>The centre's enrolment answer is not valid.</translation>
    </message>
</context>
<context>
    <name>pc::FeeVariantPicker</name>
    <message>
        <source>%1 — phí %2, lệ phí %3</source>
        <translation>%1 — fee %2, charge %3</translation>
    </message>
    <message>
        <source>Mức chung</source>
        <translation>Standard rate</translation>
    </message>
    <message>
        <source>Mức &amp;phí, lệ phí:</source>
        <translation>Fee lin&amp;e:</translation>
    </message>
    <message>
        <source>— Chọn đối tượng, khu vực để tính phí —</source>
        <translation>— Choose the applicant type and area for the fee —</translation>
    </message>
</context>
<context>
    <name>pc::GuidanceListModel</name>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Số phiếu</source>
        <translation>Slip number</translation>
    </message>
    <message>
        <source>Loại phiếu</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Người được hướng dẫn</source>
        <translation>Person guided</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
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
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Thông tin liên hệ</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Thông tin người được hướng dẫn có lỗi cần sửa.</source>
        <translation>The details of the person being advised have errors to fix.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục: ghi nội dung công dân yêu cầu để in trên phiếu từ chối.</source>
        <translation>No procedure chosen: enter what the citizen requested, to print on the refusal.</translation>
    </message>
    <message>
        <source>Nội dung yêu cầu</source>
        <translation>Request</translation>
    </message>
</context>
<context>
    <name>pc::HandoverPage</name>
    <message numerus="yes">
        <source>%1 (%n hồ sơ)</source>
        <translation>
            <numerusform>%1 (%n dossier)</numerusform>
            <numerusform>%1 (%n dossiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào chờ bàn giao.</source>
        <translation>No dossier is waiting to be handed over.</translation>
    </message>
    <message>
        <source>Chờ bàn giao theo cơ quan (hồ sơ cũ nhất trước): %1</source>
        <translation>Waiting for handover by agency (oldest first): %1</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>As notified</translation>
    </message>
    <message>
        <source>Chọn cơ quan và đánh dấu ít nhất một hồ sơ để bàn giao.</source>
        <translation>Choose an agency and tick at least one dossier to hand over.</translation>
    </message>
    <message>
        <source>Nhập họ tên người vận chuyển hồ sơ đến cơ quan.</source>
        <translation>Enter the name of the courier who takes the dossiers to the agency.</translation>
    </message>
    <message numerus="yes">
        <source>Đã lập biên bản bàn giao %1: %n hồ sơ cho %2. Hồ sơ chuyển sang “Đang xử lý”.</source>
        <translation>
            <numerusform>Handover record %1 created: %n dossier for %2. It is now “In progress”.</numerusform>
            <numerusform>Handover record %1 created: %n dossiers for %2. They are now “In progress”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã lập biên bản bàn giao %1 (%2 hồ sơ), nhưng chưa in được: %3</source>
        <translation>Handover record %1 created (%2 dossiers), but it could not be printed: %3</translation>
    </message>
    <message>
        <source>Nhập họ tên người đã ký nhận tại cơ quan.</source>
        <translation>Enter the name of the person who signed at the agency.</translation>
    </message>
    <message>
        <source>Đã ghi nhận cơ quan ký nhận biên bản %1: %2, lúc %3.</source>
        <translation>Recorded the agency’s signature on handover record %1: %2, at %3.</translation>
    </message>
    <message>
        <source>Nhập lý do hủy biên bản bàn giao.</source>
        <translation>Enter the reason for cancelling the handover record.</translation>
    </message>
    <message>
        <source>Đã hủy biên bản %1; các hồ sơ trở lại danh sách chờ bàn giao.</source>
        <translation>Handover record %1 cancelled; its dossiers are waiting for handover again.</translation>
    </message>
    <message>
        <source>Hồ sơ chờ bàn giao – cơ quan:</source>
        <translation>Dossiers waiting for handover – agency:</translation>
    </message>
    <message>
        <source>Giao</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số bộ</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Người &amp;vận chuyển:</source>
        <translation>&amp;Courier:</translation>
    </message>
    <message>
        <source>Người &amp;nhận tại cơ quan:</source>
        <translation>&amp;Receiver at the agency:</translation>
    </message>
    <message>
        <source>Họ tên nhân viên bưu điện mang hồ sơ</source>
        <translation>Name of the post office employee carrying the dossiers</translation>
    </message>
    <message>
        <source>Có thể để trống, ghi sau</source>
        <translation>May be left empty and recorded later</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản bàn giao và in (Ctrl+Enter)</source>
        <translation>Create handover record and &amp;print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Biên bản chưa được cơ quan xác nhận</source>
        <translation>Handover records not yet confirmed by the agency</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Record number</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Lập lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Người vận chuyển</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Người nhận</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Họ tên người ký nhận tại cơ quan</source>
        <translation>Name of the person who signed at the agency</translation>
    </message>
    <message>
        <source>&amp;Xác nhận cơ quan đã ký nhận</source>
        <translation>Con&amp;firm the agency signed</translation>
    </message>
    <message>
        <source>Lý do hủy (trưởng bưu cục)</source>
        <translation>Reason for cancelling (supervisor)</translation>
    </message>
    <message>
        <source>&amp;Hủy biên bản</source>
        <translation>Ca&amp;ncel record</translation>
    </message>
    <message>
        <source>In lại biên bản</source>
        <translation>Reprint record</translation>
    </message>
</context>
<context>
    <name>pc::HolidayText</name>
    <message>
        <source>Nghỉ bù %1</source>
        <translation>In lieu of %1</translation>
    </message>
    <message>
        <source>%1 (ngày cuối năm Âm lịch)</source>
        <translation>%1 (last day of the lunar year)</translation>
    </message>
    <message>
        <source>%1 (mùng %2 Tết)</source>
        <translation>%1 (day %2 of Tết)</translation>
    </message>
    <message>
        <source>%1 (%2) là ngày nghỉ lễ theo %3 nhưng không có trong days_off.</source>
        <translation>%1 (%2) is a public holiday under %3 but is missing from days_off.</translation>
    </message>
    <message>
        <source>Lịch có %1 ngày nghỉ (trừ %2 ngày thứ Bảy làm bù) nhưng luật cho %3 ngày nghỉ lễ năm %4 (ngày lễ trùng cuối tuần được nghỉ bù): bỏ %5 ngày mà không thay thế.</source>
        <translation>The schedule has %1 days off (less %2 working Saturdays) but the law gives %3 holiday days in %4 (a weekend holiday is compensated): %5 day(s) dropped without replacement.</translation>
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
        <source>Chữ số thứ 4 và 5–6 cho năm sinh %1, sau năm hiện tại: số định danh không đúng.</source>
        <translation>Digits 4 and 5–6 give birth year %1, after the current year: the ID number is wrong.</translation>
    </message>
    <message>
        <source>Số hộ chiếu "%1" không hợp lệ (6–9 chữ cái và chữ số, có ít nhất một chữ số, không dấu cách).</source>
        <translation>Passport number "%1" is not valid (6–9 letters and digits, at least one digit, no spaces).</translation>
    </message>
    <message>
        <source>Chứng minh nhân dân cũ có 9 chữ số.</source>
        <translation>An old identity card (CMND) number has 9 digits.</translation>
    </message>
    <message>
        <source>Số điện thoại "%1" không hợp lệ (di động 10 chữ số, cố định 11 chữ số có mã vùng, đầu số phải đã được cấp; viết 0…, +84… hoặc 84…).</source>
        <translation>Phone number "%1" is not valid (mobile 10 digits, landline 11 digits with an area code, the prefix must be an assigned one; written 0…, +84… or 84…).</translation>
    </message>
    <message>
        <source>Mã số thuế 12 chữ số phải là số định danh cá nhân hợp lệ: %1</source>
        <translation>A 12-digit tax code must be a valid personal ID number: %1</translation>
    </message>
    <message>
        <source>Mã số thuế "%1" không hợp lệ (10 chữ số, chi nhánh thêm -3 chữ số, hoặc số định danh cá nhân 12 chữ số của hộ kinh doanh, cá nhân).</source>
        <translation>Tax code "%1" is not valid (10 digits, a branch adds -3 digits, or the 12-digit personal ID number of a household business or individual).</translation>
    </message>
</context>
<context>
    <name>pc::IdentityChangeGuard</name>
    <message>
        <source>Thay đổi này là thao tác của trưởng bưu cục.</source>
        <translation>This change is the office supervisor's decision.</translation>
    </message>
    <message numerus="yes">
        <source>Quầy đã cấp %n mã hồ sơ theo %1 – quầy %2. Các mã này giữ nguyên; giấy hẹn đã in vẫn dùng được.</source>
        <translation>
            <numerusform>This counter has issued %n dossier code under %1 – counter %2. It stays as it is; printed receipts remain valid.</numerusform>
            <numerusform>This counter has issued %n dossier codes under %1 – counter %2. They stay as they are; printed receipts remain valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mã định danh đơn vị đổi từ %1 sang %2: mọi mã hồ sơ mới sẽ bắt đầu bằng %2. Chỉ đổi khi tỉnh đã cấp mã mới.</source>
        <translation>The unit identifier changes from %1 to %2: every new dossier code will start with %2. Change it only when the province has issued the new identifier.</translation>
    </message>
    <message>
        <source>Số quầy đổi từ %1 sang %2: dãy số hồ sơ mỗi ngày đổi từ %3 sang %4. Hãy chắc chắn không quầy nào khác của bưu cục đang dùng số quầy %2, nếu không hai quầy sẽ cấp trùng mã hồ sơ.</source>
        <translation>The counter number changes from %1 to %2: the daily dossier numbers change from %3 to %4. Make sure no other counter of the office uses number %2, or two counters will issue the same dossier codes.</translation>
    </message>
    <message>
        <source>Vẫn đổi?</source>
        <translation>Change anyway?</translation>
    </message>
    <message>
        <source>Không kiểm tra được quyền</source>
        <translation>Could not check the permission</translation>
    </message>
    <message>
        <source>Trưởng bưu cục xác nhận</source>
        <translation>Post office head's approval</translation>
    </message>
    <message>
        <source>Đổi thông tin quầy là thao tác của trưởng bưu cục (tài khoản %1 là %2). Trưởng bưu cục đăng nhập tại đây để xác nhận.</source>
        <translation>Changing the counter identity is the post office head's action (account %1 is %2). The post office head signs in here to approve.</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
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
        <source>Tại quầy</source>
        <translation>At this counter</translation>
    </message>
    <message>
        <source>Qua bưu chính công ích</source>
        <translation>By public postal service</translation>
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
    <message>
        <source>Danh mục thủ tục vừa được cập nhật và không còn thủ tục %1: hãy chọn lại thủ tục.</source>
        <translation>The procedure catalogue has just been updated and no longer contains procedure %1: please choose the procedure again.</translation>
    </message>
    <message>
        <source>Phí, lệ phí tùy người nộp: chọn mức phí bên dưới.</source>
        <translation>Fees depend on the applicant: choose the fee line below.</translation>
    </message>
    <message>
        <source>Hẹn trả kết quả: theo thông báo của cơ quan giải quyết (thủ tục không có thời hạn cố định).</source>
        <translation>Result: as notified by the deciding agency (this procedure has no fixed time limit).</translation>
    </message>
    <message>
        <source>theo thông báo của cơ quan giải quyết</source>
        <translation>as notified by the deciding agency</translation>
    </message>
    <message>
        <source>Không xoá được bản nháp hồ sơ: %1</source>
        <translation>Could not delete the dossier draft: %1</translation>
    </message>
    <message>
        <source>Không lưu được bản nháp hồ sơ đang nhập: %1</source>
        <translation>Could not save the draft of the dossier being entered: %1</translation>
    </message>
    <message>
        <source>Không đọc được bản nháp hồ sơ lần trước: %1</source>
        <translation>Could not read the previous dossier draft: %1</translation>
    </message>
    <message>
        <source>%1 – %2 (lưu lúc %3)</source>
        <translation>%1 – %2 (saved at %3)</translation>
    </message>
    <message>
        <source>(chưa có tên người nộp)</source>
        <translation>(no applicant name yet)</translation>
    </message>
    <message>
        <source>(chưa chọn thủ tục)</source>
        <translation>(no procedure chosen)</translation>
    </message>
    <message>
        <source>Đã khôi phục hồ sơ đang nhập dở: %1</source>
        <translation>Restored the unfinished dossier: %1</translation>
    </message>
    <message>
        <source>Chưa tiếp nhận thêm. Hồ sơ đã tiếp nhận hôm nay: %1 – in lại giấy tiếp nhận từ danh sách hồ sơ (F3).</source>
        <translation>Not registered again. Dossier already registered today: %1 – reprint its receipt from the dossier list (F3).</translation>
    </message>
    <message>
        <source>Hồ sơ đã đủ giấy tờ bắt buộc. Giấy tờ nào chưa hợp lệ (chưa ký, hết hạn, chưa chứng thực): ghi vào cột "Cần bổ sung/sửa" của giấy tờ đó rồi nhấn F10.</source>
        <translation>Every required document is there. For a document that is not acceptable yet (unsigned, expired, uncertified), write what it needs in its "Needs" column, then press F10.</translation>
    </message>
    <message>
        <source>Đã lập phiếu %1 nhưng chưa in được: %2</source>
        <translation>Recorded %1 but could not print it: %2</translation>
    </message>
    <message>
        <source>&amp;Số bộ:</source>
        <translation>&amp;Sets:</translation>
    </message>
    <message>
        <source>Nhận &amp;kết quả:</source>
        <translation>Result &amp;delivery:</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ nhận:</source>
        <translation>Deliver&amp;y address:</translation>
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
    <message>
        <source>Họ tên người nộp hồ sơ</source>
        <translation>Applicant's full name</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Địa chỉ người nộp</source>
        <translation>Applicant's address</translation>
    </message>
    <message>
        <source>Địa chỉ nhận kết quả</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hồ sơ có %1 giấy tờ, tối đa %2.</source>
        <translation>The dossier has %1 documents; at most %2.</translation>
    </message>
    <message>
        <source>Tên giấy tờ thứ %1</source>
        <translation>Name of document %1</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận %1 quá xa: chỉ nhận từ ngày %2.</source>
        <translation>Receipt time %1 is too far back: only receipts from %2 are accepted.</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận %1 đã quá %2 ngày. Nếu đúng là nhập bù hồ sơ cũ, hãy xác nhận (dòng lệnh: --allow-backdate).</source>
        <translation>Receipt time %1 is more than %2 days ago. If this really is an old dossier being entered late, confirm it (command line: --allow-backdate).</translation>
    </message>
    <message>
        <source>Ngày sinh trước năm 1900.</source>
        <translation>The birth date is before 1900.</translation>
    </message>
    <message>
        <source>Thủ tục %1 không có mức phí "%2". Các mức phí: %3</source>
        <translation>Procedure %1 has no fee line "%2". Fee lines: %3</translation>
    </message>
    <message numerus="yes">
        <source>Thủ tục %1 có %n mức phí, lệ phí tùy người nộp; hãy chọn một: %2</source>
        <translation>
            <numerusform>Procedure %1 has %n fee line depending on the applicant; choose one: %2</numerusform>
            <numerusform>Procedure %1 has %n fee lines depending on the applicant; choose one: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" (%2: phí %3, lệ phí %4)</source>
        <translation>"%1" (%2: fee %3, charge %4)</translation>
    </message>
    <message>
        <source>Tổ chức, hộ kinh doanh nộp hồ sơ cần mã số thuế, không phải giấy tờ "%1".</source>
        <translation>An organisation or household business applies with a tax code, not a "%1" document.</translation>
    </message>
    <message>
        <source>Loại giấy tờ tùy thân "%1" không hợp lệ (cccd, cmnd, passport).</source>
        <translation>Identity document type "%1" is not valid (cccd, cmnd, passport).</translation>
    </message>
    <message>
        <source>Số định danh người nộp thay: %1</source>
        <translation>ID number of the person submitting: %1</translation>
    </message>
    <message>
        <source>Có số định danh người nộp thay nhưng chưa có họ tên.</source>
        <translation>The ID number of the person submitting is given but not their name.</translation>
    </message>
    <message>
        <source>Họ tên người nộp thay</source>
        <translation>Representative's full name</translation>
    </message>
    <message>
        <source>Số định danh người nộp thay</source>
        <translation>Representative's ID number</translation>
    </message>
    <message>
        <source>Hồ sơ còn thiếu giấy tờ bắt buộc.</source>
        <translation>Required documents are missing.</translation>
    </message>
    <message>
        <source>Người nộp này đã được tiếp nhận hồ sơ cùng thủ tục trong ngày: mã %1.</source>
        <translation>This applicant already had a dossier for the same procedure registered that day: code %1.</translation>
    </message>
</context>
<context>
    <name>pc::LifecycleDocumentText</name>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>There is no dossier with code "%1".</translation>
    </message>
    <message>
        <source>Biên bản bàn giao %1 đã bị hủy (%2): không in.</source>
        <translation>Handover manifest %1 was cancelled (%2): not printed.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa được hẹn lại ngày trả kết quả: chưa có văn bản xin lỗi để in.</source>
        <translation>Dossier %1 has no new appointment: there is no apology to print.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa được trả kết quả tại quầy: chưa có phiếu trả kết quả để in.</source>
        <translation>The result of dossier %1 has not been returned at the counter: there is no return slip to print.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính: không có nhãn gửi.</source>
        <translation>Dossier %1 is not registered for return by post: it has no address label.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có số hiệu bưu gửi: ghi số hiệu (dispatch) trước khi in nhãn.</source>
        <translation>Dossier %1 has no postal item number yet: record it (dispatch) before printing the label.</translation>
    </message>
</context>
<context>
    <name>pc::LifecycleText</name>
    <message>
        <source>Không có biên bản bàn giao "%1".</source>
        <translation>There is no handover record "%1".</translation>
    </message>
    <message>
        <source>cơ quan nhận hồ sơ</source>
        <translation>the receiving agency</translation>
    </message>
    <message>
        <source>họ tên người giao hồ sơ</source>
        <translation>the name of the person carrying the dossiers</translation>
    </message>
    <message>
        <source>họ tên người nhận hồ sơ</source>
        <translation>the name of the person receiving the dossiers</translation>
    </message>
    <message>
        <source>Quầy chưa được thiết lập (mã đơn vị, tên đơn vị, số quầy). Hãy chạy phần thiết lập trước.</source>
        <translation>The counter is not set up yet (unit ID, unit name, counter number). Run the setup first.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào của cơ quan "%1" đang chờ bàn giao.</source>
        <translation>No dossier of the agency "%1" is waiting for handover.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 thuộc cơ quan "%2", không phải "%3".</source>
        <translation>Dossier %1 belongs to the agency "%2", not "%3".</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đang ở trạng thái "%2"; chỉ bàn giao hồ sơ "%3" chưa bàn giao.</source>
        <translation>Dossier %1 is "%2"; only dossiers that are "%3" and not yet handed over can be handed over.</translation>
    </message>
    <message numerus="yes">
        <source>Không lập được biên bản bàn giao: %n hồ sơ không bàn giao được; không có gì được ghi.</source>
        <translation>
            <numerusform>No handover record made: %n dossier cannot be handed over; nothing was saved.</numerusform>
            <numerusform>No handover record made: %n dossiers cannot be handed over; nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>họ tên người ký nhận tại cơ quan</source>
        <translation>the name of the person who signed at the agency</translation>
    </message>
    <message>
        <source>Biên bản %1 đã bị hủy ngày %2; không xác nhận được.</source>
        <translation>Handover record %1 was cancelled on %2; it cannot be confirmed.</translation>
    </message>
    <message>
        <source>Biên bản %1 đã được %2 xác nhận ngày %3.</source>
        <translation>Handover record %1 was already confirmed by %2 on %3.</translation>
    </message>
    <message>
        <source>Hủy biên bản bàn giao</source>
        <translation>Cancelling a handover record</translation>
    </message>
    <message>
        <source>lý do hủy biên bản</source>
        <translation>the reason for cancelling the record</translation>
    </message>
    <message>
        <source>Biên bản %1 đã bị hủy ngày %2.</source>
        <translation>Handover record %1 was already cancelled on %2.</translation>
    </message>
    <message>
        <source>Biên bản %1 đã được cơ quan xác nhận ngày %2; không hủy được.</source>
        <translation>Handover record %1 was confirmed by the agency on %2; it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 đã chuyển sang "%2".</source>
        <translation>Dossier %1 has moved on to "%2".</translation>
    </message>
    <message numerus="yes">
        <source>Không hủy được biên bản %1: %n hồ sơ không còn ở trạng thái đang xử lý.</source>
        <translation>
            <numerusform>Handover record %1 cannot be cancelled: %n dossier is no longer in progress.</numerusform>
            <numerusform>Handover record %1 cannot be cancelled: %n dossiers are no longer in progress.</numerusform>
        </translation>
    </message>
    <message>
        <source>kết quả nhận về</source>
        <translation>the result received</translation>
    </message>
    <message>
        <source>người giao kết quả</source>
        <translation>the person who brought the result</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>Số lượng kết quả phải từ 1 đến %1 (đã nhập %2).</source>
        <translation>The number of result documents must be 1 to %1 (entered: %2).</translation>
    </message>
    <message>
        <source>nhận kết quả cho</source>
        <translation>receive the result of</translation>
    </message>
    <message>
        <source>họ tên người nhận kết quả</source>
        <translation>the name of the person taking the result</translation>
    </message>
    <message>
        <source>số giấy tờ tùy thân của người nhận</source>
        <translation>the ID number of the person taking the result</translation>
    </message>
    <message>
        <source>giấy ủy quyền</source>
        <translation>the authorisation</translation>
    </message>
    <message>
        <source>Số tiền thu khi trả kết quả không được âm.</source>
        <translation>The amount collected on return cannot be negative.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa trả được.</source>
        <translation>The result of dossier %1 is not at the post office yet (status "%2"); it cannot be returned.</translation>
    </message>
    <message>
        <source>trả kết quả</source>
        <translation>return the result of</translation>
    </message>
    <message>
        <source>Số giấy tờ của người nhận (%1) không khớp với người nộp hồ sơ %2. Người nhận thay phải có giấy ủy quyền: hãy ghi giấy ủy quyền; chưa trả kết quả.</source>
        <translation>The recipient's ID number (%1) does not match the applicant of dossier %2. Someone collecting on the applicant's behalf needs an authorisation: record it; the result was not returned.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không đăng ký nhận kết quả qua bưu chính; hãy trả tại quầy.</source>
        <translation>Dossier %1 was not registered for return by post; return it at the counter.</translation>
    </message>
    <message>
        <source>Hồ sơ %1 chưa có kết quả tại bưu cục (trạng thái "%2"); chưa gửi được.</source>
        <translation>The result of dossier %1 is not at the post office yet (status "%2"); it cannot be sent.</translation>
    </message>
    <message>
        <source>gửi kết quả</source>
        <translation>send the result of</translation>
    </message>
    <message>
        <source>lý do không phát được</source>
        <translation>the reason the delivery failed</translation>
    </message>
    <message>
        <source>Hồ sơ %1 không có kết quả đang gửi qua bưu chính; không ghi được phát không thành công.</source>
        <translation>Dossier %1 has no result out for delivery by post; a failed delivery cannot be recorded.</translation>
    </message>
    <message>
        <source>ghi phát không thành công cho</source>
        <translation>record a failed delivery for</translation>
    </message>
    <message>
        <source>lý do hẹn lại</source>
        <translation>the reason for the new appointment</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới không hợp lệ.</source>
        <translation>The new appointment is not a valid date.</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới (%1) phải sau thời điểm hiện tại (%2).</source>
        <translation>The new appointment (%1) must be later than now (%2).</translation>
    </message>
    <message>
        <source>Không thể hẹn lại hồ sơ %1: hồ sơ đang ở trạng thái "%2"; chỉ hẹn lại khi cơ quan còn đang giải quyết.</source>
        <translation>Dossier %1 cannot get a new appointment: it is "%2"; only dossiers the agency is still handling can.</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới (%1) phải sau ngày hẹn hiện tại (%2).</source>
        <translation>The new appointment (%1) must be later than the current one (%2).</translation>
    </message>
    <message>
        <source>lý do rút hồ sơ (theo đơn của người nộp)</source>
        <translation>the reason for withdrawal (from the applicant's request)</translation>
    </message>
    <message>
        <source>rút</source>
        <translation>withdraw</translation>
    </message>
    <message>
        <source>Hãy nhập mã hồ sơ.</source>
        <translation>Enter the dossier code.</translation>
    </message>
    <message>
        <source>Không có hồ sơ mã "%1".</source>
        <translation>There is no dossier with code "%1".</translation>
    </message>
    <message>
        <source>Không thể %1 hồ sơ %2: hồ sơ đang ở trạng thái "%3", không chuyển được sang "%4".</source>
        <translation>Cannot %1 dossier %2: it is "%3" and cannot move to "%4".</translation>
    </message>
    <message>
        <source>Hãy nhập %1.</source>
        <translation>Enter %1.</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>pc::LockScreen</name>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator account</translation>
    </message>
    <message numerus="yes">
        <source>Lần đầu sử dụng: tạo tài khoản quản trị của quầy (cán bộ CNTT hoặc trưởng bưu cục). Tài khoản này tạo tài khoản cho các giao dịch viên. Mật khẩu có ít nhất %n ký tự.</source>
        <translation>
            <numerusform>First use: create the counter's administrator account (IT staff or the post office head). This account creates the clerks' accounts. The password has at least %n character.</numerusform>
            <numerusform>First use: create the counter's administrator account (IT staff or the post office head). This account creates the clerks' accounts. The password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tạo tài khoản và đăng nhập</source>
        <translation>&amp;Create account and sign in</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Màn hình đã khóa. Giao dịch viên đăng nhập để làm việc; hồ sơ đang nhập dở vẫn được giữ.</source>
        <translation>The screen is locked. A clerk signs in to work; a dossier being typed is kept.</translation>
    </message>
    <message>
        <source>Màn hình đã khóa (%1). Đăng nhập lại, hoặc giao dịch viên khác đăng nhập; hồ sơ đang nhập dở vẫn được giữ.</source>
        <translation>The screen is locked (%1). Sign in again, or another clerk signs in; a dossier being typed is kept.</translation>
    </message>
    <message>
        <source>Đăng &amp;nhập</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
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
        <source>&amp;Vẫn đổi</source>
        <translation>&amp;Change anyway</translation>
    </message>
    <message>
        <source>&amp;Giữ nguyên</source>
        <translation>&amp;Keep as is</translation>
    </message>
    <message>
        <source>Đổi thông tin quầy</source>
        <translation>Change counter identity</translation>
    </message>
    <message>
        <source>Thông tin &amp;đơn vị in trên phiếu…</source>
        <translation>&amp;Office details on forms…</translation>
    </message>
    <message>
        <source>Đang kiểm tra dữ liệu sau lần tắt máy đột ngột; vẫn tiếp nhận được hồ sơ.</source>
        <translation>Checking the data after an unclean shutdown; intake remains available.</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng: ngừng tiếp nhận và báo bộ phận CNTT.</source>
        <translation>The data is damaged: stop intake and call IT.</translation>
    </message>
    <message>
        <source>Dữ liệu của quầy bị hỏng</source>
        <translation>The counter's data is damaged</translation>
    </message>
    <message>
        <source>Đã kiểm tra dữ liệu sau lần tắt máy đột ngột: không có lỗi.</source>
        <translation>Data checked after an unclean shutdown: no errors.</translation>
    </message>
    <message>
        <source>Báo cáo (F6)</source>
        <translation>Reports (F6)</translation>
    </message>
    <message>
        <source>Tài &amp;khoản</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Tài khoản &amp;người dùng…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <source>&amp;Nhật ký kiểm tra…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhật ký chẩn đoán (gửi cho bộ phận CNTT khi có sự cố): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diagnostic log (send it to IT support when something goes wrong): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bàn giao (F4)</source>
        <translation>Handover (F4)</translation>
    </message>
    <message>
        <source>Nhận kết quả (F7)</source>
        <translation>Results in (F7)</translation>
    </message>
    <message>
        <source>Trả kết quả (F8)</source>
        <translation>Return results (F8)</translation>
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
    <message>
        <source>Tự khóa màn hình sau bao nhiêu phút không dùng</source>
        <translation>Lock the screen after this many idle minutes</translation>
    </message>
    <message>
        <source>Thời gian tự khóa màn hình phải là số phút từ 1 đến %1 (nhận được "%2").</source>
        <translation>The idle lock time must be a number of minutes from 1 to %1 (got "%2").</translation>
    </message>
</context>
<context>
    <name>pc::PassphraseText</name>
    <message>
        <source>Không khởi tạo được thư viện mã hóa (libsodium).</source>
        <translation>Could not initialise the encryption library (libsodium).</translation>
    </message>
    <message>
        <source>Mật khẩu mã hóa bản sao lưu phải có ít nhất 8 ký tự.</source>
        <translation>The backup passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1.</source>
        <translation>Could not read file %1.</translation>
    </message>
    <message>
        <source>Không tạo được tệp %1.</source>
        <translation>Could not create file %1.</translation>
    </message>
    <message>
        <source>Không đủ bộ nhớ để tạo khóa mã hóa.</source>
        <translation>Not enough memory to derive the encryption key.</translation>
    </message>
    <message>
        <source>Không ghi được %1: ổ đĩa đầy hoặc đã bị rút ra.</source>
        <translation>Could not write %1: disk full or unplugged.</translation>
    </message>
    <message>
        <source>%1 không phải bản sao lưu mã hóa của PostCounter.</source>
        <translation>%1 is not an encrypted PostCounter backup.</translation>
    </message>
    <message>
        <source>Không đủ bộ nhớ để tạo khóa giải mã.</source>
        <translation>Not enough memory to derive the decryption key.</translation>
    </message>
    <message>
        <source>Không giải mã được %1: sai mật khẩu, hoặc tệp đã bị cắt cụt hay sửa đổi.</source>
        <translation>Could not decrypt %1: wrong passphrase, or the file was truncated or altered.</translation>
    </message>
    <message>
        <source>Không ghi được %1: ổ đĩa đầy.</source>
        <translation>Could not write %1: disk full.</translation>
    </message>
</context>
<context>
    <name>pc::PasswordText</name>
    <message>
        <source>Không khởi tạo được thư viện mật mã (libsodium).</source>
        <translation>Could not initialise the cryptography library (libsodium).</translation>
    </message>
    <message>
        <source>Không băm được mật khẩu (thiếu bộ nhớ?).</source>
        <translation>Could not hash the password (out of memory?).</translation>
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
    <name>pc::PrivateFileText</name>
    <message>
        <source>Không ghi %1 vào %2: đường dẫn này là một liên kết (symlink). Hãy chọn tên tệp khác.</source>
        <translation>Not writing the %1 to %2: that path is a symbolic link. Choose another file name.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: đó là một thư mục. Hãy ghi rõ tên tệp.</source>
        <translation>Not writing the %1 to %2: it is a folder. Give a file name.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: đó là một thiết bị hoặc FIFO, không phải tệp thường.</source>
        <translation>Not writing the %1 to %2: it is a device or a FIFO, not a regular file.</translation>
    </message>
    <message>
        <source>Không ghi %1 vào %2: không có thư mục %3.</source>
        <translation>Not writing the %1 to %2: the folder %3 does not exist.</translation>
    </message>
    <message>
        <source>Không tạo được %1 %2.</source>
        <translation>Could not create the %1 %2.</translation>
    </message>
    <message>
        <source>Không ghi được %1 %2: thư mục này không cho phép ghi.</source>
        <translation>Could not write the %1 %2: the folder is not writable.</translation>
    </message>
    <message>
        <source>Không ghi được %1 %2: ổ đĩa đầy hoặc lỗi ghi đĩa. Tệp cũ (nếu có) vẫn giữ nguyên.</source>
        <translation>Could not write the %1 %2: the disk is full or failed. Any previous file is unchanged.</translation>
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
    <name>pc::PurgeText</name>
    <message>
        <source>đặt thời hạn lưu trữ dữ liệu cá nhân</source>
        <translation>setting the personal data retention period</translation>
    </message>
    <message>
        <source>Thời hạn lưu trữ phải từ 1 đến 100 năm.</source>
        <translation>The retention period must be between 1 and 100 years.</translation>
    </message>
    <message>
        <source>xóa dữ liệu cá nhân hết thời hạn lưu trữ</source>
        <translation>purging personal data past its retention period</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ; dùng dạng YYYY-MM-DD.</source>
        <translation>Invalid date; use the form YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>Chỉ được xóa dữ liệu cá nhân của hồ sơ đã trả quá %n năm (thời hạn lưu trữ): ngày phải từ %1 trở về trước.</source>
        <translation>
            <numerusform>Personal data may only be purged for dossiers returned more than %n year ago (the retention period): the date must be %1 or earlier.</numerusform>
            <numerusform>Personal data may only be purged for dossiers returned more than %n years ago (the retention period): the date must be %1 or earlier.</numerusform>
        </translation>
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
    <message>
        <source>Mã QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Họ tên trong mã QR</source>
        <translation>Name in the QR code</translation>
    </message>
    <message>
        <source>Địa chỉ trong mã QR</source>
        <translation>Address in the QR code</translation>
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
        <translation>&lt;p style='background:#fde2e1; padding:4px'&gt;&lt;b&gt;OVERDUE&lt;/b&gt;: the appointment date has passed and the agency has no result yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#dff3e3; padding:4px'&gt;&lt;b&gt;CÓ KẾT QUẢ&lt;/b&gt;: chờ trả cho công dân hoặc gửi bưu chính.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#dff3e3; padding:4px'&gt;&lt;b&gt;RESULT READY&lt;/b&gt;: to be handed to the citizen or posted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Người nộp: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Applicant: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Phone: %3 · Address: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Trạng thái: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Received: %1&lt;br/&gt;Appointment: &lt;b&gt;%2&lt;/b&gt;&lt;br/&gt;Status: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhận kết quả: &lt;b&gt;qua bưu chính công ích&lt;/b&gt;&lt;br/&gt;Địa chỉ nhận: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Result delivery: &lt;b&gt;by public postal service&lt;/b&gt;&lt;br/&gt;Delivery address: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nhận kết quả: &lt;b&gt;tại quầy&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Result delivery: &lt;b&gt;at the counter&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Phí: %1 · Lệ phí: %2</source>
        <translation>&lt;p&gt;Fee: %1 · Charge: %2</translation>
    </message>
    <message>
        <source> · Cước bưu chính: %1</source>
        <translation> · Postage: %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Tổng cộng: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;br/&gt;Total: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
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
        <source>&lt;br/&gt;&lt;i&gt;Ghi chú của cơ quan: %1&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Agency's note: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Phiếu yêu cầu bổ sung %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Supplement request %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Phiếu từ chối tiếp nhận %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Refusal slip %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Lập lúc: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Made at: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Người được hướng dẫn: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Điện thoại: %3 · Địa chỉ: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Person guided: &lt;b&gt;%1&lt;/b&gt; %2&lt;br/&gt;Phone: %3 · Address: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Lý do: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reason: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Giấy tờ cần bổ sung&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Documents to bring&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Liên hệ: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Contact: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG TÍNH HẠN – chờ công dân bổ sung&lt;/b&gt;: thời hạn giải quyết không tính trong thời gian này.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;CLOCK STOPPED – waiting for the citizen's supplement&lt;/b&gt;: this time does not count towards the processing time.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: công dân cần nộp &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Financial obligation&lt;/b&gt;: the citizen must pay &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Nghĩa vụ tài chính&lt;/b&gt;: trung tâm chưa gửi số tiền.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#fff3cd; padding:4px'&gt;&lt;b&gt;Financial obligation&lt;/b&gt;: the centre has not sent the amount yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;DỪNG XỬ LÝ&lt;/b&gt;: %1&lt;br/&gt;Hồ sơ không còn trong các danh sách theo dõi.&lt;/p&gt;</source>
        <translation>&lt;p style='background:#eceff1; padding:4px'&gt;&lt;b&gt;PROCESSING STOPPED&lt;/b&gt;: %1&lt;br/&gt;The dossier has left the tracking lists.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>trung tâm không ghi lý do.</source>
        <translation>the centre gave no reason.</translation>
    </message>
    <message>
        <source>theo thông báo</source>
        <translation>as notified</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tiếp nhận: %1&lt;br/&gt;Hẹn trả: &lt;b&gt;%2&lt;/b&gt; (hẹn lại; giấy tiếp nhận hẹn %3)&lt;br/&gt;Trạng thái: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Received: %1&lt;br/&gt;Due: &lt;b&gt;%2&lt;/b&gt; (rescheduled; the receipt promised %3)&lt;br/&gt;Status: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Lịch sử&lt;/b&gt; (tại quầy và từ trung tâm)&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;History&lt;/b&gt; (at the counter and from the centre)&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <source>Trung tâm cập nhật</source>
        <translation>Update from the centre</translation>
    </message>
    <message>
        <source>Bàn giao cho %1 (biên bản %2), người vận chuyển: %3</source>
        <translation>Handed over to %1 (record %2), courier: %3</translation>
    </message>
    <message>
        <source>Cơ quan ký nhận biên bản %1: %2</source>
        <translation>Agency signed record %1: %2</translation>
    </message>
    <message>
        <source>Hủy biên bản %1, lý do: %2</source>
        <translation>Record %1 cancelled, reason: %2</translation>
    </message>
    <message>
        <source>Hẹn lại ngày trả: %1 → &lt;b&gt;%2&lt;/b&gt;, lý do: %3</source>
        <translation>Rescheduled: %1 → &lt;b&gt;%2&lt;/b&gt;, reason: %3</translation>
    </message>
    <message>
        <source>Nhận kết quả từ cơ quan: %1 (%2 bản), người giao: %3</source>
        <translation>Result received from the agency: %1 (%2 copies), brought by: %3</translation>
    </message>
    <message>
        <source>kết quả giải quyết hồ sơ</source>
        <translation>the dossier’s result</translation>
    </message>
    <message>
        <source>Trả kết quả tại quầy cho %1 (%2)</source>
        <translation>Result returned at the counter to %1 (%2)</translation>
    </message>
    <message>
        <source>Trả kết quả tại quầy cho người được ủy quyền %1 (%2), giấy ủy quyền: %3</source>
        <translation>Result returned at the counter to authorised person %1 (%2), authorisation: %3</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính, số hiệu %1</source>
        <translation>Result sent by post, item number %1</translation>
    </message>
    <message>
        <source>Bưu chính không giao được (%1), lý do: %2; kết quả chờ trả lại</source>
        <translation>Postal delivery failed (%1), reason: %2; the result waits at the counter again</translation>
    </message>
    <message>
        <source>Công dân rút hồ sơ, lý do: %1</source>
        <translation>Withdrawn by the citizen, reason: %1</translation>
    </message>
    <message>
        <source>%1 – %2 · &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>%1 – %2 · &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source> · người thực hiện: %1</source>
        <translation> · by: %1</translation>
    </message>
    <message>
        <source>&lt;br/&gt;&lt;i&gt;Ghi chú: %1&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;Note: %1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Số tiền phải nộp: %1</source>
        <translation>&lt;br/&gt;Amount due: %1</translation>
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
    <message>
        <source>Không có phiếu yêu cầu bổ sung hay phiếu từ chối nào khớp với “%1”.</source>
        <translation>No supplement request or refusal matches “%1”.</translation>
    </message>
    <message>
        <source>Chưa có phiếu yêu cầu bổ sung hay phiếu từ chối nào trong khoảng đã chọn.</source>
        <translation>No supplement request or refusal in the chosen period.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp với “%1” và bộ lọc đang chọn.</source>
        <translation>No dossier matches “%1” with the chosen filters.</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào khớp với bộ lọc đang chọn.</source>
        <translation>No dossier matches the chosen filters.</translation>
    </message>
    <message>
        <source>Hồ sơ (%1)</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <source>Phiếu bổ sung, từ chối (%1)</source>
        <translation>Supplement requests, refusals (%1)</translation>
    </message>
    <message>
        <source>In lại phiếu (Ctrl+R)</source>
        <translation>Reprint slip (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chọn một phiếu để xem chi tiết.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a slip to see its details.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã hồ sơ hoặc số phiếu, số định danh, số điện thoại (F3; ↓ hoặc Enter để vào danh sách)</source>
        <translation>Search by name, dossier code or slip number, ID number, phone (F3; ↓ or Enter to go into the list)</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Chưa in được phiếu xin lỗi và hẹn lại: %1</source>
        <translation>The apology and new appointment could not be printed: %1</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>&amp;Hẹn lại ngày trả…</source>
        <translation>Re&amp;schedule…</translation>
    </message>
</context>
<context>
    <name>pc::ReasonDialog</name>
    <message>
        <source>Từ chối tiếp nhận hồ sơ</source>
        <translation>Refuse the dossier</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <source>Ví dụ: Cấp đổi giấy phép lái xe (không nhận tại bưu cục)</source>
        <translation>E.g. Renewal of a driving licence (not received at the post office)</translation>
    </message>
    <message>
        <source>Lý do từ chối, in trên phiếu (ví dụ: thủ tục không thuộc danh mục tiếp nhận tại bưu cục)</source>
        <translation>Reason for refusal, printed on the form (e.g. the procedure is not received at the post office)</translation>
    </message>
    <message>
        <source>Lý do, in trên phiếu (ví dụ: đơn chưa ký; bản sao chưa chứng thực)</source>
        <translation>Reason, printed on the form (e.g. application not signed; copy not certified)</translation>
    </message>
    <message>
        <source>&amp;Từ chối và in phiếu (Ctrl+Enter)</source>
        <translation>&amp;Refuse and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;In phiếu yêu cầu bổ sung (Ctrl+Enter)</source>
        <translation>&amp;Print the supplement request (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Quay lại (Esc)</source>
        <translation>&amp;Back (Esc)</translation>
    </message>
    <message>
        <source>&amp;Nội dung yêu cầu:</source>
        <translation>Re&amp;quest:</translation>
    </message>
    <message>
        <source>&amp;Lý do từ chối:</source>
        <translation>Reason for re&amp;fusal:</translation>
    </message>
    <message>
        <source>&amp;Lý do:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Ghi nội dung công dân yêu cầu (in trên phiếu).</source>
        <translation>Enter what the citizen requested (printed on the form).</translation>
    </message>
    <message>
        <source>Phải ghi rõ lý do từ chối tiếp nhận.</source>
        <translation>The reason for refusal must be given.</translation>
    </message>
    <message>
        <source>Ghi lý do yêu cầu bổ sung.</source>
        <translation>Enter the reason for the supplement request.</translation>
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
        <source>tệp PDF</source>
        <translation>PDF file</translation>
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
        <translation>Dossiers received per field, %1</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Tỷ lệ trả kết quả đúng hạn theo cơ quan (%), %1</source>
        <translation>Results on time per agency (%), %1</translation>
    </message>
    <message>
        <source>Đúng hạn (%)</source>
        <translation>On time (%)</translation>
    </message>
</context>
<context>
    <name>pc::ReportOutputText</name>
    <message>
        <source>Quầy chưa được thiết lập: chưa lập được báo cáo.</source>
        <translation>The counter is not set up yet: no report can be made.</translation>
    </message>
    <message>
        <source>tệp CSV</source>
        <translation>CSV file</translation>
    </message>
</context>
<context>
    <name>pc::ReportPage</name>
    <message>
        <source>Lưu tệp</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>Xem trước: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Ngày %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Từ %1 đến %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận</source>
        <translation>Dossiers received</translation>
    </message>
    <message>
        <source>Đã bàn giao cho cơ quan giải quyết</source>
        <translation>Handed over to the deciding agency</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Results returned</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu</source>
        <translation>Fees and charges collected</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung</source>
        <translation>Supplement requests</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận</source>
        <translation>Refusal slips</translation>
    </message>
    <message>
        <source>Sự kiện chờ đồng bộ</source>
        <translation>Events waiting for sync</translation>
    </message>
    <message>
        <source>bao-cao-%1.csv</source>
        <translation>report-%1.csv</translation>
    </message>
    <message>
        <source>Tệp CSV cho Excel (*.csv)</source>
        <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>so-theo-doi-%1.csv</source>
        <translation>ledger-%1.csv</translation>
    </message>
    <message>
        <source>Đã lưu sổ theo dõi: %1</source>
        <translation>Ledger saved: %1</translation>
    </message>
    <message>
        <source>Từ &amp;ngày:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Đến ngà&amp;y:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>In báo cáo ngày…</source>
        <translation>Print day report…</translation>
    </message>
    <message>
        <source>In sổ theo dõi hồ sơ…</source>
        <translation>Print dossier ledger…</translation>
    </message>
    <message>
        <source>Xuất CSV báo cáo…</source>
        <translation>Export report as CSV…</translation>
    </message>
    <message>
        <source>Xuất CSV sổ theo dõi…</source>
        <translation>Export ledger as CSV…</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Thu phí</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>pc::ReportRenderText</name>
    <message>
        <source>Máy in không nhận khổ giấy A4.</source>
        <translation>The printer does not accept A4 paper.</translation>
    </message>
    <message>
        <source>Không mở được máy in hoặc tệp để in.</source>
        <translation>Could not open the printer or the file to print to.</translation>
    </message>
    <message>
        <source>Máy in dừng giữa chừng (trang %1).</source>
        <translation>The printer stopped part-way (page %1).</translation>
    </message>
    <message>
        <source>In không hoàn tất.</source>
        <translation>Printing did not complete.</translation>
    </message>
    <message>
        <source>tệp PDF</source>
        <translation>PDF file</translation>
    </message>
</context>
<context>
    <name>pc::ReportText</name>
    <message>
        <source>Ngày không hợp lệ: dùng dạng YYYY-MM-DD.</source>
        <translation>Invalid date: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Ngày bắt đầu %1 sau ngày kết thúc %2.</source>
        <translation>The start date %1 is after the end date %2.</translation>
    </message>
    <message>
        <source>Khoảng thời gian dài quá %1 ngày: hãy chia thành từng năm.</source>
        <translation>The period is longer than %1 days: split it into years.</translation>
    </message>
</context>
<context>
    <name>pc::RescheduleDialog</name>
    <message>
        <source>Hẹn lại ngày trả kết quả – %1</source>
        <translation>Reschedule the result – %1</translation>
    </message>
    <message>
        <source>Ví dụ: Cơ quan cần thêm thời gian xác minh thông tin</source>
        <translation>E.g. the agency needs more time to verify the information</translation>
    </message>
    <message>
        <source>Theo thông báo</source>
        <translation>As notified</translation>
    </message>
    <message>
        <source>Hẹn trả hiện tại:</source>
        <translation>Current due date:</translation>
    </message>
    <message>
        <source>&amp;Ngày giờ hẹn mới:</source>
        <translation>&amp;New date and time:</translation>
    </message>
    <message>
        <source>&amp;Lý do chậm trả:</source>
        <translation>&amp;Reason for the delay:</translation>
    </message>
    <message>
        <source>&amp;Hẹn lại và in phiếu xin lỗi (Ctrl+Enter)</source>
        <translation>Re&amp;schedule and print the apology (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ngày giờ hẹn mới phải sau thời điểm hiện tại.</source>
        <translation>The new date and time must be in the future.</translation>
    </message>
    <message>
        <source>Nhập lý do chậm trả kết quả: lý do này được in trên phiếu xin lỗi gửi công dân.</source>
        <translation>Enter the reason for the delay: it is printed on the apology given to the citizen.</translation>
    </message>
</context>
<context>
    <name>pc::ResultsPage</name>
    <message>
        <source>theo trung tâm</source>
        <translation>per the centre</translation>
    </message>
    <message>
        <source>Bưu chính</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Kết quả chờ trả (%1) – gọi điện báo công dân đến nhận</source>
        <translation>Results waiting (%1) – call the citizens to collect them</translation>
    </message>
    <message>
        <source>“%1” không phải mã hồ sơ. Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ.</source>
        <translation>“%1” is not a dossier code. Scan the QR code on the control sheet or type the dossier code.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1 tại quầy này.</source>
        <translation>Dossier %1 is not at this counter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Người nộp: &lt;b&gt;%3&lt;/b&gt; · Điện thoại: %4 · Trạng thái: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2&lt;br/&gt;Applicant: &lt;b&gt;%3&lt;/b&gt; · Phone: %4 · Status: %5</translation>
    </message>
    <message>
        <source>Kết quả giải quyết hồ sơ</source>
        <translation>Result of the dossier</translation>
    </message>
    <message>
        <source>Đã ghi nhận kết quả của hồ sơ %1 về bưu cục. Hồ sơ chờ trả cho công dân.</source>
        <translation>Recorded the result of dossier %1 at the post office. It waits to be returned to the citizen.</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ:</source>
        <translation>&amp;Dossier code:</translation>
    </message>
    <message>
        <source>Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ, rồi Enter</source>
        <translation>Scan the QR code on the control sheet or type the dossier code, then Enter</translation>
    </message>
    <message>
        <source>&amp;Kết quả nhận về:</source>
        <translation>&amp;Result received:</translation>
    </message>
    <message>
        <source>&amp;Số lượng:</source>
        <translation>&amp;Count:</translation>
    </message>
    <message>
        <source>&amp;Người giao:</source>
        <translation>&amp;Brought by:</translation>
    </message>
    <message>
        <source>Họ tên người mang kết quả từ cơ quan</source>
        <translation>Name of the person bringing the result from the agency</translation>
    </message>
    <message>
        <source>Gh&amp;i chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;Ghi nhận đã nhận kết quả</source>
        <translation>Record the result &amp;arrived</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Nhận kết quả lúc</source>
        <translation>Result arrived</translation>
    </message>
    <message>
        <source>Trả qua</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>&amp;Trả kết quả cho hồ sơ đã chọn (F8)</source>
        <translation>Re&amp;turn the selected result (F8)</translation>
    </message>
</context>
<context>
    <name>pc::ReturnPage</name>
    <message>
        <source>Số hiệu bưu gửi hợp lệ (đúng chữ số kiểm tra).</source>
        <translation>Valid postal item number (check digit correct).</translation>
    </message>
    <message>
        <source>“%1” không phải mã hồ sơ. Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ.</source>
        <translation>“%1” is not a dossier code. Scan the QR code on the citizen’s receipt or type the dossier code.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1 tại quầy này.</source>
        <translation>Dossier %1 is not at this counter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2 · Trạng thái: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 · Status: &lt;b&gt;%3&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Người nộp: &lt;b&gt;%1&lt;/b&gt; · Số định danh: &lt;b&gt;%2&lt;/b&gt; · Điện thoại: %3&lt;br/&gt;</source>
        <translation>Applicant: &lt;b&gt;%1&lt;/b&gt; · ID number: &lt;b&gt;%2&lt;/b&gt; · Phone: %3&lt;br/&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 bản)</source>
        <translation>%1 (%2 copies)</translation>
    </message>
    <message>
        <source>Kết quả giải quyết hồ sơ</source>
        <translation>Result of the dossier</translation>
    </message>
    <message>
        <source>Giao cho công dân: &lt;b&gt;kết quả giải quyết hồ sơ&lt;/b&gt; (cơ quan chưa ghi chi tiết).&lt;br/&gt;</source>
        <translation>Hand to the citizen: &lt;b&gt;the dossier’s result&lt;/b&gt; (no details recorded).&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Giao cho công dân: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</source>
        <translation>Hand to the citizen: &lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu khi tiếp nhận: %1</source>
        <translation>Fees collected at receipt: %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Nghĩa vụ tài chính phải nộp: %1&lt;/b&gt;</source>
        <translation> · &lt;b&gt;Financial obligation due: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Đăng ký nhận kết quả &lt;b&gt;qua bưu chính công ích&lt;/b&gt;: %1</source>
        <translation>&lt;br/&gt;Result to be delivered &lt;b&gt;by public postal service&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Kết quả đã có tại bưu cục: kiểm tra giấy tờ tùy thân của người nhận.</source>
        <translation>The result is at the post office: check the recipient’s identity document.</translation>
    </message>
    <message>
        <source>Hồ sơ đang ở trạng thái “%1”.</source>
        <translation>The dossier is “%1”.</translation>
    </message>
    <message>
        <source>Nhập số định danh (CCCD) của người nhận kết quả, hoặc quét CCCD của họ.</source>
        <translation>Enter the recipient’s ID number (CCCD), or scan their ID card.</translation>
    </message>
    <message>
        <source>Người được ủy quyền: nhập họ tên và ghi rõ giấy ủy quyền.</source>
        <translation>Authorised person: enter the name and the authorisation document.</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1 cho %2.</source>
        <translation>Result of dossier %1 returned to %2.</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ %1 cho %2, nhưng chưa in được phiếu: %3</source>
        <translation>Result of dossier %1 returned to %2, but the slip could not be printed: %3</translation>
    </message>
    <message>
        <source>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2.</source>
        <translation>Result of dossier %1 sent by post, item number %2.</translation>
    </message>
    <message>
        <source>Đã gửi kết quả hồ sơ %1 qua bưu chính, số hiệu %2, nhưng chưa in được nhãn: %3</source>
        <translation>Result of dossier %1 sent by post, item number %2, but the label could not be printed: %3</translation>
    </message>
    <message>
        <source>Nhập lý do bưu tá không giao được (ví dụ: không có người nhận).</source>
        <translation>Enter why the postman could not deliver (e.g. nobody to receive it).</translation>
    </message>
    <message>
        <source>Hồ sơ %1: giao bưu chính không thành công, kết quả trở lại danh sách chờ trả.</source>
        <translation>Dossier %1: postal delivery failed, the result is back on the waiting list.</translation>
    </message>
    <message>
        <source>Nhập lý do công dân rút hồ sơ (theo đơn đề nghị).</source>
        <translation>Enter why the citizen withdraws the dossier (as in the written request).</translation>
    </message>
    <message>
        <source>Đã ghi nhận công dân rút hồ sơ %1; trả lại hồ sơ cho công dân.</source>
        <translation>Recorded the withdrawal of dossier %1; give the dossier back to the citizen.</translation>
    </message>
    <message>
        <source>&amp;Mã hồ sơ:</source>
        <translation>&amp;Dossier code:</translation>
    </message>
    <message>
        <source>Quét mã QR trên giấy tiếp nhận của công dân hoặc gõ mã hồ sơ, rồi Enter</source>
        <translation>Scan the QR code on the citizen’s receipt or type the dossier code, then Enter</translation>
    </message>
    <message>
        <source>Trả tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Gửi qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Người nộp hồ sơ nhận</source>
        <translation>The applicant collects</translation>
    </message>
    <message>
        <source>Người được ủy &amp;quyền nhận</source>
        <translation>An a&amp;uthorised person collects</translation>
    </message>
    <message>
        <source>Họ &amp;tên người nhận:</source>
        <translation>Recipient’s &amp;name:</translation>
    </message>
    <message>
        <source>Số đ&amp;ịnh danh (CCCD):</source>
        <translation>&amp;ID number (CCCD):</translation>
    </message>
    <message>
        <source>Gõ hoặc quét CCCD của người nhận</source>
        <translation>Type or scan the recipient’s ID card</translation>
    </message>
    <message>
        <source>Giấy ủ&amp;y quyền:</source>
        <translation>Aut&amp;horisation:</translation>
    </message>
    <message>
        <source>Ví dụ: Giấy ủy quyền ngày 01/12/2026, chứng thực tại UBND xã Yên Định</source>
        <translation>E.g. authorisation dated 01/12/2026, certified at Yên Định commune People’s Committee</translation>
    </message>
    <message>
        <source>Th&amp;u thêm khi trả:</source>
        <translation>&amp;Collect now:</translation>
    </message>
    <message>
        <source>T&amp;rả kết quả và in phiếu (Ctrl+Enter)</source>
        <translation>&amp;Return and print the slip (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Số hiệu bưu gửi (S10):</source>
        <translation>Postal &amp;item number (S10):</translation>
    </message>
    <message>
        <source>Ví dụ: RR123456785VN</source>
        <translation>E.g. RR123456785VN</translation>
    </message>
    <message>
        <source>&amp;Gửi bưu chính và in nhãn</source>
        <translation>&amp;Send by post and print the label</translation>
    </message>
    <message>
        <source>&amp;Lý do không giao được:</source>
        <translation>&amp;Why not delivered:</translation>
    </message>
    <message>
        <source>Giao &amp;không thành công – về chờ trả</source>
        <translation>Delivery &amp;failed – back to waiting</translation>
    </message>
    <message>
        <source>Lý do rút hồ &amp;sơ:</source>
        <translation>Reason for &amp;withdrawal:</translation>
    </message>
    <message>
        <source>Ghi nhận &amp;rút hồ sơ</source>
        <translation>Record the withdr&amp;awal</translation>
    </message>
</context>
<context>
    <name>pc::RuleSetStoreText</name>
    <message>
        <source>Quy tắc ngày nghỉ phiên bản %1 không mới hơn phiên bản đang dùng (%2).</source>
        <translation>Holiday rules version %1 is not newer than the version in force (%2).</translation>
    </message>
    <message>
        <source>Quy tắc ngày nghỉ lưu trong cơ sở dữ liệu bị hỏng: %1</source>
        <translation>The holiday rules stored in the database are damaged: %1</translation>
    </message>
</context>
<context>
    <name>pc::RuleSetText</name>
    <message>
        <source>phải là một chuỗi không rỗng.</source>
        <translation>must be a non-empty string.</translation>
    </message>
    <message>
        <source>phải là số nguyên từ %1 đến %2.</source>
        <translation>must be an integer from %1 to %2.</translation>
    </message>
    <message>
        <source>phải là một ngày dạng YYYY-MM-DD.</source>
        <translation>must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>khóa không được biết (gõ nhầm?).</source>
        <translation>unknown key (a typo?).</translation>
    </message>
    <message>
        <source>chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.</source>
        <translation>only lower-case ASCII letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>trước effective_from.</source>
        <translation>is before effective_from.</translation>
    </message>
    <message>
        <source>phải là "next_working_day" hoặc "tet_practice".</source>
        <translation>must be "next_working_day" or "tet_practice".</translation>
    </message>
    <message>
        <source>phải là solar_fixed, lunar_fixed, tet_block hoặc adjacent_day.</source>
        <translation>must be solar_fixed, lunar_fixed, tet_block or adjacent_day.</translation>
    </message>
    <message>
        <source>"tet_practice" chỉ dùng cho quy tắc tet_block.</source>
        <translation>"tet_practice" applies only to a tet_block rule.</translation>
    </message>
    <message>
        <source>tháng %1 không có ngày %2.</source>
        <translation>month %1 has no day %2.</translation>
    </message>
    <message>
        <source>phải là một đối tượng với 7 khóa monday … sunday.</source>
        <translation>must be an object with the 7 keys monday … sunday.</translation>
    </message>
    <message>
        <source>phải là "before" hoặc "after".</source>
        <translation>must be "before" or "after".</translation>
    </message>
    <message>
        <source>Tệp quy tắc ngày nghỉ không phải JSON hợp lệ (vị trí %1: %2).</source>
        <translation>The holiday rules file is not valid JSON (offset %1: %2).</translation>
    </message>
    <message>
        <source>không phải tệp quy tắc ngày nghỉ PostCounter (format postcounter-holiday-rules, format_version 1).</source>
        <translation>not a PostCounter holiday rules file (format postcounter-holiday-rules, format_version 1).</translation>
    </message>
    <message>
        <source>phải có dạng NĂM.SỐ, ví dụ 2026.1.</source>
        <translation>must look like YEAR.NUMBER, e.g. 2026.1.</translation>
    </message>
    <message>
        <source>phải là một danh sách quy tắc không rỗng.</source>
        <translation>must be a non-empty list of rules.</translation>
    </message>
    <message>
        <source>phải là một đối tượng.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>"%1" bị lặp.</source>
        <translation>"%1" is repeated.</translation>
    </message>
    <message>
        <source>Tệp quy tắc ngày nghỉ có lỗi.</source>
        <translation>The holiday rules file has errors.</translation>
    </message>
</context>
<context>
    <name>pc::RunText</name>
    <message>
        <source>Quầy chưa đăng ký với trung tâm (chạy "sync enrol").</source>
        <translation>The counter is not enrolled with the centre (run "sync enrol").</translation>
    </message>
    <message>
        <source>Đã dừng đồng bộ.</source>
        <translation>Synchronisation stopped.</translation>
    </message>
    <message>
        <source>Đã gửi %1 yêu cầu tới trung tâm trong lần đồng bộ này mà chưa xong (trung tâm trả lời bất thường hoặc còn quá nhiều dữ liệu). Dừng tại đây; lần đồng bộ sau sẽ tiếp tục.</source>
        <translation>Sent %1 requests to the centre in this run without finishing (the centre answers oddly or there is too much data). Stopping here; the next run will continue.</translation>
    </message>
    <message>
        <source>Trung tâm không nhận mã thiết bị của quầy. Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>The centre does not accept the counter's device token. Enrol the counter with the centre again.</translation>
    </message>
    <message>
        <source>Trung tâm từ chối vì sự kiện quá lớn (HTTP 413).</source>
        <translation>Refused by the centre: the event is too large (HTTP 413).</translation>
    </message>
    <message>
        <source>Một sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation>One event is too large for the link right now; it will be sent again in the next run.</translation>
    </message>
    <message>
        <source>Trả lời không phải của trung tâm (có thể mạng đòi đăng nhập): %1</source>
        <translation>The answer is not the centre's (the network may require a login): %1</translation>
    </message>
    <message numerus="yes">
        <source>Trung tâm không trả lời về %n sự kiện vừa gửi; các sự kiện này vẫn chờ gửi lại.</source>
        <translation>
            <numerusform>The centre did not answer about the %n event just sent; it is still waiting to be sent again.</numerusform>
            <numerusform>The centre did not answer about the %n events just sent; they are still waiting to be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trung tâm vẫn còn thay đổi sau %1 trang; lần đồng bộ này dừng ở đây, lần sau sẽ đọc tiếp.</source>
        <translation>The centre still has changes after %1 pages; this run stops here and the next one reads on.</translation>
    </message>
    <message>
        <source>Danh sách thay đổi từ trung tâm không hợp lệ: %1</source>
        <translation>The centre's list of changes is not valid: %1</translation>
    </message>
    <message>
        <source>Không lưu được thay đổi từ trung tâm: %1</source>
        <translation>Could not store a change from the centre: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sự kiện quá lớn so với đường truyền lúc này; sẽ gửi lại ở lần đồng bộ sau.</source>
        <translation>
            <numerusform>%n event is too large for the link right now; it will be sent again in the next run.</numerusform>
            <numerusform>%n events are too large for the link right now; they will be sent again in the next run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::ScheduleStoreText</name>
    <message>
        <source>lịch nghỉ lưu trong cơ sở dữ liệu bị hỏng (%1).</source>
        <translation>the schedule stored in the database is damaged (%1).</translation>
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
    <message>
        <source>Năm phải từ %1 đến %2.</source>
        <translation>The year must be from %1 to %2.</translation>
    </message>
    <message>
        <source>Thiếu danh sách ngày nghỉ ("days_off"): lịch nghỉ chính thức phải liệt kê mọi ngày nghỉ của năm.</source>
        <translation>The list of days off ("days_off") is missing: an official schedule must list every day off of its year.</translation>
    </message>
    <message>
        <source>"working_saturdays" phải là một danh sách ngày.</source>
        <translation>"working_saturdays" must be a list of dates.</translation>
    </message>
</context>
<context>
    <name>pc::SecretText</name>
    <message>
        <source>Không đọc được tệp khóa %1.</source>
        <translation>Could not read the key file %1.</translation>
    </message>
    <message>
        <source>Tệp khóa %1 bị hỏng.</source>
        <translation>The key file %1 is damaged.</translation>
    </message>
    <message>
        <source>Không tạo được thư mục %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Không tạo được tệp khóa %1.</source>
        <translation>Could not create the key file %1.</translation>
    </message>
    <message>
        <source>Không ghi được tệp khóa %1: ổ đĩa đầy.</source>
        <translation>Could not write the key file %1: disk full.</translation>
    </message>
    <message>
        <source>Không khởi tạo được thư viện mã hóa (libsodium).</source>
        <translation>Could not initialise the encryption library (libsodium).</translation>
    </message>
    <message>
        <source>Không mở được mã thiết bị đồng bộ trên máy này (cơ sở dữ liệu được chép từ máy khác, hoặc tệp khóa %1 đã mất). Hãy đăng ký lại quầy với trung tâm.</source>
        <translation>The sync device token cannot be opened on this PC (the database was copied from another PC, or the key file %1 was lost). Enrol the counter with the centre again.</translation>
    </message>
</context>
<context>
    <name>pc::SyncStatusText</name>
    <message>
        <source>Không kết nối được tới trung tâm.</source>
        <translation>Could not reach the centre.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Chưa đăng ký với trung tâm</source>
        <translation>Not enrolled with the centre</translation>
    </message>
    <message>
        <source>Hồ sơ vẫn được tiếp nhận và lưu tại quầy. Đăng ký quầy ở menu Đồng bộ khi có mã từ trung tâm.</source>
        <translation>Dossiers are still received and kept at the counter. Enrol the counter from the Sync menu once the centre has given a code.</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Trực tuyến · lần cuối: %1</source>
        <translation>Online · last sync: %1</translation>
    </message>
    <message>
        <source>Ngoại tuyến – sẽ đồng bộ khi có mạng</source>
        <translation>Offline – will sync when the network is back</translation>
    </message>
    <message>
        <source>Hồ sơ vẫn được tiếp nhận và lưu tại quầy; quầy tự gửi khi có mạng. Lần đồng bộ được gần nhất: %1.</source>
        <translation>Dossiers are still received and kept at the counter; they are sent automatically when the network is back. Last successful sync: %1.</translation>
    </message>
    <message>
        <source>Lần thử gần nhất: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n sự kiện bị từ chối</source>
        <translation>
            <numerusform> · %n event refused</numerusform>
            <numerusform> · %n events refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::SyncText</name>
    <message>
        <source>Chưa cấu hình địa chỉ https của trung tâm (chạy "sync enrol").</source>
        <translation>The centre's https address is not configured (run "sync enrol").</translation>
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
        <source>Địa chỉ trung tâm phải là một địa chỉ https:// đầy đủ.</source>
        <translation>The centre's address must be a full https:// address.</translation>
    </message>
    <message>
        <source>Không đọc được tệp chứng chỉ của cơ quan chứng thực: %1</source>
        <translation>Cannot read the certificate authority's file: %1</translation>
    </message>
    <message>
        <source>Tệp %1 không chứa chứng chỉ PEM của cơ quan chứng thực.</source>
        <translation>File %1 holds no PEM certificate of a certificate authority.</translation>
    </message>
    <message>
        <source>Ghim khóa phải gồm đúng 64 ký tự hex (SHA-256).</source>
        <translation>The key pin must be exactly 64 hex characters (SHA-256).</translation>
    </message>
    <message>
        <source>Trạng thái %1 không có trong bảng mã trạng thái quốc gia (1–10).</source>
        <translation>Status %1 is not in the national status code table (1–10).</translation>
    </message>
    <message>
        <source>Quầy không có hồ sơ %1.</source>
        <translation>The counter has no dossier %1.</translation>
    </message>
    <message>
        <source>Không thể chuyển hồ sơ %1 từ "%2" sang "%3".</source>
        <translation>Dossier %1 cannot move from "%2" to "%3".</translation>
    </message>
</context>
<context>
    <name>pc::TextRules</name>
    <message>
        <source>%1 có ký tự Unicode hỏng (nửa cặp mã thay thế), không lưu được: "%2".</source>
        <translation>%1 has a broken Unicode character (half a surrogate pair) and cannot be stored: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự không đọc được (dữ liệu không phải UTF-8 hợp lệ), không lưu được: "%2".</source>
        <translation>%1 has an unreadable character (the data is not valid UTF-8) and cannot be stored: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự điều khiển %3, không lưu được: "%2".</source>
        <translation>%1 has the control character %3 and cannot be stored: "%2".</translation>
    </message>
    <message>
        <source>%1 có ký tự đảo chiều hiển thị %3, làm chữ hiện ra khác với dữ liệu lưu: "%2".</source>
        <translation>%1 has the text-direction override %3, which makes the text display differently from what is stored: "%2".</translation>
    </message>
    <message>
        <source>%1 quá dài: %2 ký tự, tối đa %3: "%4".</source>
        <translation>%1 is too long: %2 characters, at most %3: "%4".</translation>
    </message>
    <message>
        <source>%1 chỉ có ký tự không nhìn thấy được.</source>
        <translation>%1 has only invisible characters.</translation>
    </message>
    <message>
        <source>%1 phải có ít nhất một chữ cái: "%2".</source>
        <translation>%1 must contain at least one letter: "%2".</translation>
    </message>
    <message>
        <source>%1 không có chữ hay số nào: "%2".</source>
        <translation>%1 has no letter or digit: "%2".</translation>
    </message>
</context>
<context>
    <name>pc::TrackingText</name>
    <message>
        <source>Quá hạn: %1 · Đến hạn hôm nay: %2 · Trong 2 ngày làm việc: %3</source>
        <translation>Overdue: %1 · Due today: %2 · Within 2 working days: %3</translation>
    </message>
</context>
<context>
    <name>pc::UsersDialog</name>
    <message>
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Khóa tài khoản</source>
        <translation>&amp;Disable account</translation>
    </message>
    <message>
        <source>&amp;Mở lại tài khoản</source>
        <translation>&amp;Enable account</translation>
    </message>
    <message>
        <source>Đặt mật khẩu &amp;mới…</source>
        <translation>Set a &amp;new password…</translation>
    </message>
    <message>
        <source>Tài khoản mới</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message numerus="yes">
        <source>Mật khẩu (ít nhất %n ký tự):</source>
        <translation>
            <numerusform>Password (at least %n character):</numerusform>
            <numerusform>Password (at least %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tạo tài khoản</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>Đã khóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <source>Mật khẩu mới cho %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>Set a new password for %1.</translation>
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
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
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
        <source>Cách dùng: calendar solar YYYY-MM-DD [--leap]  (ngày Âm lịch)</source>
        <translation>Usage: calendar solar YYYY-MM-DD [--leap]  (a lunar date)</translation>
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
        <source>Cách dùng: parse cccd-qr NỘI_DUNG_MÃ_QR</source>
        <translation>Usage: parse cccd-qr QR_PAYLOAD</translation>
    </message>
    <message>
        <source>Khổ giấy không rõ: %1 (a4, a5, thermal80).</source>
        <translation>Unknown paper layout: %1 (a4, a5, thermal80).</translation>
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
        <source>Ngày "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</source>
        <translation>Invalid date "%1" (YYYY-MM-DD, years 1900–2199).</translation>
    </message>
    <message>
        <source>Ngày Âm lịch "%1" không hợp lệ (YYYY-MM-DD, năm 1900–2199).</source>
        <translation>Invalid lunar date "%1" (YYYY-MM-DD, years 1900–2199).</translation>
    </message>
    <message>
        <source>Cách dùng: calendar holidays NĂM (1900–2199)</source>
        <translation>Usage: calendar holidays YEAR (1900–2199)</translation>
    </message>
    <message>
        <source>Năm %1 theo lịch nghỉ chính thức đã nạp.</source>
        <translation>%1 follows the loaded official schedule.</translation>
    </message>
    <message>
        <source>Năm %1 chưa có lịch nghỉ chính thức: tính theo quy tắc ngày nghỉ phiên bản %2.</source>
        <translation>%1 has no official schedule yet: computed from holiday rules version %2.</translation>
    </message>
    <message>
        <source>Cách dùng: calendar import-rules TỆP.json</source>
        <translation>Usage: calendar import-rules FILE.json</translation>
    </message>
    <message numerus="yes">
        <source>Đã nạp quy tắc ngày nghỉ phiên bản %1 (%n quy tắc).</source>
        <translation>
            <numerusform>Loaded holiday rules version %1 (%n rule).</numerusform>
            <numerusform>Loaded holiday rules version %1 (%n rules).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cách dùng: calendar rules</source>
        <translation>Usage: calendar rules</translation>
    </message>
    <message>
        <source>Cách dùng: calendar lunar|solar|holidays|import|import-rules|rules|working-saturdays …</source>
        <translation>Usage: calendar lunar|solar|holidays|import|import-rules|rules|working-saturdays …</translation>
    </message>
    <message>
        <source>Tệp %1 lớn quá %2 MB, không phải dữ liệu PostCounter.</source>
        <translation>The file %1 is larger than %2 MB; it is not PostCounter data.</translation>
    </message>
    <message>
        <source>Không đọc được đầu vào chuẩn.</source>
        <translation>Could not read standard input.</translation>
    </message>
    <message>
        <source>Không có tệp %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 là một thư mục, không phải tệp dữ liệu.</source>
        <translation>%1 is a folder, not a data file.</translation>
    </message>
    <message>
        <source>%1 không phải tệp thường (có thể là FIFO hay thiết bị); hãy chỉ ra một tệp dữ liệu.</source>
        <translation>%1 is not a regular file (perhaps a FIFO or a device); give a data file.</translation>
    </message>
    <message>
        <source>Không đọc được tệp %1 (không có quyền đọc?).</source>
        <translation>Could not read the file %1 (no read permission?).</translation>
    </message>
    <message>
        <source>Cách dùng: intake --json TỆP [--allow-backdate] ("-" = đọc từ đầu vào chuẩn)</source>
        <translation>Usage: intake --json FILE [--allow-backdate] ("-" = read from standard input)</translation>
    </message>
    <message>
        <source>Phí, lệ phí tùy người nộp (chọn bằng "fee_variant" khi tiếp nhận):</source>
        <translation>Fees depend on the applicant (choose with "fee_variant" at intake):</translation>
    </message>
    <message>
        <source> — phí %1, lệ phí %2</source>
        <translation> — fee %1, charge %2</translation>
    </message>
    <message>
        <source>Cách dùng: check cccd SỐ [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Usage: check cccd NUMBER [--birth-date YYYY-MM-DD] [--gender Nam|Nữ] | check passport NUMBER | check tax-code CODE | check s10 ITEM_ID | check phone NUMBER</translation>
    </message>
    <message>
        <source>Cách dùng: check passport SỐ | check tax-code MÃ | check s10 SỐ_HIỆU | check phone SỐ</source>
        <translation>Usage: check passport NUMBER | check tax-code CODE | check s10 ITEM_ID | check phone NUMBER</translation>
    </message>
    <message>
        <source>Không rõ cần kiểm tra gì: %1 (cccd, passport, tax-code, s10, phone)</source>
        <translation>Unknown check: %1 (cccd, passport, tax-code, s10, phone)</translation>
    </message>
    <message>
        <source>Tạo cơ sở dữ liệu mới: %1 (dùng --db ĐƯỜNG_DẪN để chọn tệp khác)</source>
        <translation>Creating a new database: %1 (use --db PATH to choose another file)</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần do trung tâm cấp: </source>
        <translation>One-time enrolment code issued by the centre: </translation>
    </message>
    <message>
        <source>Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ]</source>
        <translation>Usage: sync --once | sync status | sync quarantine | sync enrol --url URL --ca CA_FILE [--pin SHA256] [--code CODE]</translation>
    </message>
    <message>
        <source>Cách dùng: sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ] (không có --code: đọc mã từ đầu vào chuẩn)</source>
        <translation>Usage: sync enrol --url URL --ca CA_FILE [--pin SHA256] [--code CODE] (without --code: the code is read from standard input)</translation>
    </message>
    <message>
        <source>Chưa có mã đăng ký: nhập mã do trung tâm cấp (hoặc đưa qua đầu vào chuẩn).</source>
        <translation>No enrolment code: enter the code the centre issued (or pass it on standard input).</translation>
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
    <message>
        <source>Cách dùng: list [--status S] [--search "TỪ KHÓA"] [--limit N] [--json]</source>
        <translation>Usage: list [--status S] [--search "WORDS"] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Số dòng tối đa không hợp lệ: %1 (cần một số nguyên dương).</source>
        <translation>Invalid row limit: %1 (a positive whole number is needed).</translation>
    </message>
    <message>
        <source>Cách dùng: handover pending|create|confirm|cancel ...</source>
        <translation>Usage: handover pending|create|confirm|cancel ...</translation>
    </message>
    <message>
        <source>Cách dùng: handover pending [--agency TÊN_CƠ_QUAN]</source>
        <translation>Usage: handover pending [--agency AGENCY_NAME]</translation>
    </message>
    <message>
        <source>Cách dùng: handover create --agency TÊN_CƠ_QUAN [--codes MÃ1,MÃ2,…] --courier "HỌ TÊN" [--receiver "HỌ TÊN"]</source>
        <translation>Usage: handover create --agency AGENCY_NAME [--codes C1,C2,…] --courier "NAME" [--receiver "NAME"]</translation>
    </message>
    <message>
        <source>--codes không có mã hồ sơ nào.</source>
        <translation>--codes names no dossier code.</translation>
    </message>
    <message>
        <source>Cách dùng: handover confirm SỐ_BIÊN_BẢN --by "HỌ TÊN NGƯỜI KÝ NHẬN"</source>
        <translation>Usage: handover confirm HANDOVER_NUMBER --by "NAME OF THE SIGNER"</translation>
    </message>
    <message>
        <source>Cách dùng: handover cancel SỐ_BIÊN_BẢN --reason "LÝ DO"</source>
        <translation>Usage: handover cancel HANDOVER_NUMBER --reason "REASON"</translation>
    </message>
    <message>
        <source>Lệnh handover không rõ: %1 (pending, create, confirm, cancel)</source>
        <translation>Unknown handover command: %1 (pending, create, confirm, cancel)</translation>
    </message>
    <message>
        <source>Cách dùng: reschedule MÃ_HỒ_SƠ --until YYYY-MM-DDTHH:MM --reason "LÝ DO"</source>
        <translation>Usage: reschedule DOSSIER_CODE --until YYYY-MM-DDTHH:MM --reason "REASON"</translation>
    </message>
    <message>
        <source>Ngày hẹn mới không hợp lệ: %1 (dạng YYYY-MM-DDTHH:MM, giờ Việt Nam).</source>
        <translation>Invalid new appointment: %1 (format YYYY-MM-DDTHH:MM, Vietnam time).</translation>
    </message>
    <message>
        <source>Cách dùng: result waiting</source>
        <translation>Usage: result waiting</translation>
    </message>
    <message>
        <source>Cách dùng: result receive MÃ_HỒ_SƠ [--what "KẾT QUẢ"] [--count N] [--from "HỌ TÊN"] [--note "…"] | result waiting</source>
        <translation>Usage: result receive DOSSIER_CODE [--what "RESULT"] [--count N] [--from "NAME"] [--note "…"] | result waiting</translation>
    </message>
    <message>
        <source>Số lượng không hợp lệ: %1.</source>
        <translation>Invalid count: %1.</translation>
    </message>
    <message>
        <source>Cách dùng: return MÃ_HỒ_SƠ --recipient-name "HỌ TÊN" --recipient-id SỐ_GIẤY_TỜ [--authorised-by "GIẤY ỦY QUYỀN"] [--fee SỐ_ĐỒNG]</source>
        <translation>Usage: return DOSSIER_CODE --recipient-name "NAME" --recipient-id ID_NUMBER [--authorised-by "AUTHORISATION"] [--fee DONG]</translation>
    </message>
    <message>
        <source>Số tiền không hợp lệ: %1 (số đồng, không dấu chấm).</source>
        <translation>Invalid amount: %1 (whole dong, no dots).</translation>
    </message>
    <message>
        <source>Cách dùng: dispatch MÃ_HỒ_SƠ --tracking SỐ_HIỆU_S10</source>
        <translation>Usage: dispatch DOSSIER_CODE --tracking S10_NUMBER</translation>
    </message>
    <message>
        <source>Cách dùng: delivery-failed MÃ_HỒ_SƠ --reason "LÝ DO"</source>
        <translation>Usage: delivery-failed DOSSIER_CODE --reason "REASON"</translation>
    </message>
    <message>
        <source>Cách dùng: withdraw MÃ_HỒ_SƠ --reason "LÝ DO"</source>
        <translation>Usage: withdraw DOSSIER_CODE --reason "REASON"</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).</source>
        <translation>Invalid date: %1 (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Cần --date YYYY-MM-DD hoặc --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Give --date YYYY-MM-DD or --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cần --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Give --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cần --date YYYY-MM-DD.</source>
        <translation>Give --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Báo cáo ngày %1</source>
        <translation>Day report %1</translation>
    </message>
    <message>
        <source>Báo cáo từ %1 đến %2</source>
        <translation>Report from %1 to %2</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận: %1</source>
        <translation>Dossiers received: %1</translation>
    </message>
    <message>
        <source>Đã bàn giao cho cơ quan giải quyết: %1</source>
        <translation>Handed over to the deciding agency: %1</translation>
    </message>
    <message>
        <source>Đã trả kết quả: %1</source>
        <translation>Results returned: %1</translation>
    </message>
    <message>
        <source>Quá hạn: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Theo lĩnh vực:</source>
        <translation>Per field:</translation>
    </message>
    <message>
        <source>%1: %2 hồ sơ; %3 hồ sơ thu phí, lệ phí %4</source>
        <translation>%1: %2 dossiers; %3 paying, fees and charges %4</translation>
    </message>
    <message>
        <source>Theo trạng thái hiện tại:</source>
        <translation>Per current status:</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu: %1</source>
        <translation>Fees and charges collected: %1</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung: %1; phiếu từ chối: %2</source>
        <translation>Supplement requests: %1; refusal slips: %2</translation>
    </message>
    <message>
        <source>Sự kiện chờ đồng bộ: %1</source>
        <translation>Events waiting for sync: %1</translation>
    </message>
    <message>
        <source>Cách dùng: report day --date YYYY-MM-DD [--json | --csv TỆP] | report day --from D --to D [--csv TỆP]
           report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv TỆP]</source>
        <translation>Usage: report day --date YYYY-MM-DD [--json | --csv FILE] | report day --from D --to D [--csv FILE]
       report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE]</translation>
    </message>
    <message>
        <source>Đã lưu CSV: %1</source>
        <translation>CSV saved: %1</translation>
    </message>
    <message>
        <source>Cách dùng: print day-report --date YYYY-MM-DD --pdf TỆP.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP.pdf</source>
        <translation>Usage: print day-report --date YYYY-MM-DD --pdf FILE.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE.pdf</translation>
    </message>
    <message>
        <source>Cách dùng: audit verify | audit list [--user TÊN] [--action THAO_TÁC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]</source>
        <translation>Usage: audit verify | audit list [--user NAME] [--action ACTION] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]</translation>
    </message>
    <message>
        <source>Nhật ký kiểm tra bị can thiệp: dòng %1 %2.</source>
        <translation>The audit trail was tampered with: row %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>Nhật ký kiểm tra nguyên vẹn: %n dòng.</source>
        <translation>
            <numerusform>The audit trail is intact: %n row.</numerusform>
            <numerusform>The audit trail is intact: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ngày phải theo dạng YYYY-MM-DD.</source>
        <translation>Dates must be YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Mật khẩu mã hóa bản sao lưu: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <source>Cách dùng: backup create [--to THƯ_MỤC] [--encrypt] | backup verify TỆP | backup restore TỆP
  | backup config [--folder THƯ_MỤC] [--keep N] | backup status
  (--encrypt và tệp .pcbak: mật khẩu đọc từ đầu vào chuẩn)</source>
        <translation>Usage: backup create [--to FOLDER] [--encrypt] | backup verify FILE | backup restore FILE
  | backup config [--folder FOLDER] [--keep N] | backup status
  (--encrypt and .pcbak files: the passphrase is read from standard input)</translation>
    </message>
    <message>
        <source>Đã khôi phục %1 từ %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu cũ được giữ tại %1.</source>
        <translation>The old database was kept at %1.</translation>
    </message>
    <message>
        <source>Nhật ký kiểm toán: %1</source>
        <translation>Audit trail: %1</translation>
    </message>
    <message>
        <source>Chưa có mật khẩu mã hóa (đưa qua đầu vào chuẩn).</source>
        <translation>No passphrase given (pass it on standard input).</translation>
    </message>
    <message>
        <source>--keep phải là một số: %1</source>
        <translation>--keep must be a number: %1</translation>
    </message>
    <message>
        <source>--as %1: %2</source>
        <translation>--as %1: %2</translation>
    </message>
    <message>
        <source>Cách dùng: print receipt MÃ_HỒ_SƠ|supplement SỐ|refusal SỐ --layout a4|a5|thermal80 --pdf TỆP.pdf
           print manifest SỐ_BIÊN_BẢN|control-sheet MÃ_HỒ_SƠ|apology MÃ_HỒ_SƠ|return-slip MÃ_HỒ_SƠ|label MÃ_HỒ_SƠ --pdf TỆP.pdf</source>
        <translation>Usage: print receipt DOSSIER_CODE|supplement NUMBER|refusal NUMBER --layout a4|a5|thermal80 --pdf FILE.pdf
       print manifest HANDOVER_NUMBER|control-sheet DOSSIER_CODE|apology DOSSIER_CODE|return-slip DOSSIER_CODE|label DOSSIER_CODE --pdf FILE.pdf</translation>
    </message>
    <message>
        <source>Phiếu %1 có khổ giấy cố định: bỏ --layout.</source>
        <translation>Form %1 has a fixed paper size: leave out --layout.</translation>
    </message>
    <message>
        <source>Loại phiếu không rõ: %1 (receipt, supplement, refusal, manifest, control-sheet, apology, return-slip, label).</source>
        <translation>Unknown document kind: %1 (receipt, supplement, refusal, manifest, control-sheet, apology, return-slip, label).</translation>
    </message>
    <message>
        <source>Cách dùng: purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]</source>
        <translation>Usage: purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]</translation>
    </message>
    <message>
        <source>Ngày không hợp lệ: %1 (dùng dạng YYYY-MM-DD).</source>
        <translation>Invalid date: %1 (use the form YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--years phải là một số: %1</source>
        <translation>--years must be a number: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hồ sơ đã trả còn sự kiện chưa gửi lên trung tâm: chưa xóa, sẽ xóa ở lần sau.</source>
        <translation>
            <numerusform>%n returned dossier(s) still have events not sent to the centre: not purged, they will be next time.</numerusform>
            <numerusform>%n returned dossier(s) still have events not sent to the centre: not purged, they will be next time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cách dùng: user add TÊN --role clerk|supervisor|admin --name "HỌ TÊN" | user list | user disable TÊN | user enable TÊN | user password TÊN (mật khẩu đọc từ đầu vào chuẩn)</source>
        <translation>Usage: user add NAME --role clerk|supervisor|admin --name "FULL NAME" | user list | user disable NAME | user enable NAME | user password NAME (password read from standard input)</translation>
    </message>
    <message>
        <source>Vai trò không rõ: %1 (clerk, supervisor, admin).</source>
        <translation>Unknown role: %1 (clerk, supervisor, admin).</translation>
    </message>
    <message>
        <source>Không đọc được mật khẩu từ đầu vào chuẩn.</source>
        <translation>Could not read the password from standard input.</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản %1 (%2).</source>
        <translation>Created account %1 (%2).</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản %1.</source>
        <translation>Disabled account %1.</translation>
    </message>
    <message>
        <source>Đã mở lại tài khoản %1.</source>
        <translation>Enabled account %1 again.</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu của %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>Tùy chọn không rõ: %1.</source>
        <translation>Unknown option: %1.</translation>
    </message>
    <message>
        <source>Tùy chọn %1 không nhận giá trị.</source>
        <translation>Option %1 takes no value.</translation>
    </message>
    <message>
        <source>Thiếu giá trị sau tùy chọn %1.</source>
        <translation>Missing value after option %1.</translation>
    </message>
    <message>
        <source>Dòng lệnh không hợp lệ: %1</source>
        <translation>Invalid command line: %1</translation>
    </message>
    <message>
        <source>In hướng dẫn này.</source>
        <translation>Print this help.</translation>
    </message>
    <message>
        <source>In dạng JSON.</source>
        <translation>Print as JSON.</translation>
    </message>
    <message>
        <source>"LÝ DO"</source>
        <translation>"REASON"</translation>
    </message>
    <message>
        <source>Lý do (bắt buộc).</source>
        <translation>Reason (required).</translation>
    </message>
    <message>
        <source>TỆP.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Tệp PDF cần lưu (bắt buộc).</source>
        <translation>PDF file to save (required).</translation>
    </message>
    <message>
        <source>a4|a5|thermal80</source>
        <translation>a4|a5|thermal80</translation>
    </message>
    <message>
        <source>Khổ giấy của giấy biên nhận và phiếu hướng dẫn (mặc định a4); các phiếu khác có khổ cố định.</source>
        <translation>Paper of the receipt and the guidance forms (default a4); the other forms have a fixed paper size.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Một ngày (báo cáo ngày).</source>
        <translation>One day (day report).</translation>
    </message>
    <message>
        <source>Ngày đầu của khoảng thời gian.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>Ngày cuối của khoảng thời gian (tính cả ngày đó).</source>
        <translation>Last day of the period (included).</translation>
    </message>
    <message>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Lưu ra tệp CSV (mở được bằng Excel).</source>
        <translation>Save as a CSV file (opens in Excel).</translation>
    </message>
    <message>
        <source>Tệp hồ sơ JSON ("-": đọc từ đầu vào chuẩn) (bắt buộc).</source>
        <translation>Dossier JSON file ("-": read standard input) (required).</translation>
    </message>
    <message>
        <source>Thiết lập quầy: đơn vị, số quầy, dãy số hồ sơ mỗi ngày.</source>
        <translation>Set up the counter: unit, counter number, daily dossier number range.</translation>
    </message>
    <message>
        <source>MÃ</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Mã định danh của đơn vị (bắt buộc).</source>
        <translation>Identifier code of the unit (required).</translation>
    </message>
    <message>
        <source>TÊN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Tên đơn vị (bắt buộc).</source>
        <translation>Name of the unit (required).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Số quầy (bắt buộc).</source>
        <translation>Counter number (required).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Số đầu của dãy số hồ sơ mỗi ngày.</source>
        <translation>First dossier number of each day.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Số cuối của dãy số hồ sơ mỗi ngày.</source>
        <translation>Last dossier number of each day.</translation>
    </message>
    <message>
        <source>Danh mục thủ tục hành chính.</source>
        <translation>Catalogue of administrative procedures.</translation>
    </message>
    <message>
        <source>Các lĩnh vực và cơ quan giải quyết.</source>
        <translation>Fields and the agencies that decide them.</translation>
    </message>
    <message>
        <source>TỪ KHÓA…</source>
        <translation>KEYWORDS…</translation>
    </message>
    <message>
        <source>Tìm thủ tục theo tên (không cần dấu).</source>
        <translation>Find procedures by name (diacritics optional).</translation>
    </message>
    <message>
        <source>Chi tiết một thủ tục: thời hạn, phí, thành phần hồ sơ.</source>
        <translation>Details of one procedure: time limit, fees, required documents.</translation>
    </message>
    <message>
        <source>Tiếp nhận một hồ sơ; in mã hồ sơ và ngày hẹn trả.</source>
        <translation>Register a dossier; prints its code and appointment.</translation>
    </message>
    <message>
        <source>Cho phép thời điểm tiếp nhận đã qua (nhập lại hồ sơ giấy).</source>
        <translation>Allow a receipt time in the past (re-entering paper dossiers).</translation>
    </message>
    <message>
        <source>Danh sách hồ sơ, mới nhất trước.</source>
        <translation>List dossiers, newest first.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Chỉ hồ sơ ở trạng thái này (mã 1–10 hoặc received, in_progress, …).</source>
        <translation>Only dossiers in this status (code 1–10 or received, in_progress, …).</translation>
    </message>
    <message>
        <source>"TỪ"</source>
        <translation>"WORDS"</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã hồ sơ, số giấy tờ hay số điện thoại, như ô tìm kiếm của cửa sổ.</source>
        <translation>Search by name, dossier code, ID number or phone, like the window's search box.</translation>
    </message>
    <message>
        <source>Số dòng tối đa (mặc định: tất cả; 200 khi tìm kiếm).</source>
        <translation>Maximum number of rows (default: all; 200 when searching).</translation>
    </message>
    <message>
        <source>MÃ_HỒ_SƠ</source>
        <translation>DOSSIER_CODE</translation>
    </message>
    <message>
        <source>Toàn bộ một hồ sơ và các bước đã qua, dạng JSON.</source>
        <translation>A whole dossier and its steps so far, as JSON.</translation>
    </message>
    <message>
        <source>In dạng JSON (dạng duy nhất).</source>
        <translation>Print as JSON (the only form).</translation>
    </message>
    <message>
        <source>Lịch Âm, ngày nghỉ, ngày làm bù.</source>
        <translation>Lunar calendar, days off, make-up working days.</translation>
    </message>
    <message>
        <source>Đổi ngày Dương lịch sang Âm lịch.</source>
        <translation>Convert a solar date to the lunar calendar.</translation>
    </message>
    <message>
        <source>Đổi ngày Âm lịch sang Dương lịch.</source>
        <translation>Convert a lunar date to the solar calendar.</translation>
    </message>
    <message>
        <source>Ngày thuộc tháng nhuận.</source>
        <translation>The day is in a leap month.</translation>
    </message>
    <message>
        <source>NĂM</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Các ngày nghỉ của một năm.</source>
        <translation>Days off of a year.</translation>
    </message>
    <message>
        <source>Các ngày thứ Bảy làm bù của một năm.</source>
        <translation>Make-up working Saturdays of a year.</translation>
    </message>
    <message>
        <source>Nạp lịch nghỉ chính thức của một năm.</source>
        <translation>Load the official holiday schedule of a year.</translation>
    </message>
    <message>
        <source>Nạp bộ quy tắc ngày nghỉ mới.</source>
        <translation>Load a new holiday rule set.</translation>
    </message>
    <message>
        <source>Bộ quy tắc ngày nghỉ đang dùng.</source>
        <translation>The holiday rule set in use.</translation>
    </message>
    <message>
        <source>Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn.</source>
        <translation>Compute the appointment from the receipt time and the time limit.</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>Thời điểm tiếp nhận, giờ Việt Nam (bắt buộc).</source>
        <translation>Receipt time, Vietnam time (required).</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng ngày làm việc.</source>
        <translation>Time limit in working days.</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng giờ làm việc.</source>
        <translation>Time limit in working hours.</translation>
    </message>
    <message>
        <source>Thời hạn tính bằng ngày theo lịch.</source>
        <translation>Time limit in calendar days.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Giờ chốt nhận hồ sơ trong ngày.</source>
        <translation>Daily cut-off time for receiving dossiers.</translation>
    </message>
    <message>
        <source>Kiểm tra một số giấy tờ, số hiệu hay số điện thoại.</source>
        <translation>Check an ID number, a tracking number or a phone number.</translation>
    </message>
    <message>
        <source>SỐ</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>Kiểm tra số căn cước (CCCD).</source>
        <translation>Check a citizen ID number (CCCD).</translation>
    </message>
    <message>
        <source>Ngày sinh để đối chiếu.</source>
        <translation>Birth date to compare with.</translation>
    </message>
    <message>
        <source>Nam|Nữ</source>
        <translation>Nam|Nữ</translation>
    </message>
    <message>
        <source>Giới tính để đối chiếu.</source>
        <translation>Gender to compare with.</translation>
    </message>
    <message>
        <source>Kiểm tra số hộ chiếu.</source>
        <translation>Check a passport number.</translation>
    </message>
    <message>
        <source>MÃ_SỐ_THUẾ</source>
        <translation>TAX_CODE</translation>
    </message>
    <message>
        <source>Kiểm tra mã số thuế.</source>
        <translation>Check a tax code.</translation>
    </message>
    <message>
        <source>SỐ_HIỆU</source>
        <translation>TRACKING_NUMBER</translation>
    </message>
    <message>
        <source>Kiểm tra số hiệu bưu gửi S10.</source>
        <translation>Check an S10 postal tracking number.</translation>
    </message>
    <message>
        <source>Kiểm tra số điện thoại.</source>
        <translation>Check a phone number.</translation>
    </message>
    <message>
        <source>Đọc nội dung mã QR.</source>
        <translation>Read the content of a QR code.</translation>
    </message>
    <message>
        <source>NỘI_DUNG</source>
        <translation>CONTENT</translation>
    </message>
    <message>
        <source>Đọc nội dung mã QR trên thẻ căn cước, in dạng JSON.</source>
        <translation>Read the QR code of a citizen ID card, print it as JSON.</translation>
    </message>
    <message>
        <source>Xuất giấy tờ ra tệp PDF.</source>
        <translation>Render forms to PDF files.</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</source>
        <translation>Receipt and appointment slip.</translation>
    </message>
    <message>
        <source>SỐ_PHIẾU</source>
        <translation>FORM_NUMBER</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.</source>
        <translation>Request to supplement the dossier.</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận hồ sơ.</source>
        <translation>Refusal to receive the dossier.</translation>
    </message>
    <message>
        <source>SỐ_BIÊN_BẢN</source>
        <translation>HANDOVER_NUMBER</translation>
    </message>
    <message>
        <source>Biên bản bàn giao hồ sơ.</source>
        <translation>Dossier handover record.</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ.</source>
        <translation>Dossier processing control sheet.</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả.</source>
        <translation>Apology and new appointment slip.</translation>
    </message>
    <message>
        <source>Phiếu trả kết quả tại quầy.</source>
        <translation>Result return slip at the counter.</translation>
    </message>
    <message>
        <source>Nhãn gửi kết quả qua bưu chính.</source>
        <translation>Label for sending the result by post.</translation>
    </message>
    <message>
        <source>Báo cáo ngày ra PDF.</source>
        <translation>Day report as PDF.</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ ra PDF.</source>
        <translation>Dossier ledger as PDF.</translation>
    </message>
    <message>
        <source>Phiếu hướng dẫn: yêu cầu bổ sung hoặc từ chối.</source>
        <translation>Guidance forms: supplement request or refusal.</translation>
    </message>
    <message>
        <source>Lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; in số phiếu.</source>
        <translation>Record a request to supplement the dossier; prints the form number.</translation>
    </message>
    <message>
        <source>LÝ_DO</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung.</source>
        <translation>What must be supplemented.</translation>
    </message>
    <message>
        <source>LIÊN_HỆ</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>Người và số điện thoại liên hệ (mặc định: theo cài đặt của bưu cục).</source>
        <translation>Contact person and phone (default: the office settings).</translation>
    </message>
    <message>
        <source>Lập phiếu từ chối tiếp nhận hồ sơ; in số phiếu.</source>
        <translation>Record a refusal to receive the dossier; prints the form number.</translation>
    </message>
    <message>
        <source>Bàn giao hồ sơ cho cơ quan giải quyết.</source>
        <translation>Hand dossiers over to the deciding agency.</translation>
    </message>
    <message>
        <source>Hồ sơ chờ bàn giao, theo cơ quan.</source>
        <translation>Dossiers waiting for handover, by agency.</translation>
    </message>
    <message>
        <source>TÊN_CƠ_QUAN</source>
        <translation>AGENCY_NAME</translation>
    </message>
    <message>
        <source>Chỉ hồ sơ của cơ quan này.</source>
        <translation>Only dossiers of this agency.</translation>
    </message>
    <message>
        <source>Lập biên bản bàn giao; in số biên bản và số hồ sơ.</source>
        <translation>Create a handover record; prints its number and dossier count.</translation>
    </message>
    <message>
        <source>Cơ quan nhận hồ sơ (bắt buộc).</source>
        <translation>Agency receiving the dossiers (required).</translation>
    </message>
    <message>
        <source>MÃ1,MÃ2,…</source>
        <translation>CODE1,CODE2,…</translation>
    </message>
    <message>
        <source>Chỉ các hồ sơ này (mặc định: mọi hồ sơ chờ bàn giao cho cơ quan).</source>
        <translation>Only these dossiers (default: every dossier waiting for the agency).</translation>
    </message>
    <message>
        <source>"HỌ TÊN"</source>
        <translation>"FULL NAME"</translation>
    </message>
    <message>
        <source>Người chuyển hồ sơ (bắt buộc).</source>
        <translation>Courier carrying the dossiers (required).</translation>
    </message>
    <message>
        <source>Người nhận của cơ quan.</source>
        <translation>Receiver at the agency.</translation>
    </message>
    <message>
        <source>Xác nhận cơ quan đã ký nhận biên bản.</source>
        <translation>Confirm the agency signed the handover record.</translation>
    </message>
    <message>
        <source>Người ký nhận (bắt buộc).</source>
        <translation>Person who signed (required).</translation>
    </message>
    <message>
        <source>Hủy biên bản chưa ký nhận.</source>
        <translation>Cancel an unsigned handover record.</translation>
    </message>
    <message>
        <source>Hẹn lại ngày trả kết quả.</source>
        <translation>Reschedule the result appointment.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới, giờ Việt Nam (bắt buộc).</source>
        <translation>New appointment, Vietnam time (required).</translation>
    </message>
    <message>
        <source>Kết quả giải quyết từ cơ quan.</source>
        <translation>Results from the deciding agency.</translation>
    </message>
    <message>
        <source>Ghi nhận kết quả cơ quan trả về quầy.</source>
        <translation>Record a result the agency returned to the counter.</translation>
    </message>
    <message>
        <source>"KẾT QUẢ"</source>
        <translation>"RESULT"</translation>
    </message>
    <message>
        <source>Kết quả nhận được.</source>
        <translation>Result received.</translation>
    </message>
    <message>
        <source>Số lượng.</source>
        <translation>Quantity.</translation>
    </message>
    <message>
        <source>Người giao kết quả.</source>
        <translation>Person who delivered the result.</translation>
    </message>
    <message>
        <source>"…"</source>
        <translation>"…"</translation>
    </message>
    <message>
        <source>Ghi chú.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>Kết quả đang chờ người nộp đến nhận.</source>
        <translation>Results waiting for the applicant to collect.</translation>
    </message>
    <message>
        <source>Trả kết quả cho người nộp tại quầy.</source>
        <translation>Return the result to the applicant at the counter.</translation>
    </message>
    <message>
        <source>Người nhận kết quả (bắt buộc).</source>
        <translation>Person collecting the result (required).</translation>
    </message>
    <message>
        <source>SỐ_GIẤY_TỜ</source>
        <translation>ID_NUMBER</translation>
    </message>
    <message>
        <source>Số giấy tờ của người nhận (bắt buộc).</source>
        <translation>ID number of the person collecting (required).</translation>
    </message>
    <message>
        <source>"GIẤY ỦY QUYỀN"</source>
        <translation>"AUTHORISATION"</translation>
    </message>
    <message>
        <source>Giấy ủy quyền khi người nhận không phải người nộp.</source>
        <translation>Authorisation when the collector is not the applicant.</translation>
    </message>
    <message>
        <source>SỐ_ĐỒNG</source>
        <translation>DONG</translation>
    </message>
    <message>
        <source>Số tiền thu khi trả, tính bằng đồng.</source>
        <translation>Amount collected on return, in đồng.</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính.</source>
        <translation>Send the result by post.</translation>
    </message>
    <message>
        <source>SỐ_HIỆU_S10</source>
        <translation>S10_NUMBER</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi (bắt buộc).</source>
        <translation>Postal tracking number (required).</translation>
    </message>
    <message>
        <source>Ghi nhận phát kết quả không thành công.</source>
        <translation>Record a failed delivery of the result.</translation>
    </message>
    <message>
        <source>Người nộp rút hồ sơ.</source>
        <translation>The applicant withdraws the dossier.</translation>
    </message>
    <message>
        <source>Báo cáo cuối ngày và sổ theo dõi hồ sơ.</source>
        <translation>End-of-day report and dossier ledger.</translation>
    </message>
    <message>
        <source>Báo cáo một ngày (--date) hoặc một khoảng (--from, --to).</source>
        <translation>Report of one day (--date) or a period (--from, --to).</translation>
    </message>
    <message>
        <source>Sổ theo dõi hồ sơ của một khoảng (--from, --to).</source>
        <translation>Dossier ledger of a period (--from, --to).</translation>
    </message>
    <message>
        <source>Cài đặt của bưu cục in trên giấy tờ.</source>
        <translation>Office settings printed on the forms.</translation>
    </message>
    <message>
        <source>KHÓA</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>In giá trị một cài đặt.</source>
        <translation>Print the value of a setting.</translation>
    </message>
    <message>
        <source>KHÓA GIÁ_TRỊ</source>
        <translation>KEY VALUE</translation>
    </message>
    <message>
        <source>Đặt giá trị một cài đặt.</source>
        <translation>Set the value of a setting.</translation>
    </message>
    <message>
        <source>Mọi cài đặt và giá trị.</source>
        <translation>Every setting and its value.</translation>
    </message>
    <message>
        <source>Đồng bộ với trung tâm tỉnh: --once chạy một lần.</source>
        <translation>Synchronise with the provincial centre: --once runs once.</translation>
    </message>
    <message>
        <source>Gửi sự kiện chờ và nhận thay đổi, một lần.</source>
        <translation>Send pending events and receive changes, once.</translation>
    </message>
    <message>
        <source>Số lần thử tối đa khi mạng lỗi.</source>
        <translation>Maximum attempts when the network fails.</translation>
    </message>
    <message>
        <source>Số sự kiện chờ gửi, bị cách ly, lần đồng bộ thành công cuối.</source>
        <translation>Pending and quarantined events, last successful sync.</translation>
    </message>
    <message>
        <source>Sự kiện và thay đổi bị cách ly.</source>
        <translation>Quarantined events and changes.</translation>
    </message>
    <message>
        <source>Đăng ký quầy với trung tâm (mã đăng ký từ --code hoặc đầu vào chuẩn).</source>
        <translation>Enrol the counter with the centre (enrolment code from --code or standard input).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Địa chỉ của trung tâm (bắt buộc).</source>
        <translation>Address of the centre (required).</translation>
    </message>
    <message>
        <source>Mã đăng ký một lần do trung tâm cấp (không có: đọc từ đầu vào chuẩn).</source>
        <translation>One-time enrolment code issued by the centre (absent: read from standard input).</translation>
    </message>
    <message>
        <source>TỆP_CA</source>
        <translation>CA_FILE</translation>
    </message>
    <message>
        <source>Chứng chỉ CA của trung tâm (bắt buộc).</source>
        <translation>CA certificate of the centre (required).</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>SHA-256 (hex) của khóa công khai máy chủ trung tâm.</source>
        <translation>SHA-256 (hex) of the centre server's public key.</translation>
    </message>
    <message>
        <source>Sao lưu và khôi phục cơ sở dữ liệu.</source>
        <translation>Back up and restore the database.</translation>
    </message>
    <message>
        <source>Tạo bản sao lưu; in đường dẫn tệp.</source>
        <translation>Create a backup; prints the file path.</translation>
    </message>
    <message>
        <source>THƯ_MỤC</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>Thư mục lưu (mặc định: theo cấu hình).</source>
        <translation>Folder to save in (default: as configured).</translation>
    </message>
    <message>
        <source>Mã hóa bản sao lưu (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Encrypt the backup (passphrase from standard input).</translation>
    </message>
    <message>
        <source>Kiểm tra một bản sao lưu (tệp .pcbak: mật khẩu từ đầu vào chuẩn).</source>
        <translation>Verify a backup (.pcbak file: passphrase from standard input).</translation>
    </message>
    <message>
        <source>Khôi phục từ một bản sao lưu; giữ lại cơ sở dữ liệu cũ.</source>
        <translation>Restore from a backup; the old database is kept.</translation>
    </message>
    <message>
        <source>Xem hoặc đặt thư mục và số bản sao lưu giữ lại.</source>
        <translation>Show or set the backup folder and how many backups are kept.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu.</source>
        <translation>Backup folder.</translation>
    </message>
    <message>
        <source>Số bản giữ lại.</source>
        <translation>Number of backups kept.</translation>
    </message>
    <message>
        <source>Thư mục và lần sao lưu cuối.</source>
        <translation>Backup folder and last backup.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã trả quá thời hạn lưu giữ.</source>
        <translation>Delete returned dossiers past the retention period.</translation>
    </message>
    <message>
        <source>Xóa hồ sơ đã kết thúc trước ngày này (bắt buộc).</source>
        <translation>Delete dossiers closed before this day (required).</translation>
    </message>
    <message>
        <source>Chỉ đếm, không xóa gì.</source>
        <translation>Only count, delete nothing.</translation>
    </message>
    <message>
        <source>Xem hoặc đặt thời hạn lưu giữ.</source>
        <translation>Show or set the retention period.</translation>
    </message>
    <message>
        <source>Số năm lưu giữ.</source>
        <translation>Years of retention.</translation>
    </message>
    <message>
        <source>Tài khoản giao dịch viên.</source>
        <translation>Clerk accounts.</translation>
    </message>
    <message>
        <source>Tạo tài khoản (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Create an account (password from standard input).</translation>
    </message>
    <message>
        <source>clerk|supervisor|admin</source>
        <translation>clerk|supervisor|admin</translation>
    </message>
    <message>
        <source>Vai trò (bắt buộc).</source>
        <translation>Role (required).</translation>
    </message>
    <message>
        <source>Họ tên (bắt buộc).</source>
        <translation>Full name (required).</translation>
    </message>
    <message>
        <source>Danh sách tài khoản.</source>
        <translation>List accounts.</translation>
    </message>
    <message>
        <source>Khóa một tài khoản.</source>
        <translation>Disable an account.</translation>
    </message>
    <message>
        <source>Mở lại một tài khoản.</source>
        <translation>Enable an account again.</translation>
    </message>
    <message>
        <source>Đổi mật khẩu (mật khẩu từ đầu vào chuẩn).</source>
        <translation>Change a password (password from standard input).</translation>
    </message>
    <message>
        <source>Nhật ký kiểm toán.</source>
        <translation>Audit trail.</translation>
    </message>
    <message>
        <source>Kiểm tra nhật ký kiểm toán có nguyên vẹn không.</source>
        <translation>Check that the audit trail is intact.</translation>
    </message>
    <message>
        <source>Các dòng nhật ký kiểm toán.</source>
        <translation>Rows of the audit trail.</translation>
    </message>
    <message>
        <source>Chỉ thao tác của tài khoản này.</source>
        <translation>Only actions of this account.</translation>
    </message>
    <message>
        <source>THAO_TÁC</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Chỉ thao tác bắt đầu bằng tên này.</source>
        <translation>Only actions starting with this name.</translation>
    </message>
    <message>
        <source>In dạng CSV.</source>
        <translation>Print as CSV.</translation>
    </message>
    <message>
        <source>TÙY_CHỌN_CHUNG</source>
        <translation>GLOBAL_OPTIONS</translation>
    </message>
    <message>
        <source>LỆNH_CON</source>
        <translation>SUBCOMMAND</translation>
    </message>
    <message>
        <source>[TÙY_CHỌN]</source>
        <translation>[OPTIONS]</translation>
    </message>
    <message>
        <source>Cách dùng: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Lệnh con (postcounter-cli %1 LỆNH_CON --help: tùy chọn của từng lệnh):</source>
        <translation>Subcommands (postcounter-cli %1 SUBCOMMAND --help: the options of each):</translation>
    </message>
    <message>
        <source>Tùy chọn:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>ĐƯỜNG_DẪN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Tệp cơ sở dữ liệu của quầy (mặc định: tệp của ứng dụng trên máy này).</source>
        <translation>Database file of the counter (default: the application's file on this machine).</translation>
    </message>
    <message>
        <source>TÊN_ĐĂNG_NHẬP</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>Thực hiện lệnh với tư cách tài khoản này.</source>
        <translation>Run the command as this account.</translation>
    </message>
    <message>
        <source>Ghi cả dòng gỡ lỗi vào nhật ký chẩn đoán và ra stderr.</source>
        <translation>Write debug lines too, to the diagnostic log and to stderr.</translation>
    </message>
    <message>
        <source>In số phiên bản.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Cách dùng của chương trình, hoặc của một lệnh.</source>
        <translation>Usage of the program, or of one command.</translation>
    </message>
    <message>
        <source>Cách dùng: postcounter-cli [TÙY_CHỌN_CHUNG] LỆNH [ĐỐI_SỐ…] [TÙY_CHỌN…]</source>
        <translation>Usage: postcounter-cli [GLOBAL_OPTIONS] COMMAND [ARGUMENTS…] [OPTIONS…]</translation>
    </message>
    <message>
        <source>Tùy chọn chung (đặt trước LỆNH):</source>
        <translation>Global options (before COMMAND):</translation>
    </message>
    <message>
        <source>Lệnh:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>postcounter-cli LỆNH --help: đối số và tùy chọn của lệnh.
Mã thoát: 0 thành công; 2 dữ liệu sai hoặc bị từ chối (không ghi gì); 1 lỗi nội bộ; 3 không kết nối được trung tâm.</source>
        <translation>postcounter-cli COMMAND --help: the command's arguments and options.
Exit codes: 0 success; 2 bad input or refused (nothing written); 1 internal error; 3 centre unreachable.</translation>
    </message>
    <message>
        <source>Xem: postcounter-cli %1 --help</source>
        <translation>See: postcounter-cli %1 --help</translation>
    </message>
    <message>
        <source>Xem: postcounter-cli --help</source>
        <translation>See: postcounter-cli --help</translation>
    </message>
</context>
<context>
    <name>pc::sql::StorageText</name>
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
        <source>Ổ đĩa đầy, không ghi thêm được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.</source>
        <translation>The disk is full; nothing more can be written. Free some space and try again; saved data is not lost.</translation>
    </message>
    <message>
        <source>Nơi lưu dữ liệu chỉ cho phép đọc (ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi), không ghi được.</source>
        <translation>The data location is read-only (a read-only disk or folder, or no write permission); nothing can be written.</translation>
    </message>
    <message>
        <source>Không mở được tệp cơ sở dữ liệu (thư mục không có hoặc không có quyền).</source>
        <translation>Could not open the database file (the folder is missing or not accessible).</translation>
    </message>
    <message>
        <source>Máy hết bộ nhớ. Hãy đóng bớt chương trình rồi thử lại.</source>
        <translation>The computer is out of memory. Close some programs and try again.</translation>
    </message>
    <message>
        <source>Dữ liệu trái ràng buộc của cơ sở dữ liệu (ví dụ trùng mã).</source>
        <translation>The data breaks a database constraint (e.g. a duplicate code).</translation>
    </message>
    <message>
        <source>lỗi cơ sở dữ liệu mã %1; chi tiết đã ghi vào nhật ký.</source>
        <translation>database error code %1; the details are in the log.</translation>
    </message>
</context>
</TS>
