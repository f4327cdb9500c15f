/**
 * What search engines read to find the public pages: {@code /sitemap.xml} and {@code /robots.txt}.
 */
@NullMarked
package org.a6portal.discovery;

import org.jspecify.annotations.NullMarked;
