//! Every interface string, Vietnamese first. Reasons and verdicts are not here: they
//! come from the engine.

use crate::rules::Lang;

/// A pair (Vietnamese, English).
pub type S = &'static (&'static str, &'static str);

/// `S` is a reference (one pointer to pass instead of four words at each of the
/// hundreds of call sites: −0.2 kB brotli); `tr` takes any pair.
pub fn tr(lang: Lang, s: &(&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Vi => s.0,
        Lang::En => s.1,
    }
}

pub const APP_TITLE: S = &(
    "Kiểm tra điều kiện thi đua, khen thưởng",
    "Award eligibility checker",
);
pub const APP_SUBTITLE: S = &(
    "Cán bộ, công chức, viên chức tỉnh Lạng Sơn — nhập kết quả từng năm để biết danh hiệu, hình thức khen thưởng đủ điều kiện, lý do và căn cứ. Dữ liệu chỉ lưu trên máy này.",
    "Civil servants of Lạng Sơn province — enter your yearly results to see which titles and awards you qualify for, why, and under which article. Data stays on this device.",
);
pub const LANG_SWITCH: S = &("English", "Tiếng Việt");
pub const LANG_SWITCH_LABEL: S = &(
    "Chuyển ngôn ngữ sang tiếng Anh",
    "Switch the language to Vietnamese",
);

pub const SEC_PERSON: S = &("1. Thông tin cá nhân", "1. Personal details");
pub const FULL_NAME: S = &("Họ và tên", "Full name");
pub const UNIT: S = &("Đơn vị công tác", "Unit");
pub const UNIT_HINT: S = &(
    "Chọn gợi ý hoặc gõ tên đơn vị.",
    "Pick a suggestion or type the unit's name.",
);
pub const POSITION: S = &("Chức vụ", "Position");
pub const PERSON_KIND: S = &("Đối tượng", "Category");
pub const KINDS: [(&str, S); 4] = [
    ("can_bo", &("Cán bộ", "Cán bộ (elected official)")),
    ("cong_chuc", &("Công chức", "Công chức (civil servant)")),
    ("vien_chuc", &("Viên chức", "Viên chức (public employee)")),
    ("nguoi_lao_dong", &("Người lao động", "Employee")),
];
pub const PARTY_MEMBER: S = &("Là đảng viên", "Party member");
pub const RECRUITMENT: S = &("Ngày tuyển dụng", "Recruitment date");
pub const PROPOSAL_DATE: S = &(
    "Ngày đề nghị (để trống: hôm nay)",
    "Proposal date (empty: today)",
);
pub const EVAL_YEAR: S = &("Năm xét", "Year evaluated");
pub const EVAL_YEAR_HINT: S = &(
    "Để trống: năm gần nhất đã nhập.",
    "Empty: the latest year entered.",
);
pub const PENDING: S = &(
    "Đang bị xem xét kỷ luật, điều tra, thanh tra, khiếu nại?",
    "Discipline, investigation, inspection or complaint pending?",
);
pub const NOT_ANSWERED: S = &("— chưa trả lời —", "— not answered —");
pub const YES: S = &("Có", "Yes");
pub const NO: S = &("Không", "No");
pub const YES_NO: [(&str, S); 2] = [("true", YES), ("false", NO)];

