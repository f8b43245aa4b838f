#!/usr/bin/env python3
"""Builds resources/catalogue/default-catalogue.json, the built-in sample catalogue.

Every row restates ../shared/reference/procedures-sample.md (researched 2026-11 from provincial
portals; each row keeps its source URL and confidence A/B/C). Where that file has a gap ("?",
"—", no fixed deadline), the row fills it with a realistic value and names the field in
"unverified", so a supervisor sees what still needs checking against the province's list.
A procedure with no fixed legal time ("theo thông báo", no total in the source) has
"duration": null; a same-day one {"same_day": true} with its cutoff. Fees that depend on who
applies or where are "fee_variants" (each with its Vietnamese condition and source) instead of
"fees"; a fee the source does not give stays listed in "unverified".
Run: python3 tools/catalogue_source.py > resources/catalogue/default-catalogue.json
"""
import json

REF = "shared/reference/procedures-sample.md (2026-11)"

agencies = [
    ("SNGV", "Sở Ngoại vụ", "tinh"),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "tinh"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "tinh"),
    ("SNV", "Sở Nội vụ", "tinh"),
    ("SKHCN", "Sở Khoa học và Công nghệ", "tinh"),
    ("STTTT", "Sở Thông tin và Truyền thông", "tinh"),
    ("SCT", "Sở Công Thương", "tinh"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường", "tinh"),
    ("STC", "Sở Tài chính", "tinh"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế", "tinh"),
    ("SYT", "Sở Y tế", "tinh"),
    ("UBNDXA", "Ủy ban nhân dân cấp xã", "xa"),
]

fields = [
    ("NGV", "Ngoại vụ", "SNGV"),
    ("GDDT", "Giáo dục và Đào tạo", "SGDDT"),
    ("VHTTDL", "Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("LDTBXH", "Lao động, Thương binh và Xã hội", "SNV"),
    ("KHCN", "Khoa học và Công nghệ", "SKHCN"),
    ("TTTT", "Thông tin và Truyền thông", "STTTT"),
    ("CT", "Công Thương", "SCT"),
    ("NNPTNT", "Nông nghiệp và Phát triển nông thôn", "SNNMT"),
    ("TC", "Tài chính", "STC"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế", "BQLKKT"),
    ("ATTP", "An toàn vệ sinh thực phẩm", "SYT"),
]

def doc(name, originals=1, copies=0, required=True):
    return {"name": name, "originals": originals, "copies": copies, "required": required}

# Shorthands for the documents most procedures ask for, used where the source lists none.
DON = lambda form="theo mẫu": doc(f"Đơn đề nghị ({form})")
GTPL = doc("Bản sao giấy tờ pháp lý của tổ chức (quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp)", 0, 1)
CCCD = doc("Căn cước công dân hoặc giấy tờ tùy thân của người nộp (xuất trình)", 1, 0)
UYQ = doc("Văn bản ủy quyền (khi nộp thay)", 1, 0, False)

P = []
def proc(code, name, field, duration, fee=0, charge=0, documents=(), source="", confidence="B",
         unverified=(), agency=None, level="tinh", cutoff=None, delivery=("counter", "post"), note=None,
         local_code=False, fee_variants=None):
    e = {"code": code, "name": name, "field": field, "level": level, "duration": duration}
    if fee_variants:
        assert fee == 0 and charge == 0, code
        e["fee_variants"] = fee_variants
    else:
        e["fees"] = {"fee": fee, "charge": charge}
    e.update({"documents": list(documents), "delivery": list(delivery), "source": source, "confidence": confidence})
    if agency: e["agency"] = agency
    if cutoff: e["cutoff"] = cutoff
    if unverified: e["unverified"] = list(unverified)
    if note: e["note"] = note
    if local_code: e["code_is_local"] = True
    P.append(e)

WD = lambda n: {"working_days": n}
CD = lambda n: {"calendar_days": n}
WH = lambda n: {"working_hours": n}
SAME_DAY = {"same_day": True}  # with cutoff: same day, next working day when received after it
BY_NOTICE = None               # no fixed legal time: "theo thông báo của cơ quan giải quyết"

def variant(id, condition, fee=0, charge=0, applicant_kind=None, area=None, source=None):
    v = {"id": id, "condition": condition, "fee": fee, "charge": charge}
    if applicant_kind: v["applicant_kind"] = applicant_kind
    if area: v["area"] = area
    if source: v["source"] = source
    return v

# Retail liquor licence appraisal fee (phí thẩm định), by applicant and area. Circular
# 168/2016/TT-BTC as amended by Circular 299/2016/TT-BTC [mem: figures recalled, text not
# retrieved; the same four figures are on dichvucong.caobang.gov.vn ma-thu-tuc=23778].
LIQUOR_SOURCE = "TT 168/2016/TT-BTC sửa đổi bởi TT 299/2016/TT-BTC [mem: chưa đối chiếu văn bản]; dichvucong.caobang.gov.vn ma-thu-tuc=23778"
# The circular: "thành phố trực thuộc trung ương; thành phố, thị xã trực thuộc tỉnh" vs "khu vực khác".
CITY = "thành phố, thị xã"
OTHER = "khu vực khác"
LIQUOR_RETAIL_FEES = [
    variant("dn-thanh-pho", f"Doanh nghiệp, hợp tác xã – {CITY}", fee=1200000, applicant_kind="enterprise", area="city", source=LIQUOR_SOURCE),
    variant("dn-khac", f"Doanh nghiệp, hợp tác xã – {OTHER}", fee=600000, applicant_kind="enterprise", area="other", source=LIQUOR_SOURCE),
    variant("hkd-thanh-pho", f"Hộ kinh doanh, cá nhân – {CITY}", fee=400000, applicant_kind="household", area="city", source=LIQUOR_SOURCE),
    variant("hkd-khac", f"Hộ kinh doanh, cá nhân – {OTHER}", fee=200000, applicant_kind="household", area="other", source=LIQUOR_SOURCE),
]

# X-ray radiation-work licence appraisal fee per device (QĐ 1670/QĐ-UBND Huế 2022, as the
# research notes restate it); renewal is 75 % of it (dichvucong.gov.vn ma_thu_tuc=263341).
XRAY_SOURCE = "thuathienhue.gov.vn (QĐ 1670/QĐ-UBND, 18/07/2022)"
XRAY_DEVICES = [
    ("nha-khoa", "Thiết bị X-quang nha khoa, chụp vú hoặc di động", 2000000),
    ("tong-hop", "Thiết bị X-quang chụp tổng hợp hoặc đo mật độ xương", 3000000),
    ("tang-sang", "Thiết bị X-quang chiếu (tăng sáng truyền hình)", 5000000),
    ("ct", "Thiết bị chụp cắt lớp vi tính (CT)", 8000000),
    ("pet-ct", "Thiết bị PET/CT", 16000000),
]
XRAY_NEW_FEES = [variant(i, f"{label} (mỗi thiết bị)", fee=f, source=XRAY_SOURCE) for i, label, f in XRAY_DEVICES]
XRAY_RENEWAL_FEES = [variant(i, f"{label} (mỗi thiết bị)", fee=f * 3 // 4,
                             source="dichvucong.gov.vn ma_thu_tuc=263341: 75 % phí cấp mới; " + XRAY_SOURCE) for i, label, f in XRAY_DEVICES]

# 1. Ngoại vụ — QĐ 06/2020/QĐ-TTg. No national code was found: local keys, marked.
HNHT = [doc("Công văn xin phép tổ chức hội nghị, hội thảo quốc tế"), doc("Đề án tổ chức hội nghị, hội thảo quốc tế (Mẫu 01)"),
        doc("Văn bản ý kiến của cơ quan liên quan (khi luật khác yêu cầu)", 1, 0, False),
        doc("Văn bản đồng ý chủ trương đăng cai (nếu có)", 0, 1, False)]
proc("NGV.01", "Thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Thủ tướng Chính phủ", "NGV", BY_NOTICE, documents=HNHT,
     source="songoaivu.quangnam.gov.vn (dDocName=PORTAL027280); songoaivu.sonla.gov.vn", unverified=["code"], local_code=True,
     note="Không có thời hạn giải quyết cố định (cơ quan được hỏi ý kiến trả lời trong 15 ngày). Nộp ít nhất 40 ngày trước ngày tổ chức.")
proc("NGV.02", "Thủ tục cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ", "NGV", BY_NOTICE, documents=HNHT,
     source="dichvucong.binhdinh.gov.vn maThuTuc=33023; songoaivu.quangnam.gov.vn", unverified=["code"], local_code=True,
     note="Không có thời hạn giải quyết cố định (\"tùy theo cơ quan\"). Nộp ít nhất 30 ngày trước ngày tổ chức.")
proc("NGV.03", "Thủ tục cho chủ trương đăng cai tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ", "NGV", BY_NOTICE,
     documents=[doc("Công văn xin chủ trương (nêu lý do, mục đích, chủ đề, thành phần tham dự, kinh phí)")],
     source="dichvucong.daklak.gov.vn maThuTuc=36044; songoaivu.bacgiang.gov.vn id=56904", unverified=["code", "fees"], local_code=True,
     note="Không có thời hạn giải quyết cố định (hỏi ý kiến tối đa 15 ngày).")
proc("NGV.04", "Thủ tục cho chủ trương đăng cai tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Thủ tướng Chính phủ", "NGV", BY_NOTICE,
     documents=[doc("Công văn xin chủ trương")], source="huecity.gov.vn pid/15766", confidence="C",
     unverified=["code", "fees"], local_code=True, note="Không có thời hạn giải quyết cố định (hỏi ý kiến Bộ Ngoại giao, Bộ Công an tối đa 15 ngày).")

# 2. Giáo dục và Đào tạo
proc("2.001914", "Chỉnh sửa nội dung văn bằng, chứng chỉ", "GDDT", WD(5),
     documents=[DON("đề nghị chỉnh sửa"), doc("Văn bằng, chứng chỉ đề nghị chỉnh sửa", 1, 0), doc("Giấy tờ làm căn cứ chỉnh sửa (trích lục khai sinh, quyết định thay đổi hộ tịch)", 0, 1), CCCD],
     source="dichvucong.quangtri.gov.vn ma-thu-tuc=39266; dichvucong.binhphuoc.gov.vn id=4784", confidence="A", unverified=["fees", "documents"])
proc("1.010020", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "GDDT", SAME_DAY, cutoff="15:00", fee=8000,
     documents=[DON("đề nghị cấp bản sao"), CCCD, doc("Giấy tờ chứng minh quan hệ (khi người thân hoặc người đại diện đề nghị)", 0, 1, False), UYQ],
     source="hethongphapluat.com; dvc.sonla.gov.vn serviceinfoId=4815; vinhphuc.gov.vn ItemID=4375", confidence="C",
     note="Trả trong ngày; nhận sau 15:00 trả trong ngày làm việc tiếp theo (yêu cầu nhiều bản, phức tạp: thêm tối đa 2 ngày làm việc). Phí: nguồn ghi \"theo quy định\"; 8.000 đ/bản là mức cũ của Đồng Tháp.", unverified=["fees"])
proc("GDDT.03", "Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", "GDDT", WD(15),
     documents=[doc("Tờ trình đề nghị cho phép hoạt động giáo dục"), doc("Bản sao quyết định thành lập trung tâm", 0, 1), doc("Danh sách cán bộ quản lý, giáo viên kèm bản sao văn bằng", 1, 0), doc("Chương trình, tài liệu giảng dạy", 1, 0)],
     source="tthc.thuathienhue.gov.vn iDonVi=27", unverified=["code", "fees", "documents"], local_code=True)
proc("GDDT.04", "Cấp Giấy chứng nhận đăng ký kinh doanh dịch vụ tư vấn du học", "GDDT", WD(15),
     documents=[DON("đề nghị cấp giấy chứng nhận"), GTPL, doc("Danh sách nhân viên tư vấn kèm bản sao văn bằng, chứng chỉ", 1, 0), doc("Đề án hoạt động tư vấn du học", 1, 0)],
     source="tthc.thuathienhue.gov.vn (danh mục Sở GD&ĐT)", unverified=["code", "fees", "documents"], local_code=True)
proc("2.002854", "Chuyển trường đối với học sinh trung học phổ thông", "GDDT", WD(2),
     documents=[DON("xin chuyển trường, do cha mẹ hoặc người giám hộ ký"), doc("Học bạ", 1, 0), doc("Giấy giới thiệu chuyển trường của trường nơi đi", 1, 0)],
     source="tthc.thuathienhue.gov.vn; mã 2.002854 theo QĐ 1847/QĐ-UBND (nguồn thứ cấp)", confidence="C", unverified=["fees", "documents"])
proc("GDDT.06", "Cấp giấy phép, gia hạn giấy phép tổ chức hoạt động dạy thêm, học thêm đối với cấp trung học phổ thông", "GDDT", WD(15),
     documents=[DON("đề nghị cấp phép dạy thêm"), doc("Danh sách người đăng ký dạy thêm", 1, 0), doc("Bản sao văn bằng của người dạy thêm", 0, 1)],
     source="tthc.thuathienhue.gov.vn", confidence="C", unverified=["code", "fees", "documents"], local_code=True,
     note="Có thể đã bị thay thế bởi TT 29/2024/TT-BGDĐT: kiểm tra trước khi dùng.")

# 3. Văn hóa, Thể thao và Du lịch
proc("1.004623", "Thủ tục cấp thẻ hướng dẫn viên du lịch nội địa", "VHTTDL", CD(15), fee=650000,
     documents=[DON("đề nghị cấp thẻ hướng dẫn viên du lịch"), doc("Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã", 1, 0), doc("Bản sao có chứng thực văn bằng hoặc chứng chỉ nghiệp vụ hướng dẫn du lịch nội địa", 0, 1), doc("Giấy chứng nhận sức khỏe trong thời hạn 6 tháng", 1, 0), doc("02 ảnh chân dung 3x4 cm", 1, 0)],
     source="dichvucong.quangtri.gov.vn ma-thu-tuc=23540; dichvucong.nghean.gov.vn ma-thu-tuc=23727", confidence="A", unverified=["documents"],
     note="Phí thẩm định 650.000 đ/thẻ (TT 33/2018/TT-BTC, Quảng Trị); Nghệ An ghi 325.000 đ (thời kỳ giảm 50 %): kiểm tra mức đang áp dụng.")
proc("VHTTDL.02", "Thủ tục cấp đổi thẻ hướng dẫn viên du lịch quốc tế, thẻ hướng dẫn viên du lịch nội địa", "VHTTDL", CD(10), fee=650000,
     documents=[doc("Đơn đề nghị cấp đổi thẻ hướng dẫn viên du lịch (Phụ lục III TT 13/2019/TT-BVHTTDL)"), doc("Giấy chứng nhận sức khỏe trong thời hạn 6 tháng"), doc("Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã"), doc("02 ảnh chân dung 3x4 cm"), doc("Bản sao có chứng thực giấy chứng nhận khóa cập nhật kiến thức", 0, 1), doc("Thẻ hướng dẫn viên du lịch đã được cấp")],
     source="dichvucong.gov.vn ma_thu_tuc=192145", confidence="A", unverified=["code"], local_code=True)
proc("VHTTDL.03", "Thủ tục cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "VHTTDL", CD(10), fee=3000000,
     documents=[DON("đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành"), GTPL, doc("Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành", 1, 0), doc("Bản sao có chứng thực văn bằng của người phụ trách kinh doanh dịch vụ lữ hành", 0, 1)],
     source="dichvucong.laichau.gov.vn maThuTuc=23272; biểu phí TT 33/2018/TT-BTC [mem]", unverified=["code", "fees", "documents"], local_code=True,
     note="Lai Châu ghi 1.500.000 đ (mức cấp lại theo TT 33/2018); mức TT 33/2018 cho cấp mới là 3.000.000 đ (nhớ lại, chưa đối chiếu).")

# 4. Lao động, Thương binh và Xã hội (nay chủ yếu Sở Nội vụ)
proc("1.014199", "Cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam", "LDTBXH", WD(10), fee=600000,
     documents=[doc("Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động"), doc("Giấy chứng nhận sức khỏe", 1, 0), doc("Phiếu lý lịch tư pháp", 1, 0), doc("Bản sao hộ chiếu", 0, 1), doc("Giấy tờ chứng minh là nhà quản lý, chuyên gia hoặc lao động kỹ thuật", 0, 1), doc("02 ảnh màu 4x6 cm", 1, 0)],
     source="dongdiep.dev (bản sao DVCQG); NĐ 219/2025/NĐ-CP", confidence="C", unverified=["fees", "documents"])
proc("LDTBXH.02", "Giải quyết hưởng trợ cấp thất nghiệp", "LDTBXH", WD(20),
     documents=[DON("đề nghị hưởng trợ cấp thất nghiệp"), doc("Bản chính hoặc bản sao có chứng thực giấy tờ chấm dứt hợp đồng lao động", 0, 1), doc("Sổ bảo hiểm xã hội", 1, 0)],
     source="baobinhphuoc.com.vn/news/9/54297; NĐ 28/2015/NĐ-CP", confidence="C", unverified=["code"], local_code=True)
proc("LDTBXH.03", "Đăng ký nội quy lao động của doanh nghiệp", "LDTBXH", WD(5),
     documents=[doc("Văn bản đề nghị đăng ký nội quy lao động"), doc("Nội quy lao động"), doc("Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)", 1, 0, False), doc("Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động (nếu có)", 0, 1, False)],
     source="nld.com.vn 196250918093650062; qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees"], local_code=True)

# 5. Khoa học và Công nghệ
proc("2.002131", "Thủ tục khai báo thiết bị X-quang chẩn đoán trong y tế", "KHCN", WD(5),
     documents=[doc("Phiếu khai báo thiết bị X-quang chẩn đoán y tế", 1, 0)],
     source="dichvucong.tiengiang.gov.vn ma-thu-tuc=3585", confidence="A")
proc("KHCN.02", "Thủ tục cấp giấy phép tiến hành công việc bức xạ - Sử dụng thiết bị X-quang chẩn đoán trong y tế", "KHCN", CD(25), fee_variants=XRAY_NEW_FEES,
     documents=[DON("đề nghị cấp giấy phép tiến hành công việc bức xạ"), doc("Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp", 0, 1), doc("Báo cáo đánh giá an toàn", 1, 0), doc("Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn", 0, 1), doc("Bản sao kết quả kiểm định thiết bị", 0, 1)],
     source="thuathienhue.gov.vn (QĐ 1670/QĐ-UBND, 18/07/2022)", unverified=["code", "documents"], local_code=True,
     note="Phí thẩm định theo từng thiết bị: nha khoa, chụp vú, di động 2.000.000; tổng hợp, đo mật độ xương 3.000.000; chiếu 5.000.000; CT 8.000.000; PET/CT 16.000.000 đ.")
proc("KHCN.03", "Thủ tục gia hạn giấy phép tiến hành công việc bức xạ - Sử dụng thiết bị X-quang chẩn đoán trong y tế", "KHCN", CD(25), fee_variants=XRAY_RENEWAL_FEES,
     documents=[doc("Đơn đề nghị gia hạn giấy phép (Mẫu 6)"), doc("Bản sao giấy phép sắp hết hạn", 0, 1), doc("Kết quả đo liều kế cá nhân", 1, 0), doc("Bản sao kết quả kiểm xạ", 0, 1), doc("Bản sao giấy chứng nhận kiểm định thiết bị", 0, 1)],
     source="dichvucong.gov.vn ma_thu_tuc=263341", confidence="A", unverified=["code"], local_code=True,
     note="Phí bằng 75 % phí cấp mới của từng loại thiết bị.")
proc("1.014393", "Công nhận trung tâm nghiên cứu và phát triển", "KHCN", WD(30),
     documents=[DON("đề nghị công nhận"), doc("Quyết định thành lập trung tâm", 0, 1), doc("Điều lệ tổ chức và hoạt động", 1, 0), doc("Danh sách nhân lực khoa học và công nghệ", 1, 0)],
     source="dichvucong.laocai.gov.vn/yenbai ma-thu-tuc=122003", confidence="A", unverified=["documents"])
proc("KHCN.05", "Thủ tục cấp và cấp lại chứng chỉ nhân viên bức xạ (người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế)", "KHCN", WD(10),
     documents=[DON("đề nghị cấp chứng chỉ nhân viên bức xạ"), doc("Bản sao văn bằng chuyên môn", 0, 1), doc("Giấy chứng nhận tham gia khóa đào tạo an toàn bức xạ", 0, 1), doc("02 ảnh 3x4 cm", 1, 0)],
     source="tthc.thuathienhue.gov.vn iLinhVuc=59", unverified=["code", "fees", "documents"], local_code=True)

# 6. Thông tin và Truyền thông
proc("1.009374", "Cấp giấy phép xuất bản bản tin (địa phương)", "TTTT", CD(20),
     documents=[doc("Tờ khai đề nghị cấp giấy phép xuất bản bản tin"), doc("Bản sao có chứng thực quyết định hoặc giấy phép thành lập", 0, 1), doc("Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin"), doc("Mẫu trình bày tên gọi bản tin (măng sét)")],
     source="dichvucong.cantho.gov.vn 1.009374.000.00.00.H13; dichvucong.thuathienhue.gov.vn pid/16703", confidence="A")
proc("2.001594", "Cấp giấy phép hoạt động in xuất bản phẩm (cấp địa phương)", "TTTT", CD(15),
     documents=[doc("Đơn đề nghị cấp giấy phép hoạt động in (Mẫu 17)"), doc("Bản sao có chứng thực giấy tờ pháp lý của cơ sở in", 0, 1), doc("Bản sao văn bằng của người đứng đầu cơ sở in", 0, 1), doc("Giấy tờ chứng minh quyền sử dụng mặt bằng và thiết bị in", 0, 1)],
     source="dichvucong.quangtri.gov.vn ma-thu-tuc=24313", confidence="A", unverified=["fees"])
proc("2.001584", "Cấp lại giấy phép hoạt động in xuất bản phẩm (cấp địa phương)", "TTTT", WD(5),
     documents=[doc("Đơn đề nghị cấp lại giấy phép (Mẫu 18, TT 23/2023/TT-BTTTT)")],
     source="dichvucong.vinhphuc.gov.vn maThuTuc=35530", confidence="A")
proc("2.001737", "Thay đổi thông tin đăng ký hoạt động cơ sở in", "TTTT", WD(3),
     documents=[doc("Tờ khai thay đổi thông tin đăng ký hoạt động cơ sở in"), doc("Giấy tờ chứng minh nội dung thay đổi", 0, 1)],
     source="dichvucong.quangtri.gov.vn ma-thu-tuc=24312", confidence="A", unverified=["fees", "documents"])
proc("TTTT.05", "Đăng ký hoạt động cơ sở in", "TTTT", WD(3),
     documents=[doc("Tờ khai đăng ký hoạt động cơ sở in (Mẫu 11, NĐ 25/2018/NĐ-CP)", 2, 0)],
     source="ict-hcm.gov.vn dvc-xuat-ban-in-va-phat-hanh", unverified=["code"], local_code=True, note="Nộp 02 bộ.")
proc("TTTT.06", "Cho phép họp báo (nước ngoài)", "TTTT", WD(2),
     documents=[doc("Văn bản đề nghị họp báo (nội dung, thời gian, địa điểm, người chủ trì)")],
     source="thainguyentv.vn 93097", confidence="C", unverified=["code", "duration", "fees", "documents"], local_code=True)

# 7. Công Thương
proc("2.000620", "Cấp Giấy phép bán lẻ rượu", "CT", WD(8), fee_variants=LIQUOR_RETAIL_FEES, agency="UBNDXA", level="xa",
     documents=[doc("Đơn đề nghị cấp Giấy phép bán lẻ rượu"), doc("Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh", 0, 1), doc("Bản sao hợp đồng thuê hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh", 0, 1), doc("Bản sao văn bản giới thiệu hoặc hợp đồng mua bán với thương nhân sản xuất, phân phối rượu", 0, 1)],
     source="dichvucong.caobang.gov.vn ma-thu-tuc=23778", confidence="A", unverified=["documents"],
     note="Phí thẩm định: doanh nghiệp, hợp tác xã 1.200.000/600.000 đ; hộ kinh doanh, cá nhân 400.000/200.000 đ (thành phố, thị xã/khu vực khác).")
proc("CT.02", "Cấp lại Giấy phép bán lẻ rượu", "CT", CD(7), fee_variants=LIQUOR_RETAIL_FEES, agency="UBNDXA", level="xa",
     documents=[doc("Đơn đề nghị cấp lại Giấy phép bán lẻ rượu"), doc("Bản gốc hoặc bản sao Giấy phép đã được cấp (nếu có)", 0, 1, False)],
     source="dichvucong.gov.vn ma_thu_tuc=183327; dichvucong.longan.gov.vn maThuTuc=22808", confidence="A", unverified=["code", "documents"], local_code=True,
     note="07 ngày khi mất, hỏng; 10 ngày khi hết hạn. Phí theo biểu phí cấp mới (nguồn ghi).")
proc("CT.03", "Cấp giấy phép bán buôn rượu trên địa bàn tỉnh, thành phố trực thuộc Trung ương", "CT", WD(10), fee=2200000,
     documents=[doc("Đơn đề nghị cấp Giấy phép bán buôn rượu"), doc("Bản sao giấy chứng nhận đăng ký doanh nghiệp", 0, 1), doc("Bản sao hợp đồng thuê kho hoặc giấy tờ chứng minh quyền sử dụng kho", 0, 1), doc("Bản sao văn bản giới thiệu của thương nhân sản xuất, phân phối rượu", 0, 1)],
     source="sct.quangngai.gov.vn bo-tthc", unverified=["code", "fees", "documents"], local_code=True)
proc("2.000004", "Đăng ký hoạt động khuyến mại đối với chương trình khuyến mại mang tính may rủi thực hiện trên địa bàn 1 tỉnh, thành phố trực thuộc Trung ương", "CT", WD(5),
     documents=[doc("Đăng ký thực hiện chương trình khuyến mại (Mẫu 02)"), doc("Thể lệ chương trình khuyến mại (Mẫu 03)"), doc("Mẫu bằng chứng xác định trúng thưởng"), doc("Bản sao giấy tờ về chất lượng hàng hóa khuyến mại", 0, 1)],
     source="dichvucong.lamdong.gov.vn maThuTuc=38201", confidence="A", unverified=["fees"])
proc("2.001474", "Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại", "CT", BY_NOTICE,
     documents=[doc("Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại")],
     source="dichvucong.quangtri.gov.vn ma-thu-tuc=23009", confidence="A",
     note="Thủ tục thông báo, không có thời hạn giải quyết.")
proc("CT.06", "Thông báo hoạt động khuyến mại", "CT", BY_NOTICE,
     documents=[doc("Thông báo thực hiện khuyến mại (Mẫu 01, NĐ 81/2018/NĐ-CP)")],
     source="congthuong.ninhbinh.gov.vn thong-bao-hoat-dong-khuyen-mai", unverified=["code"], local_code=True,
     note="Thủ tục thông báo, không có thời hạn giải quyết. Nộp ít nhất 03 ngày làm việc trước khi khuyến mại.")
proc("1.000948", "Cấp lại Giấy phép chế biến nguyên liệu thuốc lá", "CT", WD(15),
     documents=[DON("đề nghị cấp lại"), doc("Bản sao Giấy phép đã được cấp", 0, 1, False)],
     source="dichvucong.laocai.gov.vn/yenbai ma-thu-tuc=117241", unverified=["duration", "fees", "documents"])

# 8. Nông nghiệp và Phát triển nông thôn (nay Sở Nông nghiệp và Môi trường)
proc("NN.01", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", "NNPTNT", WD(21), fee=800000,
     documents=[DON("đề nghị cấp giấy chứng nhận"), doc("Bản thuyết minh điều kiện buôn bán thuốc bảo vệ thực vật"), doc("Bản sao văn bằng hoặc giấy chứng nhận bồi dưỡng chuyên môn về thuốc bảo vệ thực vật", 0, 1)],
     source="dichvucong.gov.vn ma_thu_tuc=109587", confidence="A", unverified=["code", "documents"], local_code=True)
proc("NN.02", "Cấp lại giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", "NNPTNT", WD(7),
     documents=[DON("đề nghị cấp lại"), doc("Giấy chứng nhận đã được cấp (khi bị hỏng hoặc thay đổi thông tin)", 1, 0, False)],
     source="hethongphapluat.com; vinabase.com", confidence="C", unverified=["code", "fees"], local_code=True)
proc("NN.03", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông lâm thủy sản", "NNPTNT", WD(15), fee=700000,
     documents=[DON("đề nghị cấp giấy chứng nhận"), doc("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ"), doc("Danh sách chủ cơ sở và người trực tiếp sản xuất đã được xác nhận kiến thức an toàn thực phẩm")],
     source="tthc.thuathienhue.gov.vn iLinhVuc=171", unverified=["code", "fees", "documents"], local_code=True)
proc("NN.04", "Cấp lại giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh nông lâm thủy sản", "NNPTNT", WD(5),
     documents=[DON("đề nghị cấp lại"), doc("Giấy chứng nhận đã được cấp (nếu còn)", 1, 0, False)],
     source="tthc.thuathienhue.gov.vn iLinhVuc=171", unverified=["code", "fees", "documents"], local_code=True)
proc("NN.05", "Cấp giấy xác nhận kiến thức về an toàn thực phẩm", "NNPTNT", WD(13), fee=30000,
     documents=[DON("đề nghị xác nhận kiến thức"), doc("Danh sách người đề nghị xác nhận kiến thức", 1, 0), doc("Bản sao giấy chứng nhận đăng ký kinh doanh", 0, 1, False)],
     source="tthc.thuathienhue.gov.vn iLinhVuc=171", unverified=["code", "fees", "documents"], local_code=True)
proc("NN.06", "Xác nhận nội dung quảng cáo thực phẩm lần đầu", "NNPTNT", WD(23), fee=1100000,
     documents=[DON("đề nghị xác nhận nội dung quảng cáo"), doc("Bản sao giấy chứng nhận công bố sản phẩm", 0, 1), doc("Mẫu nội dung dự kiến quảng cáo", 1, 0)],
     source="tthc.thuathienhue.gov.vn iLinhVuc=171", unverified=["code", "fees", "documents"], local_code=True)

# 9. Tài chính
proc("2.002206", "Thủ tục đăng ký mã số đơn vị có quan hệ với ngân sách", "TC", WD(3),
     documents=[doc("Tờ khai đăng ký mã số đơn vị có quan hệ với ngân sách (01-MSNS-BTC, 02-MSNS-BTC hoặc 03-MSNS-BTC)"), doc("Bảng thống kê đơn vị đề nghị cấp mã số (07-MSNS-BTC, từ cơ quan chủ quản)", 1, 0, False), doc("Bản sao quyết định thành lập đơn vị", 0, 1)],
     source="hanhchinhcong.kontum.gov.vn thutuc/88531; dichvucong.binhdinh.gov.vn maThuTuc=35547", confidence="A")
proc("TC.02", "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", "TC", WD(3), fee=100000, charge=50000,
     documents=[doc("Giấy đề nghị đăng ký doanh nghiệp"), doc("Điều lệ công ty"), doc("Danh sách thành viên"), doc("Bản sao giấy tờ pháp lý của cá nhân, tổ chức là thành viên", 0, 1)],
     source="dichvucong.gov.vn ma_thu_tuc=4101; luatducan.vn Article/2770", confidence="A", unverified=["code"], local_code=True,
     note="Lệ phí đăng ký doanh nghiệp 50.000 đ khi nộp hồ sơ giấy (0 đ trực tuyến); phí công bố nội dung đăng ký doanh nghiệp 100.000 đ (TT 47/2019/TT-BTC [mem]).")
proc("TC.03", "Thủ tục đổi Giấy chứng nhận đăng ký đầu tư", "TC", WD(3),
     documents=[doc("Văn bản đề nghị đổi Giấy chứng nhận đăng ký đầu tư (Mẫu A.I.16)"), doc("Bản sao giấy phép đầu tư, giấy chứng nhận ưu đãi đầu tư hoặc giấy chứng nhận đầu tư", 0, 1)],
     source="dichvucong.gov.vn ma_thu_tuc=258238", confidence="A", unverified=["code"], local_code=True)

# 10. Ban Quản lý Khu kinh tế
proc("2.002727", "Thủ tục cấp đổi Giấy chứng nhận đăng ký đầu tư theo thủ tục đầu tư đặc biệt", "BQLKKT", WD(3),
     documents=[doc("Văn bản đề nghị cấp đổi Giấy chứng nhận đăng ký đầu tư"), doc("Bản sao Giấy chứng nhận đăng ký đầu tư đã cấp", 0, 1)],
     source="dichvucong.laocai.gov.vn/yenbai ma-thu-tuc=46864", unverified=["duration", "fees", "documents"])
proc("BQL.02", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam (trong khu kinh tế, khu công nghiệp)", "BQLKKT", WD(5), fee=600000,
     documents=[doc("Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động"), doc("Giấy chứng nhận sức khỏe"), doc("Phiếu lý lịch tư pháp"), doc("Bản sao hộ chiếu", 0, 1), doc("02 ảnh màu 4x6 cm")],
     source="qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees", "documents"], local_code=True,
     note="03 ngày làm việc khi dưới 10 hồ sơ/ngày; 05 ngày làm việc khi nhiều hơn.")
proc("BQL.03", "Cấp lại giấy phép lao động cho người lao động nước ngoài (trong khu kinh tế, khu công nghiệp)", "BQLKKT", WD(2), fee=450000,
     documents=[doc("Văn bản đề nghị cấp lại giấy phép lao động"), doc("02 ảnh màu 4x6 cm"), doc("Giấy phép lao động đã được cấp (trừ trường hợp bị mất)", 1, 0, False)],
     source="qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees", "documents"], local_code=True)
