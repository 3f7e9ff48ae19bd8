/** HTTP plumbing shared by pages, API and feeds: problems and their one mapping to responses, security headers, admin authentication, query parameters, static assets. */
@NullMarked
package dev.palimpsest.web.http;

import org.jspecify.annotations.NullMarked;