pub const SEC_YEARS: S = &("2. Kết quả đánh giá từng năm", "2. Yearly ratings");
pub const YEAR: S = &("Năm", "Year");
pub const RATING: S = &("Xếp loại", "Rating");
pub const PARTY_RATING: S = &("Xếp loại đảng viên", "Party rating");
pub const DISCIPLINE: S = &("Kỷ luật trong năm", "Discipline in the year");
pub const DUTY_RELATED: S = &("Liên quan nhiệm vụ", "Duty-related");
pub const NOT_RATED: S = &("— chưa nhập —", "— not entered —");
pub const NONE: S = &("Không", "None");
pub const RATINGS: [(&str, S); 4] = [
    (
        "htxs",
        &("Hoàn thành xuất sắc nhiệm vụ", "Completed excellently"),
    ),
    ("htt", &("Hoàn thành tốt nhiệm vụ", "Completed well")),
    ("ht", &("Hoàn thành nhiệm vụ", "Completed")),
    ("kht", &("Không hoàn thành nhiệm vụ", "Not completed")),
];
pub const DISCIPLINES: [(&str, S); 6] = [
    ("khien_trach", &("Khiển trách", "Reprimand")),
    ("canh_cao", &("Cảnh cáo", "Warning")),
    ("ha_bac_luong", &("Hạ bậc lương", "Salary downgrade")),
    ("giang_chuc", &("Giáng chức", "Demotion")),
    ("cach_chuc", &("Cách chức", "Dismissal from post")),
    ("buoc_thoi_viec", &("Buộc thôi việc", "Forced resignation")),
];
pub const ADD_YEAR: S = &("+ Thêm năm", "+ Add a year");
pub const REMOVE: S = &("Xoá", "Remove");

pub const SEC_ACHIEVEMENTS: S = &(
    "3. Sáng kiến, đề tài nghiên cứu",
    "3. Initiatives and research",
);
pub const ACH_KIND: S = &("Loại", "Kind");
pub const ACH_KINDS: [(&str, S); 2] = [
    ("sang_kien", &("Sáng kiến", "Initiative")),
    (
        "de_tai",
        &("Đề tài, đề án, công trình KH&CN", "Research project"),
    ),
];
pub const ACH_TITLE: S = &("Tên", "Title");
pub const ACH_YEAR: S = &("Năm công nhận", "Year recognised");
pub const SCOPE: S = &("Phạm vi", "Scope");
pub const SCOPES: [(&str, S); 3] = [
    ("co_so", &("Cấp cơ sở", "Unit level")),
    ("tinh", &("Cấp tỉnh, bộ, ngành", "Provincial")),
    ("toan_quoc", &("Cấp toàn quốc", "National")),
];
pub const APPLIED: S = &("Áp dụng hiệu quả", "Applied effectively");
pub const ADD_ACHIEVEMENT: S = &(
    "+ Thêm sáng kiến, đề tài",
    "+ Add an initiative or research",
);

pub const SEC_AWARDS: S = &("4. Khen thưởng đã nhận", "4. Awards already received");
pub const DANH_HIEU: S = &("Danh hiệu thi đua", "Emulation titles");
pub const HINH_THUC: S = &("Hình thức khen thưởng", "Forms of commendation");
pub const AWARD: S = &("Danh hiệu / hình thức", "Title / form");
pub const PERIOD_FROM: S = &("Từ năm", "From");
pub const PERIOD_TO: S = &("Đến năm", "To");
pub const AWARD_TYPE: S = &("Loại khen", "Type");
pub const AWARD_TYPES: [(&str, S); 3] = [
    ("cong_trang", &("Công trạng", "Merit")),
    ("dot_xuat", &("Đột xuất", "One-off")),
    ("chuyen_de", &("Chuyên đề", "Thematic")),
];
pub const DECISION: S = &("Số quyết định", "Decision no.");
pub const DECISION_DATE: S = &("Ngày quyết định", "Decision date");
pub const AUTHORITY: S = &("Cơ quan ban hành", "Issued by");
pub const ADD_TITLE: S = &("+ Thêm danh hiệu", "+ Add a title");
pub const ADD_FORM: S = &(
    "+ Thêm hình thức khen thưởng",
    "+ Add a form of commendation",
);

pub const SEC_DECLARATIONS: S = &("5. Tự đánh giá (cam kết)", "5. Declarations");
pub const DECL_HINT: S = &(
    "Đánh dấu những điều đúng với cá nhân hoặc tập thể được xét. Ô chưa đánh dấu được coi là \"chưa trả lời\", không phải \"không\".",
    "Tick what is true of the person or unit being checked. An unticked box counts as 'not answered', not as 'no'.",
);
pub const ROUTE_DECL: S = &(
    "Thành tích mở con đường riêng",
    "Achievements that open a route of their own",
);