proc("BQL.04", "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "BQLKKT", WD(5),
     documents=[doc("Văn bản đề nghị xác nhận"), doc("Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động", 0, 1)],
     source="qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees", "documents"], local_code=True)
proc("BQL.05", "Báo cáo giải trình nhu cầu, thay đổi nhu cầu sử dụng người lao động nước ngoài", "BQLKKT", WD(10),
     documents=[doc("Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài (theo mẫu)")],
     source="qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees"], local_code=True,
     note="07 ngày làm việc khi dưới 2 hồ sơ/ngày; 10 ngày làm việc khi nhiều hơn.")
proc("BQL.06", "Đăng ký nội quy lao động của doanh nghiệp (trong khu kinh tế, khu công nghiệp)", "BQLKKT", WD(5),
     documents=[doc("Văn bản đề nghị đăng ký nội quy lao động"), doc("Nội quy lao động"), doc("Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)", 1, 0, False)],
     source="qeza.gov.vn LoaiTTHC/vi/8", unverified=["code", "fees"], local_code=True)
proc("BQL.07", "Quyết định chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh (dự án trong khu kinh tế)", "BQLKKT", WD(35),
     documents=[doc("Văn bản đề nghị thực hiện dự án đầu tư"), doc("Đề xuất dự án đầu tư"), doc("Bản sao tài liệu về tư cách pháp lý của nhà đầu tư", 0, 1), doc("Bản sao báo cáo tài chính 02 năm gần nhất của nhà đầu tư", 0, 1)],
     source="thuvienphapluat.vn QĐ 778/QĐ-UBND Khánh Hòa 2018", confidence="C", unverified=["code", "duration", "documents"], local_code=True)

