"""Person names: registry, transliteration schemes, inflection, matching, consistency, TBX."""