pub const SEC_RESULTS: S = &("Kết quả kiểm tra", "Results");
pub const RESULTS_COUNT: S = &("đủ điều kiện", "eligible");
pub const RULE_SET: S = &("Bộ quy định áp dụng", "Rules applied");
pub const FINDINGS: S = &("Tiêu chí", "Criteria");
pub const EVIDENCE: S = &("Căn cứ dữ liệu", "Evidence");
pub const CITATION: S = &("Căn cứ pháp lý", "Legal basis");
pub const GAPS: S = &("Còn thiếu", "Still missing");
pub const NOTES: S = &("Ghi chú", "Notes");
pub const INPUT_ERRORS: S = &(
    "Cần sửa thông tin trước khi kiểm tra:",
    "Please correct before checking:",
);
pub const WARNINGS: S = &("Lưu ý về dữ liệu", "About your data");
pub const DISCLAIMER: S = &(
    "Kết quả chỉ để tham khảo; Hội đồng Thi đua – Khen thưởng có thẩm quyền quyết định.",
    "The result is for reference only; the competent Emulation and Commendation Council decides.",
);
pub const GROUPS: [(&str, S); 5] = [
    (
        "danh_hieu_ca_nhan",
        &("Danh hiệu thi đua cá nhân", "Individual emulation titles"),
    ),
    (
        "hinh_thuc_ca_nhan",
        &("Hình thức khen thưởng", "Forms of commendation"),
    ),
    (
        "danh_hieu_tap_the",
        &("Danh hiệu thi đua tập thể", "Collective emulation titles"),
    ),
    (
        "hinh_thuc_tap_the",
        &(
            "Hình thức khen thưởng tập thể",
            "Collective forms of commendation",
        ),
    ),
    (
        "chuong_trinh_tinh",
        &("Chương trình, phong trào của tỉnh", "Provincial programmes"),
    ),
];

pub const DOWNLOAD: S = &("Tải bản tóm tắt (JSON)", "Download summary (JSON)");
pub const LOAD: S = &("Mở tệp hồ sơ…", "Open a profile file…");
pub const PRINT: S = &("In báo cáo", "Print report");
pub const DOWNLOAD_DOCX: S = &("Tải báo cáo thành tích (Word .docx)", "Download the achievement report (Word .docx)");
pub const BIRTH_DATE: S = &("Ngày sinh (in trong báo cáo)", "Date of birth (printed in the report)");
pub const DUTIES: S = &("Chức năng, nhiệm vụ được giao (in trong báo cáo thành tích)", "Duties assigned (printed in the achievement report)");
pub const CLEAR: S = &("Xoá dữ liệu trên máy này", "Clear data on this device");
pub const CLEAR_CONFIRM: S = &(
    "Xoá toàn bộ dữ liệu đã nhập trên máy này?",
    "Delete everything entered on this device?",
);
pub const LOADED: S = &("Đã mở tệp hồ sơ.", "Profile file opened.");
pub const LOAD_FAILED: S = &(
    "Không mở được tệp; dữ liệu hiện tại giữ nguyên.",
    "The file could not be opened; your current data is unchanged.",
);
pub const STORAGE_BLOCKED: S = &(
    "Trình duyệt không cho lưu dữ liệu trên máy: ứng dụng vẫn hoạt động nhưng dữ liệu sẽ mất khi đóng trang. Hãy tải bản tóm tắt để giữ lại.",
    "The browser does not allow saving on this device: the app keeps working, but data is lost when the page closes. Download the summary to keep it.",
);
pub const PRINT_TITLE: S = &(
    "BÁO CÁO TÓM TẮT THÀNH TÍCH VÀ KẾT QUẢ KIỂM TRA ĐIỀU KIỆN KHEN THƯỞNG",
    "ACHIEVEMENT SUMMARY AND AWARD-ELIGIBILITY CHECK",
);

pub const CAL_TITLE: S = &(
    "Lịch thi đua, khen thưởng tính đến",
    "Emulation calendar as of",
);
pub const CAL_OPEN: S = &("Đang diễn ra", "Open now");
pub const CAL_NEXT: S = &("Sắp tới", "Coming next");
pub const CAL_RECENT: S = &("Vừa kết thúc", "Recently ended");
pub const CAL_NONE: S = &("Không có mục nào.", "Nothing.");
pub const REPORT_PERSON: S = &("Sơ lược lý lịch", "Personal summary");
pub const REPORT_DATE: S = &("Ngày lập", "Date");
pub const REPORT_OUTCOME: S = &("Kết quả kiểm tra", "Result of the check");
pub const TOOLBAR_LABEL: S = &("Tệp và in", "Files and printing");

