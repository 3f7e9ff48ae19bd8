package dev.palimpsest.cli;

/** Output formats offered by commands that show data. */
enum OutputFormat { TEXT, JSON, HTML }
