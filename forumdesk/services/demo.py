"""Two demo forums (the same partner, a season apart) with realistic answers, notes, a room count, themes and starred answers, so a new
user (and the screenshots) can see forumdesk with a room's worth of data."""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from dataclasses import replace
from datetime import date, timedelta

from forumdesk.domain import Forum, Pace, PartnerKind, Question, QuestionKind, kinds
from forumdesk.services.answers import Submission
from forumdesk.services.question_sets import QuestionSetService

WORDS = ["growth", "purpose", "flexibility", "good team", "fair pay", "learning", "remote work", "mentoring",
         "growth", "fair pay", "purpose", "stability", "good team", "growth", "impact"]
HESITATE = [
    "Job ads that don't show the salary. I assume it's low and move on.",
    "A list of fifteen 'requirements' when the job clearly needs five.",
    "When the application asks me to retype my whole CV after uploading it.",
    "Not knowing if the team is open to people from a non-traditional background.",
    "Reviews online that mention long hours and no training.",
    "« Jeune et dynamique » in the ad. I'm 46 and that tells me enough.",
    "If I can't tell what a normal day in the job looks like.",
    "Unpaid 'trial days'. That is a red flag, not a hesitation.",
    "When there's no named contact, just a portal that never answers.",
    "Remote policy described as 'flexible' with no details.",
    "Worrying that a gap in my CV from caring for my father will be held against me.",
    "Six rounds of interviews for an entry-level role.",
]
WHY = [
    "I've had a manager who made a good job miserable and a great one who made a hard job fun.",
    "Rent went up 20% this year. Pay isn't everything but it has to come first right now.",
    "I want to still be learning in five years, not doing the same thing.",
    "I care for a parent, so flexible hours decide whether I can take the job at all.",
    "Working for something I believe in keeps me going on bad days.",
    "Job security matters when you've been laid off twice.",
    "Contact me at sam.taylor@example.org if you want more detail on this.",
    "Le télétravail deux jours par semaine change complètement ma qualité de vie.",
]
RED_FLAGS = [
    "Ghosting after the final interview.",
    "Asking about my age or family plans.",
    "No salary range until the third interview.",
    "<b>Interviewers on their phones</b> the whole time.",
    "A take-home task that takes a whole weekend, unpaid.",
    "Recruiters who can't say who the manager is.",
]
WORST = [
    "I did a 4-hour case study, presented it, and never heard back. Not even an automated no.",
    "The panel spent the first ten minutes late and then asked me to 'be quick'.",
    "They asked where my accent was from before asking anything about the job.",
    "Three interviews, then they told me the role had been filled internally weeks ago.",
    "Call me on 06 12 34 56 78 if you want the full story, it was that bad.",
]
BEST = [
    "They sent the questions' themes a day ahead so I could prepare properly. I felt respected.",
    "A short, paid work sample and feedback within a week, even though I didn't get it.",
    "The hiring manager told me honestly what was hard about the job.",
    "Meeting the team over coffee before the formal interview took the pressure off.",
]
NOTES = [
    "Several people nodded strongly when salary transparency came up.",
    "One attendee described a 'silent rejection' after 3 rounds; room agreed it is common.",
    "Partner's careers officer asked whether we could share interview themes in advance.",
    "Show of hands: most have applied to over 20 jobs this year.",
]
COMMITMENTS = [
    "Publish a salary range on every job ad from next quarter.",
    "Answer every applicant who reaches interview within ten working days, with feedback.",
    "Run a mock-interview evening at the college each term.",
]
# The later forum's commitments: the one still in progress carries on; the dropped evening becomes
# what replaced it (a recap must not drop a promise and make it again on the next page).
LATER_COMMITMENTS = [
    (COMMITMENTS[1], "Hiring managers", 30),  # text, owner, due in so many days
    ("Join the college's online careers evening each term with two of our hiring managers.",
     "Dana Reyes, early careers", 120),
]
TAKEAWAYS = [
    "Candidates read a missing salary as a low one, and many stop there.",
    "Silence after an interview costs us more goodwill than a rejection does.",
    "Flexible hours matter most to people with care duties.",
]

