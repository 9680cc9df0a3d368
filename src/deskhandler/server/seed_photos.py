"""Small scene photos for the demo data, drawn locally with Pillow (nothing is downloaded).

A handful of distinct pictures is enough: the attachment store keeps each once and the
seed attaches them to many cases.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

SIZE = (320, 240)
SCENES = ("pothole", "rubbish", "streetlight", "flood", "tree", "building", "market", "fixed")


def draw_scene(scene: str, variant: int = 0) -> bytes:
    """A JPEG of ``scene``: a street with the problem drawn on it."""
    rng = random.Random(f"{scene}:{variant}")  # noqa: S311 - pictures, not secrets
    width, height = SIZE
    sky = (120 + rng.randrange(60), 170 + rng.randrange(50), 220 + rng.randrange(30))
    image = Image.new("RGB", SIZE, sky)
    draw = ImageDraw.Draw(image)
    horizon = height // 2 + rng.randrange(-20, 20)
    # Houses along the street, then the road and its markings.
    x = 0
    while x < width:
        w = rng.randrange(40, 80)
        top = horizon - rng.randrange(30, 90)
        colour = (200 + rng.randrange(55), 180 + rng.randrange(60), 120 + rng.randrange(80))
        draw.rectangle((x, top, x + w - 4, horizon), fill=colour, outline=(90, 80, 70))
        draw.rectangle((x + w // 3, horizon - 22, x + w // 3 + 12, horizon), fill=(110, 70, 40))
        x += w
    draw.rectangle((0, horizon, width, height), fill=(95, 95, 100))
    for stripe in range(0, width, 40):
        draw.rectangle((stripe, horizon + 55, stripe + 22, horizon + 59), fill=(235, 235, 235))
    cx, cy = width // 2 + rng.randrange(-60, 60), horizon + 60 + rng.randrange(0, 30)
    if scene == "pothole":
        draw.ellipse((cx - 45, cy - 14, cx + 45, cy + 16), fill=(45, 40, 38))
        draw.ellipse((cx - 30, cy - 6, cx + 28, cy + 8), fill=(70, 90, 110))
    elif scene == "rubbish":
        for _ in range(14):
            bx, by = cx + rng.randrange(-60, 60), cy + rng.randrange(-20, 20)
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            draw.rectangle((bx, by, bx + rng.randrange(8, 26), by + rng.randrange(6, 18)), colour)
    elif scene == "streetlight":
        image.paste((25, 30, 60), (0, 0, width, horizon - 90))
        draw.rectangle((cx, horizon - 100, cx + 6, horizon + 40), fill=(60, 60, 60))
        draw.ellipse((cx - 10, horizon - 110, cx + 16, horizon - 92), fill=(80, 80, 70))
    elif scene == "flood":
        draw.rectangle((0, horizon + 10, width, height), fill=(115, 100, 70))
        for wave in range(horizon + 20, height, 14):
            draw.arc((rng.randrange(0, 200), wave, rng.randrange(220, 320), wave + 10), 0, 180,
                     fill=(160, 150, 120), width=2)  # fmt: skip
    elif scene == "tree":
        draw.rectangle((cx - 6, horizon - 60, cx + 6, cy), fill=(100, 70, 40))
        draw.ellipse((cx - 50, horizon - 120, cx + 60, horizon - 40), fill=(40, 130, 50))
        draw.line((cx, cy, cx + 70, cy - 30), fill=(100, 70, 40), width=8)
    elif scene == "building":
        draw.rectangle((cx - 50, horizon - 80, cx + 50, cy), outline=(120, 120, 120), width=3)
        for level in range(horizon - 80, cy, 18):
            draw.line((cx - 50, level, cx + 50, level), fill=(140, 140, 140), width=2)
        draw.polygon([(cx - 70, cy + 10), (cx - 20, cy + 10), (cx - 40, cy - 15)], (190, 170, 130))
    elif scene == "market":
        for stall in range(5):
            sx = 20 + stall * 60
            colour = (200 + rng.randrange(55), rng.randrange(120), rng.randrange(120))
            draw.polygon([(sx, horizon + 5), (sx + 50, horizon + 5), (sx + 25, horizon - 25)],
                         colour)  # fmt: skip
    else:  # fixed: a freshly paved patch
        draw.rectangle((cx - 55, cy - 16, cx + 55, cy + 18), fill=(35, 35, 38))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80, optimize=True)
    return out.getvalue()


#: Which scene fits a report of each category.
CATEGORY_SCENES: dict[str, tuple[str, ...]] = {
    "HTGT": ("pothole",),
    "VSMT": ("rubbish", "market"),
    "HTDT": ("streetlight", "tree", "flood"),
    "TTXD": ("building",),
    "ANTT": ("market",),
    "DVDL": ("market",),
    "TTCB": ("building",),
    "TTBL": ("flood", "tree"),
    "PCD": ("flood", "rubbish"),
}
