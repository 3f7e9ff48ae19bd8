@NullMarked
package dev.palimpsest.core.segment;

import org.jspecify.annotations.NullMarked;