pub const MODE_INDIVIDUAL: S = &("Cá nhân", "Individual");
pub const MODE_UNIT: S = &("Đơn vị (nhiều ứng viên)", "Unit (many candidates)");
pub const MODE_LABEL: S = &("Chế độ", "Mode");
pub const SEC_UNIT: S = &("1. Thông tin đơn vị", "1. The unit");
pub const UNIT_NAME: S = &("Tên đơn vị, phòng", "Unit or division name");
pub const HAS_PARTY_ORG: S = &(
    "Đơn vị được đánh giá cả với tư cách tổ chức đảng (chi bộ, đảng bộ)",
    "The unit is also rated as a party organisation",
);
pub const SEC_UNIT_YEARS: S = &(
    "2. Kết quả đánh giá của đơn vị từng năm",
    "2. The unit's yearly ratings",
);
pub const SEC_CANDIDATES: S = &("Ứng viên", "Candidates");
pub const CANDIDATES_COUNT: S = &("ứng viên", "candidates");
pub const EVALUATING: S = &("Đang kiểm tra", "Evaluating");
pub const FILTER_NAME: S = &("Lọc theo tên", "Filter by name");
pub const FILTER_AWARD: S = &("Chỉ hiện người", "Show only those");
pub const FILTER_ALL: S = &("— tất cả —", "— everyone —");
pub const FILTER_ELIGIBLE_FOR: S = &("đủ điều kiện", "eligible for");
pub const SORT_BY: S = &("Sắp xếp theo", "Sort by");
pub const SORT_NAME: S = &("Họ và tên", "Name");
pub const SORT_INPUT: S = &("Thứ tự nhập", "Order entered");
pub const OPEN: S = &("Mở", "Open");
pub const DUPLICATE: S = &("Nhân bản", "Duplicate");
pub const ADD_CANDIDATE: S = &("+ Thêm ứng viên", "+ Add a candidate");
pub const PAGE: S = &("Trang", "Page");
pub const PREV: S = &("‹ Trước", "‹ Previous");
pub const NEXT: S = &("Sau ›", "Next ›");
pub const BACK_TO_UNIT: S = &("‹ Về danh sách đơn vị", "‹ Back to the unit");
pub const EDITING_MEMBER: S = &(
    "Đang sửa ứng viên của đơn vị",
    "Editing a candidate of the unit",
);
pub const UNIT_RESULTS: S = &(
    "Danh hiệu, khen thưởng của tập thể",
    "The unit's collective titles and awards",
);
pub const REVIEW_WARNINGS: S = &(
    "Lưu ý cho cuộc họp xét (chỉ cảnh báo, không tự áp dụng)",
    "For the review meeting (warnings only, nothing applied)",
);
pub const IMPORT: S = &(
    "Nhập ứng viên (CSV, JSON)…",
    "Import candidates (CSV, JSON)…",
);
pub const TEMPLATE: S = &("Tải mẫu CSV", "Download the CSV template");
pub const EXPORT_CSV: S = &("Xuất kết quả (CSV)", "Export results (CSV)");
pub const EXPORT_JSON: S = &("Xuất toàn bộ (JSON)", "Export everything (JSON)");
pub const PRINT_UNIT: S = &("In danh sách", "Print the list");
pub const CLEAR_UNIT: S = &(
    "Xoá dữ liệu đơn vị trên máy này",
    "Clear the unit's data on this device",
);
pub const CLEAR_UNIT_CONFIRM: S = &(
    "Xoá toàn bộ danh sách ứng viên và dữ liệu đơn vị trên máy này?",
    "Delete every candidate and the unit's data on this device?",
);
pub const IMPORTED: S = &("Đã nhập ứng viên:", "Candidates imported:");
pub const IMPORT_ROW_ERRORS: S = &(
    "Các dòng sau có lỗi và chưa được nhập; các dòng đúng đã được giữ:",
    "These rows have errors and were not imported; the good rows were kept:",
);
pub const UNIT_PRINT_TITLE: S = &(
    "DANH SÁCH ỨNG VIÊN VÀ KẾT QUẢ KIỂM TRA ĐIỀU KIỆN KHEN THƯỞNG",
    "CANDIDATES AND AWARD-ELIGIBILITY RESULTS",
);
pub const AWARD_SHORT: [(&str, S); 9] = [
    ("lao_dong_tien_tien", &("LĐTT", "Adv. worker")),
    ("chien_si_thi_dua_co_so", &("CSTĐCS", "Grassroots fighter")),
    ("chien_si_thi_dua_cap_tinh", &("CSTĐ tỉnh", "Prov. fighter")),
    ("giay_khen", &("Giấy khen", "Commendation")),
    ("bang_khen_chu_tich_ubnd_tinh", &("BK tỉnh", "Prov. merit")),
    ("bang_khen_thu_tuong", &("BK TTg", "PM merit")),
    ("huan_chuong_lao_dong_hang_ba", &("HCLĐ III", "Labour III")),
    ("hcm_hang_nam_ca_nhan", &("Học tập Bác", "HCM study")),
    (
        "thi_dua_dac_biet_2025_giay_khen_ca_nhan",
        &("Thi đua ĐB 2025", "Campaign 2025"),
    ),
];
pub const SEC_UNIT_DECLARATIONS: S = &("3. Tự đánh giá của tập thể (cam kết)", "3. The unit's declarations");