# The room's own questions (issue 18): text, upvotes, answered by the partner during the forum.
ASKED = [
    ("Do you accept applications from people retraining in their forties?", 9, True),
    ("Will the salary range include the bonus, or only the base pay?", 7, False),
    ("Is part-time possible in the first year?", 5, True),
    ("How many people from this college did you hire last year?", 3, False),
    ("Can I apply again if I was turned down six months ago?", 2, False),
]
ASKED_HIDDEN = "Who was the rude interviewer in March? Name them."  # the facilitator hid it
SLIDE_TITLE = "Since last time: what we did"
SLIDE_TEXT = ("Salary ranges are on every job ad since January.\n"
              "Eight in ten candidates now hear back within ten working days.\n"
              "Tonight: three questions, then your own questions for us.")

PAST_OUTCOMES = [
    ("done", "Talent team", "Salary ranges are on all 14 ads published since January."),
    ("in_progress", "Hiring managers", "Replies within ten days for 80% of candidates; the rest by March."),
    ("dropped", "Careers office", "The college moved its evenings online; we join those instead."),
]
SEASON_DAYS = 91  # the earlier demo forum is a season before the later one


def create_demo_forum(forums, answers, sets: QuestionSetService, seed: int = 7, *, ask=None,
                      images=None) -> Forum:
    """Create the demo: two forums with the same partner a season apart. The earlier one's
    commitments come along to the later one (issue 19) and are followed up there. With ``ask`` and
    ``images`` (services.ask, services.images) the later forum also opens with a content slide and
    has the room's own questions with their votes. Returns the later forum."""
    partner = forums.find_or_create_partner("Northbridge Community College", PartnerKind.EDUCATIONAL)
    today = date.today()
    earlier = _demo_forum(forums, answers, sets, partner.id, "Winter listening forum: first conversation",
                          (today - timedelta(days=SEASON_DAYS)).isoformat(), seed + 1)
    for text in COMMITMENTS:
        answers.add_commitment(earlier.id, text, due_date=(today + timedelta(days=60)).isoformat())
    forums.end_forum(earlier.id)
    later = _demo_forum(forums, answers, sets, partner.id, "Spring listening forum: what candidates need from us",
                        today.isoformat(), seed)
    # Followed up when the second forum was prepared: what happened since the first.
    for commitment, (status, owner, outcome) in zip(answers.commitments(earlier.id), PAST_OUTCOMES, strict=True):
        answers.update_commitment(earlier.id, commitment.id, status=status, owner=owner, outcome=outcome)
    for text, owner, days in LATER_COMMITMENTS:
        answers.add_commitment(later.id, text, owner=owner, due_date=(today + timedelta(days=days)).isoformat())
    if images is not None:
        image = images.add(demo_png())
        forums.add_question(later.id, Question(kind=QuestionKind.CONTENT, prompt=SLIDE_TITLE, body=SLIDE_TEXT,
                                               image_sha=image.sha256), position=0)
    if ask is not None:
        _demo_asked(ask, later.id, random.Random(seed))
    forums.end_forum(later.id)
    # Typed by the facilitator in the Export dialog's recap details (issue 17).
    forums.update_forum(replace(forums.forum(later.id), headcount=14, takeaways=TAKEAWAYS))
    return forums.forum(later.id)


