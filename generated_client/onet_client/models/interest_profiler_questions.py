from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestProfilerQuestions")
_PROPERTY_NAMES = frozenset(
    {
        "end",
        "start",
        "total",
        "next",
        "prev",
        "answer_option",
        "question",
    }
)


@_attrs_define
class InterestProfilerQuestions:
    """One page of Interest Profiler items plus the answer scale. total is 60 for the Short Form and 30 for the Mini-IP;
    request start=1&end=60 (or end=30) to get every item at once. The paged items are the question array; answer_option
    is side data repeated per page.

    """

    end: int
    """ Index of the last returned result (inclusive). """
    start: int
    """ Index of the first returned result (1-based). """
    total: int
    """ Number of results across all pages. """
    next_: str | Unset = UNSET
    """ URL of the next page; absent on the last page. """
    prev: str | Unset = UNSET
    """ URL of the previous page; absent on the first page. """
    answer_option: list[InterestProfilerAnswerOption] | Unset = UNSET
    """ The answer scale offered for every item; repeated unchanged on each page, so it is not page content.
    Assumed: no real body or documentation shows this field is always sent. """
    question: list[InterestProfilerQuestion] | Unset = UNSET
    """ Assumed: no real body or documentation shows this field is always sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        total = self.total

        next_ = self.next_

        prev = self.prev

        answer_option: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.answer_option, Unset):
            answer_option = []
            for answer_option_item_data in self.answer_option:
                answer_option_item = answer_option_item_data.to_dict()
                answer_option.append(answer_option_item)

        question: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.question, Unset):
            question = []
            for question_item_data in self.question:
                question_item = question_item_data.to_dict()
                question.append(question_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "total": total,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if answer_option is not UNSET:
            field_dict["answer_option"] = answer_option
        if question is not UNSET:
            field_dict["question"] = question

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        end = src_dict["end"]

        start = src_dict["start"]

        total = src_dict["total"]

        next_ = src_dict.get("next", UNSET)

        prev = src_dict.get("prev", UNSET)

        _answer_option = src_dict.get("answer_option", UNSET)
        answer_option: list[InterestProfilerAnswerOption] | Unset = UNSET
        if _answer_option is not UNSET:
            answer_option = []
            for answer_option_item_data in _answer_option:
                answer_option_item = InterestProfilerAnswerOption.from_dict(answer_option_item_data)

                answer_option.append(answer_option_item)

        _question = src_dict.get("question", UNSET)
        question: list[InterestProfilerQuestion] | Unset = UNSET
        if _question is not UNSET:
            question = []
            for question_item_data in _question:
                question_item = InterestProfilerQuestion.from_dict(question_item_data)

                question.append(question_item)

        interest_profiler_questions = cls(
            end=end,
            start=start,
            total=total,
            next_=next_,
            prev=prev,
            answer_option=answer_option,
            question=question,
        )

        if len(src_dict) == 3 or _PROPERTY_NAMES.issuperset(src_dict):
            return interest_profiler_questions  # no additional properties: keep the empty dict attrs made
        d = {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        interest_profiler_questions.additional_properties = d
        return interest_profiler_questions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once, after the class: models refer to each other (sometimes in a cycle), and a module importing this
# one back finds the class already defined.
from ..models.interest_profiler_answer_option import InterestProfilerAnswerOption  # noqa: E402
from ..models.interest_profiler_question import InterestProfilerQuestion  # noqa: E402
