package dev.palimpsest.core.analysis;

/** What a number in the text counts: things, money, a share, a year or a date. */
public enum NumberKind { COUNT, MONEY, PERCENT, YEAR, DATE }
