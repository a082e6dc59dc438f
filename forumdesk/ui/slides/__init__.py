"""The projector's slides, painted with QPainter: welcome, question, results and blank.

Everything an attendee wrote is drawn with ``QPainter.drawText`` (plain text), never through a
rich-text widget. Sizes are fractions of the slide's height so a slide reads the same on a
1280×720 projector and on a 4K screen.
"""

from forumdesk.ui.slides.common import SlideData, SlideKind, paint_slide

__all__ = ["SlideData", "SlideKind", "paint_slide"]
