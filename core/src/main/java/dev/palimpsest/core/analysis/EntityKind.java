package dev.palimpsest.core.analysis;

/** What a proper name names, as far as light rules can tell; OTHER when nothing tells. */
public enum EntityKind { PERSON, PLACE, ORGANIZATION, OTHER }
