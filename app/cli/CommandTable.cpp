#include "CommandTable.h"
#include "Cli.h"

#include <QCoreApplication>

// Texts are QT_TRANSLATE_NOOP literals (lupdate reads them; a shorter macro would hide them),
// translated when the help prints them.
namespace pc::cli {
namespace {

// Options shared by several commands.
const OptionSpec kJsonFlag{"json", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "In dạng JSON.")};
const OptionSpec kReason{"reason", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"LÝ DO\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Lý do (bắt buộc).")};
const OptionSpec kPdf{"pdf", QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP.pdf"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tệp PDF cần lưu (bắt buộc).")};
const OptionSpec kLayout{"layout", QT_TRANSLATE_NOOP("pc::cli::CliText", "a4|a5|thermal80"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Khổ giấy của giấy biên nhận và phiếu hướng dẫn (mặc định a4); các phiếu khác có khổ cố định.")};
const OptionSpec kDate{"date", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Một ngày (báo cáo ngày).")};
const OptionSpec kFrom{"from", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ngày đầu của khoảng thời gian.")};
const OptionSpec kTo{"to", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ngày cuối của khoảng thời gian (tính cả ngày đó).")};
const OptionSpec kCsvFile{"csv", QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Lưu ra tệp CSV (mở được bằng Excel).")};
const OptionSpec kDraftFile{"json", QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tệp hồ sơ JSON (\"-\": đọc từ đầu vào chuẩn) (bắt buộc).")};

const QList<OptionSpec> kPrintForm{kLayout, kPdf};
const QList<OptionSpec> kPeriodPdf{kDate, kFrom, kTo, kPdf};

QList<CommandSpec> buildTable()
{
    return {
        {QStringLiteral("setup"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Thiết lập quầy: đơn vị, số quầy, dãy số hồ sơ mỗi ngày."),
         {{"unit-id", QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Mã định danh của đơn vị (bắt buộc).")},
          {"unit-name", QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tên đơn vị (bắt buộc).")},
          {"counter", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số quầy (bắt buộc).")},
          {"range-start", QT_TRANSLATE_NOOP("pc::cli::CliText", "A"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số đầu của dãy số hồ sơ mỗi ngày.")},
          {"range-end", QT_TRANSLATE_NOOP("pc::cli::CliText", "B"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số cuối của dãy số hồ sơ mỗi ngày.")}},
         runSetup},

        {QStringLiteral("catalogue"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Danh mục thủ tục hành chính."), {}, runCatalogue},
        {QStringLiteral("catalogue fields"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Các lĩnh vực và cơ quan giải quyết."), {}, runCatalogue},
        {QStringLiteral("catalogue search"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TỪ KHÓA…"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tìm thủ tục theo tên (không cần dấu)."), {}, runCatalogue},
        {QStringLiteral("catalogue show"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chi tiết một thủ tục: thời hạn, phí, thành phần hồ sơ."), {kJsonFlag}, runCatalogue},

        {QStringLiteral("intake"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Tiếp nhận một hồ sơ; in mã hồ sơ và ngày hẹn trả."),
         {kDraftFile, {"allow-backdate", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Cho phép thời điểm tiếp nhận đã qua (nhập lại hồ sơ giấy).")}}, runIntake},
        {QStringLiteral("list"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Danh sách hồ sơ, mới nhất trước."),
         {{"status", QT_TRANSLATE_NOOP("pc::cli::CliText", "S"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ hồ sơ ở trạng thái này (mã 1–10 hoặc received, in_progress, …).")},
          {"search", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"TỪ\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tìm theo tên, mã hồ sơ, số giấy tờ hay số điện thoại, như ô tìm kiếm của cửa sổ.")},
          {"limit", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số dòng tối đa (mặc định: tất cả; 200 khi tìm kiếm).")},
          kJsonFlag},
         runList},
        {QStringLiteral("show"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Toàn bộ một hồ sơ và các bước đã qua, dạng JSON."),
         {{"json", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "In dạng JSON (dạng duy nhất).")}}, runShow},

        {QStringLiteral("calendar"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Lịch Âm, ngày nghỉ, ngày làm bù."), {}, runCalendar},
        {QStringLiteral("calendar lunar"), QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Đổi ngày Dương lịch sang Âm lịch."), {}, runCalendar},
        {QStringLiteral("calendar solar"), QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Đổi ngày Âm lịch sang Dương lịch."),
         {{"leap", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Ngày thuộc tháng nhuận.")}}, runCalendar},
        {QStringLiteral("calendar holidays"), QT_TRANSLATE_NOOP("pc::cli::CliText", "NĂM"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Các ngày nghỉ của một năm."), {}, runCalendar},
        {QStringLiteral("calendar working-saturdays"), QT_TRANSLATE_NOOP("pc::cli::CliText", "NĂM"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Các ngày thứ Bảy làm bù của một năm."), {}, runCalendar},
        {QStringLiteral("calendar import"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Nạp lịch nghỉ chính thức của một năm."), {}, runCalendar},
        {QStringLiteral("calendar import-rules"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Nạp bộ quy tắc ngày nghỉ mới."), {}, runCalendar},
        {QStringLiteral("calendar rules"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Bộ quy tắc ngày nghỉ đang dùng."), {}, runCalendar},
        {QStringLiteral("deadline"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Tính ngày hẹn trả từ thời điểm tiếp nhận và thời hạn."),
         {{"received", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DDTHH:MM"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thời điểm tiếp nhận, giờ Việt Nam (bắt buộc).")},
          {"days", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thời hạn tính bằng ngày làm việc.")},
          {"hours", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thời hạn tính bằng giờ làm việc.")},
          {"calendar-days", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thời hạn tính bằng ngày theo lịch.")},
          {"cutoff", QT_TRANSLATE_NOOP("pc::cli::CliText", "HH:MM"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Giờ chốt nhận hồ sơ trong ngày.")}},
         runDeadline},

        {QStringLiteral("check"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra một số giấy tờ, số hiệu hay số điện thoại."), {}, runCheck},
        {QStringLiteral("check cccd"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra số căn cước (CCCD)."),
         {{"birth-date", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ngày sinh để đối chiếu.")}, {"gender", QT_TRANSLATE_NOOP("pc::cli::CliText", "Nam|Nữ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Giới tính để đối chiếu.")}}, runCheck},
        {QStringLiteral("check passport"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra số hộ chiếu."), {}, runCheck},
        {QStringLiteral("check tax-code"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_SỐ_THUẾ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra mã số thuế."), {}, runCheck},
        {QStringLiteral("check s10"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_HIỆU"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra số hiệu bưu gửi S10."), {}, runCheck},
        {QStringLiteral("check phone"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra số điện thoại."), {}, runCheck},
        {QStringLiteral("parse"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Đọc nội dung mã QR."), {}, runParse},
        {QStringLiteral("parse cccd-qr"), QT_TRANSLATE_NOOP("pc::cli::CliText", "NỘI_DUNG"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Đọc nội dung mã QR trên thẻ căn cước, in dạng JSON."), {}, runParse},

        {QStringLiteral("print"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Xuất giấy tờ ra tệp PDF."), {}, runPrint},
        {QStringLiteral("print receipt"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả."), kPrintForm, runPrint},
        {QStringLiteral("print supplement"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_PHIẾU"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ."), kPrintForm, runPrint},
        {QStringLiteral("print refusal"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_PHIẾU"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu từ chối tiếp nhận hồ sơ."), kPrintForm, runPrint},
        {QStringLiteral("print manifest"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_BIÊN_BẢN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Biên bản bàn giao hồ sơ."), kPrintForm, runPrint},
        {QStringLiteral("print control-sheet"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu kiểm soát quá trình giải quyết hồ sơ."), kPrintForm, runPrint},
        {QStringLiteral("print apology"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu xin lỗi và hẹn lại ngày trả kết quả."), kPrintForm, runPrint},
        {QStringLiteral("print return-slip"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu trả kết quả tại quầy."), kPrintForm, runPrint},
        {QStringLiteral("print label"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Nhãn gửi kết quả qua bưu chính."), kPrintForm, runPrint},
        {QStringLiteral("print day-report"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Báo cáo ngày ra PDF."), kPeriodPdf, runPrint},
        {QStringLiteral("print ledger"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Sổ theo dõi hồ sơ ra PDF."), kPeriodPdf, runPrint},

        {QStringLiteral("guidance"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Phiếu hướng dẫn: yêu cầu bổ sung hoặc từ chối."), {}, runGuidance},
        {QStringLiteral("guidance supplement"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; in số phiếu."),
         {kDraftFile, {"reason", QT_TRANSLATE_NOOP("pc::cli::CliText", "LÝ_DO"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Nội dung cần bổ sung.")},
          {"contact", QT_TRANSLATE_NOOP("pc::cli::CliText", "LIÊN_HỆ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người và số điện thoại liên hệ (mặc định: theo cài đặt của bưu cục).")}},
         runGuidance},
        {QStringLiteral("guidance refusal"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Lập phiếu từ chối tiếp nhận hồ sơ; in số phiếu."), {kDraftFile, kReason}, runGuidance},

        {QStringLiteral("handover"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Bàn giao hồ sơ cho cơ quan giải quyết."), {}, runHandover},
        {QStringLiteral("handover pending"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Hồ sơ chờ bàn giao, theo cơ quan."),
         {{"agency", QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN_CƠ_QUAN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ hồ sơ của cơ quan này.")}}, runHandover},
        {QStringLiteral("handover create"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Lập biên bản bàn giao; in số biên bản và số hồ sơ."),
         {{"agency", QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN_CƠ_QUAN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Cơ quan nhận hồ sơ (bắt buộc).")},
          {"codes", QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ1,MÃ2,…"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ các hồ sơ này (mặc định: mọi hồ sơ chờ bàn giao cho cơ quan).")},
          {"courier", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người chuyển hồ sơ (bắt buộc).")},
          {"receiver", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người nhận của cơ quan.")}},
         runHandover},
        {QStringLiteral("handover confirm"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_BIÊN_BẢN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Xác nhận cơ quan đã ký nhận biên bản."),
         {{"by", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người ký nhận (bắt buộc).")}}, runHandover},
        {QStringLiteral("handover cancel"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_BIÊN_BẢN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Hủy biên bản chưa ký nhận."), {kReason}, runHandover},
        {QStringLiteral("reschedule"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Hẹn lại ngày trả kết quả."),
         {{"until", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DDTHH:MM"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ngày hẹn mới, giờ Việt Nam (bắt buộc).")}, kReason}, runReschedule},
        {QStringLiteral("result"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Kết quả giải quyết từ cơ quan."), {}, runResult},
        {QStringLiteral("result receive"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ghi nhận kết quả cơ quan trả về quầy."),
         {{"what", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"KẾT QUẢ\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kết quả nhận được.")},
          {"count", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số lượng.")},
          {"from", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người giao kết quả.")},
          {"note", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"…\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ghi chú.")}},
         runResult},
        {QStringLiteral("result waiting"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Kết quả đang chờ người nộp đến nhận."), {}, runResult},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Trả kết quả cho người nộp tại quầy."),
         {{"recipient-name", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người nhận kết quả (bắt buộc).")},
          {"recipient-id", QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_GIẤY_TỜ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số giấy tờ của người nhận (bắt buộc).")},
          {"authorised-by", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"GIẤY ỦY QUYỀN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Giấy ủy quyền khi người nhận không phải người nộp.")},
          {"fee", QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_ĐỒNG"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số tiền thu khi trả, tính bằng đồng.")}},
         runReturn},
        {QStringLiteral("dispatch"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Gửi kết quả qua bưu chính."),
         {{"tracking", QT_TRANSLATE_NOOP("pc::cli::CliText", "SỐ_HIỆU_S10"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số hiệu bưu gửi (bắt buộc).")}}, runDispatch},
        {QStringLiteral("delivery-failed"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Ghi nhận phát kết quả không thành công."), {kReason}, runDeliveryFailed},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ_HỒ_SƠ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Người nộp rút hồ sơ."), {kReason}, runWithdraw},

        {QStringLiteral("report"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Báo cáo cuối ngày và sổ theo dõi hồ sơ."), {}, runReport},
        {QStringLiteral("report day"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Báo cáo một ngày (--date) hoặc một khoảng (--from, --to)."),
         {kDate, kFrom, kTo, kJsonFlag, kCsvFile}, runReport},
        {QStringLiteral("report ledger"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Sổ theo dõi hồ sơ của một khoảng (--from, --to)."), {kDate, kFrom, kTo, kCsvFile},
         runReport},

        {QStringLiteral("settings"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Cài đặt của bưu cục in trên giấy tờ."), {}, runSettings},
        {QStringLiteral("settings get"), QT_TRANSLATE_NOOP("pc::cli::CliText", "KHÓA"), QT_TRANSLATE_NOOP("pc::cli::CliText", "In giá trị một cài đặt."), {}, runSettings},
        {QStringLiteral("settings set"), QT_TRANSLATE_NOOP("pc::cli::CliText", "KHÓA GIÁ_TRỊ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Đặt giá trị một cài đặt."), {}, runSettings},
        {QStringLiteral("settings list"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Mọi cài đặt và giá trị."), {}, runSettings},

        {QStringLiteral("sync"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Đồng bộ với trung tâm tỉnh: --once chạy một lần."),
         {{"once", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Gửi sự kiện chờ và nhận thay đổi, một lần.")},
          {"max-attempts", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số lần thử tối đa khi mạng lỗi.")}},
         runSync},
        {QStringLiteral("sync status"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Số sự kiện chờ gửi, bị cách ly, lần đồng bộ thành công cuối."), {}, runSync},
        {QStringLiteral("sync quarantine"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Sự kiện và thay đổi bị cách ly."), {}, runSync},
        {QStringLiteral("sync enrol"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Đăng ký quầy với trung tâm (mã đăng ký từ --code hoặc đầu vào chuẩn)."),
         {{"url", QT_TRANSLATE_NOOP("pc::cli::CliText", "URL"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Địa chỉ của trung tâm (bắt buộc).")},
          {"code", QT_TRANSLATE_NOOP("pc::cli::CliText", "MÃ"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Mã đăng ký một lần do trung tâm cấp (không có: đọc từ đầu vào chuẩn).")},
          {"ca", QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP_CA"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chứng chỉ CA của trung tâm (bắt buộc).")},
          {"pin", QT_TRANSLATE_NOOP("pc::cli::CliText", "SHA256"), QT_TRANSLATE_NOOP("pc::cli::CliText", "SHA-256 (hex) của khóa công khai máy chủ trung tâm.")}},
         runSync},

        {QStringLiteral("backup"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Sao lưu và khôi phục cơ sở dữ liệu."), {}, runBackup},
        {QStringLiteral("backup create"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Tạo bản sao lưu; in đường dẫn tệp."),
         {{"to", QT_TRANSLATE_NOOP("pc::cli::CliText", "THƯ_MỤC"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thư mục lưu (mặc định: theo cấu hình).")},
          {"encrypt", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Mã hóa bản sao lưu (mật khẩu từ đầu vào chuẩn).")}},
         runBackup},
        {QStringLiteral("backup verify"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra một bản sao lưu (tệp .pcbak: mật khẩu từ đầu vào chuẩn)."), {}, runBackup},
        {QStringLiteral("backup restore"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TỆP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Khôi phục từ một bản sao lưu; giữ lại cơ sở dữ liệu cũ."), {}, runBackup},
        {QStringLiteral("backup config"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Xem hoặc đặt thư mục và số bản sao lưu giữ lại."),
         {{"folder", QT_TRANSLATE_NOOP("pc::cli::CliText", "THƯ_MỤC"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thư mục sao lưu.")}, {"keep", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số bản giữ lại.")}}, runBackup},
        {QStringLiteral("backup status"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Thư mục và lần sao lưu cuối."), {}, runBackup},
        {QStringLiteral("purge"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Xóa hồ sơ đã trả quá thời hạn lưu giữ."),
         {{"before", QT_TRANSLATE_NOOP("pc::cli::CliText", "YYYY-MM-DD"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Xóa hồ sơ đã kết thúc trước ngày này (bắt buộc).")},
          {"dry-run", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ đếm, không xóa gì.")}},
         runPurge},
        {QStringLiteral("purge config"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Xem hoặc đặt thời hạn lưu giữ."), {{"years", QT_TRANSLATE_NOOP("pc::cli::CliText", "N"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Số năm lưu giữ.")}}, runPurge},

        {QStringLiteral("user"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Tài khoản giao dịch viên."), {}, runUser},
        {QStringLiteral("user add"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tạo tài khoản (mật khẩu từ đầu vào chuẩn)."),
         {{"role", QT_TRANSLATE_NOOP("pc::cli::CliText", "clerk|supervisor|admin"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Vai trò (bắt buộc).")}, {"name", QT_TRANSLATE_NOOP("pc::cli::CliText", "\"HỌ TÊN\""), QT_TRANSLATE_NOOP("pc::cli::CliText", "Họ tên (bắt buộc).")}}, runUser},
        {QStringLiteral("user list"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Danh sách tài khoản."), {}, runUser},
        {QStringLiteral("user disable"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Khóa một tài khoản."), {}, runUser},
        {QStringLiteral("user enable"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Mở lại một tài khoản."), {}, runUser},
        {QStringLiteral("user password"), QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Đổi mật khẩu (mật khẩu từ đầu vào chuẩn)."), {}, runUser},
        {QStringLiteral("audit"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Nhật ký kiểm toán."), {}, runAudit},
        {QStringLiteral("audit verify"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Kiểm tra nhật ký kiểm toán có nguyên vẹn không."), {}, runAudit},
        {QStringLiteral("audit list"), nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Các dòng nhật ký kiểm toán."),
         {{"user", QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ thao tác của tài khoản này.")},
          {"action", QT_TRANSLATE_NOOP("pc::cli::CliText", "THAO_TÁC"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Chỉ thao tác bắt đầu bằng tên này.")},
          kFrom, kTo, {"csv", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "In dạng CSV.")}},
         runAudit},
    };
}

const CommandSpec *find(const QString &name)
{
    for (const CommandSpec &s : commandTable())
        if (s.name == name)
            return &s;
    return nullptr;
}

QList<const CommandSpec *> subcommandsOf(const QString &name)
{
    QList<const CommandSpec *> subs;
    const QString prefix = name + u' ';
    for (const CommandSpec &s : commandTable())
        if (s.name.startsWith(prefix))
            subs << &s;
    return subs;
}

// The entry for "WORD SUB …" or, when SUB is not one of WORD's subcommands, for WORD itself
// (whose handler explains what is missing, as it always has).
const CommandSpec *resolve(const QStringList &words)
{
    if (words.size() > 1)
        if (const CommandSpec *sub = find(words.at(0) + u' ' + words.at(1)))
            return sub;
    return find(words.value(0));
}

QString commandHelp(const CommandSpec &spec)
{
    const QList<const CommandSpec *> subs = subcommandsOf(spec.name);
    QString usage = QStringLiteral("postcounter-cli [%1] %2").arg(CliText::tr("TÙY_CHỌN_CHUNG"), spec.name);
    if (!subs.isEmpty() && spec.options.isEmpty())
        usage += u' ' + CliText::tr("LỆNH_CON");
    if (spec.arguments)
        usage += u' ' + CliText::tr(spec.arguments);
    if (!spec.options.isEmpty())
        usage += u' ' + CliText::tr("[TÙY_CHỌN]");
    QString text = CliText::tr("Cách dùng: %1").arg(usage) + u'\n' + CliText::tr(spec.description) + QStringLiteral("\n\n");
    if (!subs.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const CommandSpec *s : subs)
            rows.append({s->name, CliText::tr(s->description)});
        text += CliText::tr("Lệnh con (postcounter-cli %1 LỆNH_CON --help: tùy chọn của từng lệnh):").arg(spec.name) + u'\n' + alignedRows(rows)
                + u'\n';
    }
    text += CliText::tr("Tùy chọn:") + u'\n' + optionsHelp(spec.options);
    return text;
}

int printHelp(Context &c, const QStringList &words)
{
    if (words.isEmpty()) {
        c.out << programHelp();
        return Ok;
    }
    const CommandSpec *spec = resolve(words);
    if (!spec)
        return c.usage(QCoreApplication::translate("Cli", "Lệnh không rõ: %1\n%2").arg(words.join(u' '), programHelp()));
    c.out << commandHelp(*spec);
    return Ok;
}

}  // namespace

const QList<CommandSpec> &commandTable()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options{
        {"db", QT_TRANSLATE_NOOP("pc::cli::CliText", "ĐƯỜNG_DẪN"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Tệp cơ sở dữ liệu của quầy (mặc định: tệp của ứng dụng trên máy này).")},
        {"as", QT_TRANSLATE_NOOP("pc::cli::CliText", "TÊN_ĐĂNG_NHẬP"), QT_TRANSLATE_NOOP("pc::cli::CliText", "Thực hiện lệnh với tư cách tài khoản này.")},
        {"verbose", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "Ghi cả dòng gỡ lỗi vào nhật ký chẩn đoán và ra stderr.")},
        {"version", nullptr, QT_TRANSLATE_NOOP("pc::cli::CliText", "In số phiên bản.")},
    };
    return options;
}

QString programHelp()
{
    QList<std::pair<QString, QString>> rows;
    rows.append({QStringLiteral("help [%1]").arg(CliText::tr("LỆNH")), CliText::tr("Cách dùng của chương trình, hoặc của một lệnh.")});
    for (const CommandSpec &s : commandTable()) {
        // A command with subcommands is listed through them, unless it also runs on its own.
        if (!subcommandsOf(s.name).isEmpty() && s.options.isEmpty())
            continue;
        rows.append({s.name, CliText::tr(s.description)});
    }
    return CliText::tr("Cách dùng: postcounter-cli [TÙY_CHỌN_CHUNG] LỆNH [ĐỐI_SỐ…] [TÙY_CHỌN…]") + QStringLiteral("\n\n")
           + CliText::tr("Tùy chọn chung (đặt trước LỆNH):") + u'\n' + optionsHelp(globalOptions()) + u'\n' + CliText::tr("Lệnh:")
           + u'\n' + alignedRows(rows) + u'\n'
           + CliText::tr("postcounter-cli LỆNH --help: đối số và tùy chọn của lệnh.\n"
                         "Mã thoát: 0 thành công; 2 dữ liệu sai hoặc bị từ chối (không ghi gì); 1 lỗi nội bộ; "
                         "3 không kết nối được trung tâm.")
           + u'\n';
}

int runCommand(Context &c, const QStringList &words, const std::optional<QString> &actAs)
{
    if (words.first() == u"help")
        return printHelp(c, words.mid(1));
    const CommandSpec *spec = resolve(words);
    if (!spec)
        return c.usage(QCoreApplication::translate("Cli", "Lệnh không rõ: %1\n%2").arg(words.first(), programHelp()));
    // "catalogue bogus": said here, with the subcommands there are, before any option is judged
    // or the database opened.
    if (spec->name == words.first() && words.size() > 1 && !words.at(1).startsWith(u'-') && !subcommandsOf(spec->name).isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "Lệnh không rõ: %1\n%2").arg(words.mid(0, 2).join(u' '), commandHelp(*spec)));
    // The subcommand word stays among the positional arguments: the handlers dispatch on it.
    const QStringList tokens = words.mid(1);
    const ParsedLine line = parseLine(tokens, spec->options, AfterPositional::Options);
    if (!line.error.isEmpty())
        return c.usage(line.error + u'\n' + CliText::tr("Xem: postcounter-cli %1 --help").arg(spec->name));
    if (line.help) {
        c.out << commandHelp(*spec);
        return Ok;
    }
    c.options = line.options;
    c.args = line.positional;
    if (actAs)
        if (const int rc = c.signInAs(*actAs); rc != Ok)
            return rc;
    return spec->run(c);
}

}  // namespace pc::cli
