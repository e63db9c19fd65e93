"""Extraction engine: English and French business news in, typed deal events out.

``extract`` is pure and deterministic; the company knowledge base is loaded once, lazily.
"""

from streams.extraction.engine import extract
from streams.extraction.knowledge_base import Company, KnowledgeBase, load_knowledge_base

__all__ = ["Company", "KnowledgeBase", "extract", "load_knowledge_base"]
