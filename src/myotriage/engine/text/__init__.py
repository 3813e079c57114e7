"""Free text → findings: a person's story read with the lexicon (see :mod:`.parser`).

Imported lazily by the command line and the web app; loading the lexicon and compiling its
phrases happens on the first :func:`parse_text` call and is then cached.

    >>> parsed = parse_text("my left calf keeps cramping at night for 3 weeks, no swelling")
    >>> [(f.id, f.choice) for f in parsed.findings if f.id in ("loc_calf", "calf_swelling")]
    [('loc_calf', 'present'), ('calf_swelling', 'absent')]
"""

from myotriage.engine.text.checks import MAX_CHARS
from myotriage.engine.text.parser import ParsedText, TextFinding, parse_text

__all__ = ["MAX_CHARS", "ParsedText", "TextFinding", "parse_text"]