// Data safety (issue 11).
pub const UNREADABLE: S = &(
    "Dữ liệu đã lưu trên máy này không đọc được (phiên bản mới hơn hoặc bị hỏng). Dữ liệu đó được giữ nguyên trong bản sao lưu; hãy tải về để giữ lại.",
    "The data saved on this device could not be read (a newer version, or damaged). It is kept unchanged in a backup; download it to keep it.",
);
pub const DOWNLOAD_BACKUP: S = &("Tải bản sao lưu", "Download the backup");
pub const DISMISS: S = &("Đóng", "Dismiss");
pub const OTHER_TAB: S = &(
    "Dữ liệu đã thay đổi ở một tab khác. Thay đổi ở tab này chưa được lưu.",
    "The data was changed in another tab. Changes in this tab are not saved.",
);
pub const LOAD_OTHER_TAB: S = &("Tải dữ liệu từ tab kia", "Load the other tab's data");
pub const DOWNLOAD_THIS_TAB: S = &("Tải dữ liệu của tab này", "Download this tab's data");
pub const LOAD_REPLACE_CONFIRM: S = &(
    "Mở tệp này sẽ thay thế hồ sơ đang nhập. Tiếp tục?",
    "Opening this file replaces the profile you are editing. Continue?",
);
pub const UNIT_REPLACE_CONFIRM: S = &(
    "Nhập tệp này sẽ thay thế đơn vị và toàn bộ danh sách ứng viên hiện có. Tiếp tục?",
    "Importing this file replaces the unit and every current candidate. Continue?",
);
pub const IMPORT_MODE_CONFIRM: S = &(
    "Danh sách đã có ứng viên. Bấm OK để THAY THẾ danh sách bằng tệp này, hoặc Huỷ để THÊM vào danh sách (ứng viên trùng tên và đơn vị sẽ được bỏ qua).",
    "The list already has candidates. Press OK to REPLACE the list with this file, or Cancel to ADD to it (candidates with the same name and unit are skipped).",
);
pub const REMOVE_CONFIRM: S = &("Xoá ứng viên này khỏi danh sách?", "Remove this candidate from the list?");
pub const DUPLICATES_SKIPPED: S = &(
    "Bỏ qua vì trùng tên và đơn vị với ứng viên đã có:",
    "Skipped, same name and unit as an existing candidate:",
);

