/** The command-line interface: picocli subcommands over the core engine. */
@NullMarked
package dev.palimpsest.cli;

import org.jspecify.annotations.NullMarked;
