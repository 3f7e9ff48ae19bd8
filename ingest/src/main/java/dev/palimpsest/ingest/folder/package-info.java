/**
 * Folders of article versions as text or HTML files, with an optional {@code versions.json} or
 * {@code versions.csv} manifest beside them; a folder of such folders holds many articles.
 */
@NullMarked
package dev.palimpsest.ingest.folder;

import org.jspecify.annotations.NullMarked;
