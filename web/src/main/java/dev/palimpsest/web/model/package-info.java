/** What pages, API and feeds read: article histories from the store, cached, and diffs of any two versions, bounded. */
@NullMarked
package dev.palimpsest.web.model;

import org.jspecify.annotations.NullMarked;
