"""returns-help-content: FAQ or help content answers return questions."""

from __future__ import annotations

import json

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import PageSnapshot
from returnaudit.checks.base import Check, Evidence, Result, failed, pages_read, partial, passed
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_words
from returnaudit.lang.text import fold
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    for page in inp.all_pages:
        if _has_faq_page_data(page):
            return passed("FAQPage structured data answers return questions",
                          Evidence(url=page.url, selector='script[type="application/ld+json"]'))
    best: tuple[PageSnapshot, list[str]] | None = None
    for page in inp.all_pages:
        questions = [q for q in dict.fromkeys(page.questions) if _about_returns(q)]
        if questions and (best is None or len(questions) > len(best[1])):
            best = (page, questions)
    if best is None:
        urls = [page.url for page in inp.all_pages]
        return failed("no FAQ or help content about returns on the pages visited: "
                      f"{pages_read(urls)}")
    page, questions = best
    evidence = Evidence(url=page.url, quote=questions[0])
    if len(questions) >= 3:
        return passed(f"{len(questions)} return questions are answered on {page.url}", evidence)
    return partial(f"only {len(questions)} return question(s) answered on {page.url}", evidence)


def _about_returns(question: str) -> bool:
    return is_returns_text(question) or bool(page_words().returns_words.search(fold(question)))


def _has_faq_page_data(page: PageSnapshot) -> bool:
    for block in page.json_ld:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        text = json.dumps(data).lower()
        if '"faqpage"' in text and page_words().returns_words.search(text):
            return True
    return False


CHECK = Check(
    id="returns-help-content",
    lesson="accessible-info",
    title="FAQ answers the common return questions",
    failure_title="No FAQ or help content about returns",
    why="Answers to 'how long do I have?' and 'when is my refund?' on the site stop those "
        "questions from becoming support tickets.",
    how_to_fix="Add a returns FAQ (and FAQPage structured data) answering the window, costs, "
               "refund timing and how to start a return.",
    evaluate=evaluate,
)
