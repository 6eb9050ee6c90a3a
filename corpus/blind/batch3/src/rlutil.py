"""ReportLab helpers: numbered canvas with 'Page x of y' and running heads."""
from reportlab.pdfgen import canvas

def make_canvas(head_left, head_right, foot_left, first_plain=True, font="Helvetica"):
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                if not (first_plain and self._pageNumber == 1):
                    w, h = self._pagesize
                    self.setFont(font, 7.5); self.setFillGray(0.35)
                    self.drawString(18 * 2.8346, h - 12 * 2.8346, head_left)
                    self.drawRightString(w - 18 * 2.8346, h - 12 * 2.8346, head_right)
                    self.setStrokeGray(0.6); self.line(18 * 2.8346, h - 13.5 * 2.8346, w - 18 * 2.8346, h - 13.5 * 2.8346)
                    self.drawString(18 * 2.8346, 10 * 2.8346, foot_left)
                    self.drawRightString(w - 18 * 2.8346, 10 * 2.8346, "Page %d of %d" % (self._pageNumber, n))
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NumberedCanvas