def _demo_forum(forums, answers, sets: QuestionSetService, partner_id: int, title: str, when: str,
                seed: int) -> Forum:
    """One demo forum with answers, themes, stars, a hidden answer, a room count and notes."""
    rng = random.Random(seed)
    questions = sets.get("candidate-pool").questions[:6] + sets.get("hiring-feedback").questions[:1]
    questions += sets.get("hiring-feedback").questions[4:6]
    forum = forums.create_forum(
        title,
        partner_id,
        date=when,
        venue="Northbridge campus, Room B12",
        pace=Pace.SELF,
        questions=questions,
        organiser="Northwind Logistics",
        contact="Dana Reyes, early careers lead",
    )
    forums.start_forum(forum.id)
    qs = forums.questions(forum.id)
    texts = {1: HESITATE[:10], 3: WHY, 5: RED_FLAGS, 7: WORST, 8: BEST}
    stored = []
    for index, question in enumerate(qs):
        payloads = kinds.of(question.kind).demo_payloads(question, rng, texts.get(index, HESITATE[:10]), WORDS[:10])
        for payload in payloads:
            answers.submit(Submission(forum.id, question.id, str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                                      payload, client_id=str(uuid.uuid4())))
            stored.append(question)
    all_answers = answers.answers(forum.id)
    pay = answers.create_theme(forum.id, "Pay transparency")
    respect = answers.create_theme(forum.id, "Respect for candidates' time")
    flexibility = answers.create_theme(forum.id, "Flexibility and care duties")
    for answer in all_answers:
        text = (answer.content.text or "").lower()
        if "salary" in text or "pay" in text:
            answers.tag(answer.id, pay.id)
        if any(w in text for w in ("never heard", "ghost", "weekend", "interviews", "quick")):
            answers.tag(answer.id, respect.id)
        if any(w in text for w in ("flexible", "care", "télétravail")):
            answers.tag(answer.id, flexibility.id)
    for answer in all_answers:
        if answer.content.text in (HESITATE[0], WORST[0], BEST[0]):
            answers.set_starred(answer.id, True)
        if answer.content.text == RED_FLAGS[2]:
            answers.set_hidden(answer.id, True)  # a near-duplicate the facilitator hid
    choice_q = next(q for q in qs if kinds.of(q.kind).room_counts)  # the first choice question
    for index, count in enumerate([4, 2, 3, 2, 1, 0]):  # hands of the 14 people in the room: at most 14
        answers.set_room_count(choice_q.id, index, count)
    for index, note in enumerate(NOTES):
        answers.add_note(forum.id, note, qs[min(index * 2 + 1, len(qs) - 1)].id)
    return forum


def _demo_asked(ask, forum_id: int, rng: random.Random) -> None:
    """The room's questions: reviewed first, one hidden, upvoted by phones, some answered."""
    ask.set_mode(forum_id, "review")
    ask.set_open(forum_id, True)
    phones = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(12)]
    for text, votes, answered in ASKED:
        _status, item = ask.ask(forum_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), {"text": text})
        ask.approve(item.id)
        for phone in phones[:votes]:
            ask.upvote(forum_id, item.id, phone)
        if answered:
            ask.set_answered(item.id)
    _status, hidden = ask.ask(forum_id, str(uuid.UUID(int=rng.getrandbits(128), version=4)), {"text": ASKED_HIDDEN})
    ask.hide(hidden.id)
    ask.set_open(forum_id, False)


def demo_png(width: int = 480, height: int = 270) -> bytes:
    """The demo slide's picture, drawn here so the demo needs no file: rising bars (replies within
    ten days, quarter by quarter) on a light background, as a PNG."""
    background, bar, base = (241, 245, 249), (37, 99, 235), (100, 116, 139)
    heights = [0.35, 0.5, 0.68, 0.82]
    slot = width // (len(heights) + 1)
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            colour = background
            if height - 30 <= y < height - 26 and slot // 2 <= x < width - slot // 2:
                colour = base
            for i, share in enumerate(heights):
                left = slot // 2 + i * slot + slot // 6
                top = height - 30 - int((height - 60) * share)
                if left <= x < left + slot * 2 // 3 and top <= y < height - 30:
                    colour = bar
            row += bytes(colour)
        rows.append(b"\x00" + bytes(row))  # filter type 0 for each row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))
