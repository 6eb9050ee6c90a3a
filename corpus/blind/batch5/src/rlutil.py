"""reportlab helpers: a canvas that knows the page count, for 'Page x of y' feet."""
from reportlab.pdfgen import canvas


def numbered_canvas(draw):
    """draw(canv, page, total) is called for every page after layout."""
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NC
