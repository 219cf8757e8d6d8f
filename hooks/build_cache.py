"""MkDocs hook: do not do the same work twice in one `mkdocs build`.

mkdocs-static-i18n builds the site once per language, in one process, and each language
build starts from scratch. Profiling the build (BENCHMARKS.md) showed two costs paid again
for the second language that give the same result both times:

- Material's templates are compiled to Python code for each language's theme environment
  (about 56 templates, a fifth of the build). The compiled code is kept in memory here,
  keyed by template, source checksum and the environment's settings, so the second build
  loads it instead of compiling again. A template that changes (``mkdocs serve``) has a new
  checksum and is compiled afresh.
- mkdocs-macros asks git twelve questions per language build (last commit, author, tags...)
  for a ``git`` page variable that no page of ours uses. The answers are kept for the
  process. Guarded: if a new mkdocs-macros has no such function, nothing is changed.

Our own data (the dataset, the page scan) is cached in macros/ itself."""

from __future__ import annotations

import functools
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache


class MemoryBytecodeCache(BytecodeCache):
    """Compiled templates in a dict, shared by every theme environment of the process."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill the bucket when this template (same source) was compiled before."""
        code = self.store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a freshly compiled template."""
        self.store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        """Forget every compiled template."""
        self.store.clear()


def settings(environment: jinja2.Environment) -> str:
    """What, besides the source, decides the code a template compiles to."""
    return repr((environment.block_start_string, environment.block_end_string,
                 environment.variable_start_string, environment.variable_end_string,
                 environment.comment_start_string, environment.comment_end_string,
                 environment.line_statement_prefix, environment.line_comment_prefix,
                 environment.trim_blocks, environment.lstrip_blocks,
                 environment.newline_sequence, environment.keep_trailing_newline,
                 environment.optimized, environment.is_async,
                 environment.finalize is not None, sorted(environment.extensions)))


class _KeyedCache(MemoryBytecodeCache):
    """The cache key includes the environment's settings, so two differently configured
    environments never share code."""

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> Bucket:
        """The bucket for ``name`` in an environment with these settings."""
        key = self.get_cache_key(f"{name}|{settings(environment)}", filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket


_COMPILED = _KeyedCache()


def on_startup(command: str, dirty: bool) -> None:
    """Keep mkdocs-macros' git answers for the process (see the module docstring)."""
    try:
        from mkdocs_macros import context
    except ImportError:
        return
    ask_git = getattr(context, "get_git_info", None)
    if callable(ask_git) and not hasattr(ask_git, "cache_info"):
        context.get_git_info = functools.cache(ask_git)


def on_env(env: jinja2.Environment, config: Any, files: Any) -> jinja2.Environment:
    """Give the theme's environment the shared cache of compiled templates."""
    if env.bytecode_cache is None:
        env.bytecode_cache = _COMPILED
    return env
