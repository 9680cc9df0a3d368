"""Reference data of a province: units, categories, reply templates, resolutions, holidays.

A real province edits these through its admins; `ensure_reference_data` writes the Hue set
once (used by ``migrate --with-reference-data``, ``seed`` and the tests) and never overwrites
what is already there.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from deskhandler.server.models import (
    CategoryRow,
    DepartmentRow,
    HolidayRow,
    ResolutionRow,
    TemplateRow,
)

IOC = "IOC"

#: (code, Vietnamese name) of the demo units: real kinds of units in Huế.
DEPARTMENTS: list[tuple[str, str]] = [
    (IOC, "Trung tâm Giám sát, điều hành đô thị thông minh"),
    ("SXD", "Sở Xây dựng"),
    ("SGTVT", "Sở Giao thông vận tải"),
    ("STNMT", "Sở Tài nguyên và Môi trường"),
    ("SDL", "Sở Du lịch"),
    ("SNV", "Sở Nội vụ"),
    ("CAT", "Công an tỉnh"),
    ("UBND-HUE", "UBND thành phố Huế"),
    ("UBND-PHUHOI", "UBND phường Phú Hội"),
    ("UBND-VINHNINH", "UBND phường Vĩnh Ninh"),
    ("UBND-THUANTHANH", "UBND phường Thuận Thành"),
    ("HEPCO", "Công ty Môi trường và Công trình đô thị Huế"),
    ("HUEWACO", "Công ty Cấp nước Huế"),
    ("DIENLUC", "Điện lực Thừa Thiên Huế"),
]

_SIZE_ATTR: dict[str, Any] = {
    "variable": True,
    "code": "size",
    "datatype": "singlevaluelist",
    "required": False,
    "datatype_description": "How large is the problem?",
    "order": 1,
    "description": "Kích thước / Size",
    "values": [
        {"key": "small", "name": "Nhỏ / Small"},
        {"key": "medium", "name": "Vừa / Medium"},
        {"key": "large", "name": "Lớn / Large"},
    ],
}

#: (code, Vietnamese name, English name, handling working days, group, default unit, attrs)
CATEGORIES: list[tuple[str, str, str, int, str, str, list[dict[str, Any]]]] = [
    ("TTXD", "Trật tự xây dựng", "Construction order", 10, "Đô thị", "SXD", []),
    (
        "VSMT",
        "Vệ sinh môi trường",
        "Environmental sanitation",
        5,
        "Môi trường",
        "HEPCO",
        [
            _SIZE_ATTR,
            {
                "variable": True,
                "code": "waste_type",
                "datatype": "multivaluelist",
                "required": False,
                "datatype_description": "Which kinds of waste?",
                "order": 2,
                "description": "Loại rác / Kind of waste",
                "values": [
                    {"key": "household", "name": "Rác sinh hoạt / Household"},
                    {"key": "construction", "name": "Phế thải xây dựng / Construction"},
                    {"key": "hazardous", "name": "Chất thải nguy hại / Hazardous"},
                ],
            },
        ],
    ),
    (
        "HTGT",
        "Hạ tầng giao thông",
        "Transport infrastructure",
        7,
        "Giao thông",
        "SGTVT",
        [
            _SIZE_ATTR,
            {
                "variable": True,
                "code": "lanes_blocked",
                "datatype": "number",
                "required": False,
                "datatype_description": "How many lanes are blocked?",
                "order": 2,
                "description": "Số làn bị chặn / Lanes blocked",
            },
        ],
    ),
    (
        "HTDT",
        "Hạ tầng đô thị (chiếu sáng, thoát nước, cây xanh)",
        "Urban infrastructure (lighting, drainage, trees)",
        5,
        "Đô thị",
        "HEPCO",
        [],
    ),
    ("ANTT", "An ninh trật tự", "Security and social order", 3, "An ninh", "CAT", []),
    ("DVDL", "Chất lượng dịch vụ du lịch", "Tourism service quality", 7, "Du lịch", "SDL", []),
    (
        "TTCB",
        "Thái độ, trách nhiệm của cán bộ",
        "Civil servants' conduct",
        10,
        "Hành chính",
        "SNV",
        [],
    ),
    (
        "TTBL",
        "Thiên tai, bão lũ",
        "Natural disasters, storms and floods",
        1,
        "Thiên tai",
        "UBND-HUE",
        [],
    ),
    ("PCD", "Phòng chống dịch", "Epidemic prevention", 2, "Y tế", "UBND-HUE", []),
]

TEMPLATES: list[tuple[str, str, str]] = [
    (
        "received",
        "Đã tiếp nhận, đang xử lý",
        'Kính gửi {reporter}, {department} đã tiếp nhận phản ánh {case_id} về "{title}" '
        "và đang kiểm tra, xử lý. Kết quả sẽ được thông báo trước ngày {due_date}.",
    ),
    (
        "fixed",
        "Đã xử lý xong",
        "Kính gửi {reporter}, {department} đã xử lý xong phản ánh {case_id} tại {address}. "
        "Cảm ơn bạn đã đồng hành cùng chính quyền.",
    ),
    (
        "scheduled",
        "Đã lên kế hoạch khắc phục",
        "Phản ánh {case_id} đã được {department} đưa vào kế hoạch khắc phục. "
        "Thời gian dự kiến hoàn thành: {due_date}.",
    ),
]

RESOLUTIONS: list[tuple[str, str]] = [
    ("fixed", "Đã khắc phục"),
    ("duplicate", "Trùng phản ánh khác"),
    ("invalid", "Phản ánh không đúng sự thật"),
    ("not_competent", "Không thuộc thẩm quyền"),
    ("explained", "Đã giải thích, hướng dẫn"),
    ("scheduled", "Đưa vào kế hoạch"),
]

#: Vietnam's public holidays 2025-2027 (Tết moves with the lunar calendar).
HOLIDAYS: list[tuple[str, str]] = [
    ("2025-01-01", "Tết Dương lịch"),
    ("2025-01-27", "Tết Nguyên đán"),
    ("2025-01-28", "Tết Nguyên đán"),
    ("2025-01-29", "Tết Nguyên đán"),
    ("2025-01-30", "Tết Nguyên đán"),
    ("2025-01-31", "Tết Nguyên đán"),
    ("2025-04-07", "Giỗ Tổ Hùng Vương"),
    ("2025-04-30", "Ngày Giải phóng miền Nam"),
    ("2025-05-01", "Quốc tế Lao động"),
    ("2025-09-01", "Quốc khánh"),
    ("2025-09-02", "Quốc khánh"),
    ("2026-01-01", "Tết Dương lịch"),
    ("2026-02-16", "Tết Nguyên đán"),
    ("2026-02-17", "Tết Nguyên đán"),
    ("2026-02-18", "Tết Nguyên đán"),
    ("2026-02-19", "Tết Nguyên đán"),
    ("2026-02-20", "Tết Nguyên đán"),
    ("2026-04-27", "Giỗ Tổ Hùng Vương"),
    ("2026-04-30", "Ngày Giải phóng miền Nam"),
    ("2026-05-01", "Quốc tế Lao động"),
    ("2026-09-01", "Quốc khánh"),
    ("2026-09-02", "Quốc khánh"),
    ("2027-01-01", "Tết Dương lịch"),
    ("2027-02-05", "Tết Nguyên đán"),
    ("2027-02-08", "Tết Nguyên đán"),
    ("2027-02-09", "Tết Nguyên đán"),
    ("2027-02-10", "Tết Nguyên đán"),
    ("2027-02-11", "Tết Nguyên đán"),
    ("2027-04-16", "Giỗ Tổ Hùng Vương"),
    ("2027-04-30", "Ngày Giải phóng miền Nam"),
    ("2027-05-03", "Quốc tế Lao động (nghỉ bù)"),
    ("2027-09-02", "Quốc khánh"),
    ("2027-09-03", "Quốc khánh"),
]


def ensure_reference_data(session: Session) -> None:
    """Write the reference data that is missing; keep what an admin already changed."""
    for code, name in DEPARTMENTS:
        if session.get(DepartmentRow, code) is None:
            session.add(DepartmentRow(code=code, name=name, is_ioc=code == IOC))
    for code, name, name_en, days, group, unit, attrs in CATEGORIES:
        if session.get(CategoryRow, code) is None:
            session.add(
                CategoryRow(
                    code=code,
                    name=name,
                    name_en=name_en,
                    description=f"{name} / {name_en}",
                    group=group,
                    handling_days=days,
                    attributes=attrs,
                    default_department=unit,
                )
            )
    for code, name, text in TEMPLATES:
        if session.get(TemplateRow, code) is None:
            session.add(TemplateRow(code=code, name=name, text=text))
    for code, name in RESOLUTIONS:
        if session.get(ResolutionRow, code) is None:
            session.add(ResolutionRow(code=code, name=name))
    for day, name in HOLIDAYS:
        if session.get(HolidayRow, date.fromisoformat(day)) is None:
            session.add(HolidayRow(day=date.fromisoformat(day), name=name))
