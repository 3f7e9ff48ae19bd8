@NullMarked
package dev.palimpsest.core.align;

import org.jspecify.annotations.NullMarked;
