"""Turn documents into facts: text, language, gazetteer and lexicon matches, rules."""
