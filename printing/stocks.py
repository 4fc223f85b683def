"""Paper and label stocks, as data, in millimetres. A stock places labels on a page; a layout fills one label."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import ValidationError

A4 = (210.0, 297.0)
MAX_OFFSET_MM = 15.0


@dataclass(frozen=True, slots=True)
class Stock:
    key: str
    name: str  # shown in menus and on the calibration page
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0  # margin to the first label
    top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    cut_marks: bool = False  # plain paper to cut; die-cut labels need none

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner of the index-th label on its page, from the page's top-left, in mm."""
        row, column = divmod(index % self.per_page, self.columns)
        return (self.left + column * (self.label_width + self.gap_x),
                self.top + row * (self.label_height + self.gap_y))

    def check(self) -> None:
        """Refuse a stock whose labels do not fit on its page, with a clear code."""
        if min(self.label_width, self.label_height, self.page_width, self.page_height) <= 0 or self.per_page < 1:
            raise ValidationError("stock_does_not_fit", f"stock {self.key} has an empty size", stock=self.name)
        right = self.left + self.columns * self.label_width + (self.columns - 1) * self.gap_x
        bottom = self.top + self.rows * self.label_height + (self.rows - 1) * self.gap_y
        if self.left < 0 or self.top < 0 or right > self.page_width + 0.05 or bottom > self.page_height + 0.05:
            raise ValidationError("stock_does_not_fit", f"the labels of {self.key} do not fit on the page",
                                  stock=self.name)


STOCKS: dict[str, Stock] = {s.key: s for s in [
    # Avery L7165 / J8165-type labels: 8 labels 99,1 × 67,7 mm.
    Stock("a4-8", "A4, 8 badges 99,1 × 67,7 mm (Avery L7165 / J8165 ou équivalent)", *A4, 99.1, 67.7,
          columns=2, rows=4, left=4.65, top=13.1, gap_x=2.5),
    # Avery L7173 / J8173-type labels: 10 labels 99,1 × 57 mm.
    Stock("a4-10", "A4, 10 badges 99,1 × 57 mm (Avery L7173 / J8173 ou équivalent)", *A4, 99.1, 57.0,
          columns=2, rows=5, left=4.65, top=6.0, gap_x=2.5),
    Stock("a6-4", "A4 à découper en 4 badges A6 (105 × 148 mm)", *A4, 105.0, 148.5, columns=2, rows=2,
          cut_marks=True),
    # Brother DK-22205 (continuous 62 mm): one badge per page, the page is the label.
    Stock("roll-62", "Rouleau 62 mm, un badge de 62 × 100 mm (Brother DK-22205)", 62.0, 100.0, 62.0, 100.0),
    # Plain A4 paper cut with scissors along the marks, for offices without labels.
    Stock("a4-8-paper", "A4 papier, 8 badges 90 × 60 mm avec traits de coupe", *A4, 90.0, 60.0,
          columns=2, rows=4, left=12.0, top=24.5, gap_x=6.0, gap_y=6.0, cut_marks=True),
]}


def stock(key: str) -> Stock:
    found = STOCKS.get(key)
    if found is None:
        raise ValidationError("unknown_stock", f"unknown stock {key!r}", stock=key,
                              known=", ".join(STOCKS))
    return found


def check_offset(offset_x: float, offset_y: float) -> None:
    if abs(offset_x) > MAX_OFFSET_MM or abs(offset_y) > MAX_OFFSET_MM:
        raise ValidationError("offset_too_large", "printer offset beyond 15 mm", limit=MAX_OFFSET_MM)