// Answer-first results, the way in, skip links (issue 12, part 2).
pub const PAGE_TITLE: S = &(
    "Kiểm tra điều kiện thi đua, khen thưởng — Lạng Sơn",
    "Award eligibility checker — Lạng Sơn",
);
pub const NOT_ENTERED: S = &("Chưa nhập", "Not entered");
pub const MORE: S = &("Tiêu chí, căn cứ và ghi chú", "Criteria, legal basis and notes");
pub const HEADLINE_EMPTY: S = &(
    "Chưa nhập dữ liệu: nhập kết quả đánh giá từng năm (mục 2) để xem có thể đề nghị danh hiệu, hình thức khen thưởng nào.",
    "Nothing entered yet: enter the rating of each year (part 2) to see which titles and awards can be proposed.",
);
pub const HEADLINE_NONE: S = &(
    "Chưa có danh hiệu, hình thức khen thưởng nào có thể đề nghị ngay cho năm",
    "Nothing can be proposed yet for",
);
pub const HEADLINE_NOW: S = &(
    "Có thể đề nghị ngay cho năm",
    "Can be proposed now for",
);
pub const LEGAL_BASIS: S = &("Căn cứ", "Legal basis");
/// "Có 2 lỗi cần sửa…" — the count of input problems, for the results column and the jump bar.
pub fn errors_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Có {n} lỗi cần sửa trong biểu mẫu; kết quả sẽ hiện khi sửa xong."),
        Lang::En if n == 1 => "1 problem to correct in the form; the results appear once it is corrected.".into(),
        Lang::En => format!("{n} problems to correct in the form; the results appear once they are corrected."),
    }
}
pub const GROUP_NOW: S = &("Có thể đề nghị", "Can be proposed");
pub const GROUP_NOT_YET: S = &(
    "Chưa đạt hoặc chưa đủ dữ liệu",
    "Not yet reached, or not enough data",
);
pub const GROUP_ALL: S = &("Danh hiệu, hình thức khen thưởng", "Titles and awards");
pub const GROUP_APART: S = &(
    "Xem riêng, không tính vào kết quả (đợt xét đã kết thúc, chưa có quy định áp dụng, cần thẩm định)",
    "Shown apart, not counted (review round over, no rule in force, needs manual review)",
);
pub const TO_TOOLBAR: S = &("↑ Thanh công cụ", "↑ Toolbar");
pub const TO_FORM: S = &("↑ Biểu mẫu", "↑ Form");
pub const TO_RESULTS: S = &("↓ Đến kết quả", "↓ Go to the results");
pub const SKIP_LABEL: S = &("Chuyển nhanh", "Skip to");
pub const SKIP_FORM: S = &("Đến biểu mẫu", "Go to the form");
pub const SKIP_RESULTS: S = &("Đến kết quả", "Go to the results");
pub const JUMP_NOW: S = &("Có thể đề nghị ngay:", "Can be proposed now:");
pub const JUMP_EMPTY: S = &("Chưa nhập dữ liệu", "Nothing entered yet");
pub const JUMP_SEE: S = &("Xem kết quả ↓", "See the results ↓");
pub const START_TITLE: S = &("Bắt đầu từ đây", "Start here");
pub const START_WHAT: S = &(
    "Công cụ cho biết cá nhân hoặc tập thể có thể được đề nghị danh hiệu thi đua, hình thức khen thưởng nào, vì sao, theo điều khoản nào, và nếu chưa đạt thì còn thiếu gì, sớm nhất năm nào.",
    "The checker tells which emulation titles and forms of commendation a person or a unit can be proposed for, why, under which article, and, if not yet, what is missing and the earliest year.",
);
pub const START_HAVE: S = &(
    "Chuẩn bị sẵn: kết quả xếp loại của từng năm (và xếp loại đảng viên, nếu là đảng viên); các quyết định khen thưởng đã nhận (số, ngày, cơ quan ban hành); sáng kiến, đề tài đã được công nhận; kỷ luật, nếu có.",
    "Have at hand: the rating of each year (and the party rating, for a party member); the award decisions received (number, date, issuing body); initiatives and research recognised; any discipline.",
);
pub const START_HOW: S = &(
    "Cách có kết quả: mỗi tiêu chí của Luật Thi đua, khen thưởng và các văn bản hướng dẫn (theo ngày đề nghị) được đối chiếu với dữ liệu đã nhập. Thiếu dữ liệu thì kết quả là \"Chưa đủ dữ liệu\", không phải \"Chưa đủ điều kiện\". Hội đồng Thi đua – Khen thưởng quyết định cuối cùng.",
    "How the result is reached: each criterion of the Law on Emulation and Commendation and its decrees (as in force on the proposal date) is checked against what you entered. Missing data gives \"Not enough data\", never \"Not eligible\". The Emulation and Commendation Council decides.",
);
pub const START_PRIVATE: S = &(
    "Dữ liệu chỉ lưu trong trình duyệt trên máy này, không gửi đi đâu.",
    "Data stays in the browser on this device; nothing is sent anywhere.",
);
pub const START_DISMISS: S = &("Đã hiểu, ẩn phần này", "Got it, hide this");
pub const FORM_END: S = &("Hết biểu mẫu", "End of the form");
pub const EXPORT_DETAILS: S = &("kèm chi tiết tiêu chí", "with criteria details");
pub const PRINT_UNIT_REPORT: S = &("In báo cáo thành tích tập thể", "Print the collective's achievement report");
// The form (issue 12): error summary, dates, rows, the version-2 controls.
pub const ERROR_SUMMARY: S = &("Có lỗi cần sửa", "There is a problem");
pub const ERROR_PREFIX: S = &("Lỗi: ", "Error: ");
pub const ERRORS_IN_FORM: S = &("Số lỗi cần sửa trong biểu mẫu:", "Problems to fix in the form:");
pub const ERRORS_THEN: S = &(
    "Kết quả sẽ hiện khi các lỗi được sửa. Xem danh sách lỗi",
    "The results appear once they are fixed. See the list of problems",
);
pub const SECTION: S = &("Mục", "Section");
pub const ROW: S = &("dòng", "row");
pub const ROW_CAP: S = &("Dòng", "Row");
pub const CANDIDATE: S = &("Ứng viên", "Candidate");
pub const DATE_HINT: S = &("Ngày/tháng/năm, ví dụ 01/08/2015", "Day/month/year, e.g. 01/08/2015");
pub const CHOOSE: S = &("— chọn —", "— choose —");
pub const CONTINUOUS_WORK: S = &(
    "Ngày bắt đầu làm việc liên tục tại cơ quan, đơn vị (kể cả thời gian hợp đồng)",
    "Date continuous work at the unit began (labour-contract time included)",
);
pub const CONTINUOUS_WORK_HINT: S = &(
    "Để trống: tính từ ngày tuyển dụng.",
    "Empty: counted from the recruitment date.",
);
pub const PARTY_ORG_RATING: S = &("Xếp loại tổ chức đảng", "Party organisation rating");
pub const MASS_RATING: S = &(
    "Xếp loại các tổ chức đoàn thể (thấp nhất)",
    "Mass organisations' rating (the lowest)",
);
pub const HAS_MASS_ORGS: S = &(
    "Đơn vị có tổ chức đoàn thể (công đoàn, đoàn thanh niên)",
    "The unit has mass organisations (trade union, youth union)",
);
pub const DISC_FROM: S = &("Kỷ luật từ ngày", "Discipline from");
pub const DISC_TO: S = &("Kỷ luật đến ngày", "Discipline until");
pub const YEAR_NOUN: S = &("năm", "year");
pub const ACH_NOUN: S = &("sáng kiến, đề tài", "initiative or research");
pub const AWARD_NOUN: S = &("khen thưởng", "award");
pub const USED_FOR: S = &(
    "Đã dùng làm thành tích cho khen thưởng",
    "Already used as the basis of an award",
);
pub const NOT_USED: S = &("— chưa dùng —", "— not used —");
pub const USED_YEAR: S = &("Năm của khen thưởng đó", "Year of that award");
pub const ADD_AWARD: S = &("+ Thêm khen thưởng đã nhận", "+ Add an award received");
pub const PERIOD_HINT: S = &(
    "Để trống \"Từ năm\", \"Đến năm\" khi quyết định không ghi thời gian đạt thành tích: khi đó tính theo ngày quyết định.",
    "Leave \"From\" and \"To\" empty when the decision names no achievement period: the decision date then counts.",
);
pub const SEC_PROGRAMMES: S = &("6. Đợt xét và phong trào thi đua", "6. Review rounds and campaigns");
pub const SEC_UNIT_PROGRAMMES: S = &("4. Đợt xét và phong trào thi đua", "4. Review rounds and campaigns");
pub const CAMPAIGN_HINT: S = &(
    "Phong trào thi đua đặc biệt năm 2025: chỉ tiêu theo Kế hoạch của Sở Ngoại vụ là 1 tập thể và 3 cá nhân; đơn vị khác tự đặt chỉ tiêu của mình.",
    "The 2025 special campaign: the quota set by the plan of Sở Ngoại vụ (Department of Foreign Affairs) is 1 collective and 3 individuals; other units set their own.",
);
pub const REVIEW_PERIODS: S = &("Kỳ xét của các đợt sơ kết, tổng kết", "Periods of the periodic reviews");
pub const REVIEW_PERIOD_HINT: S = &(
    "Để trống: dùng kỳ mặc định. Kỳ tự chọn không có hạn nộp đã biết; hãy kiểm tra hạn nộp của đợt xét.",
    "Empty: the default period. A period you choose has no known filing window; check the round's deadline.",
);
pub const DEFAULT_PERIOD: S = &("Mặc định", "Default");
pub const DECL_HINT_UNIT: S = &(
    "Đánh dấu khi đúng với tập thể. Ô chưa đánh dấu được coi là \"chưa trả lời\", không phải \"không\".",
    "Tick what is true of the unit. An unticked box counts as 'not answered', not as 'no'.",
);
pub const UNREADABLE_PROFILE: S = &("Hồ sơ cá nhân:", "Personal profile:");
pub const UNREADABLE_UNIT: S = &("Danh sách đơn vị:", "Unit list:");
pub const UNREADABLE_NEWER: S = &(
    "Dữ liệu này do phiên bản mới hơn của ứng dụng ghi; ứng dụng này không ghi đè lên nó, thay đổi ở đây chỉ được giữ trong trang này.",
    "It was written by a newer version of the app; this version does not overwrite it, and changes made here stay in this page only.",
);
pub const UNREADABLE_NO_COPY: S = &(
    "Không tạo được bản sao lưu, nên ứng dụng không ghi đè lên dữ liệu đó; thay đổi ở đây chỉ được giữ trong trang này.",
    "No backup could be made, so the app does not overwrite that data; changes made here stay in this page only.",
);
pub const OTHER_TAB_SYNCED: S = &(
    "Dữ liệu đã thay đổi ở một tab khác; trang này đã cập nhật theo.",
    "The data was changed in another tab; this page now shows it.",
);
pub const IMPORT_CHOICE: S = &(
    "Danh sách đã có ứng viên. Thay thế danh sách bằng ứng viên trong tệp, hay thêm vào (ứng viên trùng sẽ được bỏ qua)? Số ứng viên trong tệp:",
    "The list already has candidates. Replace the list with the file's candidates, or add them (duplicates are skipped)? Candidates in the file:",
);
pub const IMPORT_REPLACE: S = &("Thay thế danh sách", "Replace the list");
pub const IMPORT_ADD: S = &("Thêm vào danh sách", "Add to the list");
pub const CANCEL: S = &("Huỷ", "Cancel");
pub const DUPLICATES_IN_FILE: S = &(
    "Bỏ qua vì trùng (cùng họ tên và đơn vị, hoặc cùng nội dung):",
    "Skipped as duplicates (same name and unit, or same content):",
);
pub const INVALID_SKIPPED: S = &(
    "Chưa nhập vì dữ liệu không hợp lệ (hãy sửa tệp rồi nhập lại):",
    "Not imported, the data is invalid (correct the file and import again):",
);
/// The progress line while a CSV is read (rows read / rows in the file), issue 13.
pub const IMPORTING: S = &("Đang nhập", "Importing");