# 11. An toàn vệ sinh thực phẩm (Sở Y tế)
ATTP_DOCS = [doc("Đơn đề nghị cấp giấy chứng nhận (Mẫu 01, Phụ lục I, NĐ 155/2018/NĐ-CP)"), doc("Bản sao giấy chứng nhận đăng ký kinh doanh", 0, 1),
             doc("Danh sách người đã được tập huấn kiến thức an toàn thực phẩm"), doc("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ"),
             doc("Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh")]
proc("1.002425", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm, kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh", "ATTP", CD(20), fee=1000000,
     documents=ATTP_DOCS, source="dichvucong.moh.gov.vn tthcId=1108225; atvstpbinhdinh.gov.vn", confidence="C", unverified=["fees", "documents"])
proc("ATTP.02", "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống", "ATTP", WD(20), fee=700000,
     agency="UBNDXA", level="xa", documents=ATTP_DOCS,
     source="dichvucong.gov.vn ma_thu_tuc=10252; krongno.daknong.gov.vn", confidence="A", unverified=["code"], local_code=True,
     note="Phí thẩm định 700.000 đ/lần/cơ sở (dưới 200 suất ăn).")
proc("ATTP.03", "Đăng ký bản công bố sản phẩm nhập khẩu đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi", "ATTP", WD(7), fee=1500000,
     documents=[doc("Bản công bố sản phẩm (Mẫu 02, Phụ lục I, NĐ 15/2018/NĐ-CP)"), doc("Giấy chứng nhận lưu hành tự do hoặc giấy chứng nhận xuất khẩu, y tế (hợp pháp hóa lãnh sự)"), doc("Phiếu kết quả kiểm nghiệm an toàn thực phẩm trong 12 tháng"), doc("Bằng chứng khoa học chứng minh công dụng của sản phẩm", 0, 1)],
     source="dichvucong.gov.vn ma_thu_tuc=4763", confidence="A", unverified=["code"], local_code=True)
