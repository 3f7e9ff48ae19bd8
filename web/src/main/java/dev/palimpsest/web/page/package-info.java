/** Server-rendered HTML pages, built in Java on the render module's escaping fragments. */
@NullMarked
package dev.palimpsest.web.page;

import org.jspecify.annotations.NullMarked;
