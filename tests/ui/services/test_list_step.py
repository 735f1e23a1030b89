"""ui/services/city/list_step.py: every list names and words its items."""

from __future__ import annotations

import pytest

from ui.formatting import ShownWords
from ui.services.city.list_step import ListStep


def test_a_list_that_leaves_out_how_its_items_are_worded_is_refused_when_defined() -> None:
    with pytest.raises(TypeError, match="Unworded does not define item_text"):

        class Unworded(ListStep[str]):
            def item_name(self, item: str) -> str:
                return item

    with pytest.raises(TypeError, match="Bare does not define item_name, item_text"):

        class Bare(ListStep[str]):
            pass


def test_a_list_with_both_hooks_is_a_list() -> None:
    class Named(ListStep[str]):
        def item_name(self, item: str) -> str:
            return f"item-{item}"

        def item_text(self, item: str, words: ShownWords) -> str:
            return item.upper()

    assert not getattr(Named.item_text, "__isabstractmethod__", False)