proc("ATTP.04", "Đăng ký bản công bố sản phẩm sản xuất trong nước đối với thực phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi", "ATTP", WD(7), fee=1500000,
     documents=[doc("Bản công bố sản phẩm (Mẫu 02, Phụ lục I, NĐ 15/2018/NĐ-CP)"), doc("Phiếu kết quả kiểm nghiệm an toàn thực phẩm trong 12 tháng"), doc("Bằng chứng khoa học chứng minh công dụng của sản phẩm", 0, 1), doc("Bản sao giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", 0, 1)],
     source="atvstpbinhdinh.gov.vn", confidence="C", unverified=["code", "duration", "fees"], local_code=True)
proc("ATTP.05", "Đăng ký nội dung quảng cáo đối với sản phẩm dinh dưỡng y học, thực phẩm dùng cho chế độ ăn đặc biệt, sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi", "ATTP", WD(10), fee=1100000,
     documents=[DON("đăng ký nội dung quảng cáo"), doc("Bản sao giấy tiếp nhận đăng ký bản công bố sản phẩm", 0, 1), doc("Mẫu nội dung dự kiến quảng cáo")],
     source="atvstpbinhdinh.gov.vn", confidence="C", unverified=["code", "duration", "fees", "documents"], local_code=True)

catalogue = {
    "format": "postcounter-catalogue",
    "format_version": 1,
    # 2: fee variants, no-fixed-time and same-day durations, TC.02 fee/charge order corrected
    "version": 2,
    "published": "2026-11-28",
    "sample": True,
    "notice": "Danh mục mẫu, lập từ các cổng dịch vụ công cấp tỉnh (11/2026). Thay bằng danh mục do tỉnh công bố trước khi dùng thật.",
    "source": REF,
    "agencies": [{"code": c, "name": n, "level": l} for c, n, l in agencies],
    "fields": [{"code": c, "name": n, "agency": a} for c, n, a in fields],
    "procedures": P,
}
print(json.dumps(catalogue, ensure_ascii=False, indent=1))
