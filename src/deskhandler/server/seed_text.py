"""The words of the demo data: Huế's streets and wards, people's names, report texts.

Kept apart from `deskhandler.server.seed` so the generator reads as logic and this module
as data.  Everything is NFC Vietnamese with full diacritics, as citizens write it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

#: (street, ward, latitude, longitude): real streets of Huế near their middle.
STREETS: list[tuple[str, str, float, float]] = [
    ("Lê Lợi", "Vĩnh Ninh", 16.4655, 107.5905),
    ("Hùng Vương", "Phú Hội", 16.4620, 107.5990),
    ("Trần Hưng Đạo", "Phú Hòa", 16.4720, 107.5830),
    ("Nguyễn Huệ", "Vĩnh Ninh", 16.4600, 107.5890),
    ("Phạm Ngũ Lão", "Phú Hội", 16.4695, 107.5955),
    ("Đinh Tiên Hoàng", "Thuận Thành", 16.4760, 107.5800),
    ("Lê Duẩn", "Tây Lộc", 16.4660, 107.5730),
    ("Bà Triệu", "Xuân Phú", 16.4610, 107.6060),
    ("Điện Biên Phủ", "Trường An", 16.4520, 107.5850),
    ("Nguyễn Trãi", "Tây Lộc", 16.4740, 107.5700),
    ("Lý Thường Kiệt", "Phú Nhuận", 16.4620, 107.5960),
    ("Hà Nội", "Vĩnh Ninh", 16.4640, 107.5920),
    ("Trường Chinh", "An Cựu", 16.4540, 107.5960),
    ("Nguyễn Sinh Cung", "Vỹ Dạ", 16.4740, 107.6050),
    ("Tố Hữu", "Xuân Phú", 16.4580, 107.6110),
    ("Mai Thúc Loan", "Thuận Thành", 16.4770, 107.5860),
    ("Kim Long", "Kim Long", 16.4640, 107.5540),
    ("Chi Lăng", "Phú Hiệp", 16.4780, 107.5920),
    ("Phan Đình Phùng", "Vĩnh Ninh", 16.4590, 107.5870),
    ("Đội Cung", "Phú Hội", 16.4640, 107.5970),
    ("Nguyễn Tri Phương", "Phú Hội", 16.4670, 107.5930),
    ("Bến Nghé", "Phú Hội", 16.4660, 107.5960),
    ("Chu Văn An", "Phú Hội", 16.4675, 107.5950),
    ("Huỳnh Thúc Kháng", "Phú Hòa", 16.4760, 107.5890),
    ("Nguyễn Chí Thanh", "Phú Hiệp", 16.4800, 107.5970),
    ("Ngô Đức Kế", "Thuận Thành", 16.4745, 107.5840),
    ("Võ Văn Kiệt", "An Cựu", 16.4460, 107.6090),
    ("Phan Chu Trinh", "Phước Vĩnh", 16.4560, 107.5900),
]

LANDMARKS: list[str] = [
    "chợ Đông Ba",
    "cầu Trường Tiền",
    "ga Huế",
    "trường THPT Quốc Học",
    "cửa Thượng Tứ",
    "cầu Phú Xuân",
    "công viên Thương Bạc",
    "bến xe phía Nam",
    "chợ An Cựu",
    "Bệnh viện Trung ương Huế",
    "nhà thờ Phủ Cam",
    "phố đi bộ Phạm Ngũ Lão",
    "trường Đại học Sư phạm",
    "cầu Gia Hội",
    "chợ Bến Ngự",
    "công viên Tứ Tượng",
]

WHEN: list[str] = [
    "từ sáng nay",
    "từ tối qua",
    "đã ba ngày nay",
    "mấy tuần nay",
    "hơn một tháng nay",
    "từ sau trận mưa hôm qua",
    "vào giờ cao điểm buổi sáng",
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Tôn Nữ", "Lý"]  # fmt: skip
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Thị Thu", "Xuân"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân",
         "Quỳnh", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Vy", "Yến"]  # fmt: skip


@dataclass(frozen=True)
class Story:
    """One kind of report: its category, the units that handle it and how people say it."""

    category: str
    units: tuple[str, ...]
    title: str
    descriptions: tuple[str, ...]
    replies: tuple[str, ...]


STORIES: list[Story] = [
    Story(
        "HTGT",
        ("SGTVT", "SGTVT", "UBND-HUE"),
        "Ổ gà trên đường {street}",
        (
            "Trên đường {street}, đoạn gần {landmark}, có ổ gà lớn giữa làn xe máy {when}. "
            "Trời tối rất khó thấy, đã có người té ngã. Đề nghị cơ quan chức năng sớm khắc phục.",
            "Mặt đường {street} trước số nhà {number} bị sụt lún, nước đọng thành vũng, "
            "xe cộ phải lạng lách tránh rất nguy hiểm.",
        ),
        (
            "Sở Giao thông vận tải đã chỉ đạo đơn vị bảo trì vá ổ gà trên đường {street}. "
            "Mặt đường đã được thảm lại, đảm bảo an toàn giao thông.",
            "Đơn vị đã kiểm tra, rào chắn cảnh báo và khắc phục mặt đường {street}.",
        ),
    ),
    Story(
        "HTGT",
        ("SGTVT",),
        "Đèn tín hiệu giao thông hỏng tại {street}",
        (
            "Đèn tín hiệu tại ngã tư {street} gần {landmark} chỉ nhấp nháy vàng {when}, "
            "giờ tan tầm rất ùn tắc.",
        ),
        ("Đèn tín hiệu đã được sửa chữa và hoạt động bình thường trở lại.",),
    ),
    Story(
        "VSMT",
        ("HEPCO", "HEPCO", "STNMT", "UBND-PHUHOI", "UBND-VINHNINH", "UBND-THUANTHANH"),
        "Rác thải tồn đọng trên đường {street}",
        (
            "Rác thải sinh hoạt tập kết bừa bãi trên vỉa hè đường {street}, gần {landmark}, "
            "bốc mùi hôi thối {when}. Mong công ty môi trường thu gom sớm.",
            "Có người đổ trộm phế thải xây dựng ở kiệt {number} đường {street}, lấn cả lòng đường.",
            "Thùng rác công cộng trước số {number} {street} bị đầy tràn, không ai thu gom.",
        ),
        (
            "Công ty Môi trường và Công trình đô thị Huế đã thu gom toàn bộ rác tại vị trí "
            "phản ánh và bố trí tăng tần suất thu gom trên tuyến {street}.",
            "UBND phường {ward} đã phối hợp thu dọn phế thải và lập biên bản xử lý vi phạm.",
        ),
    ),
    Story(
        "HTDT",
        ("DIENLUC", "HEPCO"),
        "Đèn chiếu sáng công cộng không sáng trên đường {street}",
        (
            "Cả dãy đèn đường {street} từ {landmark} trở đi không sáng {when}, "
            "buổi tối rất tối và mất an toàn.",
            "Trụ đèn trước số nhà {number} {street} bị nghiêng, dây điện sà xuống thấp.",
        ),
        ("Đơn vị đã thay bóng và sửa chữa tủ điện chiếu sáng tuyến đường {street}.",),
    ),
    Story(
        "HTDT",
        ("HUEWACO",),
        "Vỡ ống nước trên đường {street}",
        (
            "Ống cấp nước bị vỡ ở trước số {number} {street}, nước chảy lênh láng {when}.",
            "Nước sinh hoạt khu vực {ward} có mùi lạ và màu đục {when}.",
        ),
        ("Công ty Cấp nước Huế đã khắc phục sự cố đường ống, cấp nước trở lại bình thường.",),
    ),
    Story(
        "HTDT",
        ("HEPCO", "UBND-HUE"),
        "Cây xanh có nguy cơ gãy đổ trên đường {street}",
        (
            "Cây phượng lớn trước {landmark} trên đường {street} bị mục gốc, nghiêng ra lòng "
            "đường. Mùa mưa bão sắp tới rất nguy hiểm cho người đi đường.",
            "Cống thoát nước đường {street} bị tắc, mưa xuống là ngập sâu {when}.",
        ),
        (
            "Đơn vị đã cắt tỉa, gia cố cây xanh và nạo vét hố ga trên đường {street}.",
            "Đã khơi thông cống thoát nước, khu vực không còn ngập úng.",
        ),
    ),
    Story(
        "TTXD",
        ("SXD", "SXD", "UBND-PHUHOI", "UBND-VINHNINH", "UBND-THUANTHANH"),
        "Công trình xây dựng lấn chiếm vỉa hè tại {street}",
        (
            "Công trình nhà ở tại số {number} đường {street} để vật liệu xây dựng tràn ra vỉa "
            "hè và lòng đường {when}, không che chắn.",
            "Nhà số {number} {street} xây thêm tầng, có dấu hiệu sai phép, "
            "thi công cả ban đêm gây ồn ào.",
        ),
        (
            "Đoàn kiểm tra đã lập biên bản, yêu cầu chủ đầu tư thu dọn vật liệu và "
            "che chắn công trình theo quy định.",
        ),
    ),
    Story(
        "ANTT",
        ("CAT", "UBND-PHUHOI", "UBND-VINHNINH"),
        "Tụ tập gây mất trật tự tại {street}",
        (
            "Nhóm thanh niên tụ tập đua xe, nẹt pô trên đường {street} gần {landmark} "
            "vào ban đêm, gây mất an ninh trật tự.",
            "Quán karaoke ở số {number} {street} mở nhạc lớn đến khuya {when}.",
        ),
        ("Công an đã tăng cường tuần tra, xử lý các trường hợp vi phạm tại khu vực.",),
    ),
    Story(
        "DVDL",
        ("SDL",),
        "Chèo kéo du khách gần {landmark}",
        (
            "Tình trạng chèo kéo, nài ép du khách mua hàng và đi xích lô với giá cao "
            "xảy ra thường xuyên gần {landmark} {when}.",
            "Nhà hàng trên đường {street} không niêm yết giá, tính tiền du khách quá cao.",
        ),
        (
            "Sở Du lịch đã phối hợp kiểm tra, nhắc nhở và xử lý các cơ sở vi phạm, "
            "tăng cường tuyên truyền văn minh du lịch.",
        ),
    ),
    Story(
        "TTCB",
        ("SNV", "UBND-HUE"),
        "Chậm trả kết quả hồ sơ hành chính",
        (
            "Tôi nộp hồ sơ tại bộ phận một cửa phường {ward} đã quá hẹn hai tuần nhưng "
            "chưa nhận được kết quả, cán bộ không giải thích lý do.",
        ),
        (
            "Đơn vị đã kiểm tra, trả kết quả hồ sơ và nhắc nhở cán bộ liên quan "
            "về tinh thần, thái độ phục vụ.",
        ),
    ),
    Story(
        "TTBL",
        ("UBND-HUE", "UBND-PHUHOI", "UBND-THUANTHANH"),
        "Ngập sâu sau mưa lớn tại {street}",
        (
            "Mưa lớn kéo dài, đoạn đường {street} gần {landmark} ngập sâu khoảng nửa mét, "
            "nhiều xe chết máy. Đề nghị hỗ trợ khẩn cấp.",
            "Cây đổ chắn ngang đường {street} sau bão, chưa có ai dọn.",
        ),
        ("Lực lượng ứng cứu đã có mặt, dọn dẹp và bảo đảm lưu thông trên đường {street}.",),
    ),
    Story(
        "PCD",
        ("UBND-HUE", "UBND-VINHNINH"),
        "Nguy cơ sốt xuất huyết tại {ward}",
        (
            "Khu dân cư phường {ward} có nhiều vũng nước đọng, muỗi nhiều, "
            "đã có người mắc sốt xuất huyết. Đề nghị phun thuốc diệt muỗi.",
        ),
        ("Trạm y tế phường đã tổ chức phun hóa chất và phát quang bụi rậm tại khu vực.",),
    ),
]

#: How often each category is reported (of 100).
CATEGORY_WEIGHTS: dict[str, int] = {
    "VSMT": 25, "HTGT": 18, "HTDT": 18, "TTXD": 12, "ANTT": 8,
    "DVDL": 6, "TTCB": 5, "TTBL": 4, "PCD": 4,
}  # fmt: skip

NOTES = [
    "Đã cử cán bộ kiểm tra hiện trường.",
    "Đã liên hệ người phản ánh để xác minh thêm thông tin.",
    "Phối hợp với UBND phường {ward} xử lý.",
    "Chờ vật tư để khắc phục, dự kiến trong tuần.",
    "Hiện trường đúng như phản ánh, đã báo cáo lãnh đạo.",
    "Đã chuyển đội thi công, đề nghị theo dõi tiến độ.",
]

RETURN_REASONS = [
    "Không thuộc thẩm quyền của đơn vị, đề nghị chuyển UBND phường sở tại.",
    "Vị trí phản ánh thuộc phạm vi quản lý của đơn vị khác.",
]

ROUTE_REASON = "Chuyển đơn vị có thẩm quyền xử lý."

SATISFIED = ["Xử lý nhanh, cảm ơn các anh chị!", "Đã sạch sẽ, rất hài lòng.", None]
NEUTRAL = ["Tạm được nhưng hơi chậm.", None]
UNSATISFIED = ["Chưa xử lý triệt để, tình trạng vẫn như cũ.", "Làm qua loa, vài hôm lại hỏng."]

#: The very long report: a citizen who explains everything (under Open311's 4,000 chars).
LONG_REPORT = (
    "Kính gửi Trung tâm Giám sát, điều hành đô thị thông minh tỉnh. Tôi là cư dân sống lâu năm "
    "trên đường Hùng Vương, phường Phú Hội. "
    + " ".join(
        f"Lần thứ {n}, tôi xin phản ánh lại tình trạng mặt đường bị hư hỏng nặng, ổ gà nối "
        "tiếp nhau, nước mưa đọng lại gây trơn trượt, xe tải trọng lớn vẫn lưu thông giờ cao "
        "điểm làm mặt đường càng xuống cấp; nhiều học sinh đi xe đạp đã bị ngã."
        for n in range(1, 15)
    )
    + " Rất mong các cơ quan chức năng sớm vào cuộc. Trân trọng cảm ơn!"
)

EMOJI_REPORT = (
    "Rác ngập cả lối đi ở chợ Đông Ba 🤢🤢 mùi không chịu nổi, khách du lịch ai cũng "
    "bịt mũi 😷. Mong được dọn sớm 🙏🙏"
)

#: Pasted from a program that writes decomposed Unicode (NFD): the seed must store it as NFC.
NFD_REPORT = unicodedata.normalize(
    "NFD",
    "Nắp hố ga trên đường Trần Hưng Đạo bị vỡ, người đi xe máy rất dễ sụp bánh. "
    "Đề nghị thay nắp mới trước mùa mưa lũ.",
)

SHORT_REPORT = "Đèn đường hỏng"

#: The same pothole reported by several people (the first one is the case the others duplicate).
POTHOLE_REPORTS = [
    "Ổ gà rất sâu giữa đường Hùng Vương, ngay trước Vincom Huế, xe máy sụp vào là ngã.",
    "hung vuong truoc vincom co o ga to lam, toi qua suyt te",
    "Ổ gà trước Vincom Hùng Vương vẫn chưa được vá!!! Đã 2 người ngã sáng nay.",
    "Cái ổ gà ở Hùng Vương gần ngã tư Bà Triệu nguy hiểm quá, đề nghị xử lý gấp.",
]
